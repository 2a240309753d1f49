// Node-only: results of build checks kept between builds, so a rebuild re-checks only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** sha256 of the parts, each length-prefixed so `['ab', 'c']` and `['a', 'bc']` differ. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/**
 * Check results by key (a hash of everything the result depends on). A result is reused only when its key
 * and the rule version match; a hit returns exactly what the check returned then, so the cache can make a
 * build faster but never change what it finds or writes.
 */
export interface CheckStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  readonly hits: number;
}

export interface CheckCache<T> extends CheckStore<T> {
  /** Writes the entries used in this run (hits and new results); results no page needs any more are dropped. */
  save(): void;
}

interface CacheFile<T> {
  version: string;
  entries: Record<string, T>;
}

function readCacheFile<T>(file: string, version: string): Map<string, T> {
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
    // Another rule version (or a damaged file) means nothing in it can be trusted.
    return data.version === version && data.entries ? new Map(Object.entries(data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Opens the cache in `file` for results made by rules of `version` (a changed version starts empty). */
export function openCheckCache<T>(file: string, version: string): CheckCache<T> {
  const stored = readCacheFile<T>(file, version);
  const used = new Map<string, T>();
  let hits = 0;
  return {
    get(key) {
      const value = stored.get(key);
      if (value !== undefined) {
        hits++;
        used.set(key, value);
      }
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole then renamed: a build stopped mid-write leaves the old file, not half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify({ version, entries: Object.fromEntries(used) } satisfies CacheFile<T>));
      renameSync(partial, file);
    },
    get hits() {
      return hits;
    },
  };
}

/** Store folders whose other rule versions this process has removed already. */
const sweptStores = new Set<string>();

/** Entries being written in the background, so a caller can wait for them (`storeWrites`). */
const pendingWrites = new Set<Promise<void>>();

/** Resolves when every entry set so far is on disk (or failed to be written). */
export async function storeWrites(): Promise<void> {
  await Promise.all([...pendingWrites]);
}

/**
 * Check results kept a file per key in `<dir>/<version>/`, for results that several builds read and write at
 * once (the default site and clinics' sites built side by side share one). An entry is written aside and
 * renamed, so a reader finds a whole entry or none, and builds writing the same key write the same bytes
 * (the key is a hash of everything the result depends on). Folders of other rule versions are removed when
 * a process first opens the store. Keeping is best-effort: an entry that cannot be read or written costs
 * only the time to check again.
 */
export function openCheckStore<T>(dir: string, version: string, kind: string): CheckStore<T> {
  const folder = join(dir, version);
  if (!sweptStores.has(dir)) {
    sweptStores.add(dir);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  const nameOf = (key: string) => `${kind}-${key}.json`;
  // Listed once: asking the file system for each guide's missing entry cost more than checking the guide.
  let kept: Set<string>;
  try {
    kept = new Set(readdirSync(folder));
  } catch {
    kept = new Set();
  }
  let hits = 0;
  let made = false;
  return {
    get(key) {
      if (!kept.has(nameOf(key))) return undefined;
      let value: T;
      try {
        value = JSON.parse(readFileSync(join(folder, nameOf(key)), 'utf8')) as T;
      } catch {
        return undefined;
      }
      hits++;
      return value;
    },
    set(key, value) {
      const file = join(folder, nameOf(key));
      const partial = `${file}.${process.pid}.partial`;
      try {
        if (!made) mkdirSync(folder, { recursive: true });
        made = true;
      } catch {
        return;
      }
      // Written in the background: a thousand small files written in line cost the build's thread most of a
      // second, and an entry the process ends before writing is only a miss next time.
      const write = writeFile(partial, JSON.stringify(value))
        .then(() => rename(partial, file))
        .catch(() => rm(partial, { force: true }).catch(() => {}))
        .finally(() => pendingWrites.delete(write));
      pendingWrites.add(write);
    },
    get hits() {
      return hits;
    },
  };
}

// Node-only: results of build checks kept between builds, so a rebuild re-checks only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
export interface CheckCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes the entries used in this run (hits and new results); results no page needs any more are dropped. */
  save(): void;
  readonly hits: number;
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

// Node-only: results of build checks kept between builds, so a rebuild re-checks only what changed.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeWhole } from '../lib/files.ts';

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
 * Puts a kept file into a site as a hard link, or a copy where links cannot be made (another file system).
 * Creating a file costs far more than writing its bytes on some file systems (about 0.8 ms each on the ext4
 * of the machine the bench ran on), and a build writes thousands; a link creates none. Whoever reuses a kept
 * file checks its bytes first, since a file edited in place in a site would be edited in the cache too. `to`
 * must not exist.
 */
export function shareKept(kept: string, to: string): void {
  try {
    linkSync(kept, to);
  } catch {
    copyFileSync(kept, to);
  }
}

/** Every file's path and bytes below `dir`, in a fixed order (a missing folder has none); a file, its bytes. */
function treeOf(dir: string): (string | Buffer)[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? [readFileSync(dir)] : [];
  }
  return names.flatMap((name) => {
    try {
      return [name, readFileSync(join(dir, name))];
    } catch {
      return [name]; // a folder
    }
  });
}

/**
 * A hash of the code that makes something kept between builds: every file of these folders of `srcDir`, and
 * the installed packages' versions. Any edit there makes what older code made stale.
 */
export function codeVersion(folders: readonly string[], srcDir: string, projectRoot = join(srcDir, '..')): string {
  return hashOf(...folders.flatMap((folder) => treeOf(join(srcDir, folder))), ...treeOf(join(projectRoot, 'node_modules', '.package-lock.json')));
}

/**
 * Check results by key (a hash of everything the result depends on). A result is reused only when its key
 * and the rule version match; a hit returns exactly what the check returned then, so the cache can make a
 * build faster but never change what it finds or writes.
 */
export interface CheckCache<T> {
  get(key: string): T | undefined;
  /** Whether a result is kept for the key (not counted as a hit). */
  has(key: string): boolean;
  set(key: string, value: T): void;
  /** Writes what this run keeps: a cache file the entries used in it, a store what it found new. */
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
    has: (key) => stored.has(key),
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
      writeWhole(file, JSON.stringify({ version, entries: Object.fromEntries(used) } satisfies CacheFile<T>));
    },
    get hits() {
      return hits;
    },
  };
}

/** Store folders whose other rule versions this process has removed already. */
const sweptStores = new Set<string>();

/** Packs of a kind a store merges into one when it finds this many, so reading stays one file or a few. */
const PACKS_BEFORE_MERGE = 8;

/**
 * Check results that several builds read and add to at once (the default site and clinics' sites built side
 * by side share one), kept in `<dir>/<version>/` as packs: each build that found something new writes one
 * file of what it found (`<kind>.<build>.json`, written aside and renamed, so a reader finds a whole pack or
 * none), and a store that finds many packs writes them merged into one and removes those it read. Every
 * pack is read when the store opens. A key is a hash of everything its result depends on, so two builds
 * that find the same key found the same result. Folders of other rule versions are removed when a process
 * first opens the store. Keeping is best-effort: a pack that cannot be read or written costs only the time
 * to check again.
 */
export function openCheckStore<T>(dir: string, version: string, kind: string): CheckCache<T> {
  const folder = join(dir, version);
  if (!sweptStores.has(dir)) {
    sweptStores.add(dir);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  const isPack = (name: string) => name.startsWith(`${kind}.`) && name.endsWith('.json');
  const packs = existsSync(folder) ? readdirSync(folder).filter(isPack) : [];
  const stored = new Map<string, T>();
  const read: string[] = [];
  for (const pack of packs) {
    try {
      for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(folder, pack), 'utf8')) as Record<string, T>)) stored.set(key, value);
      read.push(pack);
    } catch {
      // Removed by another build's merge since it was listed, or damaged: its results are checked again.
    }
  }
  const found = new Map<string, T>();
  let hits = 0;
  const writePack = (entries: Map<string, T>) => {
    const file = join(folder, `${kind}.${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.json`);
    try {
      mkdirSync(folder, { recursive: true });
      writeWhole(file, JSON.stringify(Object.fromEntries(entries)));
      return true;
    } catch {
      return false;
    }
  };
  return {
    has: (key) => stored.has(key) || found.has(key),
    get(key) {
      const value = stored.get(key) ?? found.get(key);
      if (value !== undefined) hits++;
      return value;
    },
    set(key, value) {
      if (!stored.has(key)) found.set(key, value);
    },
    save() {
      if (read.length + (found.size > 0 ? 1 : 0) >= PACKS_BEFORE_MERGE) {
        if (writePack(new Map([...stored, ...found]))) for (const pack of read) rmSync(join(folder, pack), { force: true });
      } else if (found.size > 0) {
        writePack(found);
      }
    },
    get hits() {
      return hits;
    },
  };
}

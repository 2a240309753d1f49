// Node-only: the `.gz` files written beside the built site's text files (src/integrations/server-config.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { filesEndingWith, writeWhole } from '../lib/files.ts';
import { hashOf, shareKept } from './check-cache.ts';

const gzipAsync = promisify(gzip);

/** Text files a server sends compressed; precompressed once so nginx's gzip_static serves them. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.md', '.webmanifest'];

/** The best compression: the files are compressed once and sent many times. */
const LEVEL = 9;

/**
 * The folder, inside a build's cache folder, that keeps each compressed file by the hash of its bytes, for
 * the next build. Its name holds what else decides the bytes: the level and zlib's version.
 */
export const precompressionCacheFolder = (cacheDir: string) => join(cacheDir, `precompressed-${process.versions.zlib}-${LEVEL}`);

/** A file the cache keeps, named by the hash (`hashOf`) of the bytes it compresses, then the hash of its own. */
interface KeptFile {
  path: string;
  /** The hash its own bytes must have. */
  hash: string;
}

/**
 * Whoever reuses a kept file hashes it first: it shares its bytes with the sites that use it (`shareKept`),
 * and one edited in place in a site would otherwise be handed to the next build. Hashing the compressed
 * bytes costs a tenth of decompressing them to compare (10–20 ms against 200–280 ms for the 2,051 files of a
 * 1,000-guide site), and a rebuild does it while Pagefind indexes.
 */
const KEPT_NAME = /^([0-9a-f]{64})-([0-9a-f]{64})\.gz$/;

/** The cache's files by the hash of the bytes they compress. */
function keptFiles(cache: string): Map<string, KeptFile> {
  const kept = new Map<string, KeptFile>();
  for (const name of readdirSync(cache)) {
    const parts = KEPT_NAME.exec(name);
    if (parts) kept.set(parts[1]!, { path: join(cache, name), hash: parts[2]! });
  }
  return kept;
}

/** Writes the compressed form of the bytes with hash `key` into the cache, named by both hashes. */
function keep(cache: string, key: string, compressed: Uint8Array): KeptFile {
  const hash = hashOf(compressed);
  const path = join(cache, `${key}-${hash}.gz`);
  writeWhole(path, compressed);
  return { path, hash };
}

/**
 * Compresses a file's text (or its UTF-8 bytes) into the cache ahead of `precompress` (a page, in the thread
 * that checks it while Astro renders the rest). `precompress` then takes it from there if the file it finds
 * has these very bytes. `key` is their `hashOf`, when the caller has it already.
 */
export function compressAhead(cache: string, content: string | Uint8Array, key = hashOf(content)): void {
  mkdirSync(cache, { recursive: true });
  keep(cache, key, gzipSync(content, { level: LEVEL }));
}

export interface Precompressed {
  files: number;
  /** Files whose compressed bytes came from the cache: a page that did not change is not compressed again. */
  fromCache: number;
}

/** Whether the kept file has the bytes it was kept with. */
function intact(kept: KeptFile): boolean {
  try {
    return hashOf(readFileSync(kept.path)) === kept.hash;
  } catch {
    return false;
  }
}

export interface PrecompressOptions {
  /**
   * A folder below `root` still being written (the search index, by Pagefind's process): its files are
   * compressed once `ready` resolves, after every other file. If `ready` throws, so does `precompress`.
   */
  later?: { folder: string; ready: () => Promise<void> };
}

/**
 * Writes a `.gz` beside every compressible file below `root`. gzip output carries no timestamp, so two
 * builds stay byte-identical. Files are compressed in Node's thread pool, on every core. With a
 * `cacheDir`, a file whose bytes were compressed by the last build gets that build's `.gz` (a hard link to
 * the kept file, checked first: see `shareKept`), and what this build did not use is deleted.
 */
export async function precompress(root: string, cacheDir?: string, { later }: PrecompressOptions = {}): Promise<Precompressed> {
  const cache = cacheDir ? precompressionCacheFolder(cacheDir) : undefined;
  if (cache) mkdirSync(cache, { recursive: true });
  const kept = cache ? keptFiles(cache) : new Map<string, KeptFile>();
  const used = new Set<string>();
  let fromCache = 0;
  const compressAll = async (files: readonly string[]): Promise<void> => {
    let next = 0;
    const compressNext = async (): Promise<void> => {
      for (let index = next++; index < files.length; index = next++) {
        const file = join(root, files[index]!);
        const bytes = readFileSync(file);
        const key = cache && hashOf(bytes);
        const found = key ? kept.get(key) : undefined;
        if (found && intact(found)) {
          used.add(found.path);
          shareKept(found.path, `${file}.gz`);
          fromCache++;
          continue;
        }
        const compressed = await gzipAsync(bytes, { level: LEVEL });
        if (!cache || !key) {
          writeFileSync(`${file}.gz`, compressed);
          continue;
        }
        // Under the same name as an edited file it replaces: the name says what its bytes must be.
        const made = keep(cache, key, compressed);
        kept.set(key, made);
        used.add(made.path);
        shareKept(made.path, `${file}.gz`);
      }
    };
    // Twice as many files in flight as cores keeps the pool busy while this thread reads and writes.
    await Promise.all(Array.from({ length: availableParallelism() * 2 }, compressNext));
  };
  const isLater = (file: string) => later !== undefined && (file === later.folder || file.startsWith(`${later.folder}${sep}`));
  const now = filesEndingWith(root, COMPRESSIBLE).filter((file) => !isLater(file));
  await compressAll(now);
  let afterwards: string[] = [];
  if (later) {
    await later.ready();
    afterwards = filesEndingWith(join(root, later.folder), COMPRESSIBLE).map((file) => join(later.folder, file));
    await compressAll(afterwards);
  }
  if (cache) {
    for (const name of readdirSync(cache)) if (!used.has(join(cache, name))) rmSync(join(cache, name), { force: true });
  }
  return { files: now.length + afterwards.length, fromCache };
}

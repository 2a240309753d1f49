// Node-only: writes guides' Markdown copies into the built site, in a worker thread or the build's own.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMarkdownCopy, type MarkdownCopyJob } from '../lib/markdown-copy.ts';
import { isInsideFolder, writeWhole } from '../lib/files.ts';
import { codeVersion, hashOf, shareKept } from './check-cache.ts';
import { compressAhead } from './precompression.ts';

/** Where `file` (a path inside the built site) is under `outDir`. A path that would leave the site is refused. */
export function pathInSite(outDir: string, file: string): string {
  const path = join(outDir, file);
  if (!isInsideFolder(outDir, path)) throw new Error('its path is outside the site');
  return path;
}

/** A copy no earlier build kept: where it goes in the site, the key it is kept under, what it is written from. */
export interface CopyToWrite {
  file: string;
  key: string;
  job: MarkdownCopyJob;
}

/** Where a copy is written: the site, the folder copies are kept in, the precompression cache. */
export interface CopyPlaces {
  outDir: string;
  kept: string;
  compressInto: string;
}

/** The folders whose code writes a copy (the job holds everything else). */
const COPY_CODE = ['lib', 'i18n', 'schemas', 'build'];

/** A hash of the code that writes copies: a copy kept by other code is written again. */
export const markdownCopyVersion = (srcDir = fileURLToPath(new URL('..', import.meta.url))): string => codeVersion(COPY_CODE, srcDir);

/** The key a copy is kept under between builds: the code's version, its place, everything it is written from. */
export const copyKey = (version: string, file: string, job: MarkdownCopyJob): string => hashOf(version, file, JSON.stringify(job));

/** The name a copy is kept under: its key, then the hash of its bytes, which whoever reuses it checks first. */
export const keptCopyName = (key: string, markdown: string | Uint8Array): string => `${key}-${hashOf(markdown)}.md`;

/** The key and the hash of the bytes in a kept copy's name; undefined for any other name. */
export function readKeptCopyName(name: string): { key: string; hash: string } | undefined {
  const parts = /^([0-9a-f]{64})-([0-9a-f]{64})\.md$/.exec(name);
  return parts ? { key: parts[1]!, hash: parts[2]! } : undefined;
}

/**
 * Writes one copy, keeps it for the next build and puts it into the site (`shareKept`), and compresses it into
 * the precompression cache, so the `.gz` step after the render only links it (src/build/precompression.ts).
 */
export function writeCopy({ file, key, job }: CopyToWrite, places: CopyPlaces): void {
  const markdown = writeMarkdownCopy(job);
  const kept = join(places.kept, keptCopyName(key, markdown));
  writeWhole(kept, markdown);
  const out = pathInSite(places.outDir, file);
  mkdirSync(dirname(out), { recursive: true });
  shareKept(kept, out);
  compressAhead(places.compressInto, markdown);
}

// Node-only: writes guides' Markdown copies into the built site, in a worker thread or the build's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeMarkdownCopy, type MarkdownCopyJob } from '../lib/markdown-copy.ts';
import { codeVersion, hashOf, writeKept } from './check-cache.ts';
import { compressAhead } from './precompression.ts';

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

/**
 * Writes one copy into the site, keeps it for the next build, and compresses it into the precompression
 * cache, so the `.gz` step after the render only copies it (src/build/precompression.ts).
 */
export function writeCopy({ file, key, job }: CopyToWrite, places: CopyPlaces): void {
  const markdown = writeMarkdownCopy(job);
  const out = join(places.outDir, file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  writeKept(join(places.kept, `${key}.md`), markdown);
  compressAhead(places.compressInto, markdown);
}

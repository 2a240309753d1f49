// Node-only: the `.gz` files written beside the built site's text files (src/integrations/server-config.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesEndingWith } from '../lib/files.ts';

/** Text files a server sends compressed; precompressed once so nginx's gzip_static serves them. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.md', '.webmanifest'];

/**
 * The precompression of one build. It runs in passes: one while Pagefind indexes the pages in its own
 * process (src/integrations/pagefind.ts), so the two share the machine's cores, and a last one for the
 * files written after it (the search index). Each file is compressed once, by the first pass that finds it.
 * gzip output carries no timestamp, so two builds stay byte-identical.
 */
export class Precompression {
  readonly #done = new Set<string>();

  /** Writes a `.gz` beside every compressible file below `root` that no pass has compressed yet; returns how many. */
  compress(root: string): number {
    let written = 0;
    for (const file of filesEndingWith(root, COMPRESSIBLE)) {
      if (this.#done.has(file)) continue;
      writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 9 }));
      this.#done.add(file);
      written += 1;
    }
    return written;
  }

  /** How many files the passes compressed in all. */
  get count(): number {
    return this.#done.size;
  }
}

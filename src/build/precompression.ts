// Node-only: the `.gz` files written beside the built site's text files (src/integrations/server-config.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesEndingWith } from '../lib/files.ts';

/** Text files a server sends compressed; precompressed once so nginx's gzip_static serves them. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.md', '.webmanifest'];

/**
 * Writes a `.gz` beside every compressible file below `root` and returns how many. gzip output carries no
 * timestamp, so two builds stay byte-identical. (Compressing while Pagefind indexed in its own process was
 * tried: the two compete for the same two cores, and the build was no faster.)
 */
export function precompress(root: string): number {
  const files = filesEndingWith(root, COMPRESSIBLE);
  for (const file of files) writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 9 }));
  return files.length;
}

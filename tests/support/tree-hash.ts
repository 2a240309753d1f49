import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** sha256 of every file under `dir`, keyed by relative path: two trees are identical when these are equal. */
export function treeHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

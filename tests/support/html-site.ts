import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A minimal valid page around `body`. */
export const htmlPage = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

/** A built site in a temporary folder: file contents by path from the site root. */
export function htmlSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mng-site-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

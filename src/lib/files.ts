import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Paths (relative to `dir`, sorted so results never depend on the file system's order) of the files below
 * `dir` whose names end with one of `extensions`. A missing folder has no files.
 */
export function filesEndingWith(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .sort();
}

/** The HTML pages of a built site, relative to its root; Pagefind's own files are not pages. */
export function builtPages(distDir: string): string[] {
  return filesEndingWith(distDir, ['.html']).filter((name) => !name.startsWith('pagefind'));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file that is not UTF-8 text, with the line of its first byte that is not. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super('is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8)');
    this.name = 'NotUtf8Error';
  }
}

/** Reads a content file as UTF-8, refusing (not replacing) bytes that are not: `é` saved as Latin-1 would become `�`. */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\ufffd'));
    throw new NotUtf8Error(before.split('\n').length);
  }
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from './friendly-errors';

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
  readonly line: number;
  // No parameter property: page-check workers load this file with Node's type stripping, which refuses them.
  constructor(line: number) {
    super('is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8)');
    this.name = 'NotUtf8Error';
    this.line = line;
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

/** A content file's text as UTF-8, or undefined after reporting (as `file`) that it is not. */
export function readText(path: string, file: string, problems: ContentProblem[]): string | undefined {
  try {
    return readUtf8(path);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    problems.push({ file, line: error.line, message: error.message });
    return undefined;
  }
}

/**
 * Makes `to` hold exactly the files of `from`, writing only files whose bytes differ and deleting only files
 * `from` lacks. A watcher on `to` (Astro's content loader in `astro dev`) then sees one change per changed
 * file, not every file deleted and re-added.
 */
export function mirrorFolder(from: string, to: string): void {
  const wanted = new Set(readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(from.length)));
  if (existsSync(to)) {
    for (const entry of readdirSync(to, { recursive: true, withFileTypes: true })) {
      const inside = join(entry.parentPath, entry.name).slice(to.length);
      if (entry.isFile() && !wanted.has(inside)) rmSync(join(to, inside));
    }
  }
  for (const inside of wanted) {
    const bytes = readFileSync(join(from, inside));
    const target = join(to, inside);
    if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

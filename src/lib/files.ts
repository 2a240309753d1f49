import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ContentProblem } from './friendly-errors';

/** Whether `path` is below `folder` (not the folder itself, and not reached by leaving it with `..`). */
export function isInsideFolder(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * Writes whole, then names: a build stopped meanwhile leaves the file as it was (or none), never half a file
 * that a later build would take as kept. The partial name is this process's and thread's own; a write or
 * rename that fails removes it, and throws.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

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
 * Makes `to` a copy of `from`, writing only files whose bytes differ (in place, so a watcher on `to`, such as
 * Astro's content loader in `astro dev`, sees one change per changed file) and deleting only what `from`
 * lacks. Links are copied as links, as `cpSync` copies them. A build's workspace is a mirror of the checkout:
 * copying everything again took 0.5 s at 1,000 guides and made 1,200 new files, and on some file systems every
 * file deleted makes new ones slower to create.
 */
export function mirrorFolder(from: string, to: string): void {
  const found = lstatSync(from);
  const there = lstatSync(to, { throwIfNoEntry: false });
  if (found.isDirectory()) {
    if (there && !there.isDirectory()) rmSync(to, { force: true });
    if (!there?.isDirectory()) mkdirSync(to, { recursive: true });
    const names = readdirSync(from);
    const present = new Set(names);
    for (const name of readdirSync(to)) if (!present.has(name)) rmSync(join(to, name), { recursive: true, force: true });
    for (const name of names) mirrorFolder(join(from, name), join(to, name));
    return;
  }
  if (found.isFile() && there?.isFile()) {
    if (found.size !== there.size || !readFileSync(from).equals(readFileSync(to))) copyFileSync(from, to);
    return;
  }
  if (there) rmSync(to, { recursive: true, force: true });
  cpSync(from, to);
}

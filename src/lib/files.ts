import { existsSync, readdirSync } from 'node:fs';

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

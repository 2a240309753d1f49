// Guides' frontmatter as data, read once per process (and, in a build, kept for the next one).
import { parse as parseYaml } from 'yaml';

/**
 * Frontmatter already read in this process, by its text. A build reads each guide's frontmatter three times:
 * for the site's cards and languages, in the content check (a kept check result included) and for the
 * sitemap; YAML took about 0.25 s each time at 1,000 guides. Emptied past its bound, for `astro dev`.
 */
const readFrontmatter = new Map<string, unknown>();
const MAX_READ_FRONTMATTER = 20_000;

/** Frontmatter read by earlier builds, by its text (src/build/kept-frontmatter.ts). */
export interface KeptFrontmatter {
  /** The data of this text, if an earlier build read it. */
  get(text: string): unknown;
  /** Called with the data of each text this process read itself. */
  add(text: string, data: unknown): void;
}

let kept: KeptFrontmatter | undefined;

/** Where `frontmatterData` looks before reading YAML itself, and tells what it read; none by default. */
export function useKeptFrontmatter(next: KeptFrontmatter | undefined): void {
  kept = next;
}

/**
 * Frontmatter text as data: `{}` when there is none or it is empty. Throws YAML's error when it is not YAML.
 * Each call gets its own copy, so a caller that changes it changes nobody else's.
 */
export function frontmatterData(text: string | null): unknown {
  if (text === null) return {};
  if (!readFrontmatter.has(text)) {
    if (readFrontmatter.size >= MAX_READ_FRONTMATTER) readFrontmatter.clear();
    let data = kept?.get(text);
    if (data === undefined) {
      data = (parseYaml(text) as unknown) ?? {};
      kept?.add(text, data);
    }
    readFrontmatter.set(text, data);
  }
  return structuredClone(readFrontmatter.get(text));
}

/** Every frontmatter this process has read, as [text, data] pairs, for a thread it starts (`rememberFrontmatter`). */
export function frontmatterRead(): [string, unknown][] {
  return [...readFrontmatter];
}

/** Takes frontmatter another thread has read (`frontmatterRead`), so this one does not read it again. */
export function rememberFrontmatter(pairs: readonly (readonly [string, unknown])[]): void {
  for (const [text, data] of pairs) if (!readFrontmatter.has(text) && readFrontmatter.size < MAX_READ_FRONTMATTER) readFrontmatter.set(text, data);
}

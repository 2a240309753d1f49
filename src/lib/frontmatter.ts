// Guides' frontmatter as data, read once per process.
import { parse as parseYaml } from 'yaml';

/**
 * Frontmatter already read in this process, by its text. A build reads each guide's frontmatter three times:
 * for the site's cards and languages, in the content check (a kept check result included) and for the
 * sitemap; YAML took about 0.25 s each time at 1,000 guides. Emptied past its bound, for `astro dev`.
 */
const readFrontmatter = new Map<string, unknown>();
const MAX_READ_FRONTMATTER = 20_000;

/**
 * Frontmatter text as data: `{}` when there is none or it is empty. Throws YAML's error when it is not YAML.
 * Each call gets its own copy, so a caller that changes it changes nobody else's.
 */
export function frontmatterData(text: string | null): unknown {
  if (text === null) return {};
  if (!readFrontmatter.has(text)) {
    if (readFrontmatter.size >= MAX_READ_FRONTMATTER) readFrontmatter.clear();
    readFrontmatter.set(text, (parseYaml(text) as unknown) ?? {});
  }
  return structuredClone(readFrontmatter.get(text));
}

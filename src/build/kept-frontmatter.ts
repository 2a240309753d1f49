// Node-only: guides' frontmatter kept between builds of a site, so a rebuild reads YAML only where it changed.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { useKeptFrontmatter, type KeptFrontmatter } from '../lib/frontmatter.ts';
import { codeVersion, hashOf, openCheckCache } from './check-cache.ts';

/** The file, in Astro's cache folder, that keeps the frontmatter of the guides the last build read. */
export const KEPT_FRONTMATTER_FILE = 'frontmatter.json';

/**
 * Changed when `frontmatterData` reads YAML differently (its options or schema); the installed packages'
 * versions, YAML's included, are part of the version too.
 */
const FORMAT = 1;

/**
 * The frontmatter an earlier build kept in `cacheDir`, by the hash of its text. Data JSON cannot hold exactly
 * (YAML's `.inf`, say) is never kept, so kept frontmatter is always what YAML gave. `save` writes what this
 * build read or took, and nothing else.
 */
export function openKeptFrontmatter(cacheDir: string, projectRoot: string): KeptFrontmatter & { save(): void } {
  const version = `${FORMAT}-${codeVersion([], join(projectRoot, 'src'), projectRoot)}`;
  const cache = openCheckCache<unknown>(join(cacheDir, KEPT_FRONTMATTER_FILE), version);
  return {
    get: (text) => cache.get(hashOf(text)),
    add(text, data) {
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(data)) as unknown, data)) cache.set(hashOf(text), data);
    },
    save: () => cache.save(),
  };
}

let kept: ReturnType<typeof openKeptFrontmatter> | undefined;

/**
 * From now on in this process, `frontmatterData` takes the frontmatter an earlier build of the site kept, and
 * keeps what it reads itself for `saveKeptFrontmatter`. At 1,000 guides YAML took about 0.35 s of a rebuild
 * that changed one guide. Once per process: later calls change nothing.
 */
export function keepFrontmatter(cacheDir: string, projectRoot: string): void {
  if (kept) return;
  kept = openKeptFrontmatter(cacheDir, projectRoot);
  useKeptFrontmatter(kept);
}

/** Writes the frontmatter this process read (kept or not) for the next build; none read, none kept. */
export function saveKeptFrontmatter(): void {
  kept?.save();
}

import { join } from 'node:path';
import { CONTENT_DIR } from './collections';

/**
 * A clinic build assembles its content (default guides, its own guides, minus hidden ones) in a cache
 * folder and names it here; the content collections and checks read from it. Unset for the default site.
 */
export const CONTENT_DIR_ENV = 'MICRONEEDLING_GUIDE_CONTENT_DIR';

/** The folder the site's content is read from. */
export function contentRoot(root: string): string {
  return process.env[CONTENT_DIR_ENV] ?? join(root, CONTENT_DIR);
}

/** Where a clinic's assembled content goes: Astro's git-ignored work folder, rebuilt on every build. */
export function clinicContentCache(root: string, id: string): string {
  return join(root, '.astro', 'clinic-content', id);
}

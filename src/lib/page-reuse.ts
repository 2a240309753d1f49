// Node-only (build time): the keys under which Astro's incremental build reuses a page of the last build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSlot } from './build-slot';

/**
 * Astro's incremental build (astro.config.mjs) copies a page from the last build instead of rendering it
 * when its code (the module graph, the clinic's virtual modules included), the content entries it renders
 * and the `cacheKey` its `getStaticPaths` gives are all unchanged. The key holds everything else a page
 * reads: a guide's page reads its own file and the rest of the content's *data* (every guide's frontmatter
 * for titles, order and translations; reviewers; glossary terms; FAQ), never another guide's body; and it
 * links the build's stylesheets and scripts by their hashed names. So a change to one guide's words renders
 * that guide's pages again and copies every other one, and any other change renders them all.
 */

/** What a keyed page is made from besides the data: one guide's file. */
export interface KeyedGuide {
  collection: string;
  id: string;
  body: string;
  data: unknown;
  /** The bytes of the images saved beside the guide that it shows: a changed image changes its page. */
  images: readonly Uint8Array[];
}

/** One entry of any collection, by its data only. */
export interface DataEntry {
  collection: string;
  id: string;
  data: unknown;
}

const ASSETS_DIR = '_astro';
const buildOutput = buildSlot<string>('build-output');

function hash(...parts: (string | Uint8Array)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`).update(part);
  return digest.digest('hex').slice(0, 32);
}

/**
 * The folder the build writes, told by the page-reuse integration. The pages are rendered in the bundle's
 * module graph, not the config's, so the two meet on this global.
 */
export const setBuildOutput = buildOutput.set;

/**
 * The names of the stylesheets and scripts the build wrote (each holds its content's hash), sorted. Astro
 * moves them into the output before it renders a page. A page's own code does not show which shared chunk
 * its styles end up in, and another page's change can move them: then every page is rendered again.
 */
export function builtAssets(): string {
  const dir = buildOutput.get();
  const assets = dir ? join(dir, ASSETS_DIR) : undefined;
  return assets && existsSync(assets) ? readdirSync(assets).sort().join('\n') : '';
}

/** Every entry's data as one hash, in the order given (each collection's is stable). */
export function contentDataKey(entries: readonly DataEntry[]): string {
  return hash(JSON.stringify(entries.map((entry) => [entry.collection, entry.id, entry.data])));
}

/** The key of the page made from one guide. */
export function guidePageKey(contentKey: string, assets: string, guide: KeyedGuide): string {
  return hash(contentKey, assets, guide.collection, guide.id, guide.body, JSON.stringify(guide.data), ...guide.images);
}

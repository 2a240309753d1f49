import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { filesEndingWith } from './files';
import { isoDate, parseIsoDate } from './dates';
import { routes } from './routes';
import { GUIDE_COLLECTIONS, STAGE_IDS, isStageId, type GuideCollection } from './stages';

/** A published guide's address and the day it was last reviewed. */
export interface ReviewedGuide {
  collection: GuideCollection;
  id: string;
  lastReviewed: Date;
}

const latest = (dates: readonly Date[]): Date | undefined =>
  dates.length === 0 ? undefined : new Date(Math.max(...dates.map((date) => date.getTime())));

/**
 * `lastmod` per page path: a guide's `lastReviewed`; a stage page's and the home page's, the latest review
 * of the guides they list. Other pages (FAQ, glossary, tools) carry none rather than a made-up date.
 */
export function lastmodByPath(guides: readonly ReviewedGuide[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const guide of guides) dates.set(routes.guide(guide), isoDate(guide.lastReviewed));
  for (const stage of STAGE_IDS) {
    const newest = latest(guides.filter((guide) => guide.collection === stage).map((guide) => guide.lastReviewed));
    if (newest) dates.set(routes.stage(stage), isoDate(newest));
  }
  const newest = latest(guides.filter((guide) => isStageId(guide.collection)).map((guide) => guide.lastReviewed));
  if (newest) dates.set(routes.home(), isoDate(newest));
  return dates;
}

/** Pages a sitemap must never list: the 404 page and the search page (its results are not content). */
export const UNLISTED = /\/(404|search)\/?$/;

/**
 * The sitemap integration's `serialize`: adds `lastmod`, drops unlisted pages. Dates are read on the first
 * call (after the build, when a clinic's assembled content is in place).
 */
export function sitemapSerializer(loadGuides: () => readonly ReviewedGuide[]) {
  let dates: Map<string, string> | undefined;
  return <T extends { url: string; lastmod?: string }>(item: T): T | undefined => {
    const path = new URL(item.url).pathname;
    if (UNLISTED.test(path)) return undefined;
    dates ??= lastmodByPath(loadGuides());
    const lastmod = dates.get(path);
    return lastmod ? { ...item, lastmod } : item;
  };
}

/** Published guides' review dates, read from the frontmatter of the MDX files under `contentDir` (drafts left out). */
export function readReviewedGuides(contentDir: string): ReviewedGuide[] {
  return GUIDE_COLLECTIONS.flatMap((collection) =>
    filesEndingWith(join(contentDir, collection), ['.mdx']).flatMap((file) => {
      const source = readFileSync(join(contentDir, collection, file), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
      const data = (yaml ? parseYaml(yaml) : {}) as { lastReviewed?: unknown; draft?: unknown };
      const lastReviewed = typeof data.lastReviewed === 'string' ? parseIsoDate(data.lastReviewed) : undefined;
      if (!lastReviewed || data.draft === true) return [];
      return [{ collection, id: file.replace(/\.mdx$/, ''), lastReviewed }];
    }),
  );
}

import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { filesEndingWith } from './files';
import { frontmatterData } from './frontmatter';
import { isoDate, parseIsoDate } from './dates';
import { routes } from './routes';
import { GUIDE_COLLECTIONS, STAGE_IDS, isStageId, type GuideCollection } from './stages';
import { guideVersionPaths, hreflangAlternates, translationSets } from './translations';
import { DEFAULT_LOCALE, LOCALES, entryLocale } from '../i18n/locales';

/** A published guide's address, title and the day it was last reviewed. */
export interface ReviewedGuide {
  collection: GuideCollection;
  id: string;
  /** As written; the content check says when it is missing or too long. */
  title?: string;
  lastReviewed: Date;
  /** The English guide a translation translates. */
  translationOf?: string;
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
  // Each language's stage and home pages list that language's guides.
  for (const locale of LOCALES) {
    const listed = guides.filter((guide) => entryLocale(guide.id).locale === locale);
    for (const stage of STAGE_IDS) {
      const newest = latest(listed.filter((guide) => guide.collection === stage).map((guide) => guide.lastReviewed));
      if (newest) dates.set(routes.stage(stage, locale), isoDate(newest));
    }
    const newest = latest(listed.filter((guide) => isStageId(guide.collection)).map((guide) => guide.lastReviewed));
    if (newest) dates.set(routes.home(locale), isoDate(newest));
  }
  return dates;
}

/** Pages a sitemap must never list: the 404 page and the search page (its results are not content). */
export const UNLISTED = /\/(404|search)\/?$/;

/** A sitemap entry's `<xhtml:link rel="alternate">` list, as @astrojs/sitemap writes it. */
type SitemapLinks = { url: string; lang: string }[];

/**
 * The language alternates of every guide that has a translation, by path: guides pair through
 * `translationOf`, not by path (their slugs differ), so the sitemap's own i18n option cannot pair them.
 */
export function guideAlternatesByPath(guides: readonly ReviewedGuide[], siteUrl: string): Map<string, SitemapLinks> {
  const byPath = new Map<string, SitemapLinks>();
  for (const versions of translationSets(guides).values()) {
    const paths = guideVersionPaths(versions);
    const links = hreflangAlternates(paths, siteUrl).map((alternate) => ({ url: alternate.href, lang: alternate.hreflang }));
    if (links.length === 0) continue;
    for (const path of Object.values(paths)) byPath.set(path, links);
  }
  return byPath;
}

/** Adds `x-default` (the English page) to the alternates the sitemap's i18n option found by path. */
function withDefault(links: SitemapLinks | undefined): SitemapLinks | undefined {
  const english = links?.find((link) => link.lang === DEFAULT_LOCALE);
  return links && english && !links.some((link) => link.lang === 'x-default') ? [...links, { url: english.url, lang: 'x-default' }] : links;
}

/**
 * The sitemap integration's `serialize`: adds `lastmod` and guides' language alternates, drops unlisted pages. Dates are read on the first
 * call (after the build, when a clinic's assembled content is in place).
 */
export function sitemapSerializer(loadGuides: () => readonly ReviewedGuide[]) {
  let facts: { dates: Map<string, string>; alternates: Map<string, SitemapLinks> } | undefined;
  return <T extends { url: string; lastmod?: string; links?: SitemapLinks }>(item: T): T | undefined => {
    const url = new URL(item.url);
    if (UNLISTED.test(url.pathname)) return undefined;
    if (!facts) {
      const guides = loadGuides();
      facts = { dates: lastmodByPath(guides), alternates: guideAlternatesByPath(guides, url.origin) };
    }
    const lastmod = facts.dates.get(url.pathname);
    const links = facts.alternates.get(url.pathname) ?? withDefault(item.links);
    return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
  };
}

/**
 * Frontmatter as data, or nothing when it is not valid YAML: this is read before the content check too (to know
 * which languages have guides), and the content check names that file and line itself.
 */
function parseFrontmatter(yaml: string): unknown {
  try {
    return frontmatterData(yaml);
  } catch {
    return {};
  }
}

/** Published guides' titles and review dates, read from the frontmatter of the MDX files under `contentDir` (drafts left out). */
export function readReviewedGuides(contentDir: string): ReviewedGuide[] {
  return GUIDE_COLLECTIONS.flatMap((collection) =>
    filesEndingWith(join(contentDir, collection), ['.mdx']).flatMap((file) => {
      const source = readFileSync(join(contentDir, collection, file), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
      const data = (yaml ? parseFrontmatter(yaml) : {}) as { title?: unknown; lastReviewed?: unknown; draft?: unknown; translationOf?: unknown };
      const lastReviewed = typeof data.lastReviewed === 'string' ? parseIsoDate(data.lastReviewed) : undefined;
      if (!lastReviewed || data.draft === true) return [];
      // The id as Astro makes it: folders joined with /, whatever the platform's separator.
      const id = file.replace(/\.mdx$/, '').split(sep).join('/');
      return [
        {
          collection,
          id,
          ...(typeof data.title === 'string' ? { title: data.title } : {}),
          lastReviewed,
          ...(typeof data.translationOf === 'string' ? { translationOf: data.translationOf } : {}),
        },
      ];
    }),
  );
}

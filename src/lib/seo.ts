import { GUIDE_LIMITS } from '../schemas/guide';
import type { SiteIdentity } from './site';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { stageLabel, stageShortLabel } from '../i18n/stage-text';
import { t } from '../i18n/t';
import { isStageId, type GuideCollection } from './stages';

/** The section a guide belongs to, in full: its stage's label, or the topics' heading. */
export function sectionLabel(collection: GuideCollection, locale: Locale): string {
  return isStageId(collection) ? stageLabel(collection, locale) : t(locale, 'topics.label');
}

/** The stage named in a guide's `<title>` (short, so the title fits a search result); none for topic guides. */
export function titleSection(collection: GuideCollection, locale: Locale): string | undefined {
  return isStageId(collection) ? stageShortLabel(collection, locale) : undefined;
}

/**
 * What search engines show of a page: its title up to about 600 px (some 60 characters) and its
 * description up to about 160 characters. Past those they cut with "…".
 */
export const SEARCH_PREVIEW = {
  titleMax: 60,
  descriptionMin: GUIDE_LIMITS.descriptionMin,
  descriptionMax: GUIDE_LIMITS.descriptionMax,
} as const;

/** OpenSearch 1.1 limits ShortName to 16 characters and LongName to 48. */
export const OPENSEARCH_LIMITS = { shortName: 16, longName: 48 } as const;

/** The part of a title before the site name: "{page} — {section}", or the page alone. */
export function titleBeforeSite(title: string, section?: string): string {
  return section ? `${title} — ${section}` : title;
}

/** The `<title>`: "{guide} — {stage} | {site}"; the home page is the site name alone. */
export function pageTitle(title: string, siteName: string, section?: string): string {
  return title === siteName ? siteName : `${titleBeforeSite(title, section)} | ${siteName}`;
}

/** A page as a search result shows it, and why it would be cut. */
export interface SearchPreview {
  /** The title up to the site name, which is what must fit. */
  title: string;
  description: string;
  problems: string[];
}

export function searchPreview(page: { title: string; section?: string; description: string }): SearchPreview {
  const title = titleBeforeSite(page.title, page.section);
  const { description } = page;
  const problems: string[] = [];
  if (title.length > SEARCH_PREVIEW.titleMax) {
    problems.push(`title "${title}" is ${title.length} characters before the site name; search results cut it after ${SEARCH_PREVIEW.titleMax}. Shorten the guide's title`);
  }
  if (description.length < SEARCH_PREVIEW.descriptionMin || description.length > SEARCH_PREVIEW.descriptionMax) {
    problems.push(`description is ${description.length} characters; search results show ${SEARCH_PREVIEW.descriptionMin}–${SEARCH_PREVIEW.descriptionMax}. Rewrite it to fit`);
  }
  return { title, description, problems };
}

/** Cuts text at the last whole word that fits, so a name is shortened but never broken mid-word. */
function wholeWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (next.length > max) break;
    kept = next;
  }
  return (kept || text.slice(0, max)).replace(/[\s:,;—–-]+$/, '');
}

/**
 * Names for the OpenSearch description: the site's short name when it fits the 16-character ShortName
 * (whole words of it otherwise), and the full name as LongName and in the Description.
 */
export function openSearchNames(site: Pick<SiteIdentity, 'name' | 'shortName'>): { shortName: string; longName: string; description: string } {
  const candidates = [site.shortName, site.name];
  const shortName = candidates.find((name) => name.length <= OPENSEARCH_LIMITS.shortName) ?? wholeWords(site.shortName, OPENSEARCH_LIMITS.shortName);
  return {
    shortName,
    longName: wholeWords(site.name, OPENSEARCH_LIMITS.longName),
    description: t(DEFAULT_LOCALE, 'search.openSearchDescription', { name: site.name }),
  };
}

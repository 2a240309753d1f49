import { GUIDE_COLLECTIONS, type GuideCollection } from './stages';
import { sectionLabel } from './seo';
import { DEFAULT_LOCALE } from '../i18n/locales';

/** One guide in the index: its Markdown copy is what an assistant should read. */
export interface LlmsGuide {
  collection: GuideCollection;
  title: string;
  description: string;
  /** Absolute URL of the guide's Markdown copy. */
  markdownUrl: string;
}

export interface LlmsFacts {
  siteName: string;
  /** One or two sentences on what the site is. */
  summary: string;
  /** The medical disclaimer every page carries. */
  disclaimer: string;
  /** The clinic's contact line, on a clinic's copy. */
  contact?: string;
  guides: readonly LlmsGuide[];
  /** The guides in each other language the site has, under that language's own name ("Español"). */
  translations?: readonly { language: string; guides: readonly LlmsGuide[] }[];
  /** Further pages worth reading (FAQ, glossary…), absolute URLs. */
  more: readonly { title: string; url: string; description: string }[];
}

/**
 * `/llms.txt` (llmstxt.org): the site in a few lines, then every guide by stage, in journey order, with
 * its description and a link to its Markdown copy. In the default language: assistants read English best,
 * and each Spanish guide's Markdown copy is in Spanish anyway.
 */
export function llmsTxt(facts: LlmsFacts): string {
  const entry = (title: string, url: string, description: string) => `- [${title.replace(/[[\]]/g, '')}](${url}): ${description}`;
  const sections = GUIDE_COLLECTIONS.map((collection) => {
    const guides = facts.guides.filter((guide) => guide.collection === collection);
    return guides.length === 0
      ? ''
      : `## ${sectionLabel(collection, DEFAULT_LOCALE)}\n\n${guides.map((guide) => entry(guide.title, guide.markdownUrl, guide.description)).join('\n')}\n`;
  }).filter(Boolean);
  const intro = [`# ${facts.siteName}`, `> ${facts.summary}`, facts.disclaimer, ...(facts.contact ? [facts.contact] : [])];
  const translated = (facts.translations ?? [])
    .filter((language) => language.guides.length > 0)
    .map((language) => `## ${language.language}\n\n${language.guides.map((guide) => entry(guide.title, guide.markdownUrl, guide.description)).join('\n')}\n`);
  const optional = facts.more.length > 0 ? [`## Optional\n\n${facts.more.map((page) => entry(page.title, page.url, page.description)).join('\n')}\n`] : [];
  return `${[...intro.map((block) => `${block}\n`), ...sections, ...translated, ...optional].join('\n')}`;
}

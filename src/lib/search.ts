import { fill } from '../i18n/format';
import { STAGE_IDS, type GuideCollection, type StageId, isStageId } from './stages';

/** Folder of the Pagefind index inside the built site. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The search page's URL parameters: `q` (the words) and `stage` (repeatable filter). */
export const SEARCH_PARAMS = { query: 'q', stage: 'stage' } as const;

export interface SearchState {
  query: string;
  stages: StageId[];
}

/** Reads `?q=…&stage=…` leniently: unknown stages are dropped, order follows the journey. */
export function readSearchState(params: URLSearchParams): SearchState {
  const wanted = new Set(params.getAll(SEARCH_PARAMS.stage));
  return {
    query: (params.get(SEARCH_PARAMS.query) ?? '').trim(),
    stages: STAGE_IDS.filter((stage) => wanted.has(stage) && isStageId(stage)),
  };
}

/** Whether two searches ask for the same words and the same stages (a result for one fits the other). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && a.stages.length === b.stages.length && a.stages.every((stage, index) => stage === b.stages[index]);
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  for (const stage of state.stages) params.append(SEARCH_PARAMS.stage, stage);
  return params;
}

/**
 * Pagefind excerpts are escaped page text with `<mark>` around matches. Keep only the marks, so nothing
 * else from an excerpt can become markup.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The excerpt shown for a result, as safe HTML. When the words matched only in a page's metadata (its
 * aliases), nothing in the body matched and Pagefind's excerpt is just the top of the page with nothing
 * highlighted, so the page's description is shown instead.
 */
export function resultExcerpt(result: { excerpt: string; content?: string; locations?: readonly number[]; meta: { description?: string } }): string {
  const matchedInBody = (result.locations?.length ?? 1) > 0;
  if (!matchedInBody && result.meta.description) return escapeHtml(result.meta.description);
  return markExcerptCuts(safeExcerpt(result.excerpt), result.content);
}

const unescapeHtml = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Puts "…" where Pagefind cut an excerpt out of the middle of the text, so a reader can tell a fragment from
 * a sentence. With the page's text the cut is found exactly; without it, an excerpt that starts in lower case
 * or ends without a full stop is taken as cut.
 */
export function markExcerptCuts(excerpt: string, pageText?: string): string {
  const plain = squash(unescapeHtml(excerpt.replace(/<\/?mark>/g, '')));
  if (!plain) return excerpt;
  const text = pageText ? squash(pageText) : '';
  const at = text ? text.indexOf(plain) : -1;
  const endsSentence = /[.!?]["”’)]?$/.test(plain);
  const cutBefore = at === -1 ? /^[a-z,;)]/.test(plain) : at > 0 && !/[.!?:]["”’)]?$/.test(text.slice(0, at).trimEnd());
  const cutAfter = at === -1 ? !endsSentence : at + plain.length < text.length && !endsSentence;
  return `${cutBefore ? '… ' : ''}${excerpt.trim()}${cutAfter ? ' …' : ''}`;
}

/** One title per result: the guide, and after " › " the part of it that matched. */
export function resultTitle(title: string, part?: string): string {
  return part && part !== title ? `${title} › ${part}` : title;
}

/** Where a keyboard press moves focus among `count` results; -1 means back to the search box. */
export function nextFocusIndex(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The result count's two forms in the page's language, "{count} result(s) for “{query}”" (`search.result*`). */
export interface ResultCountText {
  one: string;
  other: string;
}

/** "1 result", "12 results for “numbing cream”", announced to screen readers. */
export function resultCountText(count: number, query: string, text: ResultCountText): string {
  return fill(count === 1 ? text.one : text.other, { count, query });
}

/**
 * Sort key for journey order in the index ("02-003" = stage 2, guide order 3), so results can be listed
 * in the order a patient meets them. Topics sort after the stages.
 */
export function journeySortKey(guide: { collection: GuideCollection; order: number }): string {
  const stage = isStageId(guide.collection) ? STAGE_IDS.indexOf(guide.collection) + 1 : STAGE_IDS.length + 1;
  return `${String(stage).padStart(2, '0')}-${String(guide.order).padStart(3, '0')}`;
}

/**
 * Pagefind metadata fields that hold a guide's patient words. Since Pagefind 1.5 metadata is searched with the
 * body text but is never part of an excerpt, so the words find the guide without being shown to the reader.
 * `aliases` are the guide's own (frontmatter), `terms` the glossary aliases of the terms it uses with `<Term>`.
 */
export const ALIAS_FIELDS = { own: 'aliases', glossary: 'terms' } as const;

/**
 * Ranking options for Pagefind: a match in a guide's own aliases counts for more than one in the glossary
 * aliases it borrows (many guides use the same term), and both more than a passing mention in body text.
 * Fields not named here count 1; `title` keeps Pagefind's default of 5. Measured on the real index with the
 * e2e alias queries ("lidocaine", "pockmarks", "numbing cream", "derma roller").
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 5, [ALIAS_FIELDS.own]: 10, [ALIAS_FIELDS.glossary]: 4 },
} as const;

export interface SearchAliases {
  /** The guide's own aliases. */
  own: string[];
  /** Glossary aliases not already among the guide's own. */
  glossary: string[];
}

/** Drops repeated aliases, ignoring case and spacing; the first spelling wins. Glossary words the guide already has are dropped too. */
export function searchAliases(own: readonly string[], glossary: readonly string[]): SearchAliases {
  const seen = new Set<string>();
  const keep = (words: readonly string[]) =>
    words
      .map((word) => word.trim().replace(/\s+/g, ' '))
      .filter((word) => {
        const key = word.toLocaleLowerCase('en');
        if (!word || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  // Own first, so a glossary alias the guide already lists is dropped from the glossary field.
  const ownWords = keep(own);
  return { own: ownWords, glossary: keep(glossary) };
}

/** The data attribute that carries one alias field's words on the indexed element. */
const aliasAttribute = (field: string) => `data-search-${field}`;

/**
 * Pagefind attributes for a page's main content element: the section label shown with results, the stage
 * facet, the journey sort key and the patient words (aliases, as searchable metadata). Attribute forms keep
 * these values out of the indexed text and excerpts.
 */
export function searchAttributes(facts: {
  section: string;
  stage?: StageId;
  sortKey?: string;
  aliases?: SearchAliases;
}): Record<string, string> {
  const fields = [
    [ALIAS_FIELDS.own, facts.aliases?.own ?? []],
    [ALIAS_FIELDS.glossary, facts.aliases?.glossary ?? []],
  ] as const;
  const present = fields.filter(([, words]) => words.length > 0);
  // An inline `key:value` must come last in the list: it captures everything after the colon.
  const meta = [...present.map(([field]) => `${field}[${aliasAttribute(field)}]`), `section:${facts.section}`];
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': meta.join(', '),
    ...Object.fromEntries(present.map(([field, words]) => [aliasAttribute(field), words.join(', ')])),
    ...(facts.stage ? { 'data-pagefind-filter': `stage:${facts.stage}` } : {}),
    ...(facts.sortKey ? { 'data-pagefind-sort': `journey:${facts.sortKey}` } : {}),
  };
}

/** Glossary terms a guide links with `<Term id="…">`, in order of first use. */
export function termIdsIn(mdxBody: string): string[] {
  return [...new Set([...mdxBody.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((match) => match[1]!))];
}

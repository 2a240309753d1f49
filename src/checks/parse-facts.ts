import { frontmatterData, frontmatterText, parseMdx, type ParsedMdx } from '../lib/mdx-source';
import type { Locale } from '../i18n/locales';
import { headingIds } from './headings';
import { careCardItems, type CareCardItem } from './sign-urgency';

/**
 * What the content check reads from every guide's parse on every build, besides the gates (which have their
 * own cache): the frontmatter's YAML, the heading ids other pages link to, and the care card items checked
 * against the signs. They depend on the file's bytes alone, so they are kept by its hash (`src/build/check-cache.ts`),
 * and an unchanged guide whose gate results are cached too is not parsed at all.
 */
export interface ParseFacts {
  /** The frontmatter block as written (parsed again on use: the same text gives the same data); null when there is none. */
  yaml: string | null;
  headings: string[];
  careCards: Omit<CareCardItem, 'file' | 'locale'>[];
}

export function parseFacts(parsed: ParsedMdx): ParseFacts {
  return {
    yaml: frontmatterText(parsed.tree),
    headings: [...headingIds(parsed.tree)],
    careCards: careCardItems('', parsed.tree).map(({ file: _file, locale: _locale, ...item }) => item),
  };
}

/** A guide's care card items from its facts, named and in its language as `careCardItems` gives them. */
export function careCardsOf(facts: ParseFacts, file: string, locale: Locale): CareCardItem[] {
  return facts.careCards.map((item) => ({ file, line: item.line, cardLine: item.cardLine, level: item.level, text: item.text, locale }));
}

/**
 * A guide's parse from its facts, as `parseMdx` gives it: the frontmatter from the kept YAML, the tree parsed
 * only if a gate reads it (a gate whose result is not cached). Only for a source that parsed before.
 */
export function parsedFromFacts(source: string, facts: ParseFacts): ParsedMdx {
  let tree: ParsedMdx['tree'] | undefined;
  return {
    source,
    frontmatter: frontmatterData(facts.yaml),
    get tree() {
      tree ??= parseMdx(source).tree;
      return tree;
    },
  };
}

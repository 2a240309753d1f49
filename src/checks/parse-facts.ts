import type { Root } from 'mdast';
import { frontmatterData } from '../lib/frontmatter';
import { frontmatterText, parseMdx, type ParsedMdx } from '../lib/mdx-source';
import type { Locale } from '../i18n/locales';
import { headingIds } from './headings';
import { attribute, jsxElements, nodesOfType } from './mdx-nodes';
import { careCardItems, type CareCardItem } from './sign-urgency';
import type { GuideReferences } from './types';

/**
 * What the content check reads from every guide's parse on every build, besides the text gates (whose
 * results are kept too): the frontmatter's YAML, the heading ids other pages link to, the care card items
 * checked against the signs, and what the guide points at, which the site gates check. They depend on the
 * file's bytes alone, so they are kept by its hash (`src/build/check-cache.ts`), and an unchanged guide
 * whose text gate results are kept too is not parsed at all.
 */
export interface ParseFacts {
  /** The frontmatter block as written (parsed again on use: the same text gives the same data); null when there is none. */
  yaml: string | null;
  headings: string[];
  careCards: Omit<CareCardItem, 'file' | 'locale'>[];
  references: GuideReferences;
}

/** Every link target, image source and `<Term>` id in a guide's tree, with its line. */
export function guideReferences(tree: Root): GuideReferences {
  return {
    links: nodesOfType(tree, 'link').map((link) => ({ url: link.url, line: link.position?.start.line })),
    images: nodesOfType(tree, 'image').map((image) => ({ url: image.url, line: image.position?.start.line })),
    terms: jsxElements(tree)
      .filter((element) => element.name === 'Term')
      .map((element) => ({ id: attribute(element, 'id'), line: element.position?.start.line })),
  };
}

export function parseFacts(parsed: ParsedMdx): ParseFacts {
  return {
    yaml: frontmatterText(parsed.tree),
    headings: [...headingIds(parsed.tree)],
    careCards: careCardItems('', parsed.tree).map(({ file: _file, locale: _locale, ...item }) => item),
    references: guideReferences(parsed.tree),
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

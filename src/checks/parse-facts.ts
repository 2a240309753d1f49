import type { Heading, Image, Link, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { frontmatterData } from '../lib/frontmatter';
import { frontmatterText, parseMdx, type ParsedMdx } from '../lib/mdx-source';
import type { Locale } from '../i18n/locales';
import { idsOfHeadings } from './headings';
import { attribute, isJsxElement, treeNodes } from './mdx-nodes';
import { itemsOfCards, type CareCardItem } from './sign-urgency';
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
  return factsOfTree(tree).references;
}

/**
 * The headings, the flow elements (cards among them) and the references of a tree, from one walk: each list
 * in the order unist-util-visit would give it, so that the facts are those the separate readers find.
 */
function factsOfTree(tree: Root): { headings: Heading[]; flowElements: MdxJsxFlowElement[]; references: GuideReferences } {
  const headings: Heading[] = [];
  const flowElements: MdxJsxFlowElement[] = [];
  const references: GuideReferences = { links: [], images: [], terms: [] };
  for (const node of treeNodes(tree)) {
    const line = node.position?.start.line;
    if (node.type === 'heading') headings.push(node as Heading);
    else if (node.type === 'link') references.links.push({ url: (node as Link).url, line });
    else if (node.type === 'image') references.images.push({ url: (node as Image).url, line });
    else if (isJsxElement(node)) {
      if (node.type === 'mdxJsxFlowElement') flowElements.push(node);
      if (node.name === 'Term') references.terms.push({ id: attribute(node, 'id'), line });
    }
  }
  return { headings, flowElements, references };
}

export function parseFacts(parsed: ParsedMdx): ParseFacts {
  const { headings, flowElements, references } = factsOfTree(parsed.tree);
  return {
    yaml: frontmatterText(parsed.tree),
    headings: [...idsOfHeadings(headings)],
    careCards: itemsOfCards('', flowElements).map(({ file: _file, locale: _locale, ...item }) => item),
    references,
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

// Node-only: one streaming read of a built page for the site check: its ids and links, and the parts its
// HTML is validated in (src/build/page-check.ts).
import { Parser } from 'htmlparser2';

/** One `href` or `src` a page holds, with what decides whether a new tab is safe. */
export interface PageLink {
  url: string;
  target?: string;
  rel?: string;
}

/** What the link check needs of one page: its element ids and the links it makes, in document order. */
export interface PageLinks {
  ids: string[];
  links: PageLink[];
}

/** An `<article>` of a page, validated on its own, in the elements it sits in. */
export interface PageArticle {
  /** Where it starts and ends in the page, its own tags included. */
  start: number;
  end: number;
  /** Where its content starts and ends: after its start tag, before its end tag. */
  contentStart: number;
  contentEnd: number;
  /** The start tags of the elements around it, outermost first, as written. */
  ancestors: { name: string; tag: string }[];
}

/** An id given again in another part of the page: neither part's validation sees both. */
export interface CrossPartDuplicate {
  id: string;
  /** Where its value starts in the page. */
  index: number;
}

/**
 * How a page splits for the HTML check. Its articles (the guide a page shows) differ from page to page and
 * are validated each time; the frame around them (head, header, navigation, footer) is the same template
 * code on every page of a kind, filled with different words. `frameKey` names the frame's structure:
 * - every element, attribute and attribute value, in order, and whether an end tag was left out;
 * - of text and of the attributes that hold words or addresses (`WORDS`), only their shape (`shapeOf`):
 *   whether there are words, and which characters that mean markup (`&`, `<`, …) they hold, and for a
 *   value its spaces; text of spaces alone is left out, as the HTML standard allows it between elements;
 * - a run of two or more identical sibling elements (a list of guides) as one, marked as repeated.
 *
 * The HTML standard's rules (html-validate's "standard" preset) judge elements, attributes and their
 * values, and how often an element may occur: once or more than once. They never read the words of text or
 * of those attributes. So a frame found valid is valid on every page with its key: the check validates
 * such a frame once (src/build/page-check.ts). A run of identical elements with an id is never valid (the
 * ids repeat), so counting runs as one hides nothing.
 */
export interface PageParts {
  /** Empty when the page is validated whole: it has no article, or its markup leaves an element open. */
  articles: PageArticle[];
  /** None when the page has articles but is validated whole: the key leaves their content out. */
  frameKey?: string;
  crossPartDuplicates: CrossPartDuplicate[];
}

export interface PageReading {
  links: PageLinks;
  parts: PageParts;
}

/** Attributes whose values are a page's own words or addresses: only their shape is part of the frame key. */
const WORDS = new Set(['href', 'src', 'srcset', 'content', 'datetime', 'title', 'alt', 'aria-label', 'aria-description', 'value', 'placeholder', 'cite', 'action', 'poster']);
const holdsWords = (attribute: string) => WORDS.has(attribute) || attribute.startsWith('data-');

const LINK_ATTRIBUTES = ['href', 'src'] as const;

/** A canonical address and `<meta>` values are the page's own address or data, not links a reader follows. */
function isNotALink(tag: string, attributes: Record<string, string>): boolean {
  return tag === 'meta' || (tag === 'link' && attributes.rel === 'canonical');
}

/**
 * What validity rules can see of words: whether there are any, and the characters that mean markup; for an
 * attribute's value also whether it has spaces, and between words (a form's `action` may have none).
 */
function shapeOf(words: string, spaces = false): string {
  let shape = /\S/.test(words) ? 'w' : '';
  if (spaces) shape += `${/\s/.test(words) ? 's' : ''}${/\S\s+\S/.test(words) ? 'i' : ''}`;
  for (const character of '&<>"\'=`') if (words.includes(character)) shape += character;
  return shape;
}

/**
 * Frame structures seen in this thread, each by a number: an element's structure is its start tag and its
 * children's numbers, so a page's key is built in one pass without hashing its text. Bounded, for a
 * long-lived process: emptied past the bound, and the numbers then start again under a new generation,
 * which each key begins with, so a key read before never equals one read after.
 */
const structures = new Map<string, number>();
const MAX_STRUCTURES = 200_000;
let generation = 0;

function numberOf(structure: string): string {
  let number = structures.get(structure);
  if (number === undefined) {
    number = structures.size;
    structures.set(structure, number);
  }
  return `${number}`;
}

interface OpenElement {
  name: string;
  start: number;
  end: number;
  /** Its start tag, as the frame key counts it; none inside an article's content. */
  tag?: string;
  children: string[];
  /** The last child, and whether it is already a run. */
  last?: string;
  run: boolean;
}

function addChild(parent: OpenElement, child: string): void {
  if (child === parent.last) {
    if (!parent.run) parent.children[parent.children.length - 1] = `${child}+`;
    parent.run = true;
    return;
  }
  parent.children.push(child);
  parent.last = child;
  parent.run = false;
}

/**
 * Reads a page once, streaming (no DOM): a DOM per page was most of the link check's time. Attribute values
 * come decoded (`&amp;` → `&`) and the first of two same-named attributes wins, as in a browser. All
 * `href`s come before all `src`s, so link problems are listed in the order they always were.
 */
export function readPage(html: string): PageReading {
  if (structures.size >= MAX_STRUCTURES) {
    structures.clear();
    generation++;
  }
  const ids: string[] = [];
  const found: Record<(typeof LINK_ATTRIBUTES)[number], PageLink[]> = { href: [], src: [] };
  const articles: PageArticle[] = [];
  const idsByPart: { id: string; index: number; part: number }[] = [];
  const root: OpenElement = { name: '', start: 0, end: 0, tag: '', children: [], run: false };
  const open: OpenElement[] = [];
  let attributes: string[] = [];
  let idIndex = -1;
  let article: (Omit<PageArticle, 'contentEnd' | 'end'> & { depth: number }) | undefined;
  let templates = 0;
  let text = '';
  let whole = false;

  const current = () => open.at(-1) ?? root;
  const addText = () => {
    const shape = shapeOf(text);
    text = '';
    if (shape) addChild(current(), `#${shape}`);
  };
  const parser = new Parser(
    {
      onattribute(name, value, quote) {
        if (name === 'id' && idIndex === -1) idIndex = parser.startIndex;
        const quoted = quote === undefined ? '' : quote === null ? '=' : `=${quote}`;
        attributes.push(`${name}${quoted}${holdsWords(name) ? shapeOf(value, true) : value}`);
      },
      onopentag(name, values) {
        if (values.id !== undefined) {
          ids.push(values.id);
          if (templates === 0 && values.id !== '') idsByPart.push({ id: values.id, index: idIndex, part: article ? articles.length + 1 : 0 });
        }
        idIndex = -1;
        if (!isNotALink(name, values)) {
          for (const attribute of LINK_ATTRIBUTES) {
            const url = values[attribute];
            if (url !== undefined) found[attribute].push({ url, target: values.target, rel: values.rel });
          }
        }
        const element: OpenElement = { name, start: parser.startIndex, end: parser.endIndex + 1, children: [], run: false };
        if (!article) {
          addText();
          element.tag = `<${name} ${attributes.join(' ')}>`;
          if (name === 'article' && templates === 0) {
            const ancestors = open.map((outer) => ({ name: outer.name, tag: html.slice(outer.start, outer.end) }));
            article = { start: element.start, contentStart: element.end, ancestors, depth: open.length };
          }
        }
        attributes = [];
        if (name === 'template') templates++;
        open.push(element);
      },
      onclosetag(name, implied) {
        const element = open.pop();
        // htmlparser2 pairs every close with an open; a page it could not pair is validated whole.
        if (!element) {
          whole = true;
          return;
        }
        // A close the markup left out (not a void or self-closed element): the page is validated whole,
        // since validators may disagree on where such an element ends.
        if (implied && parser.startIndex !== element.start) whole = true;
        if (name === 'template') templates--;
        if (article && open.length === article.depth) {
          articles.push({ ...article, contentEnd: parser.startIndex, end: parser.endIndex + 1 });
          article = undefined;
          text = '';
        }
        if (element.tag === undefined) return;
        addText();
        addChild(current(), numberOf(`${element.tag}${element.children.join(',')}</${implied ? '!' : ''}>`));
      },
      ontext(data) {
        if (!article) text += data;
      },
      oncomment(data) {
        if (article) return;
        addText();
        addChild(current(), `<!--${data}-->`);
      },
      onprocessinginstruction(_name, data) {
        if (article) return;
        addText();
        addChild(current(), `<${data}>`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  addText();

  const split = !whole && articles.length > 0 && articles.every((each) => each.ancestors.every((outer) => outer.name !== 'head'));
  const frameKey = split || articles.length === 0 ? `${generation}:${root.children.join(',')}` : undefined;
  return {
    links: { ids, links: [...found.href, ...found.src] },
    parts: { articles: split ? articles : [], frameKey, crossPartDuplicates: split ? crossPartDuplicates(idsByPart) : [] },
  };
}
/**
 * The ids html-validate would call duplicate in the whole page (every use after the first) but neither
 * part's own validation sees: the first use of an id in its part when an earlier part used it already.
 * Ids inside `<template>` are the template's own, as html-validate counts them.
 */
function crossPartDuplicates(uses: { id: string; index: number; part: number }[]): CrossPartDuplicate[] {
  const partsUsing = new Map<string, Set<number>>();
  const duplicates: CrossPartDuplicate[] = [];
  for (const { id, index, part } of uses) {
    const parts = partsUsing.get(id);
    if (!parts) partsUsing.set(id, new Set([part]));
    else if (!parts.has(part)) {
      parts.add(part);
      duplicates.push({ id, index });
    }
  }
  return duplicates;
}

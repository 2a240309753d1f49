import Slugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type HastNode } from 'satteri';
import { buildSlot } from './build-slot';
import { isCommentExpression, MDX_COMPONENT_NAMES, MDX_COMPONENT_PROPS, RAW_HTML_ALLOWED, type MdxComponentName } from './mdx-components';

/**
 * A guide's body as data: its MDX parsed by Sätteri (the parser Astro's MDX uses) into a syntax tree, then
 * cut into finished HTML and the few components authors may use. Nothing in a guide is compiled to code or
 * run: a guide page renders these parts (src/components/guide/GuideBody.astro), so Vite bundles no guide.
 * That is most of a build's bundling time and peak memory at 1,000 guides and up (issue 14).
 */

/** One of the MDX components, with its literal attributes and what it wraps. */
export interface ComponentPart {
  component: MdxComponentName;
  props: Record<string, string>;
  children: BodyPart[];
}

/**
 * An image saved beside the guide (`![what it shows](./name.png)`): Astro's image service sizes and converts
 * it, as it does for an image in MDX, from the file the guide's entry lists (src/lib/content-loader.ts).
 */
export interface ImagePart {
  image: string;
  alt: string;
  title?: string;
}

/** HTML ready to write, a component to render, or an image to resolve. */
export type BodyPart = string | ComponentPart | ImagePart;

/** A heading of the body, as Astro's `render()` gives them (the table of contents reads these). */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface GuideBody {
  parts: BodyPart[];
  headings: BodyHeading[];
}

/** Thrown for anything the content check refuses (code, raw HTML, unknown components): never rendered. */
export class GuideBodyError extends Error {}

/** What Astro's MDX gives Sätteri: GitHub Markdown and smart punctuation, both Astro's defaults. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;
const HEADING = /^h[1-6]$/;
/** How Sätteri aligns a GFM table column (`| :-: |`): a style attribute, which the site's policy blocks. */
const COLUMN_ALIGN = /^text-align:\s*(left|center|right)$/;
/** The class (src/styles/base.css) that aligns a cell instead, as `align-<left|center|right>`. */
const alignClass = (side: string): string => `align-${side}`;

type Node = HastNode & { children?: Node[]; name?: string; attributes?: Attribute[]; value?: string; tagName?: string; properties?: Record<string, unknown> };
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** An image file of the guide's own folder: not a web address, not a file of public/ (`/x.png`). */
const isLocalImage = (src: string): boolean => src !== '' && !src.startsWith('/') && !URL.canParse(src);

const localImageOf = (node: Node): string | undefined => {
  const src = node.type === 'element' && node.tagName === 'img' ? node.properties?.src : undefined;
  return typeof src === 'string' && isLocalImage(src) ? src : undefined;
};

/** Whether this subtree holds what is never written as HTML as it is: MDX's own nodes, or a local image. */
const holdsPart = (node: Node): boolean => node.type.startsWith('mdx') || localImageOf(node) !== undefined || (node.children ?? []).some(holdsPart);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Aligns table cells by class instead of a style attribute. The Content-Security-Policy allows styles by
 * their hash and no inline `style=`, so a browser dropped the alignment and reported a violation.
 */
function alignByClass(root: Node): void {
  const visit = (node: Node): void => {
    const side = (node.tagName === 'th' || node.tagName === 'td') && COLUMN_ALIGN.exec(String(node.properties?.style ?? ''))?.[1];
    if (side) {
      const { style: _, ...rest } = node.properties!;
      node.properties = { ...rest, className: [alignClass(side)] };
    }
    node.children?.forEach(visit);
  };
  visit(root);
}

/** Gives each heading the id Astro's MDX gives it (github-slugger over its text, numbered when repeated). */
function headingIds(root: Node): BodyHeading[] {
  const slugger = new Slugger();
  const headings: BodyHeading[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'element' && HEADING.test(node.tagName ?? '')) {
      const text = textOf(node);
      const existing = node.properties?.id;
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(node.tagName![1]), slug, text });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return headings;
}

function componentPart(node: Node, where: string): ComponentPart {
  const name = node.name ?? '';
  if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) throw new GuideBodyError(`${where}: <${name || '>'}> is not a component guides may use.`);
  const component = name as MdxComponentName;
  const props: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    const allowed = attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && MDX_COMPONENT_PROPS[component].includes(attribute.name ?? '');
    if (!allowed) throw new GuideBodyError(`${where}: <${name}> takes no attribute ${attribute.name ? `"${attribute.name}"` : 'like that'} here.`);
    props[attribute.name!] = attribute.value as string;
  }
  return { component, props, children: partsOf(node.children ?? [], where) };
}

/** The parts of these nodes, neighbouring HTML joined into one string. */
function partsOf(nodes: readonly Node[], where: string): BodyPart[] {
  const parts: BodyPart[] = [];
  const add = (part: BodyPart): void => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        add(toHtml(node as Parameters<typeof toHtml>[0]));
        break;
      case 'element':
        if (localImageOf(node) !== undefined) {
          const { alt, title } = node.properties ?? {};
          add({ image: localImageOf(node)!, alt: String(alt ?? ''), ...(typeof title === 'string' ? { title } : {}) });
          break;
        }
        if (!holdsPart(node)) {
          add(toHtml(node as Parameters<typeof toHtml>[0]));
          break;
        }
        // An element around a component or a comment: its tags as HTML, what is inside as parts.
        {
          const close = `</${node.tagName}>`;
          add(toHtml({ ...node, children: [] } as Parameters<typeof toHtml>[0]).slice(0, -close.length));
          partsOf(node.children ?? [], where).forEach(add);
          add(close);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // <br />, <sup>, <sub>: plain elements, written like any other (never with attributes).
        if (RAW_HTML_ALLOWED.includes(node.name ?? '') && !node.attributes?.length) {
          partsOf([{ type: 'element', tagName: node.name, properties: {}, children: node.children ?? [] } as Node], where).forEach(add);
        } else add(componentPart(node, where));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentExpression(node.value ?? '')) throw new GuideBodyError(`${where}: a {…} expression is code, and guides hold none.`);
        break;
      default:
        throw new GuideBodyError(`${where}: ${node.type === 'mdxjsEsm' ? 'import and export are code, and guides hold none' : `a ${node.type} node cannot be rendered`}.`);
    }
  }
  return parts;
}

/**
 * The tag Astro's content runtime replaces with a sized, converted image when it renders an entry that lists
 * the image (`rendered.metadata.imagePaths`): the same placeholder its Markdown pipeline writes.
 */
export function imagePlaceholder({ image, alt, title }: ImagePart): string {
  const options = JSON.stringify({ src: image, alt, ...(title === undefined ? {} : { title }), index: 0 });
  return `<img __ASTRO_IMAGE_="${options.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
}

/**
 * Bodies parsed by `parseGuideAhead` as Astro loaded their guides, by their source, for the page that renders
 * each. The loader runs in the config's module graph and the page in the bundle's, in one process: they meet
 * on a build slot. A body is taken once; one not found here (a rebuild's unchanged guide, a page rendered
 * again in `astro dev`) is parsed again. Parsing guides twice cost 0.46 s of the render's thread at 1,000 guides.
 */
const parsedAhead = buildSlot<Map<string, GuideBody>>('guide-bodies-parsed-ahead');
/** Bounded, for `astro dev`, where edited guides are parsed again and their pages may never be asked for. */
const MAX_PARSED_AHEAD = 20_000;

const parse = (source: string): Node => mdxToHast(source, { features: FEATURES, position: false }) as Node;

/** The body of a parsed guide; changes the tree (heading ids, table alignment). */
function bodyOf(root: Node, where: string): GuideBody {
  const headings = headingIds(root);
  alignByClass(root);
  return { parts: partsOf(root.children ?? [], where), headings };
}

/**
 * A guide's MDX body as its loader reads it, which never fails on a guide: returns the local images it shows,
 * each once, in order, and keeps its parts for `guideBody`. A body the content check refuses (a syntax error,
 * code) is not kept: its page parses it again and fails with its error.
 */
export function parseGuideAhead(source: string): string[] {
  let root: Node;
  try {
    root = parse(source);
  } catch {
    return [];
  }
  const found = new Set<string>();
  const visit = (node: Node): void => {
    const image = localImageOf(node);
    if (image !== undefined) found.add(image);
    node.children?.forEach(visit);
  };
  visit(root);
  let body: GuideBody;
  try {
    body = bodyOf(root, 'the guide');
  } catch {
    return [...found];
  }
  let kept = parsedAhead.get();
  if (!kept) parsedAhead.set((kept = new Map()));
  if (kept.size >= MAX_PARSED_AHEAD) kept.clear();
  kept.set(source, body);
  return [...found];
}

/**
 * A guide's MDX body (frontmatter removed) as parts and headings. `where` names the guide in an error; the
 * content check refuses the same things earlier, with their lines.
 */
export function guideBody(source: string, where: string): GuideBody {
  const kept = parsedAhead.get();
  const ahead = kept?.get(source);
  if (ahead) {
    kept!.delete(source);
    return ahead;
  }
  return bodyOf(parse(source), where);
}

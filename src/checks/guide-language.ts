import type { Definition, Image, ImageReference, Nodes } from 'mdast';
import { isCommentExpression, MDX_COMPONENT_NAMES, MDX_COMPONENT_PROPS, RAW_HTML_ALLOWED, type MdxComponentName } from '../lib/mdx-components';
import { quote, treeNodes, type JsxElement } from './mdx-nodes';
import { LINK_SCHEMES, showUrl, urlScheme } from './url-scheme';
import type { TextGate } from './types';

/** Attributes that run script, restyle the page or load images from elsewhere: refused on every element. */
const EVENT_HANDLER = /^on/i;
const FORBIDDEN_ATTRIBUTES: Readonly<Record<string, string>> = {
  style: 'a style attribute. Remove it: the site’s design sets the look',
  srcset: 'a srcset attribute, which loads images from other addresses. Remove it and show an image with ![what it shows](./file.png)',
};

/** What to write instead of common raw HTML, so the message says how. */
const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  a: 'write a link as [what it is](https://…)',
  img: 'show an image saved beside the guide as ![what it shows](./file.png)',
  b: 'write **bold**',
  strong: 'write **bold**',
  i: 'write *italic*',
  em: 'write *italic*',
  ul: 'write a list with "- " at the start of each line',
  ol: 'write a list with "1. " at the start of each line',
  li: 'write a list with "- " at the start of each line',
  p: 'leave a blank line between paragraphs',
  table: 'write a table with | pipes |',
  h2: 'write a heading as ## Heading',
  h3: 'write a heading as ### Heading',
};

const COMPONENTS = MDX_COMPONENT_NAMES.join(', ');
const NO_CODE = 'guides are data and cannot run code';

function isComponent(name: string): name is MdxComponentName {
  return (MDX_COMPONENT_NAMES as readonly string[]).includes(name);
}

function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** What is wrong with one JSX element (a component, or raw HTML as MDX reads it). */
function elementProblems(element: JsxElement): string[] {
  const { name } = element;
  if (name === null) return ['<>…</> is a JSX fragment, which guides cannot use. Remove the <> and </>'];
  if (/[.:]/.test(name)) return [`<${name}> is code, not a component: ${NO_CODE}. Use one of: ${COMPONENTS}`];
  const raw = !/^[A-Z]/.test(name);
  if (raw && !RAW_HTML_ALLOWED.includes(name)) {
    const instead = MARKDOWN_FOR[name.toLowerCase()];
    return [`<${name}> is raw HTML, which guides cannot use. ${instead ? `In Markdown, ${instead}` : `Write it in Markdown, or use one of: ${COMPONENTS}`}`];
  }
  const problems: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name} {${quote(attribute.value, 40).slice(1, -1)}}> spreads code into the element: ${NO_CODE}. Write each attribute as name="value"`);
      continue;
    }
    const attr = attribute.name;
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push(`<${name} ${attr}={…}> has a {…} value: ${NO_CODE}. Write the value in quotes: ${attr}="…"`);
      continue;
    }
    const forbidden = EVENT_HANDLER.test(attr) ? `an event handler (${attr}), which runs script. Remove it` : FORBIDDEN_ATTRIBUTES[attr.toLowerCase()];
    if (forbidden) {
      problems.push(`<${name}> has ${forbidden}`);
    } else if (raw) {
      problems.push(`<${name}> may not have attributes. Remove ${attr}`);
    } else if (isComponent(name) && !MDX_COMPONENT_PROPS[name].includes(attr)) {
      // No component takes a URL, so an href or src (of any scheme) stops here.
      const takes = MDX_COMPONENT_PROPS[name];
      problems.push(`<${name}> has no attribute ${attr}. ${takes.length ? `Use: ${takes.join(', ')}` : 'Remove it: this component takes none'}`);
    }
  }
  return problems;
}

function linkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined) {
    return url.trim().startsWith('//') ? `links to ${showUrl(url)}. Write the whole address, starting with https://` : undefined;
  }
  if (scheme === 'http') return `links to ${showUrl(url)} over http. Use the https:// address`;
  return LINK_SCHEMES.includes(scheme) ? undefined : `links to ${showUrl(url)}. Links may only start with https://, tel: or mailto:`;
}

function imageProblem(url: string): string | undefined {
  if (urlScheme(url) === undefined && !url.trim().startsWith('//')) return undefined;
  return `image ${showUrl(url)} is not a file of this site: remote images are blocked and would tell another site who reads the guide. Put the image beside the guide and write ![what it shows](./file-name.png)`;
}

/**
 * The guide language: Markdown, GFM and the listed components with literal attribute values, nothing
 * else. Refuses MDX import/export, every `{…}` expression (a `{/* comment *\/}` alone is allowed: it holds
 * no code), member, namespaced and lowercase JSX names (MDX reads raw HTML such as `<script>` as
 * lowercase JSX; `<!-- -->` is already a syntax error), event handlers, `style`, `srcset`, unknown component
 * attributes, URLs with schemes other than https/tel/mailto, and remote images. Runs on drafts too: a draft
 * is still compiled. Reads the tree the content check already parsed: no second pass over the file.
 */
export const guideLanguageGate: TextGate = ({ file, parsed }, { problems }) => {
  const found = (node: Nodes, message: string | undefined): void => {
    if (message) problems.push({ file, line: node.position?.start.line, message });
  };
  const definitions = new Map<string, Definition>();
  const imageReferences: ImageReference[] = [];
  for (const node of treeNodes(parsed.tree) as Nodes[]) {
    switch (node.type) {
      case 'mdxjsEsm':
        found(node, `${quote(sourceOf(node, parsed.source), 60)} is an MDX import or export: ${NO_CODE}. Remove it: the components (${COMPONENTS}) need no import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (isCommentExpression(node.value)) break; // {/* a comment */}: no code, nothing rendered
        found(node, `${quote(sourceOf(node, parsed.source), 60)} is a {…} expression: ${NO_CODE}. Remove it; to show a brace, write \\{`);
        break;
      }
      case 'html':
        found(node, `${quote(node.value, 60)} is raw HTML, which guides cannot use. Write it in Markdown, or use one of: ${COMPONENTS}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of elementProblems(node)) found(node, message);
        break;
      case 'link':
        found(node, linkProblem(node.url));
        break;
      case 'definition':
        definitions.set(node.identifier, node);
        break;
      case 'image':
        found(node, imageProblem((node as Image).url));
        break;
      case 'imageReference':
        imageReferences.push(node);
        break;
    }
  }
  // A reference may come before its definition, so definitions are judged once all are known: as an
  // image where an image uses one, else as a link.
  const imageDefinitions = new Set<string>();
  for (const reference of imageReferences) {
    const definition = definitions.get(reference.identifier);
    if (!definition) continue;
    imageDefinitions.add(reference.identifier);
    found(reference, imageProblem(definition.url));
  }
  for (const [identifier, definition] of definitions) {
    if (!imageDefinitions.has(identifier)) found(definition, linkProblem(definition.url));
  }
};

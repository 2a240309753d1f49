import { parse } from '@astrojs/compiler-rs';

/**
 * Finds interface words written as literals instead of through t(): the text a patient would see in an
 * `.astro` template (text between tags, text attributes, strings an expression renders, text fields in the
 * frontmatter) and the strings a browser script puts into the page. Parsed with Astro's own compiler
 * (`@astrojs/compiler-rs`, which Astro depends on), so the scan reads a template exactly as Astro does;
 * a script is parsed as the TypeScript of a frontmatter block.
 */

/** One literal a patient would see: its line (1-based) and words. */
export interface InterfaceLiteral {
  line: number;
  text: string;
}

/** An ESTree node as the compiler returns it (oxc, ESTree-compatible JSON). */
interface AstNode {
  type: string;
  start: number;
  [field: string]: unknown;
}

/** A letter in any script: only whitespace, punctuation, symbols and numbers may be written as literals. */
const WORDS = /\p{L}/u;

/** Attributes whose value a patient reads or hears (HTML), and props of our components that carry text. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'alt', 'title', 'placeholder', 'label', 'heading', 'description', 'text', 'intro']);

/** Object fields and variables that hold interface text, in frontmatter and scripts. */
const TEXT_FIELDS = new Set(['label', 'title', 'heading', 'description', 'text', 'intro', 'alt', 'ariaLabel', 'placeholder', 'caption', 'message', 'urgency', 'action']);

/** DOM properties a script writes text into, and DOM methods that put their string arguments on the page. */
const DOM_TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'outerHTML', 'title', 'placeholder', 'ariaLabel', 'alt', 'download', 'value']);
const DOM_TEXT_METHODS = new Set(['replaceChildren', 'append', 'prepend', 'after', 'before', 'replaceWith', 'createTextNode', 'insertAdjacentText', 'insertAdjacentHTML', 'setAttribute', 'alert', 'confirm', 'prompt']);

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function children(node: AstNode): AstNode[] {
  return Object.entries(node).flatMap(([key, value]) => (key === 'parent' ? [] : Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []));
}

function nameOf(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier' || node.type === 'JSXIdentifier') return node.name as string;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'JSXNamespacedName') return `${nameOf(node.namespace)}:${nameOf(node.name)}`;
  return undefined;
}

/** The words of a string or template literal (a template's fixed parts), or undefined for anything else. */
function literalText(node: AstNode): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as { value: { cooked: string | null } }[]).map((quasi) => quasi.value.cooked ?? '').join('{…}');
  return undefined;
}

/** The strings an expression can evaluate to directly (both branches of `a ? b : c`, the sides of `a && b`, …). */
function valueStrings(node: AstNode): AstNode[] {
  switch (node.type) {
    case 'ConditionalExpression':
      return [...valueStrings(node.consequent as AstNode), ...valueStrings(node.alternate as AstNode)];
    case 'LogicalExpression':
      return [...valueStrings(node.left as AstNode), ...valueStrings(node.right as AstNode)];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return valueStrings(node.expression as AstNode);
    case 'BinaryExpression':
      return node.operator === '+' ? [...valueStrings(node.left as AstNode), ...valueStrings(node.right as AstNode)] : [];
    default:
      return literalText(node) === undefined ? [] : [node];
  }
}

/** A scan over one source: collects literals with words, lines counted in the original file. */
class Scan {
  readonly found: InterfaceLiteral[] = [];
  constructor(
    private readonly source: string,
    /** Characters the parsed text has in front of the original (a script wrapped as frontmatter). */
    private readonly offset = 0,
  ) {}

  report(node: AstNode, text = literalText(node) ?? ''): void {
    if (!WORDS.test(text)) return;
    const line = this.source.slice(0, Math.max(0, node.start - this.offset)).split('\n').length;
    this.found.push({ line, text: text.trim().replace(/\s+/g, ' ') });
  }

  /** Frontmatter or script code: text fields, DOM writes, and any template nested in it. */
  code(node: AstNode): void {
    switch (node.type) {
      case 'JSXElement':
      case 'JSXFragment':
        return this.template(node);
      case 'Property':
        if (TEXT_FIELDS.has(nameOf(node.key) ?? '') || DOM_TEXT_PROPERTIES.has(nameOf(node.key) ?? '')) for (const value of valueStrings(node.value as AstNode)) this.report(value);
        break;
      case 'VariableDeclarator':
        if (TEXT_FIELDS.has(nameOf(node.id) ?? '') && node.init) for (const value of valueStrings(node.init as AstNode)) this.report(value);
        break;
      case 'AssignmentPattern':
        if (TEXT_FIELDS.has(nameOf(node.left) ?? '')) for (const value of valueStrings(node.right as AstNode)) this.report(value);
        break;
      case 'AssignmentExpression': {
        const target = node.left as AstNode;
        if (target.type === 'MemberExpression' && DOM_TEXT_PROPERTIES.has(nameOf(target.property) ?? '')) for (const value of valueStrings(node.right as AstNode)) this.report(value);
        break;
      }
      case 'CallExpression': {
        const callee = node.callee as AstNode;
        const method = callee.type === 'MemberExpression' ? nameOf(callee.property) : nameOf(callee);
        if (method && DOM_TEXT_METHODS.has(method)) {
          const args = node.arguments as AstNode[];
          // setAttribute('aria-label', text): the first argument is the attribute's name.
          for (const arg of method === 'setAttribute' ? args.slice(1) : args) for (const value of valueStrings(arg)) this.report(value);
        }
        break;
      }
      case 'ThrowStatement':
        // Errors are for developers and authors (the build's own messages), not patients.
        return;
    }
    for (const child of children(node)) this.code(child);
  }

  /** Template markup: every text node, text attribute and string an expression renders. */
  template(node: AstNode): void {
    switch (node.type) {
      case 'JSXText':
        return this.report(node, node.value as string);
      case 'JSXElement': {
        const opening = node.openingElement as AstNode;
        const tag = nameOf(opening.name) ?? '';
        // Styles and scripts are not text; JSON-LD (set:html) is data. Scripts are scanned as scripts.
        if (tag === 'style' || tag === 'script') return;
        for (const attribute of opening.attributes as AstNode[]) this.attribute(attribute);
        for (const child of node.children as AstNode[]) this.template(child);
        return;
      }
      case 'JSXFragment':
        for (const child of node.children as AstNode[]) this.template(child);
        return;
      case 'JSXExpressionContainer':
        return this.rendered(node.expression as AstNode);
      default:
        for (const child of children(node)) this.template(child);
    }
  }

  private attribute(attribute: AstNode): void {
    if (attribute.type !== 'JSXAttribute') return this.code(attribute);
    const value = attribute.value as AstNode | null;
    if (!value) return;
    const isText = TEXT_ATTRIBUTES.has(nameOf(attribute.name) ?? '');
    if (value.type === 'JSXExpressionContainer') {
      if (isText) for (const text of valueStrings(value.expression as AstNode)) this.report(text);
      return this.code(value.expression as AstNode);
    }
    if (isText) this.report(value);
  }

  /** `{…}` in a template: the strings it renders, then any code or markup inside it. */
  private rendered(expression: AstNode): void {
    for (const value of valueStrings(expression)) this.report(value);
    this.code(expression);
  }
}

/** Interface words written as literals in an `.astro` file (template, text attributes, frontmatter text fields). */
export function astroLiterals(source: string): InterfaceLiteral[] {
  const { ast } = parse(source) as unknown as { ast: { frontmatter?: { program: AstNode }; body: AstNode[] } };
  const scan = new Scan(source);
  if (ast.frontmatter) scan.code(ast.frontmatter.program);
  for (const node of ast.body) scan.template(node);
  return scan.found;
}

/** Interface words a browser script writes into the page as literals. */
export function scriptLiterals(source: string): InterfaceLiteral[] {
  const prefix = '---\n';
  const { ast } = parse(`${prefix}${source}\n---\n`) as unknown as { ast: { frontmatter: { program: AstNode } } };
  const scan = new Scan(source, prefix.length);
  scan.code(ast.frontmatter.program);
  return scan.found;
}

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root } from 'mdast';
import { describeYamlError } from './friendly-errors';

/**
 * The one parse of a guide's MDX source that every content check shares (frontmatter, reading level,
 * links, care cards). Pages themselves are rendered by Astro's Sätteri processor; this parse only reads.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export interface ParsedMdx {
  /** The whole file as read; tree positions point into it. */
  source: string;
  /** Frontmatter as YAML data (dates stay strings). */
  frontmatter: unknown;
  /** The body as an mdast tree, GFM and MDX nodes included. */
  tree: Root;
}

/** A problem found while parsing, with the 1-based line it is on. */
export class MdxSourceError extends Error {
  // A field, not a parameter property: worker threads load this file with Node's type stripping, which refuses those.
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'MdxSourceError';
    this.line = line;
  }
}

/**
 * What a micromark error means for the author, with what to do. An unclosed tag is reported on the line
 * that opens it, where "fix the syntax on that line" would send the author to a line that is right.
 */
function describeSyntaxError(reason: string): string {
  const unclosed = /^Expected a closing tag for `<([A-Za-z][\w.]*)>`/.exec(reason)?.[1];
  if (unclosed) {
    return `<${unclosed}> on this line is never closed. Add </${unclosed}> on its own line where it should end, with a blank line before it`;
  }
  return `MDX syntax error: ${reason}. Fix the syntax on that line`;
}

/** A parsed guide's frontmatter block as written, or null when it has none. */
export function frontmatterText(tree: Root): string | null {
  const block = tree.children.find((node) => node.type === 'yaml');
  return block && 'value' in block ? block.value : null;
}

/** Frontmatter text as data: `{}` when there is none or it is empty. Throws YAML's error when it is not YAML. */
export function frontmatterData(text: string | null): unknown {
  return text === null ? {} : ((parseYaml(text) as unknown) ?? {});
}

export function parseMdx(source: string): ParsedMdx {
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(source)) as Root;
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // Some micromark errors (an unclosed tag) carry no position, only "(37:1-37:19)" in the text.
    const lineInReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1];
    const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? (lineInReason ? Number(lineInReason) : undefined);
    throw new MdxSourceError(describeSyntaxError(reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/, '')), line);
  }
  let frontmatter: unknown;
  try {
    frontmatter = frontmatterData(frontmatterText(tree));
  } catch (error) {
    const linePos = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    // +1: the frontmatter starts after the opening `---` line.
    throw new MdxSourceError(`frontmatter ${describeYamlError(error)}`, linePos ? linePos + 1 : undefined);
  }
  return { source, frontmatter, tree };
}

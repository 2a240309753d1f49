import { mdxToMdast, type Features } from 'satteri';
import { YAMLParseError } from 'yaml';
import { frontmatterData } from './frontmatter';
import type { Root } from 'mdast';
import { describeYamlError } from './friendly-errors';

/**
 * The one parse of a guide's MDX source that every content check shares (frontmatter, reading level,
 * links, care cards), and the Markdown copy's. It is Sätteri's, the parser Astro's MDX integration renders
 * the page with, so a guide is checked as it is rendered; in native code it takes about 0.1 ms a guide,
 * where remark's took 4. GFM as on the page; smart punctuation off, so the text is read as written.
 */
const FEATURES: Features = { gfm: true, frontmatter: true, smartPunctuation: false };

/**
 * A guide body's tree, without its frontmatter (Astro's `entry.body`): a `---` block at its start is a
 * thematic break there, as on the page, not frontmatter. Throws Sätteri's error on bad syntax (the content
 * check has reported it by then).
 */
export function parseMdxBody(body: string): Root {
  return mdxToMdast(body, { features: { ...FEATURES, frontmatter: false }, position: false }) as Root;
}

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
 * What an MDX syntax error means for the author, with what to do. An unclosed tag is reported on the line
 * that opens it, where "fix the syntax on that line" would send the author to a line that is right.
 * Sätteri says only "Unexpected character after `<`" for any tag it cannot read, so the two mistakes
 * authors make there are named from the text at that place: an attribute value without quotes, and a `<`
 * that was meant as "less than".
 */
function describeSyntaxError(reason: string, at: string): string {
  const unclosed = /^Expected a closing tag for `<([A-Za-z][\w.]*)>`/.exec(reason)?.[1];
  if (unclosed) {
    return `<${unclosed}> on this line is never closed. Add </${unclosed}> on its own line where it should end, with a blank line before it`;
  }
  if (reason.startsWith('Unexpected character after `<`')) {
    const unquoted = /^<([A-Za-z][\w.]*)\b[^>]*?\s([\w-]+)=([^\s"'{>/]+)/.exec(at);
    if (unquoted) {
      return `<${unquoted[1]}> has ${unquoted[2]}=${unquoted[3]} without quotes. Put the value in double quotes: ${unquoted[2]}="${unquoted[3]}"`;
    }
    if (!/^<\/?[A-Za-z]/.test(at)) {
      return 'a "<" here starts a component in MDX. Write "less than" in words, or \\< to show the sign';
    }
  }
  return `MDX syntax error: ${reason}. Fix the syntax on that line`;
}

/** A parsed guide's frontmatter block as written, or null when it has none. */
export function frontmatterText(tree: Root): string | null {
  const block = tree.children.find((node) => node.type === 'yaml');
  return block && 'value' in block ? block.value : null;
}


/**
 * Sätteri's syntax error as the line it names and its reason: it writes
 * "7:1: Expected a closing tag for `<Aside>` (7:1) (mdx-jsx:unexpected-character)".
 */
function syntaxError(error: unknown, source: string): MdxSourceError {
  const message = error instanceof Error ? error.message : String(error);
  const [, line, column, reason] = /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([\w:-]+\))?$/.exec(message) ?? [];
  // The text from the place Sätteri names to the end of its line.
  const at = line ? (source.split('\n')[Number(line) - 1] ?? '').slice(Number(column) - 1) : '';
  return new MdxSourceError(describeSyntaxError(reason ?? message, at), line ? Number(line) : undefined);
}

export function parseMdx(source: string): ParsedMdx {
  let tree: Root;
  try {
    tree = mdxToMdast(source, { features: FEATURES }) as Root;
  } catch (error) {
    throw syntaxError(error, source);
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

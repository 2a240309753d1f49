import { toString as mdastToString } from 'mdast-util-to-string';
import type { ParsedMdx } from '../lib/mdx-source';

/**
 * The text of a guide's body, as the gates that look for words read it: the frontmatter is left out (a
 * word only in the description is not something the page says), and blocks are kept apart by a line break
 * so the last word of one and the first of the next do not run together.
 */
export function guideBodyText(parsed: ParsedMdx): string {
  return parsed.tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) => mdastToString(node))
    .join('\n');
}

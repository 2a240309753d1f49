import { toString as mdastToString } from 'mdast-util-to-string';
import type { ParsedMdx } from '../lib/mdx-source';

/** The text of a guide's body, as the gates that look for words read it. */
export function guideBodyText(parsed: ParsedMdx): string {
  return mdastToString(parsed.tree);
}

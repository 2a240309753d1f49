import { toString as mdastToString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { nodesOfType } from './mdx-nodes';

/** The ids Astro gives a guide's headings (github-slugger, as its Markdown processors do), plus the summary box. */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(['summary-heading']);
  for (const heading of nodesOfType(tree, 'heading')) ids.add(slugger.slug(mdastToString(heading)));
  return ids;
}

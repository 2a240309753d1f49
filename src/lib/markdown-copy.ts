import { guideMarkdown, type GuideMarkdownFacts } from './guide-markdown';
import { parseMdxBody } from './mdx-source';
import type { SiteIdentity } from './site';

/** Everything a guide's Markdown copy (`/<stage>/<guide>.md`) is written from: plain data, so a worker thread can write it too. */
export interface MarkdownCopyJob {
  /** The guide's MDX body. */
  body: string;
  facts: GuideMarkdownFacts;
  site: SiteIdentity;
  /** The site's address (Astro's `site`). */
  siteUrl: string;
}

/** A guide's Markdown copy, from its job: the same function wherever it runs. */
export function writeMarkdownCopy(job: MarkdownCopyJob): string {
  return guideMarkdown(parseMdxBody(job.body), job.facts, job.site, new URL(job.siteUrl));
}

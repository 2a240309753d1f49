import { buildSlot } from './build-slot';
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

/**
 * Copies written ahead in a worker thread (src/build/markdown-ahead.ts) while Astro renders the cards and
 * the copies before them. The route and the thread's owner run in different module graphs of one process
 * (the bundle's and the config's), so they meet on this global.
 */
export interface MarkdownAhead {
  /** Every copy the route will write, by key, in the order it will ask for them. */
  prepare(jobs: readonly (readonly [string, MarkdownCopyJob])[]): void;
  /**
   * The copy for `key` when a thread has started it; undefined when it is the caller's to write (no thread
   * will start it then). A copy the thread could not write is the caller's too.
   */
  take(key: string): Promise<string | undefined> | undefined;
}

const registered = buildSlot<MarkdownAhead>('markdown-ahead');

export const setMarkdownAhead = registered.set;
export const markdownAhead = registered.get;

import type { APIRoute, GetStaticPaths } from 'astro';
import { getReviewer, getSiteGuides, type Guide } from '../../../lib/guides';
import { sectionLabel } from '../../../lib/seo';
import { guideParams, routes } from '../../../lib/routes';
import { markdownAhead, writeMarkdownCopy, type MarkdownAhead, type MarkdownCopyJob } from '../../../lib/markdown-copy';
import { siteIn } from '../../../lib/site';
import { guideCacheKey } from '../../../lib/page-cache-keys';

/** What a guide's copy is written from: its body, its facts as the copy states them, the site in its language. */
async function copyJob(guide: Guide, siteUrl: string): Promise<MarkdownCopyJob> {
  const { data } = guide;
  // A Spanish guide's copy gets Spanish headings and labels.
  const { locale } = guide;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return {
    body: guide.entry.body ?? '',
    facts: {
      ...data,
      url: absolute(routes.guide(guide)),
      section: sectionLabel(guide.collection, locale),
      reviewer: await getReviewer(data.reviewedBy as { id: string }),
      planUrl: absolute(routes.plan(locale)),
      locale,
    },
    site: siteIn(locale),
    siteUrl,
  };
}

/** Each guide as plain Markdown for AI assistants, from the same MDX source the page renders. */
export const getStaticPaths = (async () =>
  Promise.all((await getSiteGuides()).map(async (guide) => ({ params: guideParams(guide), props: { guide }, cacheKey: await guideCacheKey(guide) })))) satisfies GetStaticPaths;

let handedOver: Promise<void> | undefined;

/**
 * In a build with a thread to spare (src/lib/markdown-copy.ts), the first copy asked for hands every copy to
 * it: only a page's render knows the site's address (a clinic's comes from its config).
 */
function handOver(ahead: MarkdownAhead, siteUrl: string): Promise<void> {
  handedOver ??= getSiteGuides().then(async (guides) => ahead.prepare(await Promise.all(guides.map(async (guide) => [routes.guide(guide), await copyJob(guide, siteUrl)] as const))));
  return handedOver;
}

export const GET: APIRoute<{ guide: Guide }> = async ({ props: { guide }, site }) => {
  const siteUrl = site!.href;
  const ahead = markdownAhead();
  if (ahead) await handOver(ahead, siteUrl);
  const markdown = (await ahead?.take(routes.guide(guide))) ?? writeMarkdownCopy(await copyJob(guide, siteUrl));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

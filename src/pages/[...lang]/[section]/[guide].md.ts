import type { APIRoute, GetStaticPaths } from 'astro';
import { getReviewer, getSiteGuides, type Guide } from '../../../lib/guides';
import { sectionLabel } from '../../../lib/seo';
import { guideParams, routes, siteFile } from '../../../lib/routes';
import { writeMarkdownCopy, type MarkdownCopyJob } from '../../../lib/markdown-copy';
import { endpointFiles } from '../../../lib/endpoint-files';
import { siteIn } from '../../../lib/site';
import { siteUrl as builtFor } from 'virtual:microneedling-guide/site';

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

/**
 * Each guide as plain Markdown for AI assistants, from the same MDX source the page renders. A build writes
 * the copies beside its render (src/lib/endpoint-files.ts), so the route lists no paths then.
 */
export const getStaticPaths = (async () => {
  const guides = await getSiteGuides();
  const writer = endpointFiles();
  if (!writer) return guides.map((guide) => ({ params: guideParams(guide), props: { guide } }));
  const siteUrl = new URL(builtFor ?? import.meta.env.SITE).href;
  writer.markdownCopies(await Promise.all(guides.map(async (guide) => ({ file: siteFile(routes.guideMarkdown(guide)), job: await copyJob(guide, siteUrl) }))));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async ({ props: { guide }, site }) =>
  new Response(writeMarkdownCopy(await copyJob(guide, site!.href)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

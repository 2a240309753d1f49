import type { APIRoute, GetStaticPaths } from 'astro';
import { getReviewer, getSiteGuides, type Guide } from '../../../lib/guides';
import { sectionLabel } from '../../../lib/seo';
import { guideParams, routes } from '../../../lib/routes';
import { guideMarkdown } from '../../../lib/guide-markdown';
import { parseMdx } from '../../../lib/mdx-source';
import { siteIn } from '../../../lib/site';
import { guideCacheKey } from '../../../lib/page-cache-keys';

/** Each guide as plain Markdown for AI assistants, from the same MDX source the page renders. */
export const getStaticPaths = (async () =>
  Promise.all((await getSiteGuides()).map(async (guide) => ({ params: guideParams(guide), props: { guide }, cacheKey: await guideCacheKey(guide) })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async ({ props: { guide }, site: siteUrl }) => {
  const { data } = guide;
  // A Spanish guide's copy gets Spanish headings and labels.
  const { locale } = guide;
  const origin = siteUrl!;
  const absolute = (path: string) => new URL(path, origin).href;
  const markdown = guideMarkdown(
    parseMdx(guide.entry.body ?? '').tree,
    {
      ...data,
      url: absolute(routes.guide(guide)),
      section: sectionLabel(guide.collection, locale),
      reviewer: await getReviewer(data.reviewedBy as { id: string }),
      planUrl: absolute(routes.plan(locale)),
      locale,
    },
    siteIn(locale),
    origin,
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

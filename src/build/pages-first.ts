import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { finishBeforeRender } from './before-render.ts';
import { endBuildWith, isProblemReport } from './clean-failure.ts';

/**
 * The paths to render with the HTML pages first and every endpoint (`llms.txt`, `robots.txt`, the touch icon)
 * after them, each group in Astro's order. The pages are what the built-site check validates in a worker
 * thread during the render (src/build/page-checks-ahead.ts); rendered first, they leave it the time the
 * endpoints take, instead of only the last seconds of the render. When two routes make the same path,
 * Astro keeps the first, so such a list keeps its order.
 */
export function pagesFirst(paths: readonly PathWithRoute[]): PathWithRoute[] {
  const pathnames = new Set(paths.map(({ pathname }) => pathname.replace(/\/$/, '')));
  if (pathnames.size < paths.length) return [...paths];
  return [...paths.filter(({ route }) => route.type === 'page'), ...paths.filter(({ route }) => route.type !== 'page')];
}

/**
 * Astro's own prerenderer, rendering the pages first (`pagesFirst`), and telling `onPages` how many pages
 * it will render before it renders any. It renders nothing before the work registered with `beforeRender`
 * has passed: a problem it reports ends the build with its lines.
 */
export function pagesFirstPrerenderer(astroDefault: AstroPrerenderer, onPages: (count: number) => void): AstroPrerenderer {
  return {
    ...astroDefault,
    name: 'microneedling-guide:pages-first',
    async setup() {
      try {
        await finishBeforeRender();
      } catch (error) {
        if (isProblemReport(error)) endBuildWith(error as Error);
        throw error;
      }
      await astroDefault.setup?.();
    },
    async getStaticPaths() {
      const paths = pagesFirst(await astroDefault.getStaticPaths());
      onPages(paths.filter(({ route }) => route.type === 'page').length);
      return paths;
    },
  };
}

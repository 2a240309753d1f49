import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { pagesFirst, pagesFirstPrerenderer } from '../../src/build/pages-first';
import { beforeRender } from '../../src/build/before-render';

/** A path of a page or an endpoint route; only the fields the ordering reads are real. */
const path = (pathname: string, type: 'page' | 'endpoint'): PathWithRoute => ({ pathname, route: { type, route: pathname } as PathWithRoute['route'] });

const PATHS = [
  path('/social/aftercare/first-week.png', 'endpoint'),
  path('/404.html', 'page'),
  path('/aftercare/first-week.md', 'endpoint'),
  path('/aftercare/first-week/', 'page'),
  path('/llms.txt', 'endpoint'),
  path('/', 'page'),
];

describe('pages rendered before endpoints', () => {
  it('puts every page first and every endpoint after, each in Astro’s order', () => {
    expect(pagesFirst(PATHS).map(({ pathname }) => pathname)).toEqual([
      '/404.html',
      '/aftercare/first-week/',
      '/',
      '/social/aftercare/first-week.png',
      '/aftercare/first-week.md',
      '/llms.txt',
    ]);
  });

  it('keeps Astro’s order when two routes make the same path, so the route Astro keeps is the same', () => {
    const clash = [path('/faq.md', 'endpoint'), path('/faq/', 'page'), path('/faq', 'page')];
    expect(pagesFirst(clash)).toEqual(clash);
  });

  it('wraps Astro’s prerenderer: the same render, the pages first, and their number told before any renders', async () => {
    const rendered: string[] = [];
    const astroDefault: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => PATHS,
      render: async (request) => {
        rendered.push(new URL(request.url).pathname);
        return new Response('ok');
      },
    };
    const told: number[] = [];
    const wrapped = pagesFirstPrerenderer(astroDefault, (pages) => told.push(pages));
    const paths = await wrapped.getStaticPaths();
    expect(told).toEqual([3]);
    expect(paths.slice(0, 3).every(({ route }) => route.type === 'page')).toBe(true);
    await wrapped.render(new Request('https://example.org/aftercare/first-week/'), { routeData: paths[1]!.route });
    expect(rendered).toEqual(['/aftercare/first-week/']);
  });

  it('sets up nothing before the work that must pass first (the content check\'s gates) has passed', async () => {
    const order: string[] = [];
    let finishGates!: () => void;
    beforeRender(() => new Promise<void>((resolve) => (finishGates = () => (order.push('gates passed'), resolve()))));
    const astroDefault: AstroPrerenderer = {
      name: 'astro:default',
      setup: async () => void order.push('astro set up'),
      getStaticPaths: async () => PATHS,
      render: async () => new Response('ok'),
    };
    const setup = pagesFirstPrerenderer(astroDefault, () => undefined).setup!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    finishGates();
    await setup;
    expect(order).toEqual(['gates passed', 'astro set up']);
  });
});

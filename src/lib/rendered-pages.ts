import { buildSlot } from './build-slot';

/**
 * Pages handed over as Astro renders them (src/middleware.ts), so the built-site check can validate them in
 * a worker thread while the rest render (src/build/page-checks-ahead.ts). The middleware runs in the
 * bundle's module graph and the check in the config's, in the same process: they meet on this global.
 */
export interface RenderedPages {
  /**
   * Takes a page's bytes as they will be written (UTF-8 HTML); may ignore them (the check then reads the file,
   * as always). They are not changed afterwards, by either side.
   */
  submit(page: Uint8Array): void;
}

const registered = buildSlot<RenderedPages>('rendered-pages');

export const setRenderedPages = registered.set;

/** Whoever takes rendered pages in this build, if anyone does (not in `astro dev`, not below two cores). */
export const renderedPages = registered.get;

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite } from '../build/site-check';
import { phaseLine, progressReporter } from '../build/phase';
import { BuildProblemsError } from '../build/clean-failure';
import { startPageChecksAhead, type PageChecksAhead } from '../build/page-checks-ahead';
import { setRenderedPages } from '../lib/rendered-pages';
import { pagesFirstPrerenderer } from '../build/pages-first';
import { precompressionCacheFolder } from '../build/precompression';

const SHOWN = 50;
/** The page results kept between builds, in Astro's cache folder (kept with the build's workspace). */
const CACHE_FILE = 'site-integrity.json';

/** Fails the build when a page links to a missing page, file or heading, or is not valid HTML. */
export function siteIntegrity(): AstroIntegration {
  let origin = 'https://example.org';
  let cacheDir = '';
  let ahead: PageChecksAhead | undefined;
  return {
    name: 'microneedling-guide:site-integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // On one core the render has no idle core to lend: the pages are all checked after it.
      'astro:build:start': ({ setPrerenderer }) => {
        if (availableParallelism() < 2) return;
        const checks = startPageChecksAhead({ compressInto: precompressionCacheFolder(cacheDir) });
        ahead = checks;
        setRenderedPages(checks);
        setPrerenderer((astroDefault) => pagesFirstPrerenderer(astroDefault, (pages) => checks.expect(pages)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        setRenderedPages(undefined);
        const rendering = await ahead?.finish();
        let linksStarted = 0;
        const { pages, fromCache, checkedAhead: whileRendering, broken, invalid } = await checkSite(fileURLToPath(dir), origin, {
          checkedAhead: rendering?.results,
          idleThreads: rendering?.thread ? [rendering.thread] : [],
          compressInto: precompressionCacheFolder(cacheDir),
          cacheFile: join(cacheDir, CACHE_FILE),
          onProgress: progressReporter('html', 'validated', 'pages', (line) => logger.info(line), started),
          onLinks: () => (linksStarted = performance.now()),
        });
        const cached = [fromCache > 0 ? `${fromCache} unchanged, from the cache` : '', whileRendering > 0 ? `${whileRendering} while Astro rendered` : ''].filter(Boolean).join('; ');
        const detail = cached ? ` (${cached})` : '';
        logger.info(phaseLine('html', `${pages} pages validated${detail}, ${invalid.length} problems`, started, linksStarted));
        logger.info(phaseLine('links', `${pages} pages checked, ${broken.length} broken`, linksStarted));
        const lines = [
          ...broken.map((link) => `${link.page}: ${link.href} ${link.reason}. Fix the link in the guide or component that writes it.`),
          ...invalid.map((problem) => `${problem.page}:${problem.line}: invalid HTML (${problem.rule}): ${problem.message}. Fix the component or guide that writes it.`),
        ];
        if (lines.length > 0) {
          throw new BuildProblemsError(
            [`${lines.length} problem(s) in the built pages; the build stopped and the last good site is untouched:`, ...lines.slice(0, SHOWN).map((line) => `  - ${line}`)].join('\n'),
          );
        }
      },
    },
  };
}

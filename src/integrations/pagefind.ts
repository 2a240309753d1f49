import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SEARCH_INDEX_DIR } from '../lib/search';
import { phaseLine } from '../build/phase';

function failOn(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/**
 * Builds the search index from the finished HTML with Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (guide, FAQ and glossary content) are indexed. Any Pagefind error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'microneedling-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          failOn('start', errors);
          if (!index) throw new Error('Pagefind could not start: no index was created');
          const added = await index.addDirectory({ path: site });
          failOn(`index ${site}`, added.errors);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
          failOn('write the index', written.errors);
          logger.info(phaseLine('search', `${added.page_count} pages indexed`, started));
        } catch (error) {
          throw new Error(`Search index failed: ${(error as Error).message}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}

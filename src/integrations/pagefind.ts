import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { SEARCH_INDEX_DIR } from '../lib/search';
import { phaseLine } from '../build/phase';

function failOn(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/** Indexes the finished HTML of `site` into its search folder and logs the phase line. */
async function writeSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
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
}

/** The build's search index, once started: settled when it is written, or with why it could not be. */
let indexing: Promise<{ error?: unknown }> | undefined;

/**
 * Waits for the search index the build started (none started, nothing to wait for), and throws its error if
 * it could not be written. Whatever reads or compresses the index calls this first.
 */
export async function searchIndexWritten(): Promise<void> {
  const outcome = await indexing;
  if (outcome?.error !== undefined) throw outcome.error;
}

/**
 * Builds the search index from the finished HTML with Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (guide, FAQ and glossary content) are indexed. Any Pagefind error fails the build.
 * Pagefind indexes in a process of its own: the hook starts it and returns, so the checks and the headers
 * after it read the pages meanwhile (they only read them, as Pagefind does), and `searchIndexWritten` is
 * awaited by the step that compresses the index (src/integrations/server-config.ts). At 1,000 guides this
 * thread was otherwise idle for the 2 s Pagefind takes, after a one-guide rebuild as after a clean build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'microneedling-guide:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Settled either way, so a failure waits for whoever awaits it instead of ending the process unhandled.
        indexing = writeSearchIndex(fileURLToPath(dir), logger).then(
          () => ({}),
          (error: unknown) => ({ error }),
        );
      },
    },
  };
}

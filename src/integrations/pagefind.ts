import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SEARCH_INDEX_DIR } from '../lib/search';
import { phaseLine } from '../build/phase';
import { startSearchIndexing, type SearchIndexing } from '../build/search-index';

/** Indexes the finished HTML of `site` into its search folder and logs the phase line. */
async function writeSearchIndex(indexing: SearchIndexing, site: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { pages, ms } = await indexing.index(site, join(site, SEARCH_INDEX_DIR));
    // The time Pagefind took, not when this thread got to the news: it may be checking the pages meanwhile.
    logger.info(phaseLine('search', `${pages} pages indexed`, 0, ms));
  } catch (error) {
    throw new Error(`Search index failed: ${(error as Error).message}`, { cause: error });
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
 * Pagefind's process starts with the build (src/build/search-index.ts) and indexes once the pages are
 * rendered: the done hook hands it the site and returns, so the checks and the headers after it read the
 * pages meanwhile (they only read them, as Pagefind does), and `searchIndexWritten` is awaited by the step
 * that compresses the index (src/integrations/server-config.ts).
 */
export function pagefindIndex(): AstroIntegration {
  let searching: SearchIndexing | undefined;
  return {
    name: 'microneedling-guide:pagefind',
    hooks: {
      'astro:build:start': () => {
        searching = startSearchIndexing();
      },
      'astro:build:done': ({ dir, logger }) => {
        // Settled either way, so a failure waits for whoever awaits it instead of ending the process unhandled.
        indexing = writeSearchIndex(searching ?? startSearchIndexing(), fileURLToPath(dir), logger).then(
          () => ({}),
          (error: unknown) => ({ error }),
        );
      },
    },
  };
}

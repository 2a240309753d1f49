// Node-only: indexes the finished site with Pagefind, driven from a thread of its own (search-index-worker.ts).
import { Worker } from 'node:worker_threads';
import { HELPER_THREAD_LIMITS } from './thread-limits.ts';
import type { SearchIndexJob, SearchIndexReport } from './search-index-worker.ts';

export interface SearchIndexing {
  /** Indexes `site` into `outputPath`; resolves with the pages indexed and the time it took, or rejects with Pagefind's errors. */
  index(site: string, outputPath: string): Promise<{ pages: number; ms: number }>;
}

/**
 * Starts Pagefind's process now, to index the site once it is rendered. Pagefind answers each step (start,
 * add the pages, write the index) through Node's event loop, and the build's thread is busy for seconds after
 * the render (the checks, the headers): driven from there, each answer waited for it, and a one-guide rebuild
 * at 1,000 guides spent 1.9 s of its 5 s of indexing on starting Pagefind alone. This thread's loop is free
 * for the answers, and Pagefind has started before the render ends. Until `index` is called neither keeps the
 * process alive, so a build that fails exits without them (Pagefind's process ends with its input).
 */
export function startSearchIndexing(): SearchIndexing {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { resourceLimits: HELPER_THREAD_LIMITS });
  worker.unref();
  const report = new Promise<SearchIndexReport>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    // Pagefind's process ends on an error it cannot answer (a folder it cannot write: it panics), and its
    // request is then never answered: nothing is left to run in the thread, which ends without a report.
    worker.once('exit', () => reject(new Error('Pagefind stopped before the index was written (its own message is above)')));
  });
  // A thread that fails before the site is handed over fails the build when `index` awaits it, not earlier
  // as an unhandled rejection in the middle of the render.
  report.catch(() => undefined);
  return {
    async index(site, outputPath) {
      worker.ref();
      worker.postMessage({ site, outputPath } satisfies SearchIndexJob);
      const outcome = await report;
      if ('error' in outcome) throw new Error(outcome.error);
      return outcome;
    },
  };
}

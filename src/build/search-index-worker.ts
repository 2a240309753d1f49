// Node-only: a worker thread that runs Pagefind's indexing process for the build (see search-index.ts).
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

/** The finished site to index, and the folder its index goes in. */
export interface SearchIndexJob {
  site: string;
  outputPath: string;
}

/**
 * How many pages were indexed and how long it took (ms, measured here: the build's thread may read the report
 * much later, while it checks the pages), or why the index could not be written (the message names Pagefind's step).
 */
export type SearchIndexReport = { pages: number; ms: number } | { error: string };

function failOn(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

// Pagefind's process starts with the thread, while Astro renders, and waits for the site. Its failure to start
// is reported with the job; settled here so it never ends the thread as an unhandled rejection before then.
const created = createIndex({}).catch((error: unknown) => ({
  errors: [error instanceof Error ? error.message : String(error)],
  index: undefined,
}));

async function writeSearchIndex({ site, outputPath }: SearchIndexJob): Promise<number> {
  const { index, errors } = await created;
  failOn('start', errors);
  if (!index) throw new Error('Pagefind could not start: no index was created');
  const added = await index.addDirectory({ path: site });
  failOn(`index ${site}`, added.errors);
  const written = await index.writeFiles({ outputPath });
  failOn('write the index', written.errors);
  return added.page_count;
}

parentPort!.once('message', async (job: SearchIndexJob) => {
  const started = performance.now();
  let report: SearchIndexReport;
  try {
    report = { pages: await writeSearchIndex(job), ms: performance.now() - started };
  } catch (error) {
    report = { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await close();
  }
  parentPort!.postMessage(report);
});

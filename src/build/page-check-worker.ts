// Node-only: a worker thread that checks the pages it is sent (see site-check.ts), one at a time.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkPage } from './page-check.ts';
import { compressAhead } from './precompression.ts';
import { yieldCores } from './thread-limits.ts';

export interface PageJob {
  index: number;
  /** The page's file; read here, so the pages are not all in the main thread's memory at once. */
  file?: string;
  /** Or the page's HTML itself, as Astro rendered it (src/build/page-checks-ahead.ts). */
  html?: string;
  page: string;
  /** The precompression cache to compress the page into after checking it, and the page's `hashOf` (`compressAhead`). */
  compress?: { into: string; key: string };
}

/** What the thread is started with: whether it gives the cores to the rest of the build first (`yieldCores`). */
export interface PageCheckWorkerData {
  yielding?: boolean;
}

/** Tells a thread that was started without yielding (the one of the render) to yield from now on. */
export interface YieldFromNow {
  yieldCores: true;
}

if ((workerData as PageCheckWorkerData | undefined)?.yielding) yieldCores();

parentPort?.on('message', async (message: PageJob | YieldFromNow) => {
  if ('yieldCores' in message) {
    yieldCores();
    return;
  }
  const { index, file, html, page, compress } = message;
  try {
    const text = html ?? readFileSync(file!, 'utf8');
    const result = await checkPage(text, page);
    if (compress) compressAhead(compress.into, text, compress.key);
    parentPort!.postMessage({ index, result });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

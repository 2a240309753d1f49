// Node-only: a worker thread that checks the pages it is sent (see site-check.ts), one at a time.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { hashOf } from './check-cache.ts';
import { checkPage, type PageResult } from './page-check.ts';
import { compressAhead } from './precompression.ts';
import { yieldCores } from './thread-limits.ts';

export interface PageJob {
  index: number;
  /** The page's file; read here, so the pages are not all in the main thread's memory at once. */
  file?: string;
  /** Or the page's bytes, as Astro rendered them (src/build/page-checks-ahead.ts): the reply gives their `hashOf`. */
  bytes?: Uint8Array;
  page: string;
  /**
   * The precompression cache to compress the page into after checking it, and the page's `hashOf`
   * (`compressAhead`); worked out here for a page sent as bytes.
   */
  compress?: { into: string; key?: string };
}

/** The result of a job, or why it failed; `key` is the `hashOf` of a page sent as bytes. */
export type PageReply = { index: number; result: PageResult; key?: string } | { index: number; error: string };

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
  const { index, file, bytes, page, compress } = message;
  try {
    // Decoded as a file read as UTF-8 is (a byte order mark kept), so both give a page the same result.
    const text = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : readFileSync(file!, 'utf8');
    const key = bytes ? hashOf(bytes) : undefined;
    const result = await checkPage(text, page);
    if (compress) compressAhead(compress.into, bytes ?? text, compress.key ?? key);
    parentPort!.postMessage({ index, result, key } satisfies PageReply);
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageReply);
  }
});

// Node-only: validates pages in a worker thread while Astro renders the rest (src/middleware.ts hands them over).
import type { Worker } from 'node:worker_threads';
import type { RenderedPages } from '../lib/rendered-pages.ts';
import type { PageResult } from './page-check.ts';
import { HELPER_THREADS_FROM } from './thread-limits.ts';
import { startPageCheckThread } from './site-check.ts';
import type { PageJob, PageReply } from './page-check-worker.ts';

/**
 * No thread before this many pages: it spends about half a second loading html-validate, and a small site
 * (tests, clinics built side by side) is checked in moments after the render anyway.
 */
export const AHEAD_FROM = HELPER_THREADS_FROM;
/**
 * Pages waiting for the thread, at most: past this a page is left to the check after the render, so a slow
 * thread never holds the site in memory (1,000 pages are about 28 MB). The pages render about twice as fast
 * as the thread validates them, and the endpoints rendered after them (src/build/pages-first.ts) give it the
 * time to catch up.
 */
const MAX_WAITING = 1000;

export interface PageChecksAhead extends RenderedPages {
  /** How many pages the render will hand over: the thread starts now if that is AHEAD_FROM or more, else never. */
  expect(pages: number): void;
  /**
   * Stops taking pages and returns the results of those checked, by the hash of their bytes (`hashOf`, as
   * the check cache keys them), once the page being checked is done. Pages still waiting are dropped: the
   * check after the render validates whatever has no result here.
   */
  finish(): Promise<PagesCheckedAhead>;
}

export interface PagesCheckedAhead {
  results: Map<string, PageResult>;
  /**
   * The thread, idle and still running, when it ran without failing: the check after the render validates
   * in it (src/build/site-check.ts) instead of starting one more, which would load html-validate again
   * (about 0.45 s of a core). Whoever takes it ends it.
   */
  thread?: Worker;
}

/**
 * Takes rendered pages and validates them, one at a time, in one worker thread, started before the first
 * page when AHEAD_FROM pages or more are expected. The thread runs the same `checkPage` as the check after
 * the render, on the same bytes, so a result found here is the one found there; it only moves the work to a
 * core the render leaves idle. With `compressInto`, it also compresses each page into the precompression
 * cache (src/build/precompression.ts), where the build's last step takes it instead of compressing it
 * then. Until `finish` hands it over, it does not keep the process alive: a build that fails exits without
 * waiting for it.
 */
export function startPageChecksAhead(options: { compressInto?: string } = {}): PageChecksAhead {
  const results = new Map<string, PageResult>();
  const waiting: Uint8Array[] = [];
  let worker: Worker | undefined;
  let current: { done: () => void } | undefined;
  let open = true;
  let failed = false;

  // The thread hashes each page for its key: hashing 1,000 pages here took 0.18 s of the render's thread.
  const next = () => {
    const bytes = open ? waiting.shift() : undefined;
    if (!bytes || !worker) return;
    current = { done: () => undefined };
    const compress = options.compressInto ? { into: options.compressInto } : undefined;
    worker.postMessage({ index: 0, page: 'rendered.html', bytes, compress } satisfies PageJob);
  };
  const start = () => {
    worker = startPageCheckThread();
    worker.unref();
    worker.on('message', onMessage);
    worker.on('error', onError);
    next();
  };
  function onMessage(message: PageReply): void {
    const finished = current!;
    current = undefined;
    // A page the thread could not check is left to the check after the render, which reports the error.
    if ('result' in message && message.key !== undefined) results.set(message.key, message.result);
    finished.done();
    next();
  }
  function onError(): void {
    failed = true;
    current?.done();
    current = undefined;
  }

  return {
    expect(pages) {
      if (!worker && open && pages >= AHEAD_FROM) start();
    },
    submit(page) {
      if (!worker || !open || failed) return;
      if (waiting.length < MAX_WAITING) waiting.push(page);
      if (!current) next();
    },
    async finish() {
      open = false;
      waiting.length = 0;
      if (current) await new Promise<void>((resolve) => (current!.done = resolve));
      if (!worker || failed) {
        await worker?.terminate();
        return { results };
      }
      worker.off('message', onMessage);
      // Its new owner listens from its first job on; an error before that shows as the thread's exit there.
      worker.off('error', onError);
      worker.on('error', () => undefined);
      // Kept alive from now on: the build waits for what it finds.
      worker.ref();
      return { results, thread: worker };
    },
  };
}

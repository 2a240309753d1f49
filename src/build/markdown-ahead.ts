// Node-only: writes guides' Markdown copies in a worker thread while the route writes the others.
import { Worker } from 'node:worker_threads';
import type { MarkdownAhead, MarkdownCopyJob } from '../lib/markdown-copy.ts';
import type { MarkdownReport, MarkdownWork } from './markdown-worker.ts';
import { HELPER_THREAD_LIMITS, HELPER_THREADS_FROM } from './thread-limits.ts';

/**
 * No thread for fewer copies than this. A copy takes about 1 ms since guides are parsed with Sätteri, and the
 * thread 0.3–0.5 s to start: at 1,000 guides, builds with and without it were within this machine's noise
 * (medians of three, 28.7 s against 29.1 s).
 */
export const MARKDOWN_AHEAD_FROM = HELPER_THREADS_FROM;

/**
 * A thread that writes copies from the back of the route's list while the route writes them from the front,
 * so neither waits for the other until they meet. Each copy is written once: the thread takes the last copy
 * nobody has started, and the route claims each copy it reaches that the thread has not started. The thread
 * runs the route's own function on the same data, so it only moves work to another core. It does not keep
 * the process alive: a build that fails exits without waiting for it.
 */
export function startMarkdownAhead(): MarkdownAhead & { close(): Promise<void> } {
  const keys: string[] = [];
  const jobs = new Map<string, MarkdownCopyJob>();
  const started = new Map<string, { promise: Promise<string | undefined>; settle: (markdown: string | undefined) => void }>();
  let worker: Worker | undefined;
  let back = 0;
  let writing: string | undefined;

  const next = () => {
    while (back > 0) {
      const key = keys[--back]!;
      // Below `back` only the route removes jobs: a missing one is a copy the route claimed.
      if (!jobs.has(key)) continue;
      let settle!: (markdown: string | undefined) => void;
      const promise = new Promise<string | undefined>((resolve) => (settle = resolve));
      started.set(key, { promise, settle });
      writing = key;
      worker!.postMessage({ key, job: jobs.get(key)! } satisfies MarkdownWork);
      return;
    }
    // Every copy is written or claimed.
    void worker?.terminate();
  };

  return {
    prepare(list) {
      if (worker || list.length < MARKDOWN_AHEAD_FROM) return;
      for (const [key, job] of list) {
        keys.push(key);
        jobs.set(key, job);
      }
      back = keys.length;
      worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { resourceLimits: HELPER_THREAD_LIMITS });
      worker.unref();
      worker.on('message', (report: MarkdownReport) => {
        writing = undefined;
        started.get(report.key)?.settle('markdown' in report ? report.markdown : undefined);
        jobs.delete(report.key);
        next();
      });
      // A thread that stops leaves what it had started to the route.
      const stopped = () => {
        back = 0;
        for (const { settle } of started.values()) settle(undefined);
      };
      worker.on('error', stopped);
      worker.on('exit', stopped);
      next();
    },
    take(key) {
      const run = started.get(key);
      // A copy the route has taken is its to keep; the one being written stays, for a thread that stops to settle.
      if (run && key !== writing) started.delete(key);
      if (run) return run.promise;
      jobs.delete(key);
      return undefined;
    },
    async close() {
      back = 0;
      await worker?.terminate();
    },
  };
}

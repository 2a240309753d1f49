// Node-only: the gates of the guides a content check left for later (src/checks/content-check.ts), run in
// a worker thread while Astro syncs its content and bundles, instead of before Astro starts.
import { Worker } from 'node:worker_threads';
import type { ContentCheckLater } from '../checks/content-check.ts';
import type { GuideCheckedLater } from '../checks/gate-cache.ts';
import type { GateResult } from '../checks/types.ts';
import { frontmatterRead } from '../lib/frontmatter.ts';
import { HELPER_THREAD_LIMITS, earlyThreadsYield } from './thread-limits.ts';

/**
 * What the worker is given: the guides, the context their gates read, and the frontmatter this thread has
 * read already (`frontmatterRead`), which the thread would otherwise read again (about 0.7 s at 1,000 guides).
 */
export type LaterWork = Pick<ContentCheckLater, 'guides' | 'context'> & {
  frontmatter: [string, unknown][];
  /** Whether the thread gives the cores to Astro's thread first (`earlyThreadsYield`). */
  yielding: boolean;
};

/**
 * Runs the gates of the guides left for later in a worker thread, keeps their text gates' results for the
 * next build (`later.keep`), and returns what they found, in the guides' order: the order a check that ran
 * them itself lists them in. The thread does not keep the process alive: a build that fails meanwhile
 * exits without waiting for it.
 */
export function checkGuidesLater(later: ContentCheckLater, onProgress?: (done: number, total: number) => void): Promise<GateResult> {
  return new Promise((resolve, reject) => {
    const work: LaterWork = { guides: later.guides, context: later.context, frontmatter: frontmatterRead(), yielding: earlyThreadsYield(later.guides.length) };
    const worker = new Worker(new URL('./text-gate-worker.ts', import.meta.url), { workerData: work, resourceLimits: HELPER_THREAD_LIMITS });
    worker.unref();
    // Only the count is kept: the guides' texts, copied to the thread, are not held here meanwhile.
    const total = later.guides.length;
    const { keep } = later;
    const checked: GuideCheckedLater[] = [];
    worker.on('message', (guide: GuideCheckedLater) => {
      checked.push(guide);
      onProgress?.(checked.length, total);
      if (checked.length < total) return;
      keep(checked);
      resolve({ problems: checked.flatMap(({ result }) => result.problems), warnings: checked.flatMap(({ result }) => result.warnings) });
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (checked.length < total) reject(new Error(`the content check's thread stopped (exit ${code}) after ${checked.length} of ${total} guides`));
    });
  });
}

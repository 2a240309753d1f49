// Node-only: the built site's HTML and link check, page results cached by the page's bytes, misses
// validated across worker threads.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { builtPages } from '../lib/files.ts';
import type { HtmlProblem } from '../lib/html-check.ts';
import { PAGE_RULES_VERSION } from '../lib/html-rules.ts';
import { findBrokenLinks, type BrokenLink, type PageLinks } from '../lib/link-check.ts';
import { hashOf, openCheckCache } from './check-cache.ts';
import type { PageResult } from './page-check.ts';
import { HELPER_THREAD_LIMITS, HELPER_THREADS_FROM } from './thread-limits.ts';
import type { PageCheckWorkerData, PageJob, PageReply, YieldFromNow } from './page-check-worker.ts';

/** Fewer pages to validate than this are done in this thread: starting workers costs more than it saves. */
export const WORKERS_FROM = HELPER_THREADS_FROM;
/** More workers than this only add memory (html-validate and a page each) on the machines the site builds on. */
const MAX_WORKERS = 4;

export interface SiteCheckOptions {
  /** File the page results are kept in between builds; none: nothing is cached. */
  cacheFile?: string;
  /** Called after each page, cached or checked. */
  onProgress?: (done: number, total: number) => void;
  /** Called when every page is validated and the link check starts (the phases are timed apart). */
  onLinks?: () => void;
  /** Worker threads to validate in; by default one per core when there are enough pages. */
  workers?: number;
  /** Results of pages validated while Astro rendered (src/build/page-checks-ahead.ts), by the hash of their bytes. */
  checkedAhead?: ReadonlyMap<string, PageResult>;
  /**
   * Page-check threads already running and idle (the render's): used before any thread is started, and
   * ended with the check, whatever happens.
   */
  idleThreads?: readonly Worker[];
  /**
   * The precompression cache (src/build/precompression.ts) the threads compress each page they validate
   * into, beside Pagefind, so that the build's last step, which waits for the index, only links them.
   */
  compressInto?: string;
  /** Starts a page-check thread (a test counts them); by default `page-check-worker.ts` with the build's limits. */
  startThread?: (workerData: PageCheckWorkerData) => Worker;
}

export interface SiteCheckResult {
  pages: number;
  /** Pages whose results came from the cache. */
  fromCache: number;
  /** Pages validated while Astro rendered the others. */
  checkedAhead: number;
  broken: BrokenLink[];
  invalid: HtmlProblem[];
}

/** The code a page result comes from: editing any of it makes earlier results stale. */
const PAGE_CHECK_CODE = ['../lib/html-check.ts', '../lib/html-rules.ts', '../lib/link-check.ts', '../lib/page-parts.ts', './page-check.ts'].map((path) => new URL(path, import.meta.url));

/** The rule version page results are cached under: html-validate's version and rules, and the checks' own code. */
export function pageRulesVersion(): string {
  return hashOf(PAGE_RULES_VERSION, ...PAGE_CHECK_CODE.map((file) => readFileSync(file)));
}

interface Job extends PageJob {
  key: string;
  file: string;
}

/** Starts a page-check thread (`page-check-worker.ts`) with the helper threads' limits: the render's, and those after it. */
export const startPageCheckThread = (workerData: PageCheckWorkerData = {}): Worker =>
  new Worker(new URL('./page-check-worker.ts', import.meta.url), { resourceLimits: HELPER_THREAD_LIMITS, workerData });

/** Where `inWorkers` finds its threads: the idle ones given first, then started ones; and where pages are compressed. */
interface Threads {
  idle: readonly Worker[];
  start: (workerData: PageCheckWorkerData) => Worker;
  compressInto?: string;
}

/**
 * Checks each job in one of `count` worker threads; results arrive in any order, by index. The threads yield
 * the cores (`yieldCores`): Pagefind indexes the same pages meanwhile (src/integrations/pagefind.ts), and its
 * index is what the build waits for last. At 5,000 guides on two cores, Pagefind took 23.4–27.1 s beside
 * these threads and 17.1–20.8 s when they yielded; the checks still ended before it (11–13 s, then 15–18 s).
 * An idle thread given (the render's) is told to yield from now on.
 */
async function inWorkers(jobs: Job[], count: number, done: (job: Job, result: PageResult) => void, { idle, start, compressInto }: Threads): Promise<void> {
  const queue = [...jobs];
  const wanted = Math.min(count, jobs.length);
  const taken = idle.slice(0, wanted);
  for (const worker of taken) worker.postMessage({ yieldCores: true } satisfies YieldFromNow);
  const workers = [...taken, ...Array.from({ length: wanted - taken.length }, () => start({ yielding: true }))];
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: Job | undefined;
            const next = () => {
              current = queue.shift();
              if (!current) return resolve();
              const compress = compressInto === undefined ? undefined : { into: compressInto, key: current.key };
              worker.postMessage({ index: current.index, file: current.file, page: current.page, compress } satisfies PageJob);
            };
            worker.on('message', (message: PageReply) => {
              if ('error' in message) return reject(new Error(`checking ${current!.page} failed: ${message.error}`));
              done(current!, message.result);
              next();
            });
            worker.on('error', reject);
            // A thread that ended (a taken one may have ended while idle) would leave its page unanswered.
            worker.on('exit', () => reject(new Error(`checking ${current?.page ?? 'the pages'} failed: its thread ended`)));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Validates every page of the built site and checks its links. A page whose bytes were checked by the
 * same rules before gets its stored result, exactly as found then; the link check then runs over every
 * page's stored or fresh links, so a change to one page still re-checks every link to it.
 */
export async function checkSite(distDir: string, siteOrigin: string, options: SiteCheckOptions = {}): Promise<SiteCheckResult> {
  try {
    return await checkPages(distDir, siteOrigin, options);
  } finally {
    await Promise.all((options.idleThreads ?? []).map((thread) => thread.terminate()));
  }
}

async function checkPages(distDir: string, siteOrigin: string, options: SiteCheckOptions): Promise<SiteCheckResult> {
  const pages = builtPages(distDir);
  const cache = options.cacheFile ? openCheckCache<PageResult>(options.cacheFile, pageRulesVersion()) : undefined;
  const results: PageResult[] = new Array(pages.length);
  let done = 0;
  const finish = (index: number, result: PageResult) => {
    results[index] = result;
    options.onProgress?.(++done, pages.length);
  };
  const misses: Job[] = [];
  const store = (job: Job, result: PageResult) => {
    cache?.set(job.key, result);
    finish(job.index, result);
  };
  let checkedAhead = 0;
  pages.forEach((page, index) => {
    const bytes = readFileSync(join(distDir, page));
    const key = hashOf(bytes);
    const cached = cache?.get(key);
    const job = { index, page, key, file: join(distDir, page) };
    const ahead = cached ? undefined : options.checkedAhead?.get(key);
    if (cached) finish(index, cached);
    else if (ahead) {
      checkedAhead += 1;
      store(job, ahead);
    }
    // Not kept: the page is read again where it is checked, so a big site is never in memory at once.
    else misses.push(job);
  });
  const idle = options.idleThreads ?? [];
  const workers = options.workers ?? (misses.length >= WORKERS_FROM ? Math.min(availableParallelism(), MAX_WORKERS) : 0);
  // A running thread costs nothing to start: it validates even the few pages this thread would.
  if (workers > 1 || (idle.length > 0 && misses.length > 0)) {
    await inWorkers(misses, Math.max(workers, 1), store, { idle, start: options.startThread ?? startPageCheckThread, compressInto: options.compressInto });
  } else if (misses.length > 0) {
    // Loaded only here: html-validate takes about 0.2 s to load, and a big site or a rebuild never needs it in this thread.
    const { checkPage } = await import('./page-check.ts');
    // Pagefind is answered by a thread of its own meanwhile (src/build/search-index.ts), so this loop need not give way.
    for (const job of misses) store(job, await checkPage(readFileSync(job.file, 'utf8'), job.page));
  }
  cache?.save();
  options.onLinks?.();
  const links = new Map<string, PageLinks>(pages.map((page, index) => [page, results[index]!.links]));
  return {
    pages: pages.length,
    fromCache: cache?.hits ?? 0,
    checkedAhead,
    broken: findBrokenLinks(distDir, siteOrigin, links),
    invalid: pages.flatMap((page, index) => results[index]!.problems.map((problem) => ({ page, ...problem }))),
  };
}

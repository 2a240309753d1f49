// Node-only: draws the site's social cards in worker threads while the build checks and renders the rest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardTextKey, setCardPrerender, type CardPrerender } from '../lib/card-prerender.ts';
import type { BuildPaths } from '../lib/render-card.ts';
import type { CardBrand, CardText } from '../lib/social-card.ts';
import type { CardReport, CardWork } from './card-worker.ts';

/** Past this, more threads only add memory: the cards are done long before Astro reaches their route. */
const MAX_THREADS = 3;

/** One thread fewer than the cores (the build's own thread keeps one), and at least one. */
export const cardThreads = (cores = availableParallelism()): number => Math.max(1, Math.min(MAX_THREADS, cores - 1));

/**
 * Starts drawing `texts` into the card cache and registers the pool, so the card route waits for a card the
 * pool is drawing instead of drawing it a second time. A card the pool does not draw, or could not, the route
 * draws itself: the pool only moves work to another core and never decides what a card looks like. The
 * threads do not keep the process alive: a build that fails early exits without waiting for them.
 */
export function startCardPool(
  texts: readonly CardText[],
  brand: CardBrand,
  paths: BuildPaths,
  { threads = cardThreads(), onFinished }: { threads?: number; onFinished?: (drawn: number) => void } = {},
): CardPrerender {
  const waiting = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  const unique: CardText[] = [];
  for (const text of texts) {
    const key = cardTextKey(text);
    if (waiting.has(key)) continue;
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    waiting.set(key, { promise, resolve });
    unique.push(text);
  }
  const release = (key: string) => waiting.get(key)?.resolve();
  let drawn = 0;
  const count = Math.min(threads, unique.length);
  for (let thread = 0; thread < count; thread++) {
    // Interleaved, so every thread starts near the front of the list, where the route starts too.
    const share = unique.filter((_, index) => index % count === thread);
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { texts: share, brand, paths } satisfies CardWork });
    worker.unref();
    const releaseAll = () => share.forEach((text) => release(cardTextKey(text)));
    worker.on('message', (report: CardReport) => {
      if (!('drawn' in report)) return releaseAll();
      drawn += 1;
      release(cardTextKey(share[report.drawn]!));
    });
    worker.on('error', releaseAll);
    worker.on('exit', releaseAll);
  }
  void Promise.all([...waiting.values()].map((card) => card.promise)).then(() => onFinished?.(drawn));
  const prerender: CardPrerender = { drawn: (text) => waiting.get(cardTextKey(text))?.promise };
  setCardPrerender(prerender);
  return prerender;
}

// Node-only: draws the site's social cards in worker threads while the build checks and renders the rest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardTextKey, setCardPrerender, type CardPrerender } from '../lib/card-prerender.ts';
import { rememberKeptCard } from '../lib/kept-cards.ts';
import type { BuildPaths } from '../lib/card-key.ts';
import type { CardBrand, CardText } from '../lib/social-card.ts';
import type { CardReport, CardWork } from './card-worker.ts';
import { BUILDS_AT_ONCE_ENV, earlyThreadsYield } from './thread-limits.ts';

/** Past this, more threads only add memory: the cards are done long before Astro reaches their route. */
const MAX_THREADS = 3;

const CARD_POOL_FROM = { alone: 50, sideBySide: 300 };

/**
 * Fewer cards than this are drawn by the route in the build's thread instead of by threads while the content
 * is checked and bundled. A thread takes about 0.23 s to start and draw its first card, about what 140 more
 * cards take (1.6 ms each). A build alone has an idle core for it from 50 cards: at 100 guides, in eight
 * interleaved pairs, the build took 0.08–2.2 s less in seven and 1.3 s more in one (median 0.4 s less).
 * Builds side by side (`build:clinics`) keep the cores busy already, and each thread would only add its
 * start: for them the pool starts at 300.
 */
export function cardPoolFrom(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env[BUILDS_AT_ONCE_ENV] ?? 1) > 1 ? CARD_POOL_FROM.sideBySide : CARD_POOL_FROM.alone;
}

/** One thread fewer than the cores (the build's own thread keeps one), and at least one. */
export const cardThreads = (cores = availableParallelism()): number => Math.max(1, Math.min(MAX_THREADS, cores - 1));

/**
 * Starts drawing `texts` into the card cache and registers the pool with the card route. Each card is drawn
 * once, by whoever claims it first: a worker thread, or the route when it reaches a card no thread has
 * started (so the build's thread helps once it gets there, instead of waiting); a card a thread is drawing,
 * the route waits for. A card the pool does not know, or could not draw, the route draws itself: the pool
 * only moves work to other cores and never decides what a card looks like. The threads do not keep the
 * process alive: a build that fails early exits without waiting for them.
 */
export function startCardPool(
  texts: readonly CardText[],
  brand: CardBrand,
  paths: BuildPaths,
  { threads = cardThreads(), onFinished }: { threads?: number; onFinished?: (drawnAhead: number, lastDrawnAt: number) => void } = {},
): CardPrerender {
  // Each card once, in the order given; `byKey` finds a card's place in that list (its flag in `claims`).
  const cards: { text: CardText; done: Promise<void>; settle: () => void }[] = [];
  const byKey = new Map<string, number>();
  for (const text of texts) {
    const key = cardTextKey(text);
    if (byKey.has(key)) continue;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    byKey.set(key, cards.length);
    cards.push({ text, done, settle });
  }
  // One flag per card, shared with the threads: 0 while nobody has started it.
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Math.max(1, cards.length)));
  const settle = (index: number) => cards[index]!.settle();
  let drawnAhead = 0;
  let lastDrawnAt = Date.now();
  const count = Math.min(threads, cards.length);
  const yielding = earlyThreadsYield(cards.length);
  for (let thread = 0; thread < count; thread++) {
    // Interleaved, so every thread starts near the front of the list, where the route starts too.
    const indexes = cards.map((_, index) => index).filter((index) => index % count === thread);
    const work: CardWork = { texts: indexes.map((index) => cards[index]!.text), indexes, claims, brand, paths, yielding };
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: work });
    worker.unref();
    const settleAll = () => indexes.forEach(settle);
    worker.on('message', (report: CardReport) => {
      if (!('drawn' in report)) return settleAll();
      drawnAhead += 1;
      lastDrawnAt = Math.max(lastDrawnAt, report.at);
      rememberKeptCard(report.file);
      settle(report.drawn);
    });
    worker.on('error', settleAll);
    worker.on('exit', settleAll);
  }
  void Promise.all(cards.map((card) => card.done)).then(() => onFinished?.(drawnAhead, lastDrawnAt));
  const prerender: CardPrerender = {
    claim: (text) => {
      const index = byKey.get(cardTextKey(text));
      if (index === undefined) return true;
      if (Atomics.compareExchange(claims, index, 0, 1) !== 0) return false;
      settle(index);
      return true;
    },
    drawn: (text) => {
      const index = byKey.get(cardTextKey(text));
      return index === undefined ? Promise.resolve() : cards[index]!.done;
    },
  };
  setCardPrerender(prerender);
  return prerender;
}

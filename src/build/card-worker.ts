// Node-only: a worker thread that draws social cards into the card cache (see card-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { resolveExtensionlessTs } from './ts-modules.ts';
import { yieldCores } from './thread-limits.ts';
import type { CardBrand, CardText } from '../lib/social-card.ts';
import type { BuildPaths } from '../lib/card-key.ts';

export interface CardWork {
  texts: CardText[];
  /** Each text's place in the pool's list: its flag in `claims`. */
  indexes: number[];
  /** One flag per card of the pool: whoever turns it from 0 to 1 draws that card (see card-pool.ts). */
  claims: Int32Array;
  brand: CardBrand;
  paths: BuildPaths;
  /** Whether the thread gives the cores to Astro's thread first (`earlyThreadsYield`). */
  yielding: boolean;
}

/**
 * What the worker reports: one card drawn (its index in the pool's list, and when, in ms since the epoch: the
 * build's thread may read the report much later, while it checks the content), or why it stopped.
 */
export type CardReport = { drawn: number; at: number; file: string } | { failed: string };

const { texts, indexes, claims, brand, paths, yielding } = workerData as CardWork;
// Before the drawing's modules and fonts load: their loading is work to give way with too.
if (yielding) yieldCores();
resolveExtensionlessTs();
const { socialCardFile } = await import('../lib/render-card.ts');
for (const [position, text] of texts.entries()) {
  const index = indexes[position]!;
  // Already started by the route (or another thread): theirs to draw.
  if (Atomics.compareExchange(claims, index, 0, 1) !== 0) continue;
  try {
    const file = await socialCardFile(text, brand, paths);
    parentPort!.postMessage({ drawn: index, at: Date.now(), file } satisfies CardReport);
  } catch (error) {
    // The route draws this card again in the build's thread, where the error stops the build with its message.
    parentPort!.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies CardReport);
    break;
  }
}

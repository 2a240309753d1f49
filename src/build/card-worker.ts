// Node-only: a worker thread that draws social cards into the card cache (see card-pool.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveExtensionlessTs } from './ts-modules.ts';
import type { CardBrand, CardText } from '../lib/social-card.ts';
import type { BuildPaths } from '../lib/render-card.ts';

export interface CardWork {
  texts: CardText[];
  /** Each text's place in the pool's list: its flag in `claims`. */
  indexes: number[];
  /** One flag per card of the pool: whoever turns it from 0 to 1 draws that card (see card-pool.ts). */
  claims: Int32Array;
  brand: CardBrand;
  paths: BuildPaths;
}

/** What the worker reports: one card drawn (its index in the pool's list), or why it stopped. */
export type CardReport = { drawn: number } | { failed: string };

/** Cards between garbage collections: each drawn card leaves about 3 MB of pixels until it is collected. */
const CARDS_PER_COLLECTION = 8;

// resvg keeps each card's pixels outside the JS heap, where V8 does not see them; in a thread that allocates
// little else it would not collect them until gigabytes had piled up. So the thread collects on its own, and
// lets the event loop turn: Node frees a native object's memory in a callback after the collection.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

resolveExtensionlessTs();
const { socialCardPng } = await import('../lib/render-card.ts');
const { texts, indexes, claims, brand, paths } = workerData as CardWork;
let drawn = 0;
for (const [position, text] of texts.entries()) {
  const index = indexes[position]!;
  // Already started by the route (or another thread): theirs to draw.
  if (Atomics.compareExchange(claims, index, 0, 1) !== 0) continue;
  try {
    await socialCardPng(text, brand, paths);
    parentPort!.postMessage({ drawn: index } satisfies CardReport);
    if (++drawn % CARDS_PER_COLLECTION === 0) {
      collectGarbage();
      await new Promise((turned) => setImmediate(turned));
    }
  } catch (error) {
    // The route draws this card again in the build's thread, where the error stops the build with its message.
    parentPort!.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies CardReport);
    break;
  }
}

import { buildSlot } from './build-slot';
import type { CardText } from './social-card';

/**
 * Cards drawn ahead of the pages, in a worker thread (src/build/card-pool.ts), while the build checks the
 * content and bundles. The pool and the card route run in the same process but in separate module graphs
 * (the config's and the bundle's), so they meet on this global.
 */
export interface CardPrerender {
  /** True when the caller is to draw this card now: no thread has started it (it is then nobody else's), or the pool does not draw it. */
  claim(text: CardText): boolean;
  /** Resolves once the card is in the cache (or its thread stopped). */
  drawn(text: CardText): Promise<void>;
}

const registered = buildSlot<CardPrerender>('card-prerender');

/** The words of a card as one key: the pool and the route draw a card for the same words. */
export const cardTextKey = (text: CardText): string => JSON.stringify([text.title, text.kicker, text.siteName]);

export function setCardPrerender(prerender: CardPrerender | undefined): void {
  registered.set(prerender);
}

/**
 * Returns once the card with these words is in the cache, or is the caller's to draw: when a pool is
 * running, a card one of its threads has started is waited for, any other card the caller claims.
 */
export async function prerenderedCard(text: CardText): Promise<void> {
  const pool = registered.get();
  if (pool && !pool.claim(text)) await pool.drawn(text);
}

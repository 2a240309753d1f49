import type { CardText } from './social-card';

/**
 * Cards drawn ahead of the pages, in a worker thread (src/build/card-pool.ts), while the build checks the
 * content and bundles. The pool and the card route run in the same process but in separate module graphs
 * (the config's and the bundle's), so they meet on this global.
 */
export interface CardPrerender {
  /** Resolves once the card with these words is in the cache (or the pool stopped); undefined if the pool does not draw it. */
  drawn(text: CardText): Promise<void> | undefined;
}

const REGISTRY = Symbol.for('microneedling-guide:card-prerender');

/** The words of a card as one key: the pool and the route draw a card for the same words. */
export const cardTextKey = (text: CardText): string => JSON.stringify([text.title, text.kicker, text.siteName]);

export function setCardPrerender(prerender: CardPrerender | undefined): void {
  (globalThis as { [REGISTRY]?: CardPrerender })[REGISTRY] = prerender;
}

/** Waits for the pool to draw this card, if it is drawing it; otherwise returns at once. */
export async function prerenderedCard(text: CardText): Promise<void> {
  await (globalThis as { [REGISTRY]?: CardPrerender })[REGISTRY]?.drawn(text);
}

import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardPoolFrom, cardThreads, startCardPool } from '../../src/build/card-pool';
import { BUILDS_AT_ONCE_ENV } from '../../src/build/thread-limits';
import { setCardPrerender } from '../../src/lib/card-prerender';
import { CARD_CACHE_FOLDER, socialCardPng } from '../../src/lib/render-card';
import { NEUTRAL_CARD_BRAND } from '../../src/lib/social-card';
import { PROJECT_ROOT } from '../support/paths';

const texts = ['Before your treatment', 'Your first week', 'When to call the clinic'].map((title) => ({ title, kicker: 'Aftercare', siteName: 'Guide' }));
const cacheDir = () => mkdtempSync(join(tmpdir(), 'mng-card-pool-'));

afterEach(() => setCardPrerender(undefined));

describe('the card pool', () => {
  it('draws every card ahead into the cache, the same bytes the route would draw, and says when it is done', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: cacheDir() };
    let finished: number | undefined;
    const pool = startCardPool([...texts, texts[0]!], NEUTRAL_CARD_BRAND, paths, { threads: 2, onFinished: (drawn) => (finished = drawn) });
    await Promise.all(texts.map((text) => pool.drawn(text)));
    expect(readdirSync(join(paths.cacheDir, CARD_CACHE_FOLDER))).toHaveLength(3);
    const fromPool = await socialCardPng(texts[1]!, NEUTRAL_CARD_BRAND, paths);
    setCardPrerender(undefined);
    const drawnHere = await socialCardPng(texts[1]!, NEUTRAL_CARD_BRAND, { root: PROJECT_ROOT, cacheDir: cacheDir() });
    expect(fromPool.equals(drawnHere)).toBe(true);
    await new Promise((settled) => setImmediate(settled));
    expect(finished).toBe(3);
  });

  it('says when its last card was drawn, though the build’s thread reads the threads’ reports later', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: cacheDir() };
    let lastDrawnAt: number | undefined;
    const pool = startCardPool(texts, NEUTRAL_CARD_BRAND, paths, { threads: 1, onFinished: (_, at) => (lastDrawnAt = at) });
    // The build's thread is busy (as it is while it checks the content) until every card is in the cache.
    const folder = join(paths.cacheDir, CARD_CACHE_FOLDER);
    const cached = () => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.png')).length : 0);
    while (cached() < texts.length);
    // A few ms more, for the thread to send its last report after renaming the file into place.
    for (const until = Date.now() + 20; Date.now() < until; );
    const busyUntil = Date.now();
    await Promise.all(texts.map((text) => pool.drawn(text)));
    await new Promise((settled) => setImmediate(settled));
    expect(lastDrawnAt).toBeLessThanOrEqual(busyUntil);
  });

  it('leaves a card it does not know to the route', () => {
    const pool = startCardPool(texts.slice(0, 1), NEUTRAL_CARD_BRAND, { root: PROJECT_ROOT, cacheDir: cacheDir() }, { threads: 1 });
    expect(pool.claim(texts[2]!)).toBe(true);
  });

  it('draws a card once: one the route claims first, the threads skip', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: cacheDir() };
    let finished: number | undefined;
    const pool = startCardPool(texts, NEUTRAL_CARD_BRAND, paths, { threads: 1, onFinished: (drawn) => (finished = drawn) });
    // The thread is still starting: the route takes the last card, and nobody may take it again.
    expect(pool.claim(texts[2]!)).toBe(true);
    expect(pool.claim(texts[2]!)).toBe(false);
    await Promise.all(texts.map((text) => pool.drawn(text)));
    await new Promise((settled) => setImmediate(settled));
    expect(finished).toBe(2);
    expect(readdirSync(join(paths.cacheDir, CARD_CACHE_FOLDER))).toHaveLength(2);
  });

  it('lets the route go on when a thread cannot draw (the route then draws and reports the error itself)', async () => {
    // No node_modules here, so no fonts: the worker stops at the first card.
    let finished: number | undefined;
    const pool = startCardPool(texts, NEUTRAL_CARD_BRAND, { root: cacheDir(), cacheDir: cacheDir() }, { threads: 1, onFinished: (drawn) => (finished = drawn) });
    await Promise.all(texts.map((text) => pool.drawn(text)));
    await new Promise((settled) => setImmediate(settled));
    expect(finished).toBe(0);
  });

  it('keeps one core for the build and uses at most three', () => {
    expect([1, 2, 4, 16].map((cores) => cardThreads(cores))).toEqual([1, 1, 3, 3]);
  });
});

describe('the size of site from which the cards are drawn ahead in threads', () => {
  it('is small for a build alone, and large for builds that share the cores (build:clinics)', () => {
    expect(cardPoolFrom({})).toBe(50);
    expect(cardPoolFrom({ [BUILDS_AT_ONCE_ENV]: '1' })).toBe(50);
    expect(cardPoolFrom({ [BUILDS_AT_ONCE_ENV]: '2' })).toBe(300);
  });
});

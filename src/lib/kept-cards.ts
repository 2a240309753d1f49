// Node-only: which images the card cache holds (src/lib/render-card.ts), by key.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildSlot } from './build-slot';
import { cardCacheKey } from './social-card';

/**
 * Each card folder's kept images by key, listed once per thread. A miss is drawn without listing the folder
 * again (at 5,000 cards, listing it on every miss took the pool from 11 s to 38 s); an image drawn by another
 * thread meanwhile is only drawn twice, to the same bytes and name. The pool tells the build's thread what its
 * threads drew (`rememberKeptCard`); the config's and the bundle's module graphs share this through a global.
 */
const listings = buildSlot<Map<string, Map<string, string>>>('kept-card-images');

/** Folder inside Astro's cache dir: cards survive between builds, keyed by what is drawn. */
export const CARD_CACHE_FOLDER = 'social-cards';

/** The keys this thread asked the card cache for, by folder: what a build used (`pruneKeptCards`). */
const used = buildSlot<Map<string, Set<string>>>('used-card-images');

/** A kept image's name: its key, then the hash of its bytes, which whoever reuses it checks first. */
export const keptCardName = (key: string, png: Uint8Array): string => `${key}-${cardCacheKey([png])}.png`;
const KEPT_NAME = /^([0-9a-f]{32})-[0-9a-f]{32}\.png$/;

/** The kept images of a card folder by key, as this thread knows them. */
export function keptImages(folder: string): Map<string, string> {
  let folders = listings.get();
  if (!folders) listings.set((folders = new Map()));
  let byKey = folders.get(folder);
  if (byKey) return byKey;
  byKey = new Map();
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const key = KEPT_NAME.exec(name)?.[1];
    if (key) byKey.set(key, name);
    // Named by key alone, by an older version: never checked, so never reused.
    else if (/^[0-9a-f]{32}\.png$/.test(name)) rmSync(join(folder, name), { force: true });
  }
  folders.set(folder, byKey);
  return byKey;
}

/** Records an image another thread kept (its file in the card cache), so this thread takes it instead of drawing it. */
export function rememberKeptCard(file: string): void {
  const key = KEPT_NAME.exec(basename(file))?.[1];
  if (key) keptImages(dirname(file)).set(key, basename(file));
}

/** Notes that this thread's build asked for the image of `key` in `folder`. */
export function markCardUsed(folder: string, key: string): void {
  let folders = used.get();
  if (!folders) used.set((folders = new Map()));
  let keys = folders.get(folder);
  if (!keys) folders.set(folder, (keys = new Set()));
  keys.add(key);
}

/**
 * Deletes the kept images in `folder` this thread's build did not ask for (`markCardUsed`): a card whose title
 * changed would otherwise stay in the cache for good. Called once every card and icon of a build is in its site.
 */
export function pruneKeptCards(folder: string): number {
  const keys = used.get()?.get(folder) ?? new Set<string>();
  let pruned = 0;
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const key = KEPT_NAME.exec(name)?.[1];
    if (!key || keys.has(key)) continue;
    rmSync(join(folder, name), { force: true });
    keptImages(folder).delete(key);
    pruned++;
  }
  return pruned;
}


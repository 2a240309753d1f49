import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptCardName, keptImages, markCardUsed, pruneKeptCards, rememberKeptCard } from '../../src/lib/kept-cards';

const KEY_A = 'a'.repeat(32);
const KEY_B = 'b'.repeat(32);

describe('the card cache’s kept images', () => {
  it('are listed once per thread; what other threads keep later is learnt from their reports, not by listing again', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'kept-cards-')), 'social-cards');
    mkdirSync(folder);
    const a = keptCardName(KEY_A, new Uint8Array([1]));
    writeFileSync(join(folder, a), new Uint8Array([1]));
    // An image kept by an older version, named by its key alone, is never reused.
    writeFileSync(join(folder, `${KEY_B}.png`), new Uint8Array([2]));
    expect([...keptImages(folder)]).toEqual([[KEY_A, a]]);
    const b = keptCardName(KEY_B, new Uint8Array([3]));
    writeFileSync(join(folder, b), new Uint8Array([3]));
    expect(keptImages(folder).has(KEY_B)).toBe(false);
    rememberKeptCard(join(folder, b));
    expect(keptImages(folder).get(KEY_B)).toBe(b);
  });

  it('are named by key and by the hash of their bytes', () => {
    expect(keptCardName(KEY_A, new Uint8Array([1]))).toMatch(new RegExp(`^${KEY_A}-[0-9a-f]{32}\\.png$`));
    expect(keptCardName(KEY_A, new Uint8Array([1]))).not.toBe(keptCardName(KEY_A, new Uint8Array([2])));
  });

  it('that a build did not ask for are deleted once its cards are in its site', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'kept-cards-')), 'social-cards');
    mkdirSync(folder);
    const a = keptCardName(KEY_A, new Uint8Array([1]));
    const b = keptCardName(KEY_B, new Uint8Array([2]));
    for (const name of [a, b, 'notes.txt']) writeFileSync(join(folder, name), 'x');
    markCardUsed(folder, KEY_A);
    expect(pruneKeptCards(folder)).toBe(1);
    expect(readdirSync(folder).sort()).toEqual([a, 'notes.txt'].sort());
    expect(keptImages(folder).has(KEY_B)).toBe(false);
  });
});


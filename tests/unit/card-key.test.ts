import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isCardKept, socialCardKey } from '../../src/lib/card-key';
import { CARD_CACHE_FOLDER, socialCardPng } from '../../src/lib/render-card';
import { NEUTRAL_CARD_BRAND } from '../../src/lib/social-card';
import { PROJECT_ROOT } from '../support/paths';

const TEXT = { title: 'Your first week after micro-needling', kicker: 'Aftercare', siteName: 'Micro-needling: a patient guide' };

describe('which social cards the card cache keeps', () => {
  it('knows a card drawn before by the key it was kept under, and no other words, colours or font', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'mng-card-key-')) };
    expect(isCardKept(TEXT, NEUTRAL_CARD_BRAND, paths)).toBe(false);
    await socialCardPng(TEXT, NEUTRAL_CARD_BRAND, paths);
    const [kept] = readdirSync(join(paths.cacheDir, CARD_CACHE_FOLDER));
    expect(kept!.startsWith(`${socialCardKey(TEXT, NEUTRAL_CARD_BRAND, PROJECT_ROOT)}-`)).toBe(true);
    expect(isCardKept(TEXT, NEUTRAL_CARD_BRAND, paths)).toBe(true);
    expect(isCardKept({ ...TEXT, title: 'Your second week' }, NEUTRAL_CARD_BRAND, paths)).toBe(false);
    expect(isCardKept(TEXT, { ...NEUTRAL_CARD_BRAND, accent: '#5a2d82' }, paths)).toBe(false);
    // A font package that is not installed is drawn in the neutral font, with a warning, but keyed apart.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(isCardKept(TEXT, { ...NEUTRAL_CARD_BRAND, fontPackage: '@fontsource/no-such-font' }, paths)).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keys a card by what is drawn only: other fields of the brand leave the key as it is', () => {
    const key = socialCardKey(TEXT, NEUTRAL_CARD_BRAND, PROJECT_ROOT);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(socialCardKey(TEXT, { ...NEUTRAL_CARD_BRAND, fontFamily: 'Another name' }, PROJECT_ROOT)).toBe(key);
    expect(socialCardKey({ ...TEXT, kicker: 'Procedure' }, NEUTRAL_CARD_BRAND, PROJECT_ROOT)).not.toBe(key);
  });
});

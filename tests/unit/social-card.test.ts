import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CARD_CACHE_FOLDER, socialCardPng, touchIconPng } from '../../src/lib/render-card';
import { loadCardFonts } from '../../src/lib/card-key';
import { cardBrand, cardCacheKey, NEUTRAL_CARD_BRAND, SOCIAL_CARD, socialCards, TOUCH_ICON_SIZE } from '../../src/lib/social-card';
import { STAGES } from '../../src/lib/stages';
import { PROJECT_ROOT } from '../support/paths';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const TEXT = { title: 'Your first week after micro-needling', kicker: 'Aftercare', siteName: 'Micro-needling: a patient guide' };

describe('social cards', () => {
  it('are 1200×630 PNGs, byte-identical when drawn again, and taken from the cache the second time', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'mng-cards-')) };
    const first = await socialCardPng(TEXT, NEUTRAL_CARD_BRAND, paths);
    expect(pngSize(first)).toEqual(SOCIAL_CARD);
    const cached = readdirSync(join(paths.cacheDir, CARD_CACHE_FOLDER));
    expect(cached).toHaveLength(1);
    const fresh = await socialCardPng(TEXT, NEUTRAL_CARD_BRAND, { ...paths, cacheDir: mkdtempSync(join(tmpdir(), 'mng-cards-')) });
    expect(fresh.equals(first)).toBe(true);
    const again = await socialCardPng(TEXT, NEUTRAL_CARD_BRAND, paths);
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(join(paths.cacheDir, CARD_CACHE_FOLDER))).toEqual(cached);
  });

  it('are keyed by everything drawn: words, colours and font', () => {
    const key = (...parts: string[]) => cardCacheKey(parts);
    expect(key('a', 'b')).toBe(key('a', 'b'));
    expect(key('a', 'b')).not.toBe(key('ab', ''));
    expect(key('a', 'b')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('use a clinic’s colours and font, and the bundled font when the clinic uses the system font', () => {
    const colours = { accent: '#1d4f91', accentText: '#ffffff', accentDark: '#9cc3f0', accentTextDark: '#000000' };
    expect(cardBrand(colours, 'system')).toEqual({ ...NEUTRAL_CARD_BRAND, accent: '#1d4f91' });
    expect(cardBrand(colours, { package: '@fontsource/inter', family: 'Inter' })).toMatchObject({ fontPackage: '@fontsource/inter', fontFamily: 'Inter' });
  });

  it('default to the brand colour of tokens.css on the neutral site', () => {
    const tokens = readFileSync(join(PROJECT_ROOT, 'src', 'styles', 'tokens.css'), 'utf8');
    expect(tokens).toContain(`--brand-accent: ${NEUTRAL_CARD_BRAND.accent};`);
    expect(tokens).toContain(`--brand-accent-text: ${NEUTRAL_CARD_BRAND.accentText};`);
  });

  it('exist for Spanish guides and stage pages under es/ when the site has Spanish', () => {
    const cards = socialCards([{ collection: 'aftercare', id: 'es/primera-semana', title: 'Su primera semana' }], { name: 'Guía', locales: ['en', 'es'] }, 'https://guide.example');
    expect(cards.map((card) => card.key)).toEqual([
      'es/aftercare/primera-semana',
      ...STAGES.map((stage) => stage.segment),
      ...STAGES.map((stage) => `es/${stage.segment}`),
      'site',
    ]);
  });

  it('exist for every guide, every stage page and the site, with the stage named on a guide’s card', () => {
    const cards = socialCards(
      [
        { collection: 'aftercare', id: 'first-week', title: 'Your first week' },
        { collection: 'topics', id: 'risks', title: 'Risks' },
      ],
      { name: 'Harbour Skin Clinic', locales: ['en'] },
      'https://harbour-skin.example',
    );
    expect(cards.map((card) => card.key)).toEqual(['aftercare/first-week', 'topics/risks', ...STAGES.map((stage) => stage.segment), 'site']);
    expect(cards[0]!.text).toEqual({ title: 'Your first week', kicker: 'Aftercare', siteName: 'Harbour Skin Clinic' });
    expect(cards[2]!.text).toEqual({ title: 'Consultation and preparing', kicker: 'Step 1 of 4', siteName: 'Harbour Skin Clinic' });
    expect(cards.at(-1)!.text.kicker).toBe('harbour-skin.example');
  });
});

describe('the apple-touch-icon', () => {
  it('is drawn from a PNG favicon too, and from the default icon when the favicon is an .ico', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'mng-cards-')) };
    const pngFavicon = join(paths.cacheDir, 'favicon.png');
    writeFileSync(pngFavicon, await socialCardPng(TEXT, NEUTRAL_CARD_BRAND, paths));
    expect(pngSize(await touchIconPng(pngFavicon, paths))).toEqual({ width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE });
    const icoFavicon = join(paths.cacheDir, 'favicon.ico');
    writeFileSync(icoFavicon, Buffer.from([0, 0, 1, 0]));
    const fallback = await touchIconPng(icoFavicon, paths);
    expect(fallback.equals(await touchIconPng(join(PROJECT_ROOT, 'public', 'favicon.svg'), paths))).toBe(true);
  });

  it('warns and draws cards in the bundled font when a clinic’s font has no .woff files', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fonts = loadCardFonts(PROJECT_ROOT, '@fontsource-variable/no-such-font');
    expect(fonts.map((font) => font.weight)).toEqual([400, 700]);
    expect(warn.mock.calls[0]?.[0]).toMatchInlineSnapshot(`"Social cards: @fontsource-variable/no-such-font has no latin .woff files (variable fonts ship woff2 only, which the card renderer cannot read), so the cards use Atkinson Hyperlegible. Name a static @fontsource package in font.package to draw them in your font."`);
  });

  it('is a 180×180 PNG drawn from the SVG favicon', async () => {
    const paths = { root: PROJECT_ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'mng-cards-')) };
    const icon = await touchIconPng(join(PROJECT_ROOT, 'public', 'favicon.svg'), paths);
    expect(pngSize(icon)).toEqual({ width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE });
    expect(existsSync(join(paths.cacheDir, CARD_CACHE_FOLDER))).toBe(true);
  });
});

// Node-only: the cache key of a social card, and whether the card cache keeps its image, without loading the
// renderer: the build's thread asks this for every card before it starts threads to draw the rest.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CardWeight } from './card-layout';
import { CARD_CACHE_FOLDER, keptImages } from './kept-cards';
import { NEUTRAL_CARD_BRAND, cardCacheKey, type CardBrand, type CardText } from './social-card';

/** Bumped when the card layout or its PNG encoding changes in a way the inputs do not show (the renderer versions are in the key too). */
const LAYOUT_VERSION = '6';

export interface FontFile {
  weight: CardWeight;
  data: Buffer;
}

/** Where a build's cards are drawn from and kept. */
export interface BuildPaths {
  root: string;
  cacheDir: string;
}

const fontCache = new Map<string, FontFile[]>();
/** Each font package's files as one hash: a key took 28 KB of font to hash for every card, twice a build. */
const fontDigests = new Map<string, string>();
const versions = new Map<string, string>();

/**
 * The regular and bold `.woff` files of an @fontsource package (latin subset). Variable-font packages ship
 * woff2 only, which opentype.js cannot read; then the neutral font is used.
 */
export function loadCardFonts(root: string, fontPackage: string): FontFile[] {
  const cached = fontCache.get(fontPackage);
  if (cached) return cached;
  const require = createRequire(join(root, 'package.json'));
  const read = (pkg: string): FontFile[] | undefined => {
    let dir: string;
    try {
      dir = dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      return undefined;
    }
    const id = pkg.split('/')[1]!;
    const files = ([400, 700] as const).map((weight) => ({ weight, path: join(dir, 'files', `${id}-latin-${weight}-normal.woff`) }));
    if (!files.every((file) => existsSync(file.path))) return undefined;
    return files.map((file) => ({ weight: file.weight, data: readFileSync(file.path) }));
  };
  let fonts = read(fontPackage);
  if (!fonts && fontPackage !== NEUTRAL_CARD_BRAND.fontPackage) {
    // Said out loud, not silently swapped: the clinic chose a font and its cards will not show it.
    console.warn(
      `Social cards: ${fontPackage} has no latin .woff files (variable fonts ship woff2 only, which the card renderer cannot read), so the cards use ${NEUTRAL_CARD_BRAND.fontFamily}. Name a static @fontsource package in font.package to draw them in your font.`,
    );
    fonts = read(NEUTRAL_CARD_BRAND.fontPackage);
  }
  if (!fonts) throw new Error(`Social cards: neither ${fontPackage} nor ${NEUTRAL_CARD_BRAND.fontPackage} has latin .woff files. Reinstall with npm install.`);
  fontCache.set(fontPackage, fonts);
  return fonts;
}

/** The versions of what draws and encodes the images, and of the layout: part of every image's key. */
export function rendererVersions(root: string): string {
  let found = versions.get(root);
  if (!found) {
    const require = createRequire(join(root, 'package.json'));
    const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
    found = `opentype.js ${version('opentype.js')} resvg ${version('@resvg/resvg-js')} layout ${LAYOUT_VERSION}`;
    versions.set(root, found);
  }
  return found;
}

/** The cache key of a social card: its words, the brand's colours and font files, and the renderer's versions. */
export function socialCardKey(text: CardText, brand: CardBrand, root: string): string {
  let fonts = fontDigests.get(brand.fontPackage);
  if (!fonts) fontDigests.set(brand.fontPackage, (fonts = cardCacheKey(loadCardFonts(root, brand.fontPackage).map((font) => font.data))));
  // Only what is drawn goes into the key (callers may pass a brand with more fields, such as file paths).
  const drawn = { accent: brand.accent, accentText: brand.accentText, fontPackage: brand.fontPackage };
  return cardCacheKey([JSON.stringify(text), JSON.stringify(drawn), fonts, rendererVersions(root)]);
}

/**
 * Whether the card cache keeps an image for this card, as this thread knows it (`keptImages`). Whoever takes
 * it still checks its bytes first (src/lib/render-card.ts) and draws it again if they are not the kept ones.
 */
export const isCardKept = (text: CardText, brand: CardBrand, paths: BuildPaths): boolean =>
  keptImages(join(paths.cacheDir, CARD_CACHE_FOLDER)).has(socialCardKey(text, brand, paths.root));

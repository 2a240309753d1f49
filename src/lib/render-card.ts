import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CardFace } from './card-face';
import { loadCardFonts, rendererVersions, socialCardKey, type BuildPaths } from './card-key';
import { layoutCard, type CardWeight } from './card-layout';
import { writeWhole } from './files';
import { CARD_CACHE_FOLDER, keptCardName, keptImages, markCardUsed } from './kept-cards';
import { prerenderedCard } from './card-prerender';
import { drawCardCoverage } from './card-raster';
import { srgbBytes } from './contrast';
import { pngRaster, shadedPng, type Raster, type Rgb } from './png';
import { SOCIAL_CARD, TOUCH_ICON_SIZE, cardCacheKey, type CardBrand, type CardText } from './social-card';

export { CARD_CACHE_FOLDER } from './kept-cards';

const faceCache = new Map<string, Record<CardWeight, CardFace>>();

/** The bold and regular faces of a card font, read once per process. */
export function cardFaces(root: string, fontPackage: string): Record<CardWeight, CardFace> {
  let faces = faceCache.get(fontPackage);
  if (!faces) {
    const files = loadCardFonts(root, fontPackage);
    const face = (weight: CardWeight) => new CardFace(files.find((file) => file.weight === weight)!.data);
    faces = { 400: face(400), 700: face(700) };
    faceCache.set(fontPackage, faces);
  }
  return faces;
}

/**
 * The cache file of the PNG for `key`, made and stored if there is none (written aside, then renamed, so a
 * killed build leaves no half file). A kept image whose bytes are not the ones it was kept with (edited in
 * place in a site it was shared with, src/build/endpoint-files.ts) is made again.
 */
async function cached(cacheDir: string, key: string, make: () => Promise<Buffer> | Buffer): Promise<{ file: string; png: Buffer }> {
  const folder = join(cacheDir, CARD_CACHE_FOLDER);
  markCardUsed(folder, key);
  const name = keptImages(folder).get(key);
  if (name) {
    const file = join(folder, name);
    const png = readFileSync(file);
    if (keptCardName(key, png) === name) return { file, png };
    rmSync(file, { force: true });
  }
  const png = await make();
  mkdirSync(folder, { recursive: true });
  const file = join(folder, keptCardName(key, png));
  writeWhole(file, png);
  keptImages(folder).set(key, basename(file));
  return { file, png };
}

/**
 * The cache file of a 1200×630 PNG social card, drawn and kept unless the same words, brand and font were
 * drawn before.
 */
export async function socialCardFile(text: CardText, brand: CardBrand, paths: BuildPaths): Promise<string> {
  return (await socialCard(text, brand, paths)).file;
}

/** A 1200×630 PNG social card, from the cache when the same words, brand and font were drawn before. */
export async function socialCardPng(text: CardText, brand: CardBrand, paths: BuildPaths): Promise<Buffer> {
  return (await socialCard(text, brand, paths)).png;
}

async function socialCard(text: CardText, brand: CardBrand, paths: BuildPaths): Promise<{ file: string; png: Buffer }> {
  // A card the pool (src/build/card-pool.ts) drew or is drawing is in the cache once this returns; any other is this call's to draw.
  await prerenderedCard(text);
  return cached(paths.cacheDir, socialCardKey(text, brand, paths.root), () => {
    const faces = cardFaces(paths.root, brand.fontPackage);
    const raster = blankCardRaster();
    drawCardCoverage(layoutCard(text, faces, SOCIAL_CARD), faces, raster);
    return shadedPng(raster, cardColour(brand.accent), cardColour(brand.accentText));
  });
}

/**
 * The raster every card of this thread is drawn into, blanked for each: a card is drawn and encoded without
 * a pause (`shadedPng` returns new bytes), so no two cards share it at once. A new one each card left 0.75 MB
 * to collect.
 */
let cardRaster: Raster | undefined;

function blankCardRaster(): Raster {
  cardRaster ??= pngRaster(SOCIAL_CARD.width, SOCIAL_CARD.height);
  cardRaster.bytes.fill(0);
  return cardRaster;
}

/** The sRGB bytes of a brand colour, worked out once: every card of a site has the same two. */
const cardColours = new Map<string, Rgb>();

function cardColour(value: string): Rgb {
  let rgb = cardColours.get(value);
  if (!rgb) cardColours.set(value, (rgb = srgbBytes(value)));
  return rgb;
}

/** The SVG to draw for an icon file: SVG as is, PNG wrapped in an SVG image; anything else (ICO) is unsupported. */
export function iconSvg(file: string): string | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.svg') return readFileSync(file, 'utf8');
  if (extension === '.png') {
    const data = readFileSync(file).toString('base64');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${TOUCH_ICON_SIZE}" height="${TOUCH_ICON_SIZE}"><image width="${TOUCH_ICON_SIZE}" height="${TOUCH_ICON_SIZE}" href="data:image/png;base64,${data}"/></svg>`;
  }
  return undefined;
}

/**
 * A 180×180 apple-touch-icon from the site's favicon, on a white ground: iOS fills transparency with black.
 * An .ico favicon cannot be drawn, so the neutral favicon stands in.
 */
export async function touchIconPng(faviconFile: string, paths: BuildPaths): Promise<Buffer> {
  const svg = iconSvg(faviconFile) ?? readFileSync(join(paths.root, 'public', 'favicon.svg'), 'utf8');
  const key = cardCacheKey(['touch-icon', svg, String(TOUCH_ICON_SIZE), rendererVersions(paths.root)]);
  const { png } = await cached(paths.cacheDir, key, () =>
    new Resvg(svg, { fitTo: { mode: 'width', value: TOUCH_ICON_SIZE }, background: '#ffffff' }).render().asPng(),
  );
  return png;
}

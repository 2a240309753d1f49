import { Resvg } from '@resvg/resvg-js';
import type { Glyph } from 'opentype.js';
import type { CardFace } from './card-face';
import type { CardLayout, CardWeight } from './card-layout';
import type { Raster } from './png';

/** A glyph's x is rounded to a quarter pixel: finer steps look the same and only fill the cache. */
const SUBPIXEL_STEPS = 4;
/** Full coverage: the pixel is all ink. */
const FULL = 255;

/** One glyph drawn at one size and quarter-pixel offset: its coverage, placed relative to its origin's pixel. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

// Per face, so a clinic's font and the neutral one never share a mask; a card draws 30 to 60 glyphs, a
// thousand cards a few hundred distinct ones.
const masksByFace = new WeakMap<CardFace, Map<string, GlyphMask | null>>();

/**
 * SVG path data of a glyph's outline, in font units. Written here because opentype.js's `toPathData` drops a
 * closing line shorter than one unit of whatever it is given, which at pixel scale cut pieces out of glyphs.
 */
export function outlineData(glyph: Glyph): string {
  return glyph.path.commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${command.x} ${command.y}`;
        case 'Q':
          return `Q${command.x1} ${command.y1} ${command.x} ${command.y}`;
        case 'C':
          return `C${command.x1} ${command.y1} ${command.x2} ${command.y2} ${command.x} ${command.y}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

/** The glyph's outline filled by resvg, the renderer the cards used before: null for a glyph with no outline (a space). */
function drawGlyph(face: CardFace, glyph: Glyph, size: number, step: number): GlyphMask | null {
  const box = glyph.getBoundingBox();
  const scale = size / face.unitsPerEm;
  const offset = step / SUBPIXEL_STEPS;
  const left = Math.floor(offset + box.x1 * scale);
  const top = Math.floor(-box.y2 * scale);
  const width = Math.ceil(offset + box.x2 * scale) - left;
  const height = Math.ceil(-box.y1 * scale) - top;
  if (!(width > 0 && height > 0)) return null;
  const outline = outlineData(glyph);
  if (outline === '') return null;
  // The outline stays in font units (y up); the transform scales it and puts its origin `offset` pixels into its first column.
  const place = `translate(${offset - left} ${-top}) scale(${scale} ${-scale})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="${place}" d="${outline}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const coverage = new Uint8Array(width * height);
  for (let pixel = 0; pixel < coverage.length; pixel++) coverage[pixel] = pixels[pixel * 4 + 3]!;
  return { left, top, width, height, coverage };
}

function glyphMask(face: CardFace, glyph: Glyph, size: number, step: number): GlyphMask | null {
  let masks = masksByFace.get(face);
  if (!masks) masksByFace.set(face, (masks = new Map()));
  const key = `${glyph.index} ${size} ${step}`;
  let mask = masks.get(key);
  if (mask === undefined) {
    mask = drawGlyph(face, glyph, size, step);
    masks.set(key, mask);
  }
  return mask;
}

/** Lays `mask` over the raster with its top-left pixel at (x, y), as ink over ink (source-over), cut to the image. */
function blend({ bytes: coverage, width, height, stride, offset }: Raster, mask: GlyphMask, x: number, y: number): void {
  const fromRow = Math.max(0, -y);
  const toRow = Math.min(mask.height, height - y);
  const fromColumn = Math.max(0, -x);
  const toColumn = Math.min(mask.width, width - x);
  for (let row = fromRow; row < toRow; row++) {
    const target = offset + (y + row) * stride + x;
    const source = row * mask.width;
    for (let column = fromColumn; column < toColumn; column++) {
      const ink = mask.coverage[source + column]!;
      if (ink === 0) continue;
      const under = coverage[target + column]!;
      coverage[target + column] = under + ((((FULL - under) * ink + 127) / FULL) | 0);
    }
  }
}

/**
 * Draws the card into a blank raster as coverage, one byte per pixel: how much of the text colour covers it,
 * 0 to 255. Each glyph is drawn once per size and quarter-pixel offset, by resvg, then copied wherever it
 * occurs: filling every card's outlines whole took 6 ms a card, a third of it parsing the SVG.
 */
export function drawCardCoverage(layout: CardLayout, faces: Record<CardWeight, CardFace>, raster: Raster): void {
  const { bytes, width, height, stride, offset } = raster;
  for (const rule of layout.rules) {
    const fromColumn = Math.max(0, rule.x);
    const toColumn = Math.min(width, rule.x + rule.width);
    for (let y = Math.max(0, rule.y); y < Math.min(height, rule.y + rule.height); y++) bytes.fill(FULL, offset + y * stride + fromColumn, offset + y * stride + toColumn);
  }
  for (const line of layout.lines) {
    const face = faces[line.weight];
    for (const placed of face.place(line.text, line.size, line.letterSpacing).glyphs) {
      const steps = Math.round((line.x + placed.x) * SUBPIXEL_STEPS);
      const pixel = Math.floor(steps / SUBPIXEL_STEPS);
      const mask = glyphMask(face, placed.glyph, line.size, steps - pixel * SUBPIXEL_STEPS);
      if (mask) blend(raster, mask, pixel + mask.left, line.baseline + mask.top);
    }
  }
}

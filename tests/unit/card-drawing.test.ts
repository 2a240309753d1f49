import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { TextMeasure } from '../../src/lib/card-face';
import { layoutCard, wrapText, type CardFaces } from '../../src/lib/card-layout';
import { drawCardCoverage, outlineData } from '../../src/lib/card-raster';
import { pngRaster } from '../../src/lib/png';
import { cardFaces } from '../../src/lib/render-card';
import { NEUTRAL_CARD_BRAND, SOCIAL_CARD } from '../../src/lib/social-card';
import { PROJECT_ROOT } from '../support/paths';

const SAMPLE = { title: 'How to look after your skin in the first week', kicker: 'Aftercare · Stage 3 of 4', siteName: 'Microneedling guide' };
const faces = cardFaces(PROJECT_ROOT, NEUTRAL_CARD_BRAND.fontPackage);

describe('card layout', () => {
  const tenEach = (line: string) => line.length * 10;

  it('wraps at spaces and after a hyphen between letters; a word wider than the line has a line of its own', () => {
    expect(wrapText('Your first week after micro-needling', 190, tenEach)).toEqual(['Your first week', 'after micro-', 'needling']);
    expect(wrapText('Your first week after micro-needling', 200, tenEach)).toEqual(['Your first week', 'after micro-needling']);
    expect(wrapText('2-3 days  of redness', 40, tenEach)).toEqual(['2-3', 'days', 'of', 'redness']);
    expect(wrapText('a extraordinarily b', 50, tenEach)).toEqual(['a', 'extraordinarily', 'b']);
    expect(wrapText('Day 1\u00a0to\u00a03 after', 80, tenEach)).toEqual(['Day', '1\u00a0to\u00a03', 'after']);
  });

  it('puts the kicker, title, rule and site name where the cards drawn by satori had them', () => {
    // Baselines, breaks and the rule as satori 0.63 laid out this card before the cards were drawn here.
    expect(layoutCard(SAMPLE, faces, SOCIAL_CARD)).toEqual({
      lines: [
        { text: 'AFTERCARE · STAGE 3 OF 4', x: 80, baseline: 114, size: 36, weight: 700, letterSpacing: 1 },
        { text: 'How to look after your skin in', x: 80, baseline: 286, size: 68, weight: 700, letterSpacing: 0 },
        { text: 'the first week', x: 80, baseline: 364, size: 68, weight: 700, letterSpacing: 0 },
        { text: 'Microneedling guide', x: 80, baseline: 540, size: 34, weight: 400, letterSpacing: 0 },
      ],
      rules: [{ x: 80, y: 480, width: 1040, height: 4 }],
    });
  });

  it('ends a title too long for the card with an ellipsis, above the rule', () => {
    // A face twice as wide as it is tall: nine characters a line at 56 px, so 70 characters need eight lines.
    const wide: TextMeasure = { ascent: 0.95, descent: 0.29, width: (text, size, spacing) => [...text].length * (size * 2 + spacing) };
    const wideFaces: CardFaces = { 400: wide, 700: wide };
    const title = 'Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn';
    const layout = layoutCard({ title, kicker: 'Aftercare', siteName: 'Guide' }, wideFaces, SOCIAL_CARD);
    const titleLines = layout.lines.filter((line) => line.size === 56);
    expect(titleLines.map((line) => line.text)).toEqual(['Aaaa bbbb', 'cccc dddd', 'eeee ffff', 'gggg hhhh', 'iiii…']);
    expect(titleLines.every((line) => wide.width(line.text, 56, 0) <= 1040)).toBe(true);
    expect(titleLines.at(-1)!.baseline + 0.29 * 56).toBeLessThanOrEqual(layout.rules[0]!.y);
  });
});

describe('card drawing', () => {
  it('matches resvg filling the same outlines whole, within the quarter pixel a glyph may move', () => {
    const layout = layoutCard(SAMPLE, faces, SOCIAL_CARD);
    const { width, height } = SOCIAL_CARD;
    const raster = pngRaster(width, height);
    drawCardCoverage(layout, faces, raster);
    const drawn = Uint8Array.from({ length: width * height }, (_, pixel) => raster.bytes[raster.offset + Math.floor(pixel / width) * raster.stride + (pixel % width)]!);
    // The reference: every glyph's outline at its exact place, and the rules, filled by resvg in one picture.
    const shapes = layout.lines.flatMap((line) => {
      const face = faces[line.weight];
      const scale = line.size / face.unitsPerEm;
      return face
        .place(line.text, line.size, line.letterSpacing)
        .glyphs.map((placed) => `<path transform="translate(${line.x + placed.x} ${line.baseline}) scale(${scale} ${-scale})" d="${outlineData(placed.glyph)}"/>`);
    });
    const rules = layout.rules.map((rule) => `<rect x="${rule.x}" y="${rule.y}" width="${rule.width}" height="${rule.height}"/>`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}${rules.join('')}</svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    let total = 0;
    let far = 0;
    let inked = 0;
    for (let pixel = 0; pixel < drawn.length; pixel++) {
      const reference = pixels[pixel * 4 + 3]!;
      const difference = Math.abs(drawn[pixel]! - reference);
      total += difference;
      if (difference > 64) far++;
      if (reference > 0) inked++;
    }
    // Seen: a mean difference of 0.12 of 255, and no pixel more than 64 apart.
    expect(inked).toBeGreaterThan(20_000);
    expect(total / drawn.length).toBeLessThan(0.5);
    expect(far).toBe(0);
  });
});

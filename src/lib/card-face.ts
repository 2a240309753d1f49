import opentype, { type Font, type Glyph } from 'opentype.js';

/** One glyph of a line of text, placed: `x` is its origin on the baseline, in pixels from the line's start. */
export interface PlacedGlyph {
  glyph: Glyph;
  x: number;
}

/**
 * What the card layout needs to know of a typeface: line heights and widths of text. The layout only ever
 * asks this, so it can be tested with made-up metrics.
 */
export interface TextMeasure {
  /** Above and below the baseline, as fractions of the font size (CSS `line-height: normal` is their sum). */
  ascent: number;
  descent: number;
  /** Width in pixels of `text` at `size`, with `letterSpacing` pixels after every character (as CSS adds it). */
  width(text: string, size: number, letterSpacing: number): number;
}

/**
 * A font file read for drawing cards. Each character is one glyph, moved by the font's kerning; ligatures and
 * other substitutions are left out, which Latin titles do not need. Glyphs and kerning pairs are looked up
 * once: opentype.js's own layout re-read its feature tables on every call and took 0.14 ms a title.
 */
export class CardFace implements TextMeasure {
  readonly ascent: number;
  readonly descent: number;
  readonly unitsPerEm: number;
  readonly #font: Font;
  readonly #glyphs = new Map<string, Glyph>();
  readonly #kerning = new Map<number, number>();

  constructor(data: Uint8Array) {
    // opentype.js reads an ArrayBuffer from its start, and a Buffer may be a view into a larger one: copied out.
    this.#font = opentype.parse(Uint8Array.prototype.slice.call(data).buffer);
    this.unitsPerEm = this.#font.unitsPerEm;
    const lineGap = this.#font.tables.hhea?.lineGap ?? 0;
    this.ascent = (this.#font.ascender + lineGap / 2) / this.unitsPerEm;
    this.descent = (-this.#font.descender + lineGap / 2) / this.unitsPerEm;
  }

  #glyph(char: string): Glyph {
    let glyph = this.#glyphs.get(char);
    if (!glyph) {
      glyph = this.#font.charToGlyph(char);
      this.#glyphs.set(char, glyph);
    }
    return glyph;
  }

  #kern(left: Glyph, right: Glyph): number {
    const pair = left.index * 0x10000 + right.index;
    let value = this.#kerning.get(pair);
    if (value === undefined) {
      value = this.#font.getKerningValue(left.index, right.index);
      this.#kerning.set(pair, value);
    }
    return value;
  }

  /** The glyphs of `text` and where each starts, and the width of the whole (as `width` gives it). */
  place(text: string, size: number, letterSpacing: number): { glyphs: PlacedGlyph[]; width: number } {
    const scale = size / this.unitsPerEm;
    const glyphs: PlacedGlyph[] = [];
    let x = 0;
    let previous: Glyph | undefined;
    for (const char of text) {
      const glyph = this.#glyph(char);
      if (previous) x += this.#kern(previous, glyph) * scale;
      glyphs.push({ glyph, x });
      x += (glyph.advanceWidth ?? 0) * scale + letterSpacing;
      previous = glyph;
    }
    return { glyphs, width: x };
  }

  width(text: string, size: number, letterSpacing: number): number {
    return this.place(text, size, letterSpacing).width;
  }
}

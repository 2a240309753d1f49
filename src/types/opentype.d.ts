/** opentype.js 2 ships no types (@types/opentype.js describes 1.x); only what src/lib/card-face.ts uses. */
declare module 'opentype.js' {
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Z' };
  export interface Glyph {
    index: number;
    /** In font units. */
    advanceWidth?: number;
    /** In font units, y up from the baseline. */
    getBoundingBox(): BoundingBox;
    /** The outline in font units, y up from the baseline. */
    path: { commands: PathCommand[] };
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { hhea?: { lineGap?: number } };
    charToGlyph(char: string): Glyph;
    /** Kerning between two glyph indexes, in font units (GPOS, else the kern table). */
    getKerningValue(left: number, right: number): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}

import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { opaquePng, palettePng } from '../../src/lib/png';

/** The chunks of a PNG, each with its CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    found.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return found;
}

describe('opaque PNG encoding', () => {
  // 2×2: red, green / blue, white, all opaque.
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);

  it('writes an 8-bit RGB PNG whose rows hold the pixels, alpha left out', () => {
    const png = opaquePng(rgba, 2, 2)!;
    const [header, data, end, ...rest] = chunks(png);
    expect([header!.type, data!.type, end!.type, rest]).toEqual(['IHDR', 'IDAT', 'IEND', []]);
    expect(header!.data).toEqual(Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]));
    expect([...inflateSync(data!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  });

  it('is the same bytes every time', () => {
    expect(opaquePng(rgba, 2, 2)!.equals(opaquePng(rgba, 2, 2)!)).toBe(true);
  });

  it('declines an image with any transparency, and refuses pixels of the wrong size', () => {
    const seeThrough = rgba.slice();
    seeThrough[15] = 254;
    expect(opaquePng(seeThrough, 2, 2)).toBeUndefined();
    expect(() => opaquePng(rgba, 3, 2)).toThrow('is not 3×2 RGBA');
  });
});

describe('palette PNG encoding', () => {
  // 3×2: red, green, red / blue, red, blue, all opaque.
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255]);

  it('writes an 8-bit palette PNG: each colour once, in the order it first occurs, and a byte per pixel', () => {
    const png = palettePng(rgba, 3, 2)!;
    const [header, palette, data, end, ...rest] = chunks(png);
    expect([header!.type, palette!.type, data!.type, end!.type, rest]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND', []]);
    expect(header!.data).toEqual(Buffer.from([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]));
    expect([...palette!.data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255]);
    expect([...inflateSync(data!.data)]).toEqual([0, 0, 1, 0, 0, 2, 0, 2]);
    expect(palettePng(rgba, 3, 2)!.equals(png)).toBe(true);
  });

  it('writes runs of one colour as runs of its index, each ending with its row', () => {
    // 4×2: red red red green / green green blue blue: the green run crosses the row's end, its index does not.
    const red = [255, 0, 0, 255];
    const green = [0, 255, 0, 255];
    const blue = [0, 0, 255, 255];
    const runs = new Uint8Array([...red, ...red, ...red, ...green, ...green, ...green, ...blue, ...blue]);
    const [, palette, data] = chunks(palettePng(runs, 4, 2)!);
    expect([...palette!.data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255]);
    expect([...inflateSync(data!.data)]).toEqual([0, 0, 0, 0, 1, 0, 1, 1, 2, 2]);
  });

  it('declines an image with any transparency or with more than 256 colours', () => {
    const seeThrough = rgba.slice();
    seeThrough[7] = 0;
    expect(palettePng(seeThrough, 3, 2)).toBeUndefined();
    const shades = new Uint8Array(257 * 4).map((_, index) => (index % 4 === 3 ? 255 : index % 4 === 0 ? Math.floor(index / 4) % 256 : index % 4 === 1 ? Math.floor(index / 1024) : 0));
    expect(palettePng(shades, 257, 1)).toBeUndefined();
    expect(palettePng(shades.subarray(0, 256 * 4), 256, 1)).toBeDefined();
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const offset = new Uint8Array(rgba.length + 1);
    offset.set(rgba, 1);
    expect(palettePng(offset.subarray(1), 3, 2)!.equals(palettePng(rgba, 3, 2)!)).toBe(true);
  });
});

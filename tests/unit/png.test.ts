import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { plainRaster, pngRaster, shadedPng } from '../../src/lib/png';

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

describe('shaded PNG encoding', () => {
  // 3×2 coverage: none, all, half / all, none, none.
  const coverage = new Uint8Array([0, 255, 128, 255, 0, 0]);
  const background = [11, 110, 105] as const;
  const ink = [255, 255, 255] as const;

  it('writes an 8-bit palette PNG whose rows are the coverage, each led by filter 0', () => {
    const png = shadedPng(plainRaster(coverage, 3, 2), background, ink);
    const [header, palette, data, end, ...rest] = chunks(png);
    expect([header!.type, palette!.type, data!.type, end!.type, rest]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND', []]);
    expect(header!.data).toEqual(Buffer.from([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]));
    expect([...inflateSync(data!.data)]).toEqual([0, 0, 255, 128, 0, 255, 0, 0]);
    expect(shadedPng(plainRaster(coverage, 3, 2), background, ink).equals(png)).toBe(true);
  });

  it('has a palette that runs from the background (index 0) to the ink (index 255)', () => {
    const [, palette] = chunks(shadedPng(plainRaster(coverage, 3, 2), background, ink));
    const entry = (index: number) => [...palette!.data.subarray(index * 3, index * 3 + 3)];
    expect(palette!.data).toHaveLength(256 * 3);
    expect(entry(0)).toEqual([11, 110, 105]);
    expect(entry(255)).toEqual([255, 255, 255]);
    expect(entry(128)).toEqual([133, 183, 180]);
  });

  it('encodes a raster drawn in the PNG layout as it is, to the same bytes', () => {
    const raster = pngRaster(3, 2);
    coverage.forEach((value, pixel) => (raster.bytes[raster.offset + Math.floor(pixel / 3) * raster.stride + (pixel % 3)] = value));
    expect(shadedPng(raster, background, ink).equals(shadedPng(plainRaster(coverage, 3, 2), background, ink))).toBe(true);
  });

  it('refuses coverage of the wrong size', () => {
    expect(() => plainRaster(coverage, 4, 2)).toThrow('is not 4×2');
  });
});

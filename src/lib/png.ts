import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour types: 8-bit RGB without alpha, and 8-bit indexes into a palette. */
const TRUECOLOUR = 2;
const INDEXED = 3;
/** Colours a palette can hold (8-bit indexes). */
const PALETTE_SIZE = 256;
/** The colour table's size: a power of two, four times the palette, so a lookup rarely probes twice. */
const SLOT_BITS = 10;
const SLOTS = 1 << SLOT_BITS;
/**
 * zlib level of the image data: at 3 a social card is as small as resvg's own PNG (about 30 KB) and takes a
 * third of its time; higher levels halve the file at twice the time.
 */
const LEVEL = 3;
/**
 * zlib strategy of a palette image's data: its rows are long runs of one index, which the run-length strategy
 * finds at once. A card is 16 KB instead of 18 KB, in 0.5 ms instead of 0.8.
 */
const PALETTE_STRATEGY = constants.Z_RLE;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, sum]);
}

function header(width: number, height: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8;
  data[9] = colourType;
  return chunk('IHDR', data);
}

/**
 * An 8-bit palette PNG of an opaque image of at most 256 colours, from its RGBA pixels; undefined when a
 * pixel is not fully opaque or there are more colours. A social card is two colours and the shades of their
 * anti-aliased edges (about 30 in all), so a byte per pixel holds it: a third of the data to compress, and
 * a file about half the size of 8-bit RGB. The palette is in the order the colours first occur, so the same
 * pixels always give the same bytes.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`palettePng: ${rgba.length} bytes is not ${width}×${height} RGBA.`);
  // Read a pixel at a time as one number (little-endian: alpha is the top byte); copied if not 4-byte aligned.
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(rgba.slice().buffer);
  // Colour → palette index, in an open-addressed table: a Map lookup at every edge pixel cost more than the rest.
  const slots = new Uint32Array(SLOTS);
  const slotIndex = new Uint8Array(SLOTS);
  const used = new Uint8Array(SLOTS);
  const palette: number[] = [];
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type: 0, none (the array starts zeroed).
    let to = y * (width + 1) + 1;
    // A card is mostly runs of one colour: each run looks the palette up once and is filled at once. A lookup
    // and a write at every pixel took four times as long.
    for (let pixel = y * width, end = pixel + width; pixel < end; ) {
      const colour = pixels[pixel]!;
      let next = pixel + 1;
      while (next < end && pixels[next] === colour) next++;
      if (colour >>> 24 !== 255) return undefined;
      let slot = Math.imul(colour, 0x9e3779b1) >>> (32 - SLOT_BITS);
      while (used[slot] && slots[slot] !== colour) slot = (slot + 1) & (SLOTS - 1);
      if (!used[slot]) {
        if (palette.length === PALETTE_SIZE) return undefined;
        used[slot] = 1;
        slots[slot] = colour;
        slotIndex[slot] = palette.length;
        palette.push(colour);
      }
      rows.fill(slotIndex[slot]!, to, to + next - pixel);
      to += next - pixel;
      pixel = next;
    }
  }
  const entries = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, index) => {
    entries[index * 3] = colour & 0xff;
    entries[index * 3 + 1] = (colour >>> 8) & 0xff;
    entries[index * 3 + 2] = (colour >>> 16) & 0xff;
  });
  return Buffer.concat([SIGNATURE, header(width, height, INDEXED), chunk('PLTE', entries), chunk('IDAT', deflateSync(rows, { level: LEVEL, strategy: PALETTE_STRATEGY })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A PNG of an image with no transparency, from its RGBA pixels (`width × height × 4` bytes), as 8-bit RGB;
 * undefined when a pixel is not fully opaque. Drawing a card takes less time than resvg's own encoder spends
 * on it, because that one tries every row filter; a card is flat colour and text, which needs none.
 */
export function opaquePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`opaquePng: ${rgba.length} bytes is not ${width}×${height} RGBA.`);
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type: 0, none.
    let to = y * stride + 1;
    for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
      if (rgba[from + 3] !== 255) return undefined;
      rows[to++] = rgba[from]!;
      rows[to++] = rgba[from + 1]!;
      rows[to++] = rgba[from + 2]!;
    }
  }
  return Buffer.concat([SIGNATURE, header(width, height, TRUECOLOUR), chunk('IDAT', deflateSync(rows, { level: LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

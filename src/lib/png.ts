import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour type of 8-bit RGB without alpha. */
const TRUECOLOUR = 2;
/**
 * zlib level of the image data: at 3 a social card is as small as resvg's own PNG (about 30 KB) and takes a
 * third of its time; higher levels halve the file at twice the time.
 */
const LEVEL = 3;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, sum]);
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
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = TRUECOLOUR;
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}

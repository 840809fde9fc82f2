// PNG encoding for rendered cards. resvg's own encoder compresses hard and takes about twice as long as the
// rasterising itself; cards are opaque, so RGB rows deflated at a fast level are far less work for a similar size.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Goes into every cache key: a change here changes the bytes of every card. */
export const PNG_ENCODER_VERSION = 'rgb-none-l2';

/**
 * Encodes RGBA pixels as an 8-bit RGB PNG (no filter, deflate level 2), or returns undefined as soon as a pixel is
 * not fully opaque (the caller then keeps the alpha channel). resvg's pixels are premultiplied, which equals straight
 * alpha only at alpha 255. Checking opacity while repacking saves a pass over 3 MB; level 2 costs about 8% in size
 * and saves about 2 ms a card over level 3.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const raw = LITTLE_ENDIAN && rgba.byteOffset % 4 === 0 ? opaqueRowsFromWords(rgba, width, height) : opaqueRowsFromBytes(rgba, width, height);
  if (!raw) return undefined;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 2 })), chunk('IEND', Buffer.alloc(0))]);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** RGB rows, each after its filter byte (none), read a pixel at a time as one 32-bit word (RGBA in memory order). */
function opaqueRowsFromWords(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const rowLength = width * 3 + 1;
  const raw = Buffer.allocUnsafe(rowLength * height);
  let pixel = 0;
  for (let row = 0; row < height; row++) {
    let target = row * rowLength;
    raw[target++] = 0; // filter type: none
    for (let column = 0; column < width; column++, pixel++, target += 3) {
      const value = pixels[pixel];
      if (value < 0xff000000) return undefined; // alpha (the high byte) below 255
      raw[target] = value & 0xff;
      raw[target + 1] = (value >>> 8) & 0xff;
      raw[target + 2] = (value >>> 16) & 0xff;
    }
  }
  return raw;
}

/** The same rows read byte by byte, for a buffer that is not word-aligned. */
function opaqueRowsFromBytes(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const rowLength = width * 3 + 1;
  const raw = Buffer.allocUnsafe(rowLength * height);
  let source = 0;
  for (let row = 0; row < height; row++) {
    let target = row * rowLength;
    raw[target++] = 0; // filter type: none
    for (let column = 0; column < width; column++, source += 4, target += 3) {
      if (rgba[source + 3] !== 255) return undefined;
      raw[target] = rgba[source];
      raw[target + 1] = rgba[source + 1];
      raw[target + 2] = rgba[source + 2];
    }
  }
  return raw;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

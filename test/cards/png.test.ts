// The card PNG encoder: RGB when every pixel is opaque, nothing (so the caller keeps alpha) otherwise; the fast
// word-at-a-time path and the byte path write the same bytes, and pngjs decodes them to the same pixels.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../packages/astro-linkable/src/cards/png.js';

function pixels(width: number, height: number, alpha = 255): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = (i * 7) % 256;
    rgba[i * 4 + 1] = (i * 13) % 256;
    rgba[i * 4 + 2] = (i * 29) % 256;
    rgba[i * 4 + 3] = alpha;
  }
  return rgba;
}

describe('encodeOpaquePng', () => {
  it('writes the same PNG from an aligned and an unaligned buffer, and it decodes to the pixels given', () => {
    const rgba = pixels(37, 11);
    const aligned = encodeOpaquePng(rgba, 37, 11)!;
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(shifted.byteOffset % 4).toBe(1);
    expect(encodeOpaquePng(shifted, 37, 11)!.equals(aligned)).toBe(true);
    const decoded = PNG.sync.read(aligned);
    expect([decoded.width, decoded.height]).toEqual([37, 11]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('gives up on the first pixel that is not opaque, on either path', () => {
    const rgba = pixels(8, 8);
    rgba[5 * 4 * 8 + 3] = 254;
    expect(encodeOpaquePng(rgba, 8, 8)).toBeUndefined();
    const shifted = new Uint8Array(rgba.length + 2).subarray(2);
    shifted.set(rgba);
    expect(encodeOpaquePng(shifted, 8, 8)).toBeUndefined();
  });
});

// The card cache reads its directory once per build: what is listed is copied, what is not is drawn, and a card
// removed after the listing was read is drawn again rather than failing the build.
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardCache } from '../../packages/astro-linkable/src/cards/cache.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'linkable-card-cache-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CardCache', () => {
  it('copies what it holds with its meta, misses what it does not, in a directory that did not exist yet', async () => {
    const cacheDir = path.join(dir, 'cache');
    const first = new CardCache(cacheDir);
    expect(await first.copyTo('a', path.join(dir, 'out-a.png'))).toBe(false);
    await first.put('a', new Uint8Array([1, 2, 3]), { missingCharacters: ['ก'] });
    await first.put('b', new Uint8Array([4, 5]), { missingCharacters: [] });
    // The same build sees what it just stored.
    expect(await first.copyTo('b', path.join(dir, 'out-b.png'))).toEqual({ missingCharacters: [] });

    const next = new CardCache(cacheDir);
    expect(await next.copyTo('a', path.join(dir, 'next-a.png'))).toEqual({ missingCharacters: ['ก'] });
    expect([...(await readFile(path.join(dir, 'next-a.png')))]).toEqual([1, 2, 3]);
    expect(await next.copyTo('c', path.join(dir, 'next-c.png'))).toBe(false);
  });

  it('misses a card removed after the listing was read', async () => {
    const cacheDir = path.join(dir, 'removed');
    await new CardCache(cacheDir).put('gone', new Uint8Array([9]), { missingCharacters: [] });
    const cache = new CardCache(cacheDir);
    expect(await cache.copyTo('missing', path.join(dir, 'x.png'))).toBe(false); // reads the listing
    await unlink(cache.pngPath('gone'));
    expect(await cache.copyTo('gone', path.join(dir, 'gone.png'))).toBe(false);
  });
});

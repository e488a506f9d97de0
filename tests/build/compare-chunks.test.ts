import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brotli } from '../../scripts/brotli-static.ts';
import { builtAppDir as dist, readViteManifest, type ViteManifest } from './built-app.ts';

// The comparison's code is the last download before its first paint. Lighthouse's simulation
// (Lantern, mobile preset) downloads in rounds of one 150 ms round trip, each request getting its
// share of the bandwidth: one 10 KB brotli chunk took three rounds, two chunks of 5–6 KB requested
// together take two (decision 010, session 11; scripts/lighthouse-what-if.mjs). vite.config.ts
// puts the text half of the page (the model, the columns, "In detail") in a chunk of its own.
const COMPARE_ROUTE_MODULE = 'src/features/compare/compare-page.tsx';
/**
 * Per chunk, brotli at quality 11 as served. One chunk alone needed a round fewer from about
 * 7.9 KB (8.7 KB with the response's headers) in every saved run; two in flight share the
 * bandwidth, so each is held under 7 KB.
 */
const COMPARE_CHUNK_BROTLI_LIMIT = 7_000;

describe('the comparison page’s code', () => {
  let manifest: ViteManifest = {};
  beforeAll(async () => {
    manifest = await readViteManifest();
  });

  const textChunkKeys = (): string[] => Object.keys(manifest).filter((key) => manifest[key]?.name === 'compare-text');

  it('comes in two chunks the route asks for together, each small enough for two rounds', async () => {
    const page = manifest[COMPARE_ROUTE_MODULE];
    expect(page, 'the compare route has a chunk').toBeDefined();
    const text = textChunkKeys();
    expect(text, 'one compare-text chunk').toHaveLength(1);
    // A static import of the route's chunk: Vite's preload asks for both at once, not one after the other.
    expect(page?.imports ?? []).toContain(text[0]);
    // …and the text chunk does not import the page's back (no cycle between the two).
    expect(manifest[text[0] ?? '']?.imports ?? []).not.toContain(COMPARE_ROUTE_MODULE);
    for (const file of [page?.file ?? '', manifest[text[0] ?? '']?.file ?? '']) {
      const size = (await brotli(await readFile(join(dist, file)))).length;
      console.log(`${file}: ${size} bytes brotli`);
      expect(size, `${file} in brotli`).toBeLessThanOrEqual(COMPARE_CHUNK_BROTLI_LIMIT);
    }
  });

  it('is loaded by the comparison only: no other route or the entry imports the text chunk', () => {
    const text = textChunkKeys()[0] ?? '';
    const importers = Object.entries(manifest)
      .filter(([, chunk]) => (chunk.imports ?? []).includes(text))
      .map(([key]) => key);
    expect(importers).toEqual([COMPARE_ROUTE_MODULE]);
  });
});

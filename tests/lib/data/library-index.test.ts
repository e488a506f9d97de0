import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibraryIndex, parseDigest, splitLibraryIndex } from '../../../src/engine/index.ts';
import { encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import { fetchLibraryIndex, libraryIndexQueryOptions } from '../../../src/lib/data/library-index.ts';
import { createQueryClient } from '../../../src/lib/query-client.ts';
import { saveImportedStories } from '../../../src/lib/local-library/library-store.ts';
import { refreshLocalLibrary } from '../../../src/lib/local-library/queries.ts';
import { importedStory, strikeText, useFreshIndexedDB } from '../local-library/local-library-support.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'overlap');
const digests = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => parseDigest(readFileSync(join(dir, file), 'utf8'), { file }));

/** Serves files under /data/ from a map, as the built app would. */
function serve(files: Record<string, unknown>): string[] {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const path = new URL(url, 'http://localhost').pathname;
    requested.push(path);
    const body = files[path];
    if (body === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  });
  return requested;
}

describe('fetchLibraryIndex', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a one-file index as it is', async () => {
    const index = buildLibraryIndex(digests);
    serve({ '/data/index.json': index });
    await expect(fetchLibraryIndex()).resolves.toEqual(index);
  });

  it('joins a split index from its parts, in order, to the same stories', async () => {
    const index = buildLibraryIndex(digests);
    const { head, parts } = splitLibraryIndex(index, 3000);
    expect(parts.length).toBeGreaterThan(1);
    const files: Record<string, unknown> = { '/data/index.json': head };
    parts.forEach((part, n) => (files[`/data/${head.parts?.[n] ?? ''}`] = encodeIndexPart(part)));
    const requested = serve(files);
    const joined = await fetchLibraryIndex();
    expect(joined.stories).toEqual(index.stories);
    expect(requested).toEqual(['/data/index.json', ...(head.parts ?? []).map((part) => `/data/${part}`)]);
  });

  it('fails with the part that is damaged, not a partial library', async () => {
    const index = buildLibraryIndex(digests);
    const { head, parts } = splitLibraryIndex(index, 3000);
    const files: Record<string, unknown> = { '/data/index.json': head };
    parts.forEach((part, n) => (files[`/data/${head.parts?.[n] ?? ''}`] = n === 1 ? { version: 2, outlets: [], stories: 'broken' } : encodeIndexPart(part)));
    serve(files);
    await expect(fetchLibraryIndex()).rejects.toThrow(/\/data\/index\/2\.json.*not in the expected shape at stories/);
  });
});

describe('the library: the bundled index and the imports, each its own query', () => {
  useFreshIndexedDB();

  it('reads only the imports again after an import: the bundled index is fetched once', async () => {
    const index = buildLibraryIndex(digests);
    const { head, parts } = splitLibraryIndex(index, 3000);
    const files: Record<string, unknown> = { '/data/index.json': head };
    parts.forEach((part, n) => (files[`/data/${head.parts?.[n] ?? ''}`] = encodeIndexPart(part)));
    const requested = serve(files);
    // The app's own client: its queries never go stale unless told otherwise.
    const queryClient = createQueryClient();
    const before = await queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
    expect(before.stories.filter((story) => story.imported)).toEqual([]);
    const fetchedOnce = [...requested];
    expect(fetchedOnce).toHaveLength(1 + parts.length);

    await saveImportedStories([importedStory(strikeText, 'strike.txt', 'imported-strike')]);
    await refreshLocalLibrary(queryClient);
    const after = queryClient.getQueryData(libraryIndexQueryOptions().queryKey);
    expect(after?.stories.filter((story) => story.imported).map((story) => story.id)).toEqual(['imported-strike']);
    expect(after?.stories).toHaveLength(index.stories.length + 1);
    expect(requested).toEqual(fetchedOnce);
  });

  it('names every outlet once, in alphabetical order, the imported stories’ included', async () => {
    const index = buildLibraryIndex(digests);
    serve({ '/data/index.json': index });
    const queryClient = createQueryClient();
    const namesOf = (stories: readonly { articles: readonly { outlet: { name: string } }[] }[]): string[] =>
      [...new Set(stories.flatMap((story) => story.articles.map((article) => article.outlet.name)))].sort((a, b) => a.localeCompare(b));
    const before = await queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
    expect(before.outlets.length).toBeGreaterThan(1);
    expect(before.outlets).toEqual(namesOf(index.stories));

    const imported = importedStory(strikeText, 'strike.txt', 'imported-strike');
    await saveImportedStories([imported]);
    await refreshLocalLibrary(queryClient);
    const after = queryClient.getQueryData(libraryIndexQueryOptions().queryKey);
    expect(after?.outlets).toEqual(namesOf([...index.stories, ...(after?.stories.filter((story) => story.imported) ?? [])]));
  });
});

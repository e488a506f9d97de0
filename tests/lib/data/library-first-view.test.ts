import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibraryIndex, parseDigest, splitLibraryIndex, type StoryEntry } from '../../../src/engine/index.ts';
import { encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import { createQueryClient } from '../../../src/lib/query-client.ts';
import { strikeText } from '../local-library/local-library-support.ts';

// The data worker, answered here: every file sound, and the imports this test sets.
const imports: { entries: StoryEntry[] } = { entries: [] };
vi.mock('../../../src/lib/data/data-worker-client.ts', () => ({
  prepareDataWorker: () => undefined,
  check: () => Promise.resolve({ ok: true, data: undefined }),
  validate: () => Promise.reject(new Error('not used here')),
  readImportedEntries: () => Promise.resolve({ entries: imports.entries, status: { available: true, damaged: [] } }),
  sortNamesOffThread: (names: readonly string[]) => Promise.resolve([...names].sort()),
}));

const { firstLibraryView, libraryIndexQueryOptions } = await import('../../../src/lib/data/library-index.ts');

/** A split index of twelve stories, one a day, newest first. */
function splitIndex() {
  const digests = Array.from({ length: 12 }, (_, n) =>
    parseDigest(strikeText.replaceAll('strike', `strike${n}`).replace(/January 14, 2025/g, `January ${String(n + 10)}, 2025`), { file: `strike-${n}.txt` }),
  );
  const index = buildLibraryIndex(digests);
  const { head, parts } = splitLibraryIndex(index, 1500);
  const files = new Map<string, string>([['/data/index.json', JSON.stringify(head)]]);
  parts.forEach((part, n) => files.set(`/data/${head.parts?.[n] ?? ''}`, JSON.stringify(encodeIndexPart(part))));
  return { index, head, files };
}

/** Serves `files`, holding every index part back until `release()`. */
function serve(files: Map<string, string>): { release: () => void } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path.startsWith('/data/index/')) await released;
    const body = files.get(path);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
  });
  return { release };
}

/** An imported story dated `date`, as the local library lists one. */
function importedOn(template: StoryEntry, date: string, id: string): StoryEntry {
  return { ...template, id, title: `Imported ${date}`, publishedAt: date, articles: template.articles.map((article) => ({ ...article, publishedAt: date })) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  imports.entries = [];
});

describe('firstLibraryView', () => {
  it('answers with the head’s stories while the parts download, and only imports that sort among them', async () => {
    const { index, head, files } = splitIndex();
    expect(head.parts?.length).toBeGreaterThan(0);
    const template = index.stories[0] as StoryEntry;
    const oldestInHead = head.stories.at(-1) as StoryEntry;
    imports.entries = [importedOn(template, '2025-01-30', 'imported-new'), importedOn(template, '2024-12-01', 'imported-old')];
    const { release } = serve(files);
    const client = createQueryClient({ retryDelay: 0 });
    const whole = client.query(libraryIndexQueryOptions());

    const first = await firstLibraryView(client, whole);
    expect(first.complete).toBe(false);
    expect(first.library.stories.map(({ id }) => id)).toEqual(['imported-new', ...head.stories.map(({ id }) => id)]);
    expect(first.library.stories.every((story) => story.publishedAt >= oldestInHead.publishedAt)).toBe(true);

    release();
    const all = await whole;
    expect(all.stories.map(({ id }) => id)).toEqual(['imported-new', ...index.stories.map(({ id }) => id), 'imported-old']);
    // The first view is exactly the start of the whole library.
    expect(all.stories.slice(0, first.library.stories.length).map(({ id }) => id)).toEqual(first.library.stories.map(({ id }) => id));
  });

  it('answers with the whole library for a one-file index', async () => {
    const { index } = splitIndex();
    serve(new Map([['/data/index.json', JSON.stringify(index)]]));
    const client = createQueryClient({ retryDelay: 0 });
    const first = await firstLibraryView(client, client.query(libraryIndexQueryOptions()));
    expect(first.complete).toBe(true);
    expect(first.library.stories).toHaveLength(index.stories.length);
  });

  it('fails with the whole library when the head cannot be loaded', async () => {
    serve(new Map());
    const client = createQueryClient({ retryDelay: 0 });
    await expect(firstLibraryView(client, client.query(libraryIndexQueryOptions()))).rejects.toThrow(/library index was not found/);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { LibraryIndex } from '../../../src/engine/index.ts';

/**
 * Each read of the imports sees the local library as it is when the read starts, and answers
 * when the test says: two refreshes can then overlap the way a delete and a quick Undo do.
 */
const reads: { answer: () => void }[] = [];
let stored: string[] = [];

vi.mock('../../../src/lib/data/data-worker-client.ts', () => ({
  prepareDataWorker: () => undefined,
  sortNamesOffThread: (names: readonly string[]) => Promise.resolve([...names].sort((a, b) => a.localeCompare(b))),
  readImportedEntries: () => {
    const snapshot = [...stored];
    return new Promise((resolve) => {
      reads.push({
        answer: () =>
          resolve({
            entries: snapshot.map((id) => ({ id, file: null, title: id, titleDerived: false, publishedAt: '2025-01-01', articleIds: [`${id}--a`], comments: null, articles: [] })),
            status: { available: true, damaged: [] },
          }),
      });
    });
  },
}));

const { bundledIndexQueryOptions, libraryIndexQueryOptions } = await import('../../../src/lib/data/library-index.ts');
const { createQueryClient } = await import('../../../src/lib/query-client.ts');
const { refreshLocalLibrary } = await import('../../../src/lib/local-library/queries.ts');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refreshing the library twice in quick succession (delete, then Undo at once)', () => {
  it('shows the library as the second write left it, not the first refresh’s read', async () => {
    const queryClient = createQueryClient({ retryDelay: 0 });
    const bundled: LibraryIndex = { version: 1, stories: [] } as unknown as LibraryIndex;
    queryClient.setQueryData(bundledIndexQueryOptions().queryKey, bundled);
    stored = ['imported-x'];
    const first = queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
    await settle();
    reads[0]?.answer();
    await first;

    stored = []; // deleted
    const afterDelete = refreshLocalLibrary(queryClient);
    await settle();
    stored = ['imported-x']; // undone before the first refresh's read answered
    const afterUndo = refreshLocalLibrary(queryClient);
    await settle();
    for (const read of reads.slice(1)) read.answer();
    await Promise.allSettled([afterDelete, afterUndo]);

    expect(reads).toHaveLength(3); // the second refresh read the imports again
    expect(queryClient.getQueryData(libraryIndexQueryOptions().queryKey)?.stories.map((story) => story.id)).toEqual(['imported-x']);
  });
});

import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dismissDeletionNotice } from '../../../src/lib/local-library/deletion-notice.ts';
import { deleteImportedStoryWithUndo, undoDeletion } from '../../../src/lib/local-library/deletion.ts';
import { readLocalLibrary, saveImportedStories } from '../../../src/lib/local-library/library-store.ts';
import { importedStory, seedText, useFreshIndexedDB } from './local-library-support.ts';

describe('delete with undo', () => {
  useFreshIndexedDB();

  const storyIds = async (): Promise<string[]> => (await readLocalLibrary()).stories.map(({ story }) => story.id).sort();

  it('puts the deleted story back as it was', async () => {
    const queryClient = new QueryClient();
    const story = importedStory(seedText, 'seed.txt', 'imported-seed');
    await saveImportedStories([story]);
    await deleteImportedStoryWithUndo(queryClient, 'imported-seed', 'Seed');
    expect(await storyIds()).toEqual([]);
    await undoDeletion(queryClient);
    const { stories } = await readLocalLibrary();
    expect(stories.map(({ story: restored }) => restored)).toEqual([story.story]);
    dismissDeletionNotice();
  });

  it('never overwrites the same story imported again since: the deleted copy comes back beside it', async () => {
    const queryClient = new QueryClient();
    await saveImportedStories([importedStory(seedText, 'seed.txt', 'imported-seed', '2026-11-26T08:00:00.000Z')]);
    await deleteImportedStoryWithUndo(queryClient, 'imported-seed', 'Seed');
    const again = importedStory(seedText, 'seed.txt', 'imported-seed', '2026-11-26T09:00:00.000Z');
    await saveImportedStories([again]);
    await undoDeletion(queryClient);
    expect(await storyIds()).toEqual(['imported-seed', 'imported-seed-2']);
    const { stories } = await readLocalLibrary();
    const restored = stories.find(({ story }) => story.id === 'imported-seed-2');
    expect(restored?.story.articleIds.every((id) => id.startsWith('imported-seed-2--'))).toBe(true);
    expect(stories.find(({ story }) => story.id === 'imported-seed')?.importedAt).toBe(again.importedAt);
    dismissDeletionNotice();
  });
});

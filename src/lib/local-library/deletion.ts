import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ImportedStory } from './library-store.ts';
import { refreshLocalLibrary } from './queries.ts';

/**
 * Deleting an imported story, with Undo: the deleted story is kept in memory until the notice
 * goes, and Undo writes it back as it was. The notice lives outside the page that deleted it
 * (the card is gone), so its state lives here. No storage code is loaded until it is needed.
 */
export type DeletionNotice =
  | { kind: 'deleted'; id: number; storyId: string; title: string }
  | { kind: 'restored'; id: number; storyId: string; title: string }
  | { kind: 'failed'; id: number; message: string };

let notice: DeletionNotice | null = null;
let removed: ImportedStory | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function set(next: DeletionNotice | null): void {
  notice = next;
  for (const listener of listeners) listener();
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Something went wrong.');

export async function deleteImportedStoryWithUndo(queryClient: QueryClient, storyId: string, title: string): Promise<void> {
  try {
    const { deleteImportedStory } = await import('./library-store.ts');
    removed = await deleteImportedStory(storyId);
    // Already gone (another tab deleted it): nothing to undo, so no Undo to offer.
    if (removed === null) set({ kind: 'failed', id: nextId++, message: `“${title}” was already deleted.` });
    else set({ kind: 'deleted', id: nextId++, storyId, title });
  } catch (error) {
    set({ kind: 'failed', id: nextId++, message: `“${title}” could not be deleted: ${messageOf(error)}` });
  }
  await refreshLocalLibrary(queryClient);
}

/** Put the last deleted story back; resolves once the library shows it again. */
export async function undoDeletion(queryClient: QueryClient): Promise<void> {
  const story = removed;
  if (story === null || notice?.kind !== 'deleted') return;
  // Taken at once, so a second click cannot write the story twice.
  removed = null;
  const { title } = notice;
  try {
    const [{ readImportedStoryIds, saveImportedStories }, { freeStoryId, renameStory }] = await Promise.all([import('./library-store.ts'), import('./ids.ts')]);
    // The same story may have been imported again since: never overwrite it, restore beside it.
    const taken = new Set(await readImportedStoryIds());
    const storyId = freeStoryId(story.story.id, taken);
    let restoring = story;
    if (storyId !== story.story.id) {
      const renamed = renameStory({ story: story.story, articles: story.articles }, story.comparisons, storyId);
      restoring = { ...story, story: renamed.digest.story, articles: renamed.digest.articles, comparisons: renamed.comparisons };
    }
    await saveImportedStories([restoring]);
    await refreshLocalLibrary(queryClient);
    set({ kind: 'restored', id: nextId++, storyId, title });
  } catch (error) {
    set({ kind: 'failed', id: nextId++, message: `“${title}” could not be restored: ${messageOf(error)}` });
  }
}

export function dismissDeletionNotice(): void {
  removed = null;
  set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeletionNotice(): DeletionNotice | null {
  return useSyncExternalStore(subscribe, () => notice, () => null);
}

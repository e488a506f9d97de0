import type { QueryClient } from '@tanstack/react-query';
import { currentDeletionNotice, keepForUndo, showDeletionNotice, storyToRestore } from './deletion-notice.ts';
import { refreshLocalLibrary } from './queries.ts';

/**
 * Deleting an imported story, with Undo: the deleted story is kept in memory until the notice
 * goes (deletion-notice.ts), and Undo writes it back as it was. No storage code is loaded until
 * it is needed.
 */

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Something went wrong.');

export async function deleteImportedStoryWithUndo(queryClient: QueryClient, storyId: string, title: string): Promise<void> {
  try {
    const { deleteImportedStory } = await import('./library-store.ts');
    const removed = await deleteImportedStory(storyId);
    keepForUndo(removed);
    // Already gone (another tab deleted it): nothing to undo, so no Undo to offer.
    if (removed === null) showDeletionNotice({ kind: 'failed', message: `“${title}” was already deleted.` });
    else showDeletionNotice({ kind: 'deleted', storyId, title });
  } catch (error) {
    showDeletionNotice({ kind: 'failed', message: `“${title}” could not be deleted: ${messageOf(error)}` });
  }
  await refreshLocalLibrary(queryClient);
}

/** Put the last deleted story back; resolves once the library shows it again. */
export async function undoDeletion(queryClient: QueryClient): Promise<void> {
  const story = storyToRestore();
  const notice = currentDeletionNotice();
  if (story === null || notice?.kind !== 'deleted') return;
  // Taken at once, so a second click cannot write the story twice.
  keepForUndo(null);
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
    showDeletionNotice({ kind: 'restored', storyId, title });
  } catch (error) {
    showDeletionNotice({ kind: 'failed', message: `“${title}” could not be restored: ${messageOf(error)}` });
  }
}

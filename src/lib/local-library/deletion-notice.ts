import { useSyncExternalStore } from 'react';
import type { ImportedStory } from './library-store.ts';

/**
 * The notice after an imported story is deleted, and the deleted story kept in memory for Undo
 * until the notice goes. It lives outside the page that deleted it (the card is gone), so its
 * state lives here; the layout shows it on every page. Small on purpose: the actions that
 * delete and restore (deletion.ts) load only with the pages that use them.
 */
export type DeletionNotice =
  | { kind: 'deleted'; id: number; storyId: string; title: string }
  | { kind: 'restored'; id: number; storyId: string; title: string }
  | { kind: 'failed'; id: number; message: string };

/** Notice kinds the actions post; the id is given here. */
export type NewDeletionNotice = DeletionNotice extends infer Notice ? (Notice extends DeletionNotice ? Omit<Notice, 'id'> : never) : never;

let notice: DeletionNotice | null = null;
let removed: ImportedStory | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

export function showDeletionNotice(next: NewDeletionNotice): void {
  notice = { ...next, id: nextId++ };
  for (const listener of listeners) listener();
}

export const currentDeletionNotice = (): DeletionNotice | null => notice;

/** The story Undo would write back (null once taken, dismissed or failed). */
export const storyToRestore = (): ImportedStory | null => removed;

export function keepForUndo(story: ImportedStory | null): void {
  removed = story;
}

export function dismissDeletionNotice(): void {
  removed = null;
  notice = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeletionNotice(): DeletionNotice | null {
  return useSyncExternalStore(subscribe, () => notice, () => null);
}

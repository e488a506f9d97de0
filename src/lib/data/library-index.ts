import { queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { mergeLibraryIndexParts, type LibraryIndex, type StoryEntry } from '../../engine/index.ts';
import type { LocalLibraryStatus } from '../local-library/library-entries.ts';
import { dataUrls } from '../paths.ts';
import { readImportedEntries } from './data-worker-client.ts';
import { fetchJson } from './fetch-json.ts';

export type { LocalLibraryStatus };

/** A story in the library: bundled with the app, or imported into this browser's local library. */
export interface LibraryStory extends StoryEntry {
  imported: boolean;
}

/** The bundled index with the imported stories merged in, newest first, and how the local library fared. */
export type Library = Omit<LibraryIndex, 'stories'> & {
  stories: LibraryStory[];
  local: LocalLibraryStatus;
};

/** The bundled index; a large one comes in parts (docs/decisions/009), fetched side by side and joined in order. */
export async function fetchLibraryIndex(signal?: AbortSignal): Promise<LibraryIndex> {
  const head = await fetchJson(dataUrls.index(), 'library-index', signal);
  if (head.parts === undefined) return head;
  const parts = await Promise.all(head.parts.map((part) => fetchJson(dataUrls.indexPart(part), 'library-index-part', signal)));
  return mergeLibraryIndexParts(head, parts);
}

/** The order the build sorts the index in (engine/library/summaries.ts): newest, then title, then id. */
function newestFirst(a: StoryEntry, b: StoryEntry): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export function mergeLibrary(bundled: LibraryIndex, imported: readonly StoryEntry[], local: LocalLibraryStatus): Library {
  const stories: LibraryStory[] = [
    ...bundled.stories.map((story) => ({ ...story, imported: false })),
    ...imported.map((story) => ({ ...story, imported: true })),
  ].sort(newestFirst);
  return { ...bundled, stories, local };
}

/** The bundled index and this browser's imports, fetched side by side. */
async function fetchLibrary(signal?: AbortSignal): Promise<Library> {
  const [bundled, { entries, status }] = await Promise.all([
    fetchLibraryIndex(signal),
    // Read (and each record validated) in the data worker: idb and zod stay off the first page.
    readImportedEntries(),
  ]);
  return mergeLibrary(bundled, entries, status);
}

export const libraryIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['library-index'],
    queryFn: ({ signal }) => fetchLibrary(signal),
  });

export function useLibraryIndex(): Library {
  return useSuspenseQuery(libraryIndexQueryOptions()).data;
}

/**
 * How the local library fared in the library as cached now, without loading anything (null
 * before the library has loaded). For notices outside the pages that load the library.
 */
export function useLocalLibraryStatus(): LocalLibraryStatus | null {
  const queryClient = useQueryClient();
  return useSyncExternalStore(
    (onChange) => queryClient.getQueryCache().subscribe(onChange),
    () => queryClient.getQueryData(libraryIndexQueryOptions().queryKey)?.local ?? null,
    () => null,
  );
}

import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { LibraryIndexSchema, type LibraryIndex } from '../../engine/index.ts';
import { dataUrls } from '../paths.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchLibraryIndex(signal?: AbortSignal): Promise<LibraryIndex> {
  return fetchJson(dataUrls.index(), LibraryIndexSchema, signal);
}

export const libraryIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['library-index'],
    queryFn: ({ signal }) => fetchLibraryIndex(signal),
  });

export function useLibraryIndex(): LibraryIndex {
  return useSuspenseQuery(libraryIndexQueryOptions()).data;
}

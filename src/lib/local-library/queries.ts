import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Article } from '../../engine/index.ts';
import { isImportedId } from './ids.ts';

/**
 * Query keys for what lives in the local library, and the one function that refreshes them
 * after an import, a delete or an undo. Small on purpose (no storage code): any chunk may import it.
 */
export const importedArticlesQueryKey = ['imported-articles'] as const;

/** Every imported article in full (for the search index); [] when the browser keeps none. */
export const importedArticlesQueryOptions = () =>
  queryOptions({
    queryKey: importedArticlesQueryKey,
    queryFn: async (): Promise<Article[]> => (await import('./imported-articles.ts')).listImportedArticles(),
  });

const LIBRARY_INDEX_KEY = ['library-index'] as const;

function namesImported(key: readonly unknown[]): boolean {
  return key.slice(1).some((part) => typeof part === 'string' && isImportedId(part));
}

/**
 * The local library changed: drop cached imported articles and comparisons (a deleted one must
 * not linger; an undone one comes back fresh) and load the library and the list of imported
 * articles again. The library reads the imported stories again and merges them with the bundled
 * index it already holds (its own query, never refetched here: src/lib/data/library-index.ts).
 * Refetched, not just invalidated: route loaders read the cache with `staleTime: 'static'`,
 * which ignores invalidation.
 */
export async function refreshLocalLibrary(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => namesImported(query.queryKey) });
  await queryClient.refetchQueries({ queryKey: LIBRARY_INDEX_KEY, exact: true });
  await queryClient.refetchQueries({ queryKey: importedArticlesQueryKey });
}

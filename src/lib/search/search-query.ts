import { keepPreviousData, queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Article } from '../../engine/index.ts';
import { searchLibrary, setImportedSearchArticles } from './search-client.ts';
import type { SearchFilters } from './search-protocol.ts';

/** The most results a search shows; the count says how many matched in all. */
export const SEARCH_RESULT_LIMIT = 30;

export const searchKeys = {
  all: ['search'] as const,
};

export const searchQueryOptions = (query: string, filters: SearchFilters) =>
  queryOptions({
    queryKey: [...searchKeys.all, query, filters] as const,
    queryFn: ({ signal }) => searchLibrary(query, filters, SEARCH_RESULT_LIMIT, signal),
    // The index only changes when imported articles do, and that invalidates these.
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });

/** Results for a query; the previous results stay on screen while the next ones are on their way. */
export function useSearchResults(query: string, filters: SearchFilters) {
  return useQuery({ ...searchQueryOptions(query.trim(), filters), enabled: query.trim() !== '', placeholderData: keepPreviousData });
}

/**
 * Ask the worker for a query's results now, from the keystroke's own event handler, rather than
 * from the effect `useSearchResults` runs after React has rendered and committed the keystroke:
 * the worker then searches while the page renders the letter, and the results list's query
 * picks up the search in flight (or the cached answer). The same query and cache as
 * `useSearchResults`, so nothing else changes.
 */
export function startSearch(queryClient: QueryClient, query: string, filters: SearchFilters): void {
  const words = query.trim();
  if (words === '') return;
  queryClient.query(searchQueryOptions(words, filters)).catch(() => undefined); // the list's query reports errors
}

/** Keep the search index's imported articles in step with `articles`; cached results are dropped when they change. */
export function useImportedArticlesInSearch(articles: readonly Article[]): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    setImportedSearchArticles(articles);
    void queryClient.invalidateQueries({ queryKey: searchKeys.all });
  }, [articles, queryClient]);
}

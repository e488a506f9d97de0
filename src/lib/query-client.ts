import { QueryClient } from '@tanstack/react-query';
import { NotFoundError } from './data/fetch-json.ts';

/**
 * Bundled data never changes while the app runs, so it never goes stale. `offlineFirst` lets
 * requests reach the service worker's cache when the browser reports no network.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 30 * 60 * 1000,
        networkMode: 'offlineFirst',
        retry: (failureCount, error) => !(error instanceof NotFoundError) && failureCount < 2,
      },
    },
  });
}

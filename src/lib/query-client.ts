import { QueryClient } from '@tanstack/react-query';
import { DataError } from './data/fetch-json.ts';

export interface QueryClientOptions {
  /** Milliseconds between retries of a failed request; tests set 0. */
  retryDelay?: number;
}

/**
 * Bundled data never changes while the app runs, so it never goes stale. `offlineFirst` lets
 * requests reach the service worker's cache when the browser reports no network.
 */
export function createQueryClient({ retryDelay }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 30 * 60 * 1000,
        networkMode: 'offlineFirst',
        // Only a network or server failure is worth asking again; a missing or damaged file is not.
        retry: (failureCount, error) => error instanceof DataError && error.retryable && failureCount < 2,
        ...(retryDelay === undefined ? {} : { retryDelay }),
      },
    },
  });
}

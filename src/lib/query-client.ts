import { QueryClient, notifyManager } from '@tanstack/react-query';
import { DataError } from './data/fetch-json.ts';

export interface QueryClientOptions {
  /** Milliseconds between retries of a failed request; tests set 0. */
  retryDelay?: number;
}

/**
 * When a query's subscribers (the components reading it) hear that it changed: in a microtask
 * after the change, not in a `setTimeout(0)` task (TanStack Query's default), so a component
 * renders the change in the task that made it, not in a timer task queued behind whatever else
 * the page has to do. Measured at 10,000 articles (docs/decisions/009, session 7): the library's
 * first card came sooner in 6 of 8 alternating runs (median 827 → 568 ms, a loaded machine;
 * why is not yet traced); a search's answer, which this was meant for, showed no measurable
 * change. Changes made in one synchronous run still reach a component once: each notification
 * batch is flushed together at its microtask, and React renders the resulting updates together.
 * The notify manager is one for the whole app (every client), so this is set once, where the
 * app's clients are made.
 */
export function notifyInMicrotasks(): void {
  notifyManager.setScheduler(queueMicrotask);
}

notifyInMicrotasks();

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

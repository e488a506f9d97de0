import type { QueryClient } from '@tanstack/react-query';
import { data, type RouteObject } from 'react-router';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { articleQueryOptions } from '../lib/data/article.ts';
import { NotFoundError } from '../lib/data/fetch-json.ts';
import { firstLibraryView, libraryIndexQueryOptions, type LibraryView } from '../lib/data/library-index.ts';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { LazyRouteError } from './lazy-route-error.tsx';
import { nextTask } from './next-task.ts';

/** A missing resource becomes a 404 response that the route's error element renders. */
async function orNotFound<T>(promise: Promise<T>, what: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) throw data({ what }, { status: 404 });
    throw error;
  }
}

/**
 * Loaders warm the query cache; components read it with useSuspenseQuery and the same options.
 * The index and the article load in parallel. `staleTime: 'static'` uses what the cache holds:
 * bundled files never change while the app runs. Each loader and each route's chunk request
 * starts in a task of its own (`nextTask`), not in the router's: on the first load these were all
 * one long task with the entry's evaluation (issue #5).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      hydrateFallbackElement: <LoadingState label="Loading Parallax…" />,
      errorElement: <LazyRouteError />,
      children: [
        {
          errorElement: <LazyRouteError />,
          children: [
            {
              path: paths.library.pattern,
              // A long library shows its newest stories while the rest of its index downloads
              // (docs/decisions/009, session 10). A search or a filter in the address is read
              // against the whole library, so it waits for all of it.
              loader: async ({ request }): Promise<LibraryView> => {
                await nextTask();
                const loaded = queryClient.getQueryData(libraryIndexQueryOptions().queryKey);
                if (loaded !== undefined) return { library: loaded, complete: true };
                const whole = queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
                if (new URL(request.url).search !== '') return { library: await whole, complete: true };
                return firstLibraryView(queryClient, whole);
              },
              lazy: async () => {
                await nextTask();
                return { Component: (await import('../features/library/library-page.tsx')).LibraryPage };
              },
            },
            {
              path: paths.article.pattern,
              loader: async ({ params }) => {
                await nextTask();
                const articleId = params['articleId'] ?? '';
                await Promise.all([
                  queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' }),
                  orNotFound(queryClient.query({ ...articleQueryOptions(articleId), staleTime: 'static' }), 'article'),
                ]);
                return null;
              },
              lazy: async () => {
                await nextTask();
                return { Component: (await import('../features/reader/reader-page.tsx')).ReaderPage };
              },
            },
            {
              path: paths.comparePicker.pattern,
              loader: async () => {
                await nextTask();
                await queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
                return null;
              },
              lazy: async () => {
                await nextTask();
                return { Component: (await import('../features/compare/compare-picker-page.tsx')).ComparePickerPage };
              },
            },
            {
              path: paths.importDigests.pattern,
              loader: async () => {
                await nextTask();
                await queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
                return null;
              },
              lazy: async () => {
                await nextTask();
                return { Component: (await import('../features/import/import-page.tsx')).ImportPage };
              },
            },
            {
              path: paths.compare.pattern,
              // Selecting a fact changes only `?fact=`: nothing to load again.
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
                currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate,
              loader: async ({ params }) => {
                await nextTask();
                const aId = params['a'] ?? '';
                const bId = params['b'] ?? '';
                // The index and both articles are asked for first, while the comparison data layer's
                // chunk downloads: their requests (and the data worker that checks them) then start one
                // round trip earlier, in parallel with it (issue #5, Largest Contentful Paint).
                const loaded = Promise.all([
                  queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' }),
                  orNotFound(queryClient.query({ ...articleQueryOptions(aId), staleTime: 'static' }), 'article'),
                  orNotFound(queryClient.query({ ...articleQueryOptions(bId), staleTime: 'static' }), 'article'),
                ]);
                // A rejection is read below, after the chunk: never left unhandled meanwhile.
                loaded.catch(() => undefined);
                // Loaded with the route, not the app: the library's first page stays small.
                const { comparisonQueryOptions, storyComparisonsQueryOptions, storyIdOf } = await import('../lib/data/comparisons.ts');
                const sameStory = storyIdOf(aId) === storyIdOf(bId);
                // The story's bundled comparisons load alongside the articles (a missing file is not fatal).
                const bundled = sameStory ? queryClient.query({ ...storyComparisonsQueryOptions(storyIdOf(aId)), staleTime: 'static' }).catch(() => null) : null;
                const [[, a, b]] = await Promise.all([loaded, bundled]);
                // Bundled pairs are ready before the page shows; others are computed in a worker
                // while the page already shows both texts.
                if (aId === bId) return null;
                const comparison = queryClient.query({ ...comparisonQueryOptions(a, b), staleTime: 'static' }).catch(() => null);
                if (a.storyId === b.storyId) await comparison;
                return null;
              },
              lazy: async () => {
                await nextTask();
                return { Component: (await import('../features/compare/compare-page.tsx')).ComparePage };
              },
            },
            { path: '*', element: <NotFoundPage what="page" /> },
          ],
        },
      ],
    },
  ];
}

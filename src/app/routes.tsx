import type { QueryClient } from '@tanstack/react-query';
import { data, type RouteObject } from 'react-router';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { articleQueryOptions } from '../lib/data/article.ts';
import { NotFoundError } from '../lib/data/fetch-json.ts';
import { libraryIndexQueryOptions } from '../lib/data/library-index.ts';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';

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
 * bundled files never change while the app runs.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      hydrateFallbackElement: <LoadingState label="Loading Parallax…" />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: paths.library.pattern,
              loader: async () => {
                await queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' });
                return null;
              },
              lazy: async () => ({ Component: (await import('../features/library/library-page.tsx')).LibraryPage }),
            },
            {
              path: paths.article.pattern,
              loader: async ({ params }) => {
                const articleId = params['articleId'] ?? '';
                await Promise.all([
                  queryClient.query({ ...libraryIndexQueryOptions(), staleTime: 'static' }),
                  orNotFound(queryClient.query({ ...articleQueryOptions(articleId), staleTime: 'static' }), 'article'),
                ]);
                return null;
              },
              lazy: async () => ({ Component: (await import('../features/reader/reader-page.tsx')).ReaderPage }),
            },
            { path: '*', element: <NotFoundPage what="page" /> },
          ],
        },
      ],
    },
  ];
}

import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { mirrorComparison, type Article, type ComparisonData, type StoryComparisons } from '../../engine/index.ts';
import { compareInWorker } from '../compare-worker-client.ts';
import { isImportedId } from '../local-library/ids.ts';
import { dataUrls } from '../paths.ts';
import { fetchJson, NotFoundError } from './fetch-json.ts';

/** An imported story's comparisons were made when it was imported and live in the local library. */
async function readImportedComparisons(storyId: string): Promise<StoryComparisons> {
  const { readImportedComparisons: read } = await import('../local-library/library-store.ts');
  const stored = await read(storyId).catch(() => null);
  // None stored (or unreadable): not fatal, the pair is compared in the worker instead.
  if (stored === null) throw new NotFoundError(`local-library:comparisons/${storyId}`);
  return stored;
}

export function fetchStoryComparisons(storyId: string, signal?: AbortSignal): Promise<StoryComparisons> {
  if (isImportedId(storyId)) return readImportedComparisons(storyId);
  return fetchJson(dataUrls.comparisons(storyId), 'story-comparisons', signal);
}

export const storyComparisonsQueryOptions = (storyId: string) =>
  queryOptions({
    queryKey: ['story-comparisons', storyId],
    queryFn: ({ signal }) => fetchStoryComparisons(storyId, signal),
  });

/** An article id is its story id, `--`, and the outlet's short name. */
export function storyIdOf(articleId: string): string {
  return articleId.split('--')[0] ?? articleId;
}

/** The comparison of a and b with a on the left, whichever order the build stored the pair in. */
export function orientComparison(comparison: ComparisonData, aId: string, bId: string): ComparisonData | null {
  if (comparison.a === aId && comparison.b === bId) return comparison;
  if (comparison.a !== bId || comparison.b !== aId) return null;
  return mirrorComparison(comparison);
}

export function findPair(story: StoryComparisons, aId: string, bId: string): ComparisonData | null {
  for (const comparison of story.comparisons) {
    const oriented = orientComparison(comparison, aId, bId);
    if (oriented !== null) return oriented;
  }
  return null;
}

export interface PairComparison {
  comparison: ComparisonData;
  /** Bundled with the build, or computed here (in a worker) because the build has no such pair. */
  source: 'bundled' | 'computed';
}

/**
 * Two reports of one story come precomputed with the build; any other pair (across stories)
 * is compared in a Web Worker.
 */
export const comparisonQueryOptions = (a: Article, b: Article) =>
  queryOptions({
    queryKey: ['comparison', a.id, b.id],
    // The story file's own query already retries a failed download; retrying here as well
    // would multiply the waits (a 500 kept the page loading for about 15 s).
    retry: false,
    queryFn: async ({ client, signal }): Promise<PairComparison> => {
      if (a.storyId === b.storyId) {
        try {
          const story = await client.query({ ...storyComparisonsQueryOptions(a.storyId), staleTime: 'static' });
          const bundled = findPair(story, a.id, b.id);
          if (bundled !== null) return { comparison: bundled, source: 'bundled' };
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
      return { comparison: await compareInWorker(a, b, signal), source: 'computed' };
    },
  });

/** Not a suspense query: the page shows both texts at once and adds the marks when they arrive. */
export function useComparison(a: Article, b: Article): UseQueryResult<PairComparison> {
  return useQuery(comparisonQueryOptions(a, b));
}

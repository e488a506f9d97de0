import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Article } from '../../engine/index.ts';
import { isImportedId } from '../local-library/ids.ts';
import { dataUrls } from '../paths.ts';
import { DataError, fetchJson, NotFoundError } from './fetch-json.ts';

/** An imported article lives in this browser's local library (IndexedDB), not on the server. */
async function readImported(articleId: string): Promise<Article> {
  const where = `local-library:articles/${articleId}`;
  const [{ readImportedArticle }, { LocalLibraryUnavailableError }] = await Promise.all([import('../local-library/library-store.ts'), import('../local-library/database.ts')]);
  try {
    const found = await readImportedArticle(articleId);
    if (found === null) throw new NotFoundError(where);
    if ('damaged' in found) throw new DataError(where, `This imported article is damaged in the browser’s storage (${found.damaged}). Delete it and import it again.`);
    return found.article;
  } catch (error) {
    if (error instanceof LocalLibraryUnavailableError) throw new DataError(where, error.message);
    throw error;
  }
}

export function fetchArticle(articleId: string, signal?: AbortSignal): Promise<Article> {
  if (isImportedId(articleId)) return readImported(articleId);
  return fetchJson(dataUrls.article(articleId), 'article', signal);
}

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: ({ signal }) => fetchArticle(articleId, signal),
  });

export function useArticle(articleId: string): Article {
  return useSuspenseQuery(articleQueryOptions(articleId)).data;
}

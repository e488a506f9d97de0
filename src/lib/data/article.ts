import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ArticleSchema, type Article } from '../../engine/index.ts';
import { dataUrls } from '../paths.ts';
import { fetchJson } from './fetch-json.ts';

export function fetchArticle(articleId: string, signal?: AbortSignal): Promise<Article> {
  return fetchJson(dataUrls.article(articleId), ArticleSchema, signal);
}

export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: ({ signal }) => fetchArticle(articleId, signal),
  });

export function useArticle(articleId: string): Article {
  return useSuspenseQuery(articleQueryOptions(articleId)).data;
}

import type { StoryEntry } from '../../engine/index.ts';

/** The library's address: what is searched and how it is narrowed, so reload and Back keep it. */
export const PARAMS = { query: 'q', outlet: 'outlet', from: 'from', to: 'to', story: 'story' } as const;

export interface LibraryFilters {
  outlet: string | null;
  from: string | null;
  to: string | null;
  story: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters the address asks for; anything malformed or unknown is ignored rather than shown as nothing. */
export function readFilters(params: URLSearchParams, outlets: readonly string[], storyIds: ReadonlySet<string>): LibraryFilters {
  const day = (value: string | null): string | null => (value !== null && ISO_DAY.test(value) ? value : null);
  const outlet = params.get(PARAMS.outlet);
  const story = params.get(PARAMS.story);
  return {
    outlet: outlet !== null && outlets.includes(outlet) ? outlet : null,
    from: day(params.get(PARAMS.from)),
    to: day(params.get(PARAMS.to)),
    story: story !== null && storyIds.has(story) ? story : null,
  };
}

export const hasFilters = (filters: LibraryFilters): boolean => filters.outlet !== null || filters.from !== null || filters.to !== null || filters.story !== null;

/** Stories narrowed to the reports that pass the filters; stories left with none drop out. */
export function filterStories(stories: readonly StoryEntry[], filters: LibraryFilters): readonly StoryEntry[] {
  if (!hasFilters(filters)) return stories;
  const { outlet, from, to, story } = filters;
  return stories
    .filter((entry) => story === null || entry.id === story)
    .map((entry) => ({
      ...entry,
      articles: entry.articles.filter(
        (article) => (outlet === null || article.outlet.name === outlet) && (from === null || article.publishedAt >= from) && (to === null || article.publishedAt <= to),
      ),
    }))
    .filter((entry) => entry.articles.length > 0);
}

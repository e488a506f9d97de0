/** Every route's path pattern and a typed way to link to it. The one place URLs are spelt. */
export const paths = {
  library: {
    pattern: '/',
    getHref: (options: { outlet?: string | null } = {}): string =>
      options.outlet ? `/?${new URLSearchParams({ outlet: options.outlet }).toString()}` : '/',
  },
  article: {
    pattern: '/articles/:articleId',
    getHref: (articleId: string): string => `/articles/${encodeURIComponent(articleId)}`,
  },
  comparePicker: {
    pattern: '/compare',
    getHref: (options: { a?: string } = {}): string =>
      options.a === undefined ? '/compare' : `/compare?${new URLSearchParams({ a: options.a }).toString()}`,
  },
  importDigests: {
    pattern: '/import',
    getHref: (): string => '/import',
  },
  compare: {
    pattern: '/compare/:a/:b',
    getHref: (a: string, b: string, factId?: string | null): string =>
      `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}${factId ? `?${new URLSearchParams({ fact: factId }).toString()}` : ''}`,
  },
} as const;

/** Where the build puts the data (see src/cli/build-data.ts); relative to the app's base URL. */
export const dataUrls = {
  index: (): string => `${import.meta.env.BASE_URL}data/index.json`,
  /** A part of a large index, as the index names it (`index/<n>.json`, checked by its schema). */
  indexPart: (part: string): string => `${import.meta.env.BASE_URL}data/${part}`,
  article: (articleId: string): string => `${import.meta.env.BASE_URL}data/articles/${encodeURIComponent(articleId)}.json`,
  comparisons: (storyId: string): string => `${import.meta.env.BASE_URL}data/comparisons/${encodeURIComponent(storyId)}.json`,
} as const;

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
} as const;

/** Where the build puts the data (see src/cli/build-data.ts); relative to the app's base URL. */
export const dataUrls = {
  index: (): string => `${import.meta.env.BASE_URL}data/index.json`,
  article: (articleId: string): string => `${import.meta.env.BASE_URL}data/articles/${encodeURIComponent(articleId)}.json`,
} as const;

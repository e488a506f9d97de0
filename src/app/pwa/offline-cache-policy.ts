import type { VitePWAOptions } from 'vite-plugin-pwa';

type RuntimeCaching = NonNullable<VitePWAOptions['workbox']['runtimeCaching']>[number];

/**
 * What the service worker keeps for offline use, and the budgets a build must meet
 * (docs/decisions/006-offline-cache-policy.md). Pure: vite.config.ts applies it when it builds,
 * and tests/build/ checks that a build obeys it. Paths are relative to the build folder
 * (`data/articles/x.json`), as in the precache manifest.
 */

const MIB = 1024 * 1024;

export const OFFLINE_BUDGETS = {
  /** Workbox's per-file limit, kept at its default: a larger file would silently not be precached. */
  fileBytes: 2 * MIB,
  /**
   * Article and comparison files are precached only while all of them together fit both limits
   * (the bundled library: 14 files, 45 KiB). Above either, none is: they are cached as read.
   */
  bodiesBytes: 5 * MIB,
  bodiesFiles: 2_000,
  /** The app itself: the shell, every route's code and workers, the icons. */
  appBytes: 3 * MIB,
  /** Everything precached, uncompressed: what the first visit stores before it works offline. */
  totalBytes: 32 * MIB,
} as const;

export type OfflineBudgets = { readonly [Key in keyof typeof OFFLINE_BUDGETS]: number };

/** What a precached (or built) file is for. */
export type CachedKind = 'app' | 'index' | 'search' | 'article' | 'comparisons' | 'other-data';

export function classifyPath(path: string): CachedKind {
  if (!path.startsWith('data/')) return 'app';
  if (path === 'data/index.json' || path.startsWith('data/index/')) return 'index';
  if (path.startsWith('data/search/')) return 'search';
  if (path.startsWith('data/articles/')) return 'article';
  if (path.startsWith('data/comparisons/')) return 'comparisons';
  return 'other-data';
}

/** An article's full text or a story's comparisons: one file per thing a reader opens. */
export const isReadingFile = (path: string): boolean => {
  const kind = classifyPath(path);
  return kind === 'article' || kind === 'comparisons';
};

/**
 * `precached`: every article and comparison file is in the precache, so after one visit the
 * whole library opens offline. `when-read`: they are cached the first time they are read (and
 * kept until the data changes); the library, its index and search still work offline in full.
 */
export type OfflineArticles = 'precached' | 'when-read';

export interface DataFile {
  path: string;
  bytes: number;
}

export interface OfflineDataPolicy {
  articles: OfflineArticles;
  /** The article and comparison files of the build. */
  reading: { files: number; bytes: number };
  /** Why, in words for the build log and test messages. */
  reason: string;
}

const mib = (bytes: number): string => `${(bytes / MIB).toFixed(2)} MiB`;

/**
 * Decides whether the article and comparison files are precached. All or none: "every story
 * opens offline" stays a plain promise for a small library, and a large one never makes its
 * first visit download thousands of files the reader may never open.
 * `override` (PARALLAX_OFFLINE_ARTICLES) forces a mode, for tests and measurements.
 *
 * Workbox silently leaves out of the precache any file over its per-file limit, so: an article
 * or comparison file over it makes the library `when-read` (it is then cached when read, where
 * no such limit applies), and a file that must be precached (the index, a search shard, other
 * data; or an article in a build forced to `precached`) over it fails the build with a message.
 */
export function chooseOfflineDataPolicy(
  dataFiles: Iterable<DataFile>,
  override: OfflineArticles | 'auto' = 'auto',
  budgets: Pick<OfflineBudgets, 'bodiesBytes' | 'bodiesFiles' | 'fileBytes'> = OFFLINE_BUDGETS,
): OfflineDataPolicy {
  let files = 0;
  let bytes = 0;
  const tooLarge: DataFile[] = [];
  const readingTooLarge: DataFile[] = [];
  for (const file of dataFiles) {
    const over = file.bytes > budgets.fileBytes;
    if (!isReadingFile(file.path)) {
      if (over) tooLarge.push(file);
      continue;
    }
    files += 1;
    bytes += file.bytes;
    if (over) readingTooLarge.push(file);
  }
  if (override === 'precached') tooLarge.push(...readingTooLarge);
  if (tooLarge.length > 0) {
    const list = tooLarge.map((file) => `${file.path} (${mib(file.bytes)})`).join(', ');
    throw new Error(
      `Offline: ${list} ${tooLarge.length === 1 ? 'is' : 'are'} over the ${mib(budgets.fileBytes)} a precached file may be; ` +
        'Workbox would leave it out of the precache without a word. Split it (docs/decisions/006-offline-cache-policy.md, "Size policy").',
    );
  }
  const reading = { files, bytes };
  const size = `${files} article and comparison files, ${mib(bytes)}`;
  const limits = `budget ${budgets.bodiesFiles} files, ${mib(budgets.bodiesBytes)}`;
  if (override !== 'auto') return { articles: override, reading, reason: `${size}: ${override} (set by PARALLAX_OFFLINE_ARTICLES)` };
  if (readingTooLarge.length > 0) {
    const first = readingTooLarge[0] as DataFile;
    return { articles: 'when-read', reading, reason: `${size}: ${first.path} is over the ${mib(budgets.fileBytes)} per-file precache limit, cached when read` };
  }
  if (files <= budgets.bodiesFiles && bytes <= budgets.bodiesBytes) return { articles: 'precached', reading, reason: `${size}: within the ${limits}, precached` };
  return { articles: 'when-read', reading, reason: `${size}: over the ${limits}, cached when read` };
}

/** Reads PARALLAX_OFFLINE_ARTICLES: `auto` (default), `precached` or `when-read`. */
export function resolveOfflineArticles(env: Readonly<Record<string, string | undefined>>): OfflineArticles | 'auto' {
  const value = env['PARALLAX_OFFLINE_ARTICLES'];
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'precached' || value === 'when-read') return value;
  throw new Error(`PARALLAX_OFFLINE_ARTICLES must be auto, precached or when-read, not “${value}”`);
}

/** Files the precache never holds: source maps, install-UI screenshots, build-tool output. */
const NEVER_PRECACHED = ['**/*.map', 'screenshots/**', '.vite/**'];

/**
 * Workbox's glob options for a policy: the app shell, every route's code, and the data it
 * precaches (JSON is not in Workbox's default glob). vite-plugin-pwa adds manifest.webmanifest.
 */
export function precacheGlobOptions(policy: OfflineDataPolicy): { globPatterns: string[]; globIgnores: string[]; maximumFileSizeToCacheInBytes: number } {
  return {
    globPatterns: ['**/*.{js,css,html,svg,png,json,txt}'],
    globIgnores: policy.articles === 'precached' ? [...NEVER_PRECACHED] : [...NEVER_PRECACHED, 'data/articles/**', 'data/comparisons/**'],
    // Workbox's default (2 MiB per file), stated so the policy is visible.
    maximumFileSizeToCacheInBytes: OFFLINE_BUDGETS.fileBytes,
  };
}

/**
 * The runtime cache for articles and comparisons read in a `when-read` build. Its name carries
 * the data's version (a hash of those files), so a release with changed data never answers
 * from the old copies, and one that changes only code keeps what the reader has already read.
 * (Deploy skew can still put a file of another release under this name: decision 006.)
 */
export const READING_CACHE_PREFIX = 'parallax-reading-';
export const readingCacheName = (dataVersion: string): string => `${READING_CACHE_PREFIX}${dataVersion}`;

/**
 * Offline, a data URL no route of the worker holds answers a real 404. In a `precached` build
 * such a file does not exist in this version, so the route says "not found", not "check your
 * connection". In a `when-read` build it is only used for comparisons (and other data), where a
 * 404 makes the compare page compute the pair itself; an article never read stays a network failure.
 */
const missingDataIsNotFound = {
  handlerDidError: () =>
    Promise.resolve(
      new Response(JSON.stringify({ error: 'not found' }), {
        status: 404,
        statusText: 'Not Found',
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
};

/**
 * Only a data file is kept as read: status 200 and a JSON content type. A static host that
 * answers an unknown path with the app's index.html (200, text/html) must not have that page
 * stored, and served for ever after, as an article. Serialised into sw.js by Workbox: it may use
 * nothing from this module.
 */
export const onlyJsonResponses = {
  cacheWillUpdate: ({ response }: { response: Response }): Promise<Response | null> =>
    Promise.resolve(response.status === 200 && (response.headers.get('content-type') ?? '').includes('json') ? response : null),
};

/**
 * Deletes every `parallax-reading-*` cache but `keep` (or all of them when `keep` is null), and
 * never fails: a refused caches.keys() or delete() only leaves an old cache for next time.
 * Copied by source into sw.js (see readingCachesCleanupScript): it may use nothing from this
 * module, hence the literal prefix (a test evaluates its source alone).
 */
export function pruneReadingCaches(keep: string | null): Promise<void> {
  const worker = globalThis as unknown as { caches: { keys: () => Promise<string[]>; delete: (name: string) => Promise<boolean> } };
  return Promise.resolve()
    .then(() => worker.caches.keys())
    .then((names) => Promise.all(names.filter((name) => name.startsWith('parallax-reading-') && name !== keep).map((name) => worker.caches.delete(name))))
    .then(
      () => undefined,
      () => undefined,
    );
}

/**
 * The code vite.config.ts appends to the generated sw.js, in every build: when this worker
 * activates (a first install, or the reader's "Reload" for a new version) it deletes the reading
 * caches of other builds: all of them in a `precached` build, all but its own in a `when-read`
 * one. Workbox's own clean-up covers only its precache.
 */
export function readingCachesCleanupScript(keep: string | null): string {
  return (
    '// Parallax: delete the reading caches of other builds (src/app/pwa/offline-cache-policy.ts).\n' +
    `self.addEventListener("activate",(event)=>{event.waitUntil((${String(pruneReadingCaches)})(${JSON.stringify(keep)}))});\n`
  );
}

type PluginEvent = { waitUntil?: (promise: Promise<unknown>) => void } | undefined;

/**
 * The first time a worker reads its reading cache, it also deletes the reading caches of other
 * data versions (a second chance after the clean-up on activate). The lookup never waits for
 * it and never fails because of it: the cached response is returned at once, the pruning runs
 * under the fetch event's waitUntil and its errors are dropped. Serialised into sw.js by
 * Workbox: it may use nothing from this module.
 */
export const pruneOlderReadingCaches = {
  cachedResponseWillBeUsed: ({ cacheName, cachedResponse, event }: { cacheName: string; cachedResponse?: Response; event?: PluginEvent }): Promise<Response | undefined> => {
    const worker = globalThis as unknown as {
      parallaxReadingCachesPruned?: boolean;
      caches: { keys: () => Promise<string[]>; delete: (name: string) => Promise<boolean> };
    };
    if (worker.parallaxReadingCachesPruned !== true) {
      worker.parallaxReadingCachesPruned = true;
      const pruning = Promise.resolve()
        .then(() => worker.caches.keys())
        .then((names) => Promise.all(names.filter((name) => name.startsWith('parallax-reading-') && name !== cacheName).map((name) => worker.caches.delete(name))))
        .catch(() => undefined);
      try {
        event?.waitUntil?.(pruning);
      } catch {
        // The event no longer accepts work: the pruning still runs while the worker is alive.
      }
    }
    return Promise.resolve(cachedResponse);
  },
};

/** Workbox's runtime routes for a policy. The precache answers first; these see only what it does not hold. */
export function dataRuntimeCaching(policy: OfflineDataPolicy, dataVersion: string): RuntimeCaching[] {
  const otherData: RuntimeCaching = {
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/'),
    handler: 'NetworkOnly',
    options: { plugins: [missingDataIsNotFound] },
  };
  if (policy.articles === 'precached') return [otherData];
  const readingCache = {
    cacheName: readingCacheName(dataVersion),
    // Ask the server, not the HTTP cache, so a copy from an earlier release is never kept under
    // this version. (Cast: Node's RequestInit, under which vite.config.ts checks this file, has no `cache`.)
    fetchOptions: { cache: 'no-cache' } as unknown as RequestInit,
  };
  // onlyJsonResponses decides what is stored (200 and JSON); pruneOlderReadingCaches runs beside lookups.
  return [
    {
      // Read once online, kept for offline. Offline and never read, the request fails as a network
      // failure: the article exists, it is just not on this device (the page says so).
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/articles/'),
      handler: 'CacheFirst',
      options: { ...readingCache, plugins: [onlyJsonResponses, pruneOlderReadingCaches] },
    },
    {
      // A story's comparisons not on this device (or not shipped: large builds make none) are a
      // 404 offline, and the compare page computes the pair in its worker: the same engine, the same result.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/comparisons/'),
      handler: 'CacheFirst',
      options: { ...readingCache, plugins: [onlyJsonResponses, pruneOlderReadingCaches, missingDataIsNotFound] },
    },
    otherData,
  ];
}

/**
 * What works offline, in the reader's words, after the build's cache policy
 * (docs/decisions/006-offline-cache-policy.md): a library small enough to precache opens in full;
 * a large one keeps its index and search, and each article once it has been opened here. The
 * only place that words the policy: the notices (pwa-notices.tsx, loaded after the first render)
 * use it; the masthead's badge, in the first bundle, says only what holds for every build.
 * vite.config.ts sets PARALLAX_OFFLINE_ARTICLES, so the minifier keeps one wording. Outside a
 * build (tests) every article counts as precached.
 */
export const OFFLINE_WORDING =
  import.meta.env.PARALLAX_OFFLINE_ARTICLES === 'when-read'
    ? {
        /** The first visit's one-time notice. */
        ready: 'Parallax is ready to work offline: the library and search work without a connection, and each article stays on this device once you’ve opened it.',
        /** The notice when the network goes away. */
        wentOffline: 'You’re offline. The library, search and every article you’ve opened here still work; the others open once you’re back online.',
      }
    : {
        ready: 'Parallax is ready to work offline: every story here opens without a connection.',
        wentOffline: 'You’re offline. Every story in the library still works; links to the outlets’ own sites need a connection.',
      };

import { setPwaStatus, setUpdateHandler } from './pwa-status.ts';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The registration itself (register-service-worker.ts says when and why): loaded in a chunk of
 * its own once the page has shown its first content, so none of it is in the library's first
 * JavaScript (issue #5's budget) or evaluated before the first render.
 */
export async function registerNow(): Promise<void> {
  // The notices first, so that whatever the worker reports has somewhere to show.
  // A large library keeps articles as read: the first visit's ones too (keep-first-visit-reading.ts),
  // loaded here rather than with the first page (the library route's budget), and set up before
  // the worker is registered, so it cannot miss the worker taking control.
  const whenRead = import.meta.env.PARALLAX_OFFLINE_ARTICLES === 'when-read';
  const [{ mountPwaNotices }, { registerSW }, firstVisit] = await Promise.all([
    import('./pwa-notices.tsx'),
    import('virtual:pwa-register'),
    whenRead ? import('./keep-first-visit-reading.ts') : null,
  ]);
  mountPwaNotices();
  firstVisit?.keepFirstVisitReading();
  let reloadRequested = false;

  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => setPwaStatus({ updateReady: true }),
    onOfflineReady: () => setPwaStatus({ offlineReady: true }),
    // The new worker took control. Reload only if this tab asked for it.
    onNeedReload: () => {
      if (reloadRequested) window.location.reload();
    },
    onRegisteredSW: (_url, registration) => {
      if (registration === undefined) return;
      const check = (): void => {
        if (!navigator.onLine || registration.installing !== null) return;
        registration.update().catch(() => {
          /* offline or the server is away: try again later */
        });
      };
      window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
    onRegisterError: (error: unknown) => {
      // Not fatal: the app works online without a worker. A warning, so it is seen, not alarming.
      console.warn('Parallax: the offline service worker could not be registered.', error);
    },
  });

  setUpdateHandler(async () => {
    reloadRequested = true;
    await updateSW();
    // If the new worker is already in control (another tab swapped it in), no "controlling"
    // event comes: reload after a moment anyway, since the reader asked.
    window.setTimeout(() => window.location.reload(), 3000);
  });
}

import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { primaryButton, secondaryButton } from '../../components/ui/button-classes.ts';
import { OFFLINE_WORDING } from './offline-wording.ts';
import { requestUpdate, setPwaStatus, usePwaStatus } from './pwa-status.ts';

const NOTICE_MS = 8000;

/** An external link cannot open offline: say so instead of opening a dead tab. */
function useOfflineLinkNotice(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent): void => {
      if (event.defaultPrevented || navigator.onLine) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || !/^https?:$/.test(anchor.protocol) || anchor.origin === window.location.origin) return;
      event.preventDefault();
      setPwaStatus({ notice: `You’re offline, so ${anchor.host} can’t open now. The link will work once you’re back online.` });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

/** A message that hides itself after a while (and at once with its button); a new one restarts the clock. */
function useTransient(message: string | boolean | null, clear: () => void): void {
  useEffect(() => {
    if (message === null || message === false) return;
    const timer = window.setTimeout(clear, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [message, clear]);
}

const clearNotice = (): void => setPwaStatus({ notice: null });
const clearOfflineReady = (): void => setPwaStatus({ offlineReady: false });
const clearNetworkNote = (): void => setPwaStatus({ networkChange: null });

/**
 * The app's notices, bottom of the screen: a new version ("A new version is ready — Reload"),
 * the first visit's "ready to work offline", going offline and coming back, and why an outside
 * link did not open. One polite live region announces them all.
 */
export function PwaNotices() {
  const { updateReady, updating, offlineReady, networkChange: networkNote, notice } = usePwaStatus();
  const [updateDismissed, setUpdateDismissed] = useState(false);

  useOfflineLinkNotice();
  useTransient(notice, clearNotice);
  useTransient(offlineReady, clearOfflineReady);
  useTransient(networkNote, clearNetworkNote);

  const card = 'pointer-events-auto flex w-full max-w-md flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-sm text-ink shadow-lg';
  const small = 'px-3 py-1.5 text-sm';

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-center gap-2 p-4">
      <div role="status" aria-live="polite" className="flex w-full flex-col items-center gap-2">
        {updateReady && !updateDismissed ? (
          <div className={card} data-testid="update-prompt">
            <p className="flex-1">A new version is ready — Reload to use it. Your place and settings are kept.</p>
            <button type="button" className={`${primaryButton} ${small}`} onClick={requestUpdate} disabled={updating}>
              {updating ? 'Reloading…' : 'Reload'}
            </button>
            <button type="button" className={`${secondaryButton} ${small}`} onClick={() => setUpdateDismissed(true)} disabled={updating}>
              Later
            </button>
          </div>
        ) : null}
        {offlineReady ? (
          <div className={card}>
            <p className="flex-1">{OFFLINE_WORDING.ready}</p>
            <button type="button" className={`${secondaryButton} ${small}`} onClick={clearOfflineReady}>
              OK
            </button>
          </div>
        ) : null}
        {networkNote === 'offline' ? (
          <div className={card}>
            <p className="flex-1">{OFFLINE_WORDING.wentOffline}</p>
          </div>
        ) : null}
        {networkNote === 'online' ? (
          <div className={card}>
            <p className="flex-1">You’re back online.</p>
          </div>
        ) : null}
        {notice === null ? null : (
          <div className={card}>
            <p className="flex-1">{notice}</p>
            <button type="button" className={`${secondaryButton} ${small}`} onClick={clearNotice}>
              OK
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Mounts the notices in their own root at the end of the body. They need no router or data, and
 * nothing in them is needed for the first paint, so they arrive in their own chunk after load
 * (see register-service-worker.ts) and stay out of the initial bundle.
 */
export function mountPwaNotices(): void {
  const container = document.createElement('div');
  container.id = 'pwa-notices';
  document.body.append(container);
  createRoot(container).render(
    <StrictMode>
      <PwaNotices />
    </StrictMode>,
  );
}

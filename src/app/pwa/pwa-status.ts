import { useSyncExternalStore } from 'react';

/** What the app tells the reader about its service worker and the network. */
export interface PwaStatus {
  /** A new version is installed and waiting for the reader to ask for it. */
  updateReady: boolean;
  /** The reader asked for the new version; the page reloads once it takes over. */
  updating: boolean;
  /** Everything is cached: the first visit's one-time notice. */
  offlineReady: boolean;
  /** The browser's view of the network (navigator.onLine and its events). */
  online: boolean;
  /** The network just went away or came back (a transient notice); null when nothing changed. */
  networkChange: 'offline' | 'online' | null;
  /** A short message for the reader, e.g. why a link did not open; null when none. */
  notice: string | null;
}

const listeners = new Set<() => void>();
let status: PwaStatus = {
  updateReady: false,
  updating: false,
  offlineReady: false,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  networkChange: null,
  notice: null,
};
let applyUpdate: (() => Promise<void>) | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

export function setPwaStatus(patch: Partial<PwaStatus>): void {
  status = { ...status, ...patch };
  emit();
}

export function getPwaStatus(): PwaStatus {
  return status;
}

/** Set by the registration: asks the waiting worker to take over (see register-service-worker.ts). */
export function setUpdateHandler(handler: () => Promise<void>): void {
  applyUpdate = handler;
}

/** The reader chose to load the new version. */
export function requestUpdate(): void {
  if (applyUpdate === null) return;
  setPwaStatus({ updating: true });
  void applyUpdate();
}

let watchingNetwork = false;

/** Follows the browser's online and offline events for the life of the page. */
function watchNetwork(): void {
  if (watchingNetwork) return;
  watchingNetwork = true;
  window.addEventListener('online', () => setPwaStatus({ online: true, networkChange: 'online' }));
  window.addEventListener('offline', () => setPwaStatus({ online: false, networkChange: 'offline' }));
  if (status.online !== navigator.onLine) setPwaStatus({ online: navigator.onLine });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  watchNetwork();
  return () => {
    listeners.delete(listener);
  };
}

export function usePwaStatus(): PwaStatus {
  return useSyncExternalStore(subscribe, getPwaStatus, getPwaStatus);
}

import { usePwaStatus } from './pwa-status.ts';

/**
 * The masthead's network indicator: says "Offline" while there is no connection. It is in the
 * first bundle, so it says only what is true of every build; what exactly works offline (which
 * depends on the build's cache policy) is the notice's to say (offline-wording.ts).
 */
export function NetworkStatus() {
  const { online } = usePwaStatus();
  if (online) return null;
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full bg-badge px-2.5 py-1 text-xs font-medium text-badge-ink"
      title="No connection: what is saved on this device still works."
      data-testid="network-status"
    >
      <span aria-hidden="true" className="h-2 w-2 rounded-full border border-current" />
      Offline
      <span className="sr-only">: what is saved on this device still works.</span>
    </span>
  );
}

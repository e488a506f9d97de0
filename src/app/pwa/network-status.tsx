import { usePwaStatus } from './pwa-status.ts';

/** The masthead's network indicator: says "Offline" while there is no connection. */
export function NetworkStatus() {
  const { online } = usePwaStatus();
  if (online) return null;
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full bg-badge px-2.5 py-1 text-xs font-medium text-badge-ink"
      title="No connection: the library, readers and comparisons still work from this device."
      data-testid="network-status"
    >
      <span aria-hidden="true" className="h-2 w-2 rounded-full border border-current" />
      Offline
      <span className="sr-only">: the library, readers and comparisons still work from this device.</span>
    </span>
  );
}

/**
 * In a `when-read` build (docs/decisions/006-offline-cache-policy.md) the service worker keeps
 * each article and comparison file as it passes through its cache. On the very first visit the
 * page loads its data before any worker controls it, so those files never pass through: the
 * article the reader opened first would not be on the device, though the notice says it is.
 * Once a worker takes control, the page asks again for the data files it has already loaded,
 * quietly: the worker answers from the network and keeps them. Errors are ignored (offline by
 * then, a file gone in a new release): the worst case is the old behaviour.
 */

const READING_PATHS = ['/data/articles/', '/data/comparisons/'];

/** The same-origin article and comparison files among the page's loaded resources, once each. */
export function loadedReadingFiles(resourceNames: Iterable<string>, origin: string): string[] {
  const urls = new Set<string>();
  for (const name of resourceNames) {
    let url: URL;
    try {
      url = new URL(name, origin);
    } catch {
      continue;
    }
    if (url.origin === origin && READING_PATHS.some((path) => url.pathname.startsWith(path))) urls.add(url.pathname + url.search);
  }
  return [...urls];
}

/** Asks for each file again, one after another (no burst on a slow line); never rejects. */
export async function requestAgain(urls: readonly string[], fetcher: typeof fetch = fetch): Promise<void> {
  for (const url of urls) {
    try {
      const response = await fetcher(url);
      await response.body?.cancel();
    } catch {
      // Not kept this time; read again online, it will be.
    }
  }
}

interface ServiceWorkerSurface {
  controller: unknown;
  addEventListener: (type: 'controllerchange', listener: () => void, options: { once: true }) => void;
}

/**
 * If no worker controls this page yet, waits for one, then re-requests what the page loaded
 * before it (articles and comparisons, from the Resource Timing entries). A page already
 * controlled needs nothing: its requests went through the worker.
 */
export function keepFirstVisitReading(
  container: ServiceWorkerSurface = navigator.serviceWorker,
  resourceNames: () => Iterable<string> = () => performance.getEntriesByType('resource').map((entry) => entry.name),
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): void {
  if (container.controller !== null) return;
  container.addEventListener(
    'controllerchange',
    () => {
      void requestAgain(loadedReadingFiles(resourceNames(), window.location.origin), fetcher);
    },
    { once: true },
  );
}

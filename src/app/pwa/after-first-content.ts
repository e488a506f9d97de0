/** A tab that paints nothing (opened in the background, say) still gets its service worker. */
export const FIRST_CONTENT_WAIT_MS = 5000;

/**
 * Calls `then` once, in a task of its own, when the page has loaded *and* shown its first content
 * (the `first-contentful-paint` paint entry), or `waitMs` after the load event if no such paint
 * comes by then. Where the browser reports no paint timing, the load event alone decides.
 *
 * Why wait for the paint (issue #5, decision 010, session 10): the app's `#root` paints nothing
 * contentful before the route's data is in, and the load event comes before that. Work started on
 * load (the service worker's registration and its chunks, three requests deep) then finished
 * before the first content, and Lighthouse's simulation counts every request that ended before the
 * page's first and largest paints as needed for them: the deepest such chain set both estimates.
 */
export function afterFirstContent(then: () => void, waitMs: number = FIRST_CONTENT_WAIT_MS): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  let timer: number | undefined;
  const run = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
    // Not inside the paint's own callback: a task of its own, after it.
    window.setTimeout(then, 0);
  };
  const afterLoad = (): void => {
    const paintTiming = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
    if (!paintTiming) {
      run();
      return;
    }
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) run();
    });
    // `buffered`: a paint that came before the load event is reported at once.
    observer.observe({ type: 'paint', buffered: true });
    if (!done) timer = window.setTimeout(run, waitMs);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

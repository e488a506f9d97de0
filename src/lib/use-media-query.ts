import { useCallback, useSyncExternalStore } from 'react';

const lists = new Map<string, MediaQueryList>();

/** One MediaQueryList per query: reading `.matches` is cheap, creating a list is not. */
function listFor(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (list === undefined) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** Whether a media query matches now; without matchMedia (tests) the fallback answers. */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = listFor(query);
      list?.addEventListener('change', listener);
      return () => list?.removeEventListener('change', listener);
    },
    [query],
  );
  const read = (): boolean => listFor(query)?.matches ?? fallback;
  return useSyncExternalStore(subscribe, read, () => fallback);
}

/** The same, outside React. */
export function matchesMedia(query: string): boolean {
  return listFor(query)?.matches ?? false;
}

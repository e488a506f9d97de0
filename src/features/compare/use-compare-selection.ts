import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { alignColumns, findMark, type SelectionOrigin } from './align-columns.ts';
import type { Side } from './compare-model.ts';

export const FACT_PARAM = 'fact';
const URL_DELAY_MS = 250;

interface SelectOptions {
  origin?: SelectionOrigin | null;
  /** Move keyboard focus to the item's mark on this side. */
  focusSide?: Side | null;
}

interface Pending extends SelectOptions {
  id: string;
}

/**
 * The selected fact lives in React state, so choosing one repaints within the frame, and is
 * mirrored to `?fact=` (replacing the entry) so the address can be shared.
 */
export function useCompareSelection(scrollerRefs: Record<Side, RefObject<HTMLDivElement | null>>, shownSide: Side) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(FACT_PARAM);
  const [selectedId, setSelectedId] = useState<string | null>(fromUrl);
  const [seenUrl, setSeenUrl] = useState<string | null>(fromUrl);
  const pending = useRef<Pending | null>(fromUrl === null ? null : { id: fromUrl });
  const [tick, setTick] = useState(0);
  const urlTimer = useRef<number | undefined>(undefined);

  // Addresses this hook wrote, oldest first, until they land. One can land after the reader
  // has already chosen again (the address follows a moment later, and a navigation takes a
  // while on a slow device): it must not snap the selection back.
  const [written, setWritten] = useState<readonly (string | null)[]>([]);

  // The address as it will be once our last write lands, or as a link, Back or forward left it.
  // `setParams`' function form reads the search string of the render that made `select`, which
  // can be older than a write of ours still on its way: "already the address" judged on it
  // remembered no write, and the navigation it still made landed later (after Escape, say), read
  // as a link and selected its fact again (decision 010, session 9).
  const address = useRef<string | null>(fromUrl);
  const [followed, setFollowed] = useState<{ id: string | null }>({ id: fromUrl });
  useLayoutEffect(() => {
    address.current = followed.id;
  }, [followed]);

  // The address changed: follow it, unless it is one of our own updates (the state leads and
  // the address follows). Back, forward and links are followed.
  if (fromUrl !== seenUrl) {
    setSeenUrl(fromUrl);
    const own = written.indexOf(fromUrl);
    if (own === -1) {
      setSelectedId(fromUrl);
      setFollowed({ id: fromUrl });
    } else setWritten(written.slice(own + 1));
  }

  const select = useCallback(
    (id: string | null, options: SelectOptions = {}) => {
      pending.current = id === null ? null : { id, ...options };
      setSelectedId(id);
      setTick((value) => value + 1);
      // The address follows a moment later: a navigation re-renders the route, and that work
      // should not sit between a click and its highlight (nor repeat for every `n`).
      window.clearTimeout(urlTimer.current);
      urlTimer.current = window.setTimeout(() => {
        // Already the address, or about to be (the same fact chosen again): nothing is asked for,
        // so nothing will land and nothing is remembered; a remembered one would make a later Back
        // or link to it look like our own.
        if (address.current === id) return;
        address.current = id;
        setWritten((list) => [...list, id]);
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (id === null) next.delete(FACT_PARAM);
            else next.set(FACT_PARAM, id);
            return next;
          },
          { replace: true, preventScrollReset: true },
        );
      }, URL_DELAY_MS);
    },
    [setParams],
  );
  useEffect(() => () => window.clearTimeout(urlTimer.current), []);

  // Until the page's first animation frame, alignment waits for it. Aligning reads layout: in
  // the first commit's layout effect (or the passive one after it) that read made Chromium build,
  // style and lay out the whole new page inside React's commit, under its deep stack, and with
  // Lighthouse's invalidation tracking every new layout object recorded that stack: the commit and
  // the page's first layout were one long task (issue #5, docs/decisions/011, session 8). The
  // frame's callback does the same work before the same first paint, in its own task, under a
  // short stack; it also runs after the router's <ScrollRestoration> has put the window at the
  // top, which used to undo the scroll to a linked fact on a narrow screen. A request made
  // meanwhile is kept and aligned in that frame.
  const framed = useRef(false);
  const inFirstFrame = useRef(false);
  const alignNowRef = useRef<() => void>(() => undefined);

  /** Scroll (and focus) once the marks for the new selection are on the page. */
  const align = useCallback(() => {
    if (!framed.current) return; // the first frame aligns
    const request = pending.current;
    if (request === null) return;
    const scrollers = { a: scrollerRefs.a.current, b: scrollerRefs.b.current };
    if (findMark(scrollers.a, request.id) === null && findMark(scrollers.b, request.id) === null) return; // not rendered yet
    pending.current = null;
    if (request.focusSide != null) findMark(scrollers[request.focusSide], request.id)?.focus({ preventScroll: true });
    // Before the first paint there is nothing on screen to glide from: jump. A smooth scroll
    // started there also left Lighthouse without a Largest Contentful Paint (decision 011).
    alignColumns(request.id, request.origin ?? null, scrollers, shownSide, inFirstFrame.current ? 'instant' : undefined);
  }, [scrollerRefs, shownSide]);

  useLayoutEffect(() => {
    alignNowRef.current = align;
  });
  useLayoutEffect(() => {
    if (framed.current) return undefined;
    const frame = requestAnimationFrame(() => {
      framed.current = true;
      inFirstFrame.current = true;
      try {
        alignNowRef.current();
      } finally {
        inFirstFrame.current = false;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  useLayoutEffect(align, [align, tick]);

  return { selectedId, select, align };
}

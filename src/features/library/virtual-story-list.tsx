import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoryEntry } from '../../engine/index.ts';
import { StoryCard } from './story-card.tsx';

/** A card's height before it is measured: two or three reports with their ledes. */
const ESTIMATED_CARD_PX = 440;
const GAP_PX = 32;
const ESTIMATED_ITEM_PX = ESTIMATED_CARD_PX + GAP_PX;

/**
 * The virtualizer's scroll write, without making the browser lay out the page for it when it
 * writes the top (the mount always writes the list's first offset, 0): Chromium skips the
 * layout a `scrollTo` needs for clamping only when both coordinates are given and are 0. The
 * page never scrolls sideways, so naming `left: 0` changes nothing else.
 */
function scrollWindow(offset: number, { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior }): void {
  const top = offset + adjustments;
  window.scrollTo(top === 0 ? { left: 0, top: 0, ...(behavior === undefined ? {} : { behavior }) } : { top, ...(behavior === undefined ? {} : { behavior }) });
}

/**
 * The window's scroll position as of its last scroll event. The virtualizer asks for the position
 * while it renders (`initialOffset`); reading `window.scrollY` there made the browser lay out the
 * page as the previous commit left it, inside the first render (~40 ms at 10,000 articles in a
 * profile), only for the next frame to lay it out again with the cards. Every scroll, the
 * reader's or a script's, fires a scroll event, so this is the position the read would give,
 * short of a scroll in the very frame the list renders in (the list then corrects itself on the
 * scroll event that follows, as it does for every scroll).
 */
let knownScrollY = typeof window === 'undefined' ? 0 : window.scrollY;
if (typeof window !== 'undefined') {
  window.addEventListener(
    'scroll',
    () => {
      knownScrollY = window.scrollY;
    },
    { passive: true },
  );
}

/**
 * Calls `report` with where `element` starts on the page (its top plus the window's scroll), as
 * the browser's next frame lays it out; returns the cleanup. Without IntersectionObserver (tests'
 * DOM) the element is read at once.
 */
function listOffset(element: HTMLElement | null, report: (offset: number) => void): () => void {
  if (element === null) return () => undefined;
  if (typeof IntersectionObserver === 'undefined') {
    report(element.getBoundingClientRect().top + window.scrollY);
    return () => undefined;
  }
  // The first observation is of the frame that first lays the list out; one is enough.
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (entry === undefined) return;
    observer.disconnect();
    // The scroll as of that frame (its scroll events come before its layout): reading
    // `window.scrollY` could lay out again whatever changed since.
    report(entry.boundingClientRect.top + knownScrollY);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The story list for a large library: only the cards near the viewport are in the page. It is
 * still one real ordered list (each item says its place with aria-posinset of aria-setsize),
 * scrolled with the page, so keyboard scrolling and Tab move through it as through any list;
 * the overscan keeps the next cards rendered ahead of focus. `busy`: more stories are on their
 * way (the newest are shown while a long index's parts download).
 */
export function VirtualStoryList({ stories, label, busy = false }: { stories: readonly StoryEntry[]; label: string; busy?: boolean }) {
  const list = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts on the page, read once the page has been laid out for a frame rather
  // than during the first commit: reading it there forced the page's layout a second time
  // before the first cards showed (~40 ms at 10,000 articles in a profile). An effect is not
  // late enough: the library's first render is synchronous, so React runs its effects in the
  // same task, and the read still forced that layout (a trace in session 7: a second style and
  // layout of ~30 ms inside the first card's task). An IntersectionObserver reports the list's
  // box from the frame's own layout, forcing none. Until then the list is placed as if it
  // started at the top: each card's position is the same (it is relative to the list), and the
  // overscan covers the few hundred pixels the visible range is off by.
  useEffect(() => listOffset(list.current, setOffset), []);
  // Stable while the stories are: the virtualizer recomputes every item's position (3,334 of
  // them at 10,000 articles) on each render whose key function is a new one.
  const getItemKey = useCallback((index: number) => stories[index]?.id ?? index, [stories]);
  const virtualizer = useWindowVirtualizer({
    count: stories.length,
    estimateSize: () => ESTIMATED_ITEM_PX,
    overscan: 4,
    scrollMargin: offset,
    getItemKey,
    // A card not laid out (hidden, or no layout engine) keeps its estimate instead of collapsing to 0.
    // (Measuring only from the ResizeObserver, after the first layout, kept this read out of the
    // commit but moved the cards a Back navigation restores by a few places: not kept.)
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ITEM_PX,
    initialOffset: () => knownScrollY,
    scrollToFn: scrollWindow,
  });
  return (
    <ol ref={list} aria-label={label} aria-busy={busy ? true : undefined} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const story = stories[item.index];
        if (story === undefined) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={stories.length}
            aria-posinset={item.index + 1}
            className="absolute left-0 top-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`, paddingBottom: GAP_PX }}
          >
            <StoryCard story={story} />
          </li>
        );
      })}
    </ol>
  );
}

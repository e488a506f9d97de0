import { matchesMedia } from '../../lib/use-media-query.ts';
import { otherSide, type Side } from './compare-model.ts';

export interface SelectionOrigin {
  side: Side;
  /** Where the chosen mark sat in the viewport when it was chosen. */
  top: number;
}

export function findMark(container: HTMLElement | null, itemId: string): HTMLElement | null {
  if (container === null) return null;
  for (const mark of container.querySelectorAll<HTMLElement>('mark[data-item-id]')) {
    if (mark.dataset['itemId'] === itemId) return mark;
  }
  return null;
}

/** jsdom (tests) has no scrolling methods; the browser always has them. */
export function scrollIntoView(element: HTMLElement | null, options: ScrollIntoViewOptions): void {
  const scrollable: Partial<Pick<HTMLElement, 'scrollIntoView'>> | null = element;
  if (scrollable !== null && typeof scrollable.scrollIntoView === 'function') scrollable.scrollIntoView(options);
}

export function behavior(): ScrollBehavior {
  return matchesMedia('(prefers-reduced-motion: reduce)') ? 'auto' : 'smooth';
}

function scrollBy(element: HTMLElement, top: number, motion: ScrollBehavior): void {
  if (Math.abs(top) < 1) return;
  const scrollable = element as Partial<Pick<HTMLElement, 'scrollBy'>> & HTMLElement;
  if (typeof scrollable.scrollBy === 'function') scrollable.scrollBy({ top, behavior: motion });
  else element.scrollTop += top;
}

/** Whether the element scrolls on its own (the wide layout) rather than with the page. */
function scrollsItself(element: HTMLElement): boolean {
  const overflow = getComputedStyle(element).overflowY;
  return overflow === 'auto' || overflow === 'scroll';
}

/**
 * Bring a selected item into view. Chosen in one column, the other column scrolls so the
 * counterpart sits level with it; chosen elsewhere (summary, keyboard, link), both columns
 * show it a third of the way down. On narrow screens the page scrolls to the shown column's mark.
 * `motion` is how: smooth unless the reader asked for reduced motion, or `'instant'` (before the
 * page's first paint, where there is nothing on screen to glide from).
 */
export function alignColumns(
  itemId: string,
  origin: SelectionOrigin | null,
  scrollers: Record<Side, HTMLElement | null>,
  shownSide: Side,
  motion: ScrollBehavior = behavior(),
): void {
  const sample = scrollers.a ?? scrollers.b;
  if (sample === null) return;
  if (!scrollsItself(sample)) {
    scrollIntoView(findMark(scrollers[shownSide], itemId), { block: 'center', behavior: motion });
    return;
  }
  if (origin !== null) {
    const side = otherSide(origin.side);
    const target = findMark(scrollers[side], itemId);
    const scroller = scrollers[side];
    if (target !== null && scroller !== null) scrollBy(scroller, target.getBoundingClientRect().top - origin.top, motion);
    return;
  }
  for (const side of ['a', 'b'] as const) {
    const scroller = scrollers[side];
    const mark = findMark(scroller, itemId);
    if (scroller === null || mark === null) continue;
    const box = scroller.getBoundingClientRect();
    scrollBy(scroller, mark.getBoundingClientRect().top - box.top - scroller.clientHeight / 3, motion);
  }
  // Keep the columns on screen when the choice came from below them (the summary).
  const box = sample.getBoundingClientRect();
  if (box.bottom < 0 || box.top > window.innerHeight) scrollIntoView(sample, { block: 'start', behavior: motion });
}

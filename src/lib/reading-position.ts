import { useEffect } from 'react';
import { NavigationType, useNavigationType } from 'react-router';

/**
 * Where the reader was in each article, so a reload (an app update, a closed tab, a train
 * tunnel) brings them back to the same paragraph. Kept as "paragraph N, this far into it" rather
 * than pixels, so it survives a change of text size or screen.
 */
export interface ReadingPosition {
  /** 0-based index of the paragraph at the top of the screen. */
  paragraph: number;
  /** How far (0..1) the top of the screen is into that paragraph. */
  fraction: number;
  savedAt: number;
}

const STORAGE_KEY = 'parallax:reading-position:v1';
const MAX_ARTICLES = 50;
const SAVE_DELAY_MS = 250;

type Positions = Record<string, ReadingPosition>;

function isPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { paragraph, fraction, savedAt } = value as Record<string, unknown>;
  return Number.isInteger(paragraph) && (paragraph as number) >= 0 && typeof fraction === 'number' && fraction >= 0 && fraction <= 1 && typeof savedAt === 'number';
}

function readAll(): Positions {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, ReadingPosition] => isPosition(entry[1])));
  } catch {
    return {}; // storage disabled or a damaged entry: start from the top
  }
}

function writeAll(positions: Positions): void {
  const newest = Object.entries(positions)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_ARTICLES);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(newest)));
  } catch {
    /* storage full or disabled: positions last for this page only */
  }
}

export function loadReadingPosition(articleId: string): ReadingPosition | null {
  return readAll()[articleId] ?? null;
}

/** Saves a position; null forgets it (the reader is back at the top). */
export function saveReadingPosition(articleId: string, position: Omit<ReadingPosition, 'savedAt'> | null): void {
  const positions = readAll();
  if (position === null && !(articleId in positions)) return;
  const others = Object.fromEntries(Object.entries(positions).filter(([id]) => id !== articleId));
  writeAll(position === null ? others : { ...others, [articleId]: { ...position, savedAt: Date.now() } });
}

function paragraphsIn(selector: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`${selector} > p`));
}

/** The paragraph at the top of the screen, or null before the text starts. */
export function measureReadingPosition(paragraphs: readonly HTMLElement[]): Omit<ReadingPosition, 'savedAt'> | null {
  for (const [index, element] of paragraphs.entries()) {
    const box = element.getBoundingClientRect();
    if (index === 0 && box.top >= 0) return null;
    if (box.bottom > 0) {
      const fraction = box.height > 0 ? Math.min(1, Math.max(0, -box.top / box.height)) : 0;
      return { paragraph: index, fraction };
    }
  }
  const last = paragraphs.length - 1;
  return last < 0 ? null : { paragraph: last, fraction: 1 };
}

/**
 * Remembers how far the reader got in an article (the text's paragraphs are `selector > p`) and,
 * when the page is opened again rather than followed from a link (a reload, back or forward, a
 * deep link), puts them back there. Following a link starts at the top, as a link should.
 */
export function useReadingPosition(articleId: string, selector: string): void {
  const navigationType = useNavigationType();

  useEffect(() => {
    if (navigationType !== NavigationType.Pop) return;
    const saved = loadReadingPosition(articleId);
    const target = saved === null ? undefined : paragraphsIn(selector)[saved.paragraph];
    if (saved === null || target === undefined) return;
    const box = target.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top + saved.fraction * box.height, behavior: 'instant' });
    // Only on arrival: the effect must not jump the reader again when the navigation type changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId, selector]);

  useEffect(() => {
    let timer: number | undefined;
    const save = (): void => {
      window.clearTimeout(timer);
      timer = undefined;
      saveReadingPosition(articleId, measureReadingPosition(paragraphsIn(selector)));
    };
    const onScroll = (): void => {
      if (timer === undefined) timer = window.setTimeout(save, SAVE_DELAY_MS);
    };
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      // Not a last save here: the article may already be gone from the page.
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [articleId, selector]);
}

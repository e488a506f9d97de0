import { useMemo, type KeyboardEvent, type MouseEvent, type FocusEvent, type Ref } from 'react';
import type { Article } from '../../engine/index.ts';
import { formatIsoDate, smartenPunctuation } from '../../lib/format.ts';
import { formatScore, itemLabel, otherSide, type Item, type Side, type UniqueSentence } from './compare-model.ts';
import { descriptionId, MarkedText } from './marked-text.tsx';
import { segmentSide } from './text-segments.ts';

interface CompareColumnProps {
  side: Side;
  article: Article;
  other: Article;
  items: readonly Item[];
  /** The sentences only this report has (tinted on request). */
  unique: readonly UniqueSentence[];
  selectedId: string | null;
  tintUnique: boolean;
  /** Hidden on narrow screens when the other report is shown. */
  shown: boolean;
  /**
   * Whether the text is rendered yet. On a narrow screen the report not shown (display: none)
   * waits for the first paint: nothing of it is on screen, and it was about half the marks of
   * the first render (issue #5).
   */
  withText: boolean;
  /** Whether the marks' hidden descriptions are rendered yet (they follow the first paint too). */
  withDescriptions: boolean;
  textSizeClass: string;
  scrollerRef: Ref<HTMLDivElement>;
  onSelect: (id: string, side: Side, mark: HTMLElement) => void;
}

function markOf(target: EventTarget): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark[data-item-id]') : null;
}

/**
 * Hovering or focusing a mark lights up every piece of its fact on both sides. Done on the DOM,
 * not in React state: a pointer crossing the text must not re-render the page.
 */
function lightUp(from: EventTarget, itemId: string | null): void {
  const page = from instanceof Element ? from.closest('[data-compare-page]') : null;
  if (page === null) return;
  for (const mark of page.querySelectorAll<HTMLElement>('mark[data-active]')) {
    if (mark.dataset['itemId'] !== itemId) delete mark.dataset['active'];
  }
  if (itemId === null) return;
  for (const mark of page.querySelectorAll<HTMLElement>('mark[data-item-id]')) {
    if (mark.dataset['itemId'] === itemId) mark.dataset['active'] = 'true';
  }
}

function describe(item: Item, other: Article, side: Side): string {
  const head = item.type === 'fact' ? `${itemLabel(item)}, ${item.kind}, ${formatScore(item.score ?? 0)} confidence.` : `${itemLabel(item)}, ${item.kind}: ${item.note ?? ''}.`;
  const wording = item.wording[otherSide(side)].map((text) => `“${text}”`).join(' … ');
  return `${head} ${other.outlet.name} wrote: ${wording}`;
}

/** One report: its header and its marked text, scrolling on its own on wide screens. */
export function CompareColumn(props: CompareColumnProps) {
  const { side, article, other, items, unique, selectedId, tintUnique, shown, withText, withDescriptions, textSizeClass, scrollerRef, onSelect } = props;
  const headingId = `compare-heading-${side}`;
  const title = article.headline ?? article.headlineDerived ?? article.outlet.name;
  // Cut here, in this column's own render, not in the page's: React can yield between the page and
  // each column, and a report whose text waits for the first paint is not cut before it.
  const paragraphs = useMemo(() => (withText ? segmentSide(article.text, items, unique, side) : []), [withText, article.text, items, unique, side]);

  // One set of handlers for every mark (delegation): the text renders no closures per mark.
  const select = (event: MouseEvent | KeyboardEvent): void => {
    const mark = markOf(event.target);
    const id = mark?.dataset['itemId'];
    if (mark === null || id === undefined) return;
    event.preventDefault();
    onSelect(id, side, mark);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') select(event);
  };
  const activate = (event: MouseEvent | FocusEvent): void => lightUp(event.currentTarget, markOf(event.target)?.dataset['itemId'] ?? null);

  return (
    <article
      data-side={side}
      lang="en"
      aria-labelledby={headingId}
      className={`compare-column flex min-w-0 flex-col rounded-2xl border border-line bg-surface ${shown ? '' : 'max-md:hidden'}`}
    >
      <header className="border-b border-line px-5 py-4">
        <p className="text-sm font-semibold uppercase tracking-wider text-muted">
          <span className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full border border-line text-xs" aria-hidden="true">
            {side.toUpperCase()}
          </span>
          <bdi>{article.outlet.name}</bdi>
        </p>
        <h2 id={headingId} dir="auto" className="mt-1 font-reading text-xl font-semibold leading-snug">
          {smartenPunctuation(title)}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {article.dateline.kind === 'updated' ? 'Updated ' : 'Published '}
          <time dateTime={article.publishedAt}>{formatIsoDate(article.publishedAt)}</time>
          {article.headline === null ? ' · title derived from the lede' : ''}
        </p>
      </header>
      <div
        ref={scrollerRef}
        role="region"
        aria-label={`${article.outlet.name}: the report`}
        tabIndex={0}
        className="compare-scroller relative px-5 py-4 md:h-[calc(100vh-12rem)] md:min-h-80 md:overflow-y-auto"
        onClick={select}
        onKeyDown={onKeyDown}
        onMouseOver={activate}
        onMouseLeave={(event) => lightUp(event.currentTarget, null)}
        onFocus={activate}
        onBlur={(event) => lightUp(event.currentTarget, null)}
      >
        <div className={`reading-body font-reading leading-[1.75] ${textSizeClass}`}>
          {withText ? <MarkedText side={side} text={smartenPunctuation(article.text)} paragraphs={paragraphs} selectedId={selectedId} tintUnique={tintUnique} /> : null}
        </div>
      </div>
      <div hidden>
        {withDescriptions
          ? items.map((item) => (
              <span key={item.id} id={descriptionId(side, item.id)}>
                {describe(item, other, side)}
              </span>
            ))
          : null}
      </div>
    </article>
  );
}

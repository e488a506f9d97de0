import type { Article } from '../../engine/index.ts';
import { formatScore, itemLabel, otherSide, type Item, type Side } from './compare-model.ts';

interface SelectionBarProps {
  item: Item | null;
  factCount: number;
  conflictCount: number;
  articles: Record<Side, Article>;
  shownSide: Side;
  onStep: (delta: 1 | -1) => void;
  onClear: () => void;
  onShowSide: (side: Side) => void;
}

const quote = (parts: readonly string[]): string => parts.map((part) => `“${part}”`).join(' … ');

/** What the screen reader hears when a fact is chosen: which one, and both wordings. */
export function announce(item: Item, factCount: number, conflictCount: number, articles: Record<Side, Article>): string {
  const of = item.type === 'fact' ? factCount : conflictCount;
  const head =
    item.type === 'fact'
      ? `${itemLabel(item)} of ${of}, ${item.kind}, ${formatScore(item.score ?? 0)} confidence.`
      : `${itemLabel(item)} of ${of}, ${item.kind}: ${item.note ?? ''}.`;
  return `${head} ${articles.a.outlet.name} wrote: ${quote(item.wording.a)}. ${articles.b.outlet.name} wrote: ${quote(item.wording.b)}.`;
}

const button =
  'rounded-lg border border-line bg-surface px-2.5 py-1 text-sm font-medium text-ink hover:bg-badge disabled:cursor-not-allowed disabled:opacity-60';

/** The current selection, with its neighbours a click away; also the page's live region. */
export function SelectionBar({ item, factCount, conflictCount, articles, shownSide, onStep, onClear, onShowSide }: SelectionBarProps) {
  const total = factCount + conflictCount;
  const other = otherSide(shownSide);
  return (
    <section aria-label="Selection" className="compare-selection-bar sticky top-0 z-10 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line bg-page/95 px-1 py-2 backdrop-blur">
      <p className="min-w-0 basis-full text-sm md:flex-1 md:basis-0" aria-live="polite" aria-atomic="true">
        {item === null ? (
          <span className="text-muted">{total === 0 ? 'Nothing to select.' : 'Choose a highlight, or press n for the next one and ? for every shortcut.'}</span>
        ) : (
          <>
            <strong className="font-semibold">
              {itemLabel(item)} of {item.type === 'fact' ? factCount : conflictCount}
            </strong>
            <span className="text-muted">
              {' · '}
              {item.kind}
              {item.score === null ? ` · ${item.note ?? ''}` : ` · ${formatScore(item.score)} confidence`}
            </span>
            <span className="sr-only"> {announce(item, factCount, conflictCount, articles).replace(/^[^.]*\.\s*/u, '')}</span>
          </>
        )}
      </p>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={button} onClick={() => onStep(-1)} disabled={total === 0} aria-keyshortcuts="p">
          ‹ Previous
        </button>
        <button type="button" className={button} onClick={() => onStep(1)} disabled={total === 0} aria-keyshortcuts="n">
          Next ›
        </button>
        {item === null ? null : (
          <>
            <button type="button" className={`${button} md:hidden`} onClick={() => onShowSide(other)}>
              See in {articles[other].outlet.short}
            </button>
            <button type="button" className={button} onClick={onClear} aria-keyshortcuts="Escape">
              Clear
            </button>
          </>
        )}
      </div>
    </section>
  );
}

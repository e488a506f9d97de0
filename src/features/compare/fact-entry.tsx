import { memo } from 'react';
import type { Article } from '../../engine/index.ts';
import { smartenPunctuation } from '../../lib/format.ts';
import { formatScore, itemLabel, SIDES, type Item, type Side } from './compare-model.ts';

interface FactEntryProps {
  item: Item;
  articles: Record<Side, Article>;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One fact or conflict in the summary: both outlets' wording side by side. */
export const FactEntry = memo(function FactEntry({ item, articles, selected, onSelect }: FactEntryProps) {
  const isFact = item.type === 'fact';
  return (
    <li
      aria-current={selected ? 'true' : undefined}
      data-summary-item={item.id}
      className="compare-entry rounded-xl border border-line bg-surface p-3 aria-[current=true]:border-accent aria-[current=true]:ring-2 aria-[current=true]:ring-accent"
      onClick={() => onSelect(item.id)}
    >
      <button type="button" className="flex w-full flex-wrap items-center gap-2 rounded text-left text-sm font-semibold" onClick={() => onSelect(item.id)}>
        <span aria-hidden="true" className={`compare-badge ${isFact ? 'compare-badge-fact' : 'compare-badge-conflict'}`}>
          {isFact ? item.number : `≠${item.number}`}
        </span>
        <span>{itemLabel(item)}</span>
        <span className="font-normal text-muted">
          {item.kind}
          {item.score === null ? '' : ` · ${formatScore(item.score)}`}
        </span>
      </button>
      {item.note === null ? null : <p className="mt-1 text-sm text-ink">{item.note}</p>}
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        {SIDES.map((side) => (
          <div key={side} className="min-w-0">
            <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{articles[side].outlet.name}</dt>
            <dd className="mt-0.5 font-reading text-[0.95rem] leading-snug">
              {item.wording[side].map((text, index) => (
                <span key={index} className="block">
                  “{smartenPunctuation(text)}”
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
});

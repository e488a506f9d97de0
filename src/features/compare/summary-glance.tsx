import { memo } from 'react';
import { ShareMeter } from '../../components/ui/share-meter.tsx';
import type { Article } from '../../engine/index.ts';
import { SIDES, type CompareModel, type Side } from './compare-model.ts';

interface SummaryGlanceProps {
  model: CompareModel;
  articles: Record<Side, Article>;
  status: 'pending' | 'error' | 'success';
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** At a glance: how many facts they share, how many conflict, how much of each is shared. */
export const SummaryGlance = memo(function SummaryGlance({ model, articles, status }: SummaryGlanceProps) {
  return (
    <section aria-labelledby="compare-glance" className="rounded-2xl border border-line bg-surface p-4">
      <h2 id="compare-glance" className="sr-only">
        At a glance
      </h2>
      <div className="grid gap-4 md:grid-cols-[auto_1fr_1fr] md:items-center md:gap-8">
        <p className="text-lg" data-testid="compare-counts">
          {status === 'pending' ? (
            <span className="text-muted">Finding shared facts…</span>
          ) : status === 'error' ? (
            // Not "0 shared facts": nothing was compared, so nothing can be counted.
            <span className="text-muted">Shared facts unavailable</span>
          ) : (
            <>
              <strong className="font-semibold">{plural(model.facts.length, 'shared fact', 'shared facts')}</strong>
              <span aria-hidden="true"> · </span>
              <strong className="font-semibold">{plural(model.conflicts.length, 'conflict', 'conflicts')}</strong>
              {model.hiddenFactCount > 0 ? <span className="block text-sm text-muted">{model.hiddenFactCount} more below the minimum confidence</span> : null}
            </>
          )}
        </p>
        {SIDES.map((side) => {
          const { sentenceCount, sharedSentenceCount } = model.sides[side];
          return (
            <ShareMeter
              key={side}
              label={articles[side].outlet.name}
              value={sentenceCount === 0 ? 0 : sharedSentenceCount / sentenceCount}
              detail={`${sharedSentenceCount} of ${sentenceCount} sentences shared`}
            />
          );
        })}
      </div>
    </section>
  );
});

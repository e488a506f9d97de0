import type { Article } from '../../engine/index.ts';
import { FactEntry } from './fact-entry.tsx';
import { SIDES, type CompareModel, type Side } from './compare-model.ts';
import { UniqueList } from './unique-list.tsx';

interface SummaryPanelProps {
  model: CompareModel;
  articles: Record<Side, Article>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onShowUnique: (side: Side, sentenceId: string) => void;
  /** Whether the "Only in" lists are rendered yet: they follow the facts a paint later (issue #5). */
  withUnique: boolean;
}

/** In depth: every shared fact and conflict with both wordings, and what each report alone tells. */
export function SummaryPanel({ model, articles, selectedId, onSelect, onShowUnique, withUnique }: SummaryPanelProps) {
  return (
    <section aria-labelledby="compare-details" className="compare-details mt-8 space-y-8">
      <h2 id="compare-details" className="font-reading text-2xl font-semibold">
        In detail
      </h2>
      <section aria-labelledby="shared-facts">
        <h3 id="shared-facts" className="text-base font-semibold">
          Shared facts <span className="font-normal text-muted">({model.facts.length})</span>
        </h3>
        {model.facts.length === 0 ? (
          <p className="mt-2 text-sm text-muted">
            {model.hiddenFactCount > 0 ? 'Every shared fact is below the minimum confidence.' : 'The two reports share no fact the engine could find.'}
          </p>
        ) : (
          <ol className="mt-2 space-y-3">
            {model.facts.map((item) => (
              <FactEntry key={item.id} item={item} articles={articles} selected={item.id === selectedId} onSelect={onSelect} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="conflicts">
        <h3 id="conflicts" className="text-base font-semibold">
          Conflicts <span className="font-normal text-muted">({model.conflicts.length})</span>
        </h3>
        {model.conflicts.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No number, date or name differs between the two reports.</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {model.conflicts.map((item) => (
              <FactEntry key={item.id} item={item} articles={articles} selected={item.id === selectedId} onSelect={onSelect} />
            ))}
          </ol>
        )}
      </section>
      {withUnique ? (
        <div className="grid gap-6 md:grid-cols-2">
          {SIDES.map((side) => (
            <UniqueList key={side} side={side} article={articles[side]} sentences={model.sides[side].unique} onShow={onShowUnique} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

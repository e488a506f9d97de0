import type { ComparisonData } from '../../engine/index.ts';
import { formatScore, type Item } from './compare-model.ts';

interface HiddenFactNoticeProps {
  wantedId: string | null;
  selected: Item | null;
  comparison: ComparisonData | null;
  onShow: (minScore: number) => void;
}

/** A linked fact that the reader's strictness hides is explained, not silently dropped. */
export function HiddenFactNotice({ wantedId, selected, comparison, onShow }: HiddenFactNoticeProps) {
  if (wantedId === null || selected !== null || comparison === null) return null;
  const fact = comparison.facts.find((candidate) => candidate.id === wantedId);
  if (fact === undefined) {
    return <p className="rounded-xl border border-line bg-surface p-3 text-sm">The linked fact (“{wantedId}”) is not part of this comparison.</p>;
  }
  const minScore = Math.floor(fact.score * 20) / 20;
  return (
    <p className="rounded-xl border border-line bg-surface p-3 text-sm">
      The linked fact has {formatScore(fact.score)} confidence, below your minimum.{' '}
      <button type="button" className="font-medium text-accent underline underline-offset-4" onClick={() => onShow(minScore)}>
        Lower the minimum to {formatScore(minScore)}
      </button>
    </p>
  );
}

import { memo } from 'react';
import type { Article } from '../../engine/index.ts';
import { smartenPunctuation } from '../../lib/format.ts';
import { truncate, type Side, type UniqueSentence } from './compare-model.ts';

interface UniqueListProps {
  side: Side;
  article: Article;
  sentences: readonly UniqueSentence[];
  onShow: (side: Side, sentenceId: string) => void;
}

/** “Only in CNN”: the sentences no highlight touches, each a way to its place in the text. */
export const UniqueList = memo(function UniqueList({ side, article, sentences, onShow }: UniqueListProps) {
  const headingId = `only-in-${side}`;
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h3 id={headingId} className="text-base font-semibold">
        Only in {article.outlet.name} <span className="font-normal text-muted">({sentences.length})</span>
      </h3>
      {sentences.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Every sentence of this report shares something with the other.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {sentences.map((sentence) => (
            <li key={sentence.id}>
              <button
                type="button"
                className="w-full rounded-lg border border-dashed border-line px-3 py-2 text-left font-reading text-[0.95rem] leading-snug hover:bg-badge"
                onClick={() => onShow(side, sentence.id)}
              >
                {truncate(smartenPunctuation(sentence.text), 200)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

import { memo } from 'react';
import { formatScore, itemLabel, type Side } from './compare-model.ts';
import type { ParagraphPieces, Piece } from './text-segments.ts';

interface MarkedTextProps {
  side: Side;
  /** The article's text with typographic punctuation (same offsets as the stored text). */
  text: string;
  paragraphs: readonly ParagraphPieces[];
  selectedId: string | null;
  tintUnique: boolean;
}

export const descriptionId = (side: Side, itemId: string): string => `compare-${side}-desc-${itemId}`;

// Memoised: choosing a fact re-renders only the pieces whose selection changed.
const MarkedPiece = memo(function MarkedPiece({ side, text, piece, selected }: { side: Side; text: string; piece: Piece; selected: boolean }) {
  const { item } = piece;
  const slice = text.slice(piece.start, piece.end);
  if (item === null) return <>{slice}</>;
  const isFact = item.type === 'fact';
  const tip = `${itemLabel(item)} · ${item.kind}${item.score === null ? '' : ` · ${formatScore(item.score)}`}`;
  return (
    <mark
      data-fact-id={isFact ? item.id : undefined}
      data-conflict-id={isFact ? undefined : item.id}
      data-item-id={item.id}
      data-kind={item.kind}
      data-tip={tip}
      role="button"
      tabIndex={0}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={descriptionId(side, item.id)}
      className={isFact ? 'compare-mark compare-fact' : 'compare-mark compare-conflict'}
    >
      {piece.numbered ? (
        <span aria-hidden="true" className="compare-mark-number">
          {isFact ? item.number : `≠${item.number}`}
        </span>
      ) : null}
      {slice}
    </mark>
  );
});

/**
 * One report's text as React nodes: paragraphs, and in them flat runs of plain text, marks
 * and (on demand) tinted sentences only this report has. Never inner HTML.
 */
export const MarkedText = memo(function MarkedText({ side, text, paragraphs, selectedId, tintUnique }: MarkedTextProps) {
  return (
    <>
      {paragraphs.map((paragraph) => (
        // Each paragraph takes its direction from its own text (a right-to-left report reads right).
        <p key={paragraph.start} dir="auto" className="mb-[1.1em]">
          {paragraph.pieces.map((piece) => {
            const node = (
              <MarkedPiece
                key={piece.start}
                side={side}
                text={text}
                piece={piece}
                selected={piece.item !== null && piece.item.id === selectedId}
              />
            );
            if (piece.uniqueId === null) return node;
            return (
              <span key={piece.start} data-unique-id={piece.uniqueId} className={tintUnique ? 'compare-unique compare-unique-tint' : 'compare-unique'}>
                {node}
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
});

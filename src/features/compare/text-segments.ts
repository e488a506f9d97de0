import type { Item, Side, Span, UniqueSentence } from './compare-model.ts';

/** A run of text under one highlight (or none), as one element renders it. */
export interface Piece extends Span {
  item: Item | null;
  /** The first piece of a span: where the fact's number is shown. */
  numbered: boolean;
  /** The sentence only this report has, when the piece lies in one. */
  uniqueId: string | null;
}

export interface ParagraphPieces extends Span {
  pieces: Piece[];
}

interface Covering {
  item: Item;
  span: Span;
}

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', start)) {
    spans.push({ start, end: at });
    start = at + 2;
  }
  spans.push({ start, end: text.length });
  return spans.filter((span) => span.end > span.start);
}

/** The innermost highlight wins: a conflict inside a fact shows as the conflict. */
function innermost(coverings: readonly Covering[], from: number, to: number): Covering | null {
  let best: Covering | null = null;
  for (const covering of coverings) {
    if (covering.span.start > from || covering.span.end < to) continue;
    const length = covering.span.end - covering.span.start;
    const bestLength = best === null ? Number.POSITIVE_INFINITY : best.span.end - best.span.start;
    if (length < bestLength || (length === bestLength && best?.item.type === 'fact' && covering.item.type === 'conflict')) best = covering;
  }
  return best;
}

/**
 * Cut one side's text into paragraphs and flat, non-overlapping pieces. Spans may overlap or
 * nest; flattening them keeps every mark a sibling of the next, so no interactive element
 * ever sits inside another.
 */
export function segmentSide(text: string, items: readonly Item[], unique: readonly UniqueSentence[], side: Side): ParagraphPieces[] {
  const coverings: Covering[] = items.flatMap((item) => item.spans[side].map((span) => ({ item, span })));
  const cuts = new Set<number>();
  for (const { span } of coverings) cuts.add(span.start).add(span.end);
  for (const sentence of unique) cuts.add(sentence.start).add(sentence.end);
  const sortedCuts = [...cuts].sort((x, y) => x - y);

  return paragraphSpans(text).map((paragraph) => {
    const points = [paragraph.start, ...sortedCuts.filter((cut) => cut > paragraph.start && cut < paragraph.end), paragraph.end];
    const pieces: (Piece & { span: Span | null })[] = [];
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? 0;
      const to = points[index + 1] ?? from;
      if (to <= from) continue;
      const covering = innermost(coverings, from, to);
      const uniqueId = unique.find((sentence) => sentence.start <= from && sentence.end >= to)?.id ?? null;
      const previous = pieces.at(-1);
      if (previous !== undefined && previous.span === (covering?.span ?? null) && previous.uniqueId === uniqueId && previous.end === from) {
        previous.end = to;
        continue;
      }
      const numbered = covering !== null && (covering.span.start === from || from === paragraph.start) && !pieces.some((piece) => piece.span === covering.span);
      pieces.push({ start: from, end: to, item: covering?.item ?? null, numbered, uniqueId, span: covering?.span ?? null });
    }
    return { ...paragraph, pieces: pieces.map(({ start, end, item, numbered, uniqueId }) => ({ start, end, item, numbered, uniqueId })) };
  });
}

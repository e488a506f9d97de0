import type { CharRange } from '../text/ranges.ts';
import { figuresOf, figuresStartingIn, ofOneKind } from './different-amounts.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import type { FactDraft } from './select.ts';

// A piece of a fact's highlight that holds an amount the other report gives otherwise (decision
// 004, round 23p): `Santa Aurora University Hospital in Porto | 13-hour operation that began early
// on Wednesday` / `operation at Santa Aurora University Hospital in Porto on Wednesday that lasted
// about 10 hours`. The two reports disagree on the length; the shared fact is the place.

/**
 * The figures that lie inside `ranges`. Matched or not: the pairing may match two figures that
 * differ (`13-` / `about 10`) as one point of a figure fact.
 */
const figuresIn = (text: string, ranges: readonly CharRange[]): Quantity[] => {
  const figures = figuresOf(text);
  // A figure inside a range starts at or after its start and no later than its end.
  return figuresStartingIn(text, ranges.map((range) => ({ from: range.start, to: range.end + 1 })))
    .map((k) => figures[k] as Quantity)
    .filter((q) => ranges.some((range) => q.start >= range.start && q.end <= range.end));
};

/**
 * Two figures of one kind whose ranges do not meet (`13-hour` / `about 10 hours`), each widened by
 * half its last digit (`14%` may be `14.2%`, `13-km` may be `13.1km`). Stricter than
 * `quantitiesAgree`, which lets two readings of a length or a count pass within a wide margin.
 */
const apart = (x: Quantity, y: Quantity): boolean => {
  if (!ofOneKind(x, y)) return false;
  const margin = Math.max(x.resolution, y.resolution) / 2;
  return x.high + margin < y.low || y.high + margin < x.low;
};
/** Two figures that may be one: they agree and are not `apart`. */
const meet = (x: Quantity, y: Quantity): boolean => quantitiesAgree(x, y) && !apart(x, y);

/** Whether `q` has on the other side a figure of one kind it cannot be, and none there it may be. */
const contradicted = (q: Quantity, others: readonly Quantity[]): boolean => others.some((y) => apart(q, y)) && !others.some((y) => meet(q, y));

/**
 * One side's pieces, less a piece that is not the first, holds a figure the other side's pieces
 * contradict (`contradicted`), and none they may share (`meet`). The first piece always stays.
 */
function withoutOtherAmounts(text: string, ranges: readonly CharRange[], others: readonly Quantity[]): CharRange[] {
  if (ranges.length < 2 || others.length === 0) return [...ranges];
  return ranges.filter((range, index) => {
    if (index === 0) return true;
    const own = figuresIn(text, [range]);
    return own.length === 0 || !own.some((q) => contradicted(q, others)) || own.some((q) => others.some((y) => meet(q, y)));
  });
}

/** Each fact with the pieces of its highlight that give an amount the other report contradicts removed. */
export function apartFromOtherAmounts(facts: readonly FactDraft[], texts: { a: string; b: string }): FactDraft[] {
  return facts.map((fact) => {
    if (fact.a.length < 2 && fact.b.length < 2) return fact;
    const a = withoutOtherAmounts(texts.a, fact.a, figuresIn(texts.b, fact.b));
    const b = withoutOtherAmounts(texts.b, fact.b, figuresIn(texts.a, fact.a));
    return a.length === fact.a.length && b.length === fact.b.length ? fact : { ...fact, a, b };
  });
}

import { describe, expect, it } from 'vitest';
import { apartFromOtherAmounts } from '../../../src/engine/overlap/fact-amounts.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { charRange } from '../../../src/engine/text/ranges.ts';

/**
 * Round 23p (decision 004): a piece of a fact's highlight, not its first, that gives an amount the
 * other report gives otherwise is dropped; one whose amount the other may share (a rounded
 * figure) stays.
 */
const at = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(part);
  return charRange(start, start + part.length);
};
const fact = (a: ReturnType<typeof charRange>[], b: ReturnType<typeof charRange>[]): FactDraft => ({ a, b, kind: 'number', strength: 2, score: 0.9, points: [] });

describe('a piece of a highlight that gives another amount', () => {
  const A = 'Surgeons at Saint Clare Hospital in Leeds carried out the repair on Friday, in an operation that lasted about 6 hours.';
  const B = 'The team at Saint Clare Hospital in Leeds said the work went well. The 9-hour procedure began early on Friday.';
  it('is dropped when the other report gives a length it cannot be', () => {
    const draft = fact([at(A, 'Saint Clare Hospital in Leeds carried out the repair on Friday, in an operation that lasted about 6 hours')], [at(B, 'Saint Clare Hospital in Leeds'), at(B, '9-hour procedure began early on Friday')]);
    const [kept] = apartFromOtherAmounts([draft], { a: A, b: B });
    expect(kept?.b.map((range) => B.slice(range.start, range.end))).toEqual(['Saint Clare Hospital in Leeds']);
    expect(kept?.a).toEqual(draft.a);
  });
  it('stays when the two amounts may be one rounded', () => {
    const C = 'Rents were 6.1% higher, with a 14% jump in the cost of parking.';
    const D = 'Rents rose by 6.1% over the year, with parking up 14.2%.';
    const draft = fact([at(C, 'Rents were 6.1%'), at(C, '14% jump in the cost of parking')], [at(D, 'Rents rose by 6.1% over the year, with parking up 14.2%')]);
    expect(apartFromOtherAmounts([draft], { a: C, b: D })[0]).toBe(draft);
  });
});

import { describe, expect, it } from 'vitest';
import { AWAY, BRANDS_A, BRANDS_B, BRANDS_FACT, draftAt, ELSEWHERE, facts, FINAL_A, FINAL_B, FIRM, kept, sidesOf } from './draft-context-cases.ts';

/**
 * Round 19q (decision 004): a draft the rules refuse that holds a fact's parts, in two sentences
 * that are each other's best counterpart, is kept with no fact beside it, once a fact stands
 * within a few sentences of it in the two reports (session 16: within `NEAR`, five, not anywhere).
 */

describe('a refused draft in two sentences each other’s best counterpart', () => {
  it('is a fact with no fact beside it, when one stands a few sentences away', () => {
    expect(facts([FINAL_A, ...AWAY, BRANDS_A], [FINAL_B, ...ELSEWHERE, BRANDS_B])).toContain(BRANDS_FACT);
  });
});

describe('the rule as withContextOfDrafts reads it', () => {
  it('keeps it in a mutually best pair within five sentences of the fact that stands, in both reports', () => {
    expect(kept([draftAt(4, 7, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, true]);
    expect(kept([draftAt(14, 17, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, true]);
  });

  it('keeps nothing when the fact that stands is farther in either report', () => {
    expect(kept([draftAt(3, 7, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, false]);
    expect(kept([draftAt(4, 18, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, false]);
  });

  it('keeps nothing when no fact stands (a weak one does not)', () => {
    expect(kept([draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([false]);
    expect(kept([draftAt(8, 11, 0.3, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2], [8, 11, 1]]))).toEqual([false, false]);
  });

  it('still asks two facts beside a pair best on one side only, and admits nothing in a pair the rules draw from', () => {
    expect(kept([draftAt(8, 11, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 1]]))).toEqual([true, false]);
    expect(kept([draftAt(8, 11, FIRM, true), draftAt(9, 12, FIRM, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, true, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { AWAY, BRANDS_A, BRANDS_B, BRANDS_FACT, draftAt, ELSEWHERE, facts, FINAL_A, FINAL_B, FIRM, kept, PARADE_A, PARADE_B, sidesOf } from './draft-context-cases.ts';

/** Round 16r (decision 004): a draft the rules refuse, read against where the two reports run side by side. */

describe('a refused draft where the two reports run side by side', () => {
  it('is a fact between two facts told in the same order', () => {
    // `kept both brands` / `brands would be kept` is short of the thresholds' strength, and the two
    // sentences share too little more for a strongly aligned pair; the sentences around them tell the same things.
    expect(facts([FINAL_A, BRANDS_A, PARADE_A], [FINAL_B, BRANDS_B, PARADE_B])).toContain(BRANDS_FACT);
  });

  it('is no fact where no fact stands: three words two sentences share by themselves', () => {
    // Round 19q: two sentences each other's best counterpart need no fact beside them, only one
    // that stands within a few sentences (round19q.test.ts); with none, nothing vouches.
    expect(facts([...AWAY, BRANDS_A], [...ELSEWHERE, BRANDS_B])).not.toContain(BRANDS_FACT);
    expect(facts([FINAL_A, BRANDS_A, PARADE_A], [FINAL_B, BRANDS_B, PARADE_B])).toContain(BRANDS_FACT);
  });
});

describe('where the reports run side by side', () => {
  it('is two sentences each other’s best counterpart, with a fact that stands on its own near them (round 19q; beside them is near)', () => {
    const sides = sidesOf([[3, 4, 2], [2, 3, 1]]);
    expect(kept([draftAt(2, 3, FIRM, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([true, true]);
    // A weak fact beside it does not vouch.
    expect(kept([draftAt(2, 3, 0.3, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([false, false]);
  });

  it('is two such facts beside it, the same way in both reports, for a pair best on one side only', () => {
    const sides = sidesOf([[3, 4, 1]]);
    expect(kept([draftAt(2, 3, FIRM, true), draftAt(3, 4, 0.3, false), draftAt(4, 5, FIRM, true)], sides)).toEqual([true, true, true]);
    expect(kept([draftAt(2, 3, FIRM, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([true, false]);
    // One report forward, the other back: not side by side.
    expect(kept([draftAt(2, 5, FIRM, true), draftAt(3, 4, 0.3, false), draftAt(4, 3, FIRM, true)], sides)).toEqual([true, false, true]);
  });

  it('is never a pair best on no side, whatever stands around it', () => {
    const sides = sidesOf([[3, 4, 0]]);
    expect(kept([draftAt(2, 3, FIRM, true), draftAt(3, 4, 0.3, false), draftAt(4, 5, FIRM, true)], sides)).toEqual([true, false, true]);
  });

  it('is no reason to add to a pair the rules already draw a fact from: the rest is its context (round 13r)', () => {
    expect(kept([draftAt(2, 3, FIRM, true), draftAt(3, 4, FIRM, true), draftAt(3, 4, 0.3, false)], sidesOf([[3, 4, 2]]))).toEqual([true, true, false]);
  });

  it('admits only a draft that holds a fact’s parts', () => {
    const bare = { ...draftAt(3, 4, 0.3, false), factsParts: false };
    expect(kept([draftAt(2, 3, FIRM, true), bare, draftAt(4, 5, FIRM, true)], sidesOf([[3, 4, 2]]))).toEqual([true, false, true]);
  });
});

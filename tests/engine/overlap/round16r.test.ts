import { describe, expect, it } from 'vitest';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import type { FactCandidate } from '../../../src/engine/overlap/compare-gather.ts';
import { WEAK_CONFIDENCE, withContextOfDrafts } from '../../../src/engine/overlap/draft-context.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 16r (decision 004): a draft the rules refuse, read against where the two reports run side by side. */
const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const BRANDS_A = 'The side kept both brands.';
const PARADE_A = 'The club will hold a victory parade through Tarrel on Tuesday.';

const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
const BRANDS_B = 'Both brands would be kept, the side said.';
const PARADE_B = 'Thousands are expected at a victory parade through Tarrel on Tuesday.';

describe('a refused draft where the two reports run side by side', () => {
  it('is a fact between two facts told in the same order', () => {
    // `kept both brands` / `brands would be kept` is short of the thresholds' strength, and the two
    // sentences share too little more for a strongly aligned pair; the sentences around them tell the same things.
    expect(facts([FINAL_A, BRANDS_A, PARADE_A], [FINAL_B, BRANDS_B, PARADE_B])).toContain('kept both brands | brands would be kept');
  });

  it('is no fact where no fact stands: three words two sentences share by themselves', () => {
    // Round 19q: two sentences each other's best counterpart need no fact beside them, only one
    // that stands somewhere in the two reports (round19q.test.ts); with none, nothing vouches.
    const away = ['Rain had fallen over the northern valleys for most of the week.', 'Ticket prices rose sharply before the season began.'];
    const elsewhere = ['Local bakeries reported record sales of pastries.'];
    expect(facts([...away, BRANDS_A], [...elsewhere, BRANDS_B])).not.toContain('kept both brands | brands would be kept');
    expect(facts([FINAL_A, BRANDS_A, PARADE_A], [FINAL_B, BRANDS_B, PARADE_B])).toContain('kept both brands | brands would be kept');
  });
});

describe('where the reports run side by side', () => {
  // Drafts reduced to what the rule reads: where they stand, how strong they are, what the rules say.
  const draftAt = (regionA: number, regionB: number, score: number, rules: boolean): FactCandidate => ({
    draft: { a: [], b: [], kind: 'paraphrase', strength: 0, score, points: [], stretch: { regionA, regionB, matches: [] } as unknown as ClauseAlignment },
    features: [],
    rules,
    substantive: true,
    filtered: false,
    ...(rules ? {} : { factsParts: true }),
  });
  const REGIONS_B = 10;
  const sidesOf = (entries: [number, number, number][]): Map<number, number> => new Map(entries.map(([a, b, sides]) => [a * REGIONS_B + b, sides]));
  const kept = (candidates: FactCandidate[], sides: Map<number, number>): boolean[] => withContextOfDrafts(candidates, sides, REGIONS_B).map(({ rules }) => rules);
  const firm = WEAK_CONFIDENCE + 0.1;

  it('is two sentences each other’s best counterpart, with a fact that stands on its own beside them', () => {
    const sides = sidesOf([[3, 4, 2], [2, 3, 1]]);
    expect(kept([draftAt(2, 3, firm, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([true, true]);
    // A weak fact beside it does not vouch.
    expect(kept([draftAt(2, 3, 0.3, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([false, false]);
  });

  it('is two such facts beside it, the same way in both reports, for a pair best on one side only', () => {
    const sides = sidesOf([[3, 4, 1]]);
    expect(kept([draftAt(2, 3, firm, true), draftAt(3, 4, 0.3, false), draftAt(4, 5, firm, true)], sides)).toEqual([true, true, true]);
    expect(kept([draftAt(2, 3, firm, true), draftAt(3, 4, 0.3, false)], sides)).toEqual([true, false]);
    // One report forward, the other back: not side by side.
    expect(kept([draftAt(2, 5, firm, true), draftAt(3, 4, 0.3, false), draftAt(4, 3, firm, true)], sides)).toEqual([true, false, true]);
  });

  it('is never a pair best on no side, whatever stands around it', () => {
    const sides = sidesOf([[3, 4, 0]]);
    expect(kept([draftAt(2, 3, firm, true), draftAt(3, 4, 0.3, false), draftAt(4, 5, firm, true)], sides)).toEqual([true, false, true]);
  });

  it('is no reason to add to a pair the rules already draw a fact from: the rest is its context (round 13r)', () => {
    expect(kept([draftAt(2, 3, firm, true), draftAt(3, 4, firm, true), draftAt(3, 4, 0.3, false)], sidesOf([[3, 4, 2]]))).toEqual([true, true, false]);
  });

  it('admits only a draft that holds a fact’s parts', () => {
    const bare = { ...draftAt(3, 4, 0.3, false), factsParts: false };
    expect(kept([draftAt(2, 3, firm, true), bare, draftAt(4, 5, firm, true)], sidesOf([[3, 4, 2]]))).toEqual([true, false, true]);
  });
});

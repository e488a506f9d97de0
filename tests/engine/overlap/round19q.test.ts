import { describe, expect, it } from 'vitest';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import type { FactCandidate } from '../../../src/engine/overlap/compare-gather.ts';
import { WEAK_CONFIDENCE, withContextOfDrafts } from '../../../src/engine/overlap/draft-context.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * Round 19q (decision 004): a draft the rules refuse that holds a fact's parts, in two sentences
 * that are each other's best counterpart, is kept with no fact beside it, once a fact stands
 * anywhere in the two reports.
 */
const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const BRANDS_A = 'The side kept both brands.';
const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
const BRANDS_B = 'Both brands would be kept, the side said.';

describe('a refused draft in two sentences each other’s best counterpart', () => {
  it('is a fact with no fact beside it, when one stands elsewhere in the two reports', () => {
    const away = ['Rain had fallen over the northern valleys for most of the week.', 'Ticket prices rose sharply before the season began.'];
    const elsewhere = ['Local bakeries reported record sales of pastries.'];
    expect(facts([FINAL_A, ...away, BRANDS_A], [FINAL_B, ...elsewhere, BRANDS_B])).toContain('kept both brands | brands would be kept');
  });
});

describe('the rule as withContextOfDrafts reads it', () => {
  const draftAt = (regionA: number, regionB: number, score: number, rules: boolean): FactCandidate => ({
    draft: { a: [], b: [], kind: 'paraphrase', strength: 0, score, points: [], stretch: { regionA, regionB, matches: [] } as unknown as ClauseAlignment },
    features: [],
    rules,
    substantive: true,
    filtered: false,
    ...(rules ? {} : { factsParts: true }),
  });
  const REGIONS_B = 20;
  const sidesOf = (entries: [number, number, number][]): Map<number, number> => new Map(entries.map(([a, b, sides]) => [a * REGIONS_B + b, sides]));
  const kept = (candidates: FactCandidate[], sides: Map<number, number>): boolean[] => withContextOfDrafts(candidates, sides, REGIONS_B).map(({ rules }) => rules);
  const firm = WEAK_CONFIDENCE + 0.1;

  it('keeps it in a mutually best pair far from the fact that stands', () => {
    expect(kept([draftAt(1, 1, firm, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, true]);
  });

  it('keeps nothing when no fact stands anywhere (a weak one does not)', () => {
    expect(kept([draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([false]);
    expect(kept([draftAt(1, 1, 0.3, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2], [1, 1, 1]]))).toEqual([false, false]);
  });

  it('still asks two facts beside a pair best on one side only, and admits nothing in a pair the rules draw from', () => {
    expect(kept([draftAt(1, 1, firm, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 1]]))).toEqual([true, false]);
    expect(kept([draftAt(1, 1, firm, true), draftAt(9, 12, firm, true), draftAt(9, 12, 0.3, false)], sidesOf([[9, 12, 2]]))).toEqual([true, true, false]);
  });
});

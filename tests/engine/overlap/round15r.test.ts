import { describe, expect, it } from 'vitest';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import type { FactCandidate } from '../../../src/engine/overlap/compare-gather.ts';
import { WEAK_CONFIDENCE, withoutLoneWeakDrafts } from '../../../src/engine/overlap/draft-context.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 15r (decision 004): a weak draft read against what the rest of the two reports align on. Invented pairs, one event. */
const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const GOALS_A = 'Striker Paulo Nunes scored twice in the second half.';
const PARADE_A = 'The club will hold a victory parade through Tarrel on Tuesday.';
const OWNERS_A = 'Its owners, who will join thousands at the victory parade through Tarrel on Tuesday, also plan to buy electric vehicles for the training staff.';
const REPORT_A = [FINAL_A, GOALS_A, PARADE_A, OWNERS_A];

const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
const GOALS_B = 'Paulo Nunes struck twice after half-time to settle the match.';
const PARADE_B = 'Thousands are expected at a victory parade through Tarrel on Tuesday.';
const SALES_B = 'Sales of electric vehicles in Verania rose sharply after Ferrovia beat Castelo in the cup final, a ministry spokesman said, as training centres opened.';

describe('a weak draft where the two reports do not run side by side', () => {
  it('is no fact: a phrase two sentences about other things share', () => {
    // `electric vehicles` passes the thresholds (one more word, `training`, beside it), but each
    // sentence tells its own story with another sentence of the other report, and no sentence
    // pair beside it holds a fact.
    const found = facts(REPORT_A, [FINAL_B, SALES_B, GOALS_B, PARADE_B]);
    expect(found).not.toContain('electric vehicles | electric vehicles');
    expect(found).toContain('Paulo Nunes scored twice in the second half | Paulo Nunes struck twice');
  });

  it('is no fact when only one of its sentences has the other as its best counterpart', () => {
    // A's sentence shares most with B's sales sentence (`a spokesman said` too); B's shares most with A's first.
    const found = facts([FINAL_A, GOALS_A, PARADE_A, OWNERS_A.replace('training staff.', 'training staff, a spokesman said.')], [FINAL_B, SALES_B, GOALS_B, PARADE_B]);
    expect(found).not.toContain('electric vehicles | electric vehicles');
  });

  it('is a fact when it holds a figure both give: a figure is a fact of its own', () => {
    const found = facts([FINAL_A, GOALS_A, PARADE_A, OWNERS_A.replace('buy electric', 'buy 40 electric')], [FINAL_B, SALES_B.replace('Sales of electric vehicles', 'Sales of 40 electric vehicles a month'), GOALS_B, PARADE_B]);
    expect(found).toContain('40 electric vehicles | 40 electric vehicles');
  });

  it('is a fact when it is not weak: three words said alike are more than a phrase', () => {
    const found = facts([FINAL_A, GOALS_A, PARADE_A, OWNERS_A.replace('buy electric vehicles', 'buy electric delivery vehicles')], [FINAL_B, SALES_B.replace('Sales of electric vehicles', 'Sales of electric delivery vehicles'), GOALS_B, PARADE_B]);
    expect(found).toContain('electric delivery vehicles | electric delivery vehicles');
  });

  it('is a fact where the sentences before it tell the same thing', () => {
    const found = facts(REPORT_A, [FINAL_B, GOALS_B, PARADE_B, SALES_B]);
    expect(found).toContain('electric vehicles | electric vehicles');
  });
});

describe('what vouches for a weak draft', () => {
  // Drafts the rules keep, reduced to what the rule reads: where they stand and how strong they are.
  const draftAt = (regionA: number, regionB: number, score: number): FactCandidate =>
    ({
      draft: { a: [], b: [], kind: 'paraphrase', strength: 0, score, points: [], stretch: { regionA, regionB, matches: [] } as unknown as ClauseAlignment },
      features: [],
      rules: true,
      substantive: true,
      filtered: false,
    });
  const kept = (candidates: FactCandidate[]): boolean[] => withoutLoneWeakDrafts(candidates, new Map(), 10).map(({ rules }) => rules);
  const weak = WEAK_CONFIDENCE - 0.1;

  it('is a draft beside it that stands on its own, not another weak one', () => {
    expect(kept([draftAt(2, 0, weak), draftAt(3, 1, weak)])).toEqual([false, false]);
    expect(kept([draftAt(2, 0, WEAK_CONFIDENCE), draftAt(3, 1, weak)])).toEqual([true, true]);
  });
});

import { describe, expect, it } from 'vitest';
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

  it('is a fact where the sentences before it tell the same thing', () => {
    const found = facts(REPORT_A, [FINAL_B, GOALS_B, PARADE_B, SALES_B]);
    expect(found).toContain('electric vehicles | electric vehicles');
  });
});

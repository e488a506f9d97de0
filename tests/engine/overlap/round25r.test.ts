import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 25r (decision 004): missed shared facts on fresh text. Invented pairs, one event (round 15r's frame). */
const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const GOALS_A = 'Striker Paulo Nunes scored twice in the second half.';
const PARADE_A = 'The club will hold a victory parade through Tarrel on Tuesday.';
const OWNERS_A = 'Its owners, who will join thousands at the victory parade through Tarrel on Tuesday, called the new cup format “bold and overdue” before the training session.';

const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
const GOALS_B = 'Paulo Nunes struck twice after half-time to settle the match.';
const PARADE_B = 'Thousands are expected at a victory parade through Tarrel on Tuesday.';
const SALES_B = 'Ticket sales in Verania rose sharply after Ferrovia beat Castelo in the cup final, a ministry spokesman said, calling the stadium plan “bold and overdue” as training centres opened.';

describe('a whole quotation both reports give, word for word, stands on its own', () => {
  it('is a fact where the two reports do not run side by side', () => {
    const found = facts([FINAL_A, GOALS_A, PARADE_A, OWNERS_A], [FINAL_B, SALES_B, GOALS_B, PARADE_B]);
    expect(found.filter((fact) => fact.includes('bold and overdue'))).not.toEqual([]);
  });

  it('is a fact either way round', () => {
    const found = facts([FINAL_B, SALES_B, GOALS_B, PARADE_B], [FINAL_A, GOALS_A, PARADE_A, OWNERS_A]);
    expect(found.filter((fact) => fact.includes('bold and overdue'))).not.toEqual([]);
  });

  it('is not a fact when the words lie in longer quotations that differ', () => {
    const found = facts([FINAL_A, GOALS_A, PARADE_A, OWNERS_A.replace('“bold and overdue”', '“bold and overdue for a club of this size”')], [FINAL_B, SALES_B.replace('“bold and overdue”', '“bold and overdue, whatever happens next”'), GOALS_B, PARADE_B]);
    expect(found.filter((fact) => fact.includes('bold and overdue'))).toEqual([]);
  });
});

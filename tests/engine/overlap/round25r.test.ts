import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * Round 25r (decision 004): missed shared facts on fresh text. Invented pairs, one event (round 15r's frame).
 * Mend B of session 19: the quotation must come from a name both sentences give outside it.
 */
const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const GOALS_A = 'Striker Paulo Nunes scored twice in the second half.';
const PARADE_A = 'The club will hold a victory parade through Tarrel on Tuesday.';
const OWNERS_A = 'Rui Falcao, who will join thousands at the victory parade through Tarrel on Tuesday as the club’s chairman of ten years, called the new format “bold and overdue” before the game.';

const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
const GOALS_B = 'Paulo Nunes struck twice after half-time to settle the match.';
const PARADE_B = 'Thousands are expected at a victory parade through Tarrel on Tuesday.';
const SALES_B = 'Ticket sales in Verania rose sharply after Ferrovia beat Castelo in the cup final, Falcao said on a visit to the youth academy, calling the stadium plan “bold and overdue” as training centres opened.';
// Two speakers who use one stock phrase about different things (the review of round 25r, mend B of session 19).
const POLICE_A = 'Police, who will patrol the victory parade through Tarrel on Tuesday, called the crowd trouble “completely unacceptable” after the match.';
const COACH_B = 'Ticket sales in Verania rose after Ferrovia beat Castelo in the cup final, though Castelo’s coach called the pitch “completely unacceptable” all season.';
const FANS_A = 'A fans’ group, which will march in the victory parade through Tarrel on Tuesday, called ticket prices “a national disgrace” last week.';
const REFEREES_B = 'Ticket sales in Verania rose after Ferrovia beat Castelo in the cup final, and the referees’ union called the abuse of officials “a national disgrace” again.';

describe('a whole quotation both reports give, word for word, from one named speaker, stands on its own', () => {
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

  it('is not a fact when two speakers say the same stock phrase, either way round', () => {
    for (const [a, b] of [
      [POLICE_A, COACH_B],
      [FANS_A, REFEREES_B],
    ] as const) {
      const [quoteA, quoteB] = [/“[^”]*”/u.exec(a)?.[0] ?? '', /“[^”]*”/u.exec(b)?.[0] ?? ''];
      const phrase = quoteA.slice(1, -1);
      expect(quoteA).toBe(quoteB);
      expect(facts([FINAL_A, GOALS_A, PARADE_A, a], [FINAL_B, b, GOALS_B, PARADE_B]).filter((fact) => fact.includes(phrase))).toEqual([]);
      expect(facts([FINAL_B, b, GOALS_B, PARADE_B], [FINAL_A, GOALS_A, PARADE_A, a]).filter((fact) => fact.includes(phrase))).toEqual([]);
    }
  });
});

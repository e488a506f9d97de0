import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Mend 19a (decision 004): findings of review 19a on rounds 25n and the two-step hedge reach. Invented sentences. */

describe('a pronoun that says after a name of its own sentence', () => {
  const LEVY = 'Prime Minister Ann Hale announced the new payroll levy in parliament on Monday. ';
  it('keeps `Tom Bell warned it was “…” and said he …` with Tom Bell, not the name of the sentence before', () => {
    const [a, b] = pair(
      LEVY + 'Opposition leader Tom Bell warned it was "a tax on every worker in the country" and said he would vote against it.',
      LEVY + '"It is a tax on every worker in the country," said Tom Bell, the opposition leader.',
    );
    expect(bothWays(a, b).map((found) => ofKind(found, 'quote attributed to'))).toEqual([[], []]);
  });

  it('keeps `“…,” Tom Bell wrote on X, and he said …` with Tom Bell', () => {
    const [a, b] = pair(
      LEVY + '"This is a tax on every worker in the country," Tom Bell wrote on X, and he said the party would fight it.',
      LEVY + '"This is a tax on every worker in the country," said Tom Bell, the opposition leader.',
    );
    expect(bothWays(a, b).map((found) => ofKind(found, 'quote attributed to'))).toEqual([[], []]);
  });

  it('keeps `said the union’s lawyer, Ann Hale, and she said …` with Ann Hale', () => {
    const STRIKE = 'Judge Tom Bell ruled on Friday that the strike at the Harrow depot was lawful. ';
    const [a, b] = pair(
      STRIKE + '"We will appeal this ruling at once," said the union’s lawyer, Ann Hale, and she said members would keep striking.',
      STRIKE + '"We will appeal this ruling at once," Ann Hale told reporters outside the court.',
    );
    expect(bothWays(a, b).map((found) => ofKind(found, 'quote attributed to'))).toEqual([[], []]);
  });
});

describe('the day a measure takes effect: only one measure, and not two starts gone by', () => {
  const TRADE = 'Exports from Dunmore to its neighbour fell again in the third quarter, official figures showed on Tuesday. ';
  const BUDGET = 'Finance Minister Ann Hale set out her budget in Dunmore on Wednesday, raising £9 billion from taxes on tobacco and sugar. ';
  it('sets nothing between two past starts (`came into force in 2021` / `took effect in 2023`): background, not the news', () => {
    const [a, b] = pair(
      TRADE + 'The trade pact between the two sides came into force in 2021.',
      TRADE + 'Checks at the border eased after the Harwick Protocol took effect in 2023.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map((found) => ofKind(found, 'date'))).toEqual([[], []]);
  });

  it('sets nothing between the starts of two measures (`the new sugar levy takes effect …` / `the higher tobacco duty comes into force …`)', () => {
    const [a, b] = pair(
      BUDGET + 'The new sugar levy takes effect on 1 April 2027, the Treasury said.',
      BUDGET + 'The higher tobacco duty comes into force in January 2027.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map((found) => ofKind(found, 'date'))).toEqual([[], []]);
  });
});

const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${found.map((q) => q.text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('an approximate figure whose last significant digit is 5 is rounded to fives', () => {
  it('lets `about 2,500` meet `some 2,740` and `about 25,000` meet `some 27,400`', () => {
    expect(agree('About 2,500 fans were inside the stadium.', 'Some 2,740 fans were inside the stadium.')).toBe(true);
    expect(agree('About 25,000 fans were inside the stadium.', 'Some 27,400 fans were inside the stadium.')).toBe(true);
  });

  it('lets `about 45 minutes` meet `48 minutes` and `about 75%` meet `72%`', () => {
    expect(agree('The flight was delayed by about 45 minutes.', 'The flight was delayed by 48 minutes.')).toBe(true);
    expect(agree('About 75% of members backed the deal.', '72% of members backed the deal.')).toBe(true);
  });

  it('still sets `about 2.9 million` apart from `3.2 million`', () => {
    expect(agree('The rise covers about 2.9 million workers.', 'The rise covers 3.2 million workers.')).toBe(false);
  });
});


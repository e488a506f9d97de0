import { describe, expect, it } from 'vitest';
import { isAge } from '../../../src/engine/overlap/conflicts-common.ts';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { factTexts, notes, pair } from './conflict-pairs.ts';

/** Round 24c (decision 004): an age told two ways. Invented sentences. */
const quantityOf = (text: string, figure: string): Quantity | undefined => findQuantities(text).find((quantity) => quantity.text === figure || quantity.text.startsWith(`${figure}-`));

describe('a bare figure in apposition after a person’s name is that person’s age', () => {
  it.each([
    ['Marco Bellini, 17, was taken from a street in Verona on his way home.', '17'],
    ['Police said Anna Kovacs, 56, was paid in cash for the documents.', '56'],
    ['Officers arrested Kovacs, 56, at her home.', '56'],
    ['The founder, Sean Delaney, who is 51 and from Dalkey, denies the charges.', '51'],
  ])('reads `%s` as an age', (text, figure) => {
    const quantity = quantityOf(text, figure);
    expect(quantity && isAge(quantity)).toBe(true);
    expect(quantity?.unit).toBe('duration');
    expect(quantity?.text).toBe(figure);
  });

  it('agrees with the same age written `a 17-year-old`, not with `18-year-old`', () => {
    const apposed = quantityOf('Marco Bellini, 17, was taken from a street in Verona.', '17');
    const [written, older] = [quantityOf('Police freed a 17-year-old boy in Verona.', '17'), quantityOf('Police freed an 18-year-old boy in Verona.', '18')];
    if (apposed === undefined || written === undefined || older === undefined) throw new Error('not read');
    expect(quantitiesAgree(apposed, written)).toBe(true);
    expect(quantitiesAgree(apposed, older)).toBe(false);
  });

  it.each([
    ['The count closed on Friday, 17, officials said.', 'a weekday'],
    ['The hearing was moved to March, 17, lawyers said.', 'a month'],
    ['The ransom rose to €300,000, 17, people close to the family said.', 'an amount'],
    ['He said No, 17, was not his number.', '`No` (mend A: `No. 17,` never reached the rule)'],
    ['Cases rose in Brescia, 17, the regional health agency said.', 'a place after `in`'],
    ['Arsenal beat Leeds, 3, in a replay.', 'a team after `beat`'],
    ['Hospital admissions were Verona, 21, Padua, 17, and Vicenza, 9.', 'a tally'],
    ['Final score: Arsenal, 2, Chelsea, 1.', 'a score written as a tally (mend A: with no comma it never reached the rule)'],
    ['Marco Bellini, 17 days later, was found alive.', 'a figure with a noun'],
    ['Bellini, who was 17 points behind, won the stage.', 'a figure of `who` with a noun'],
    ['The club, which is 17 and owned by a trust, was sold.', 'not of `who`'],
  ])('does not read `%s` as an age (%s)', (text) => {
    // Every figure of the sentence (mend A: the tally's first line was an age, and was not checked).
    expect(findQuantities(text).filter((quantity) => isAge(quantity))).toEqual([]);
  });
});

describe('an age told two ways, in a comparison', () => {
  const REUTERS = 'Italian police freed a 17-year-old boy kidnapped for ransom in the northern city of Verona in a dawn raid on Sunday, prosecutors said. ';
  const MAIL = 'Police in Italy stormed a farmhouse on Sunday. Marco Bellini, 17, was kidnapped for ransom in Verona, prosecutors said. ';
  it('finds the fact of the 17-year-old kidnapped for ransom both ways', () => {
    const [a, b] = pair(REUTERS, MAIL);
    expect(factTexts(a, b).some((fact) => fact.includes('17-year-old boy kidnapped for ransom') && fact.includes('| 17, was kidnapped for ransom'))).toBe(true);
    expect(factTexts(b, a).some((fact) => fact.includes('17, was kidnapped for ransom') && fact.includes('| 17-year-old boy kidnapped for ransom'))).toBe(true);
  });

  it('sets `Anna Kovacs, 56,` against `the 57-year-old` as an age, and not against `the 56-year-old`', () => {
    const A = 'Anna Kovacs, 56, was found guilty of spying for Russia by a Munich court on Tuesday and sentenced to six years in prison. ';
    const B = (age: number): string => `A Munich court on Tuesday found the ${age}-year-old engineer guilty of spying for Russia and sentenced Anna Kovacs to six years in prison. `;
    const ages = (x: string, y: string): string[] => notes(...pair(x, y)).filter((note) => note.startsWith('age'));
    expect(ages(A, B(57))).toEqual(['age: 56 vs 57-year-old']);
    expect(ages(A, B(56))).toEqual([]);
  });
});

describe('a range is told to the finer of its ends', () => {
  const one = (text: string): Quantity => {
    const [quantity] = findQuantities(text);
    if (quantity === undefined) throw new Error(`not read: ${text}`);
    return quantity;
  };
  it('reads `between 4.5% and 5%` to a tenth: it meets 4.8% and 5.0%, not 5.2%', () => {
    const range = one('Analysts expect inflation to hover between 4.5% and 5% until the end of the year.');
    expect(range.resolution).toBe(0.1);
    expect(quantitiesAgree(range, one('Inflation was 4.8% in October.'))).toBe(true);
    expect(quantitiesAgree(range, one('Inflation was 5.0% in October.'))).toBe(true);
    expect(quantitiesAgree(range, one('Core inflation rose to 5.2% in October.'))).toBe(false);
  });

  it('scales the first end as the range does (`1.5 to 2 million`), and keeps whole ends whole (`20 to 30`)', () => {
    expect(one('Between 1.5 to 2 million people attended.').resolution).toBe(100_000);
    expect(one('Between 20 to 30 people attended.').resolution).toBe(1);
  });

  it('lets a figure the range does not give contradict the other report’s (`5.2%` / `5.0%`)', () => {
    const REUTERS = 'Hungary’s annual inflation rate rose to 4.8% in October, the statistics office said on Tuesday. Core inflation rose to 5.2% from 4.9% a month earlier, the data showed.';
    const BBJ = 'Consumer prices in Hungary were 4.8% higher in October than a year earlier, the statistics office said on Tuesday. Core inflation, the measure watched most closely by the central bank, climbed to 5.0%, the office said. Analysts expect inflation to hover between 4.5% and 5% until the end of the year.';
    const [a, b] = pair(REUTERS, BBJ);
    expect(notes(a, b).filter((note) => note.includes('5.2%'))).toEqual(['climbed: 5.2% vs 5.0%']);
  });
});

describe('two months of one count each report gives once are one event’s', () => {
  const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));
  const GLOBE = (cut: string): string => `Ontario software maker Velora said on Monday it would cut 1,200 jobs, about a tenth of its work force, in a bid to cut costs. ${cut}`;
  const TECH = (cut: string): string => `Velora is laying off 1,200 employees, its chief executive wrote in a memo on Monday. The memo blamed slowing sales in Europe. ${cut}`;
  // Mend A (session 18): `positions` and `people` are no related nouns, `cut` and `let go` no like
  // words, so this pair (lumetrix's) is no longer set; mend18a.test.ts tests the rule as it stands.
  it('no longer sets `cut 300 positions in January` against `let go of about 300 people in February`', () => {
    const [a, b] = pair(GLOBE('It cut 300 positions in January, mostly in marketing.'), TECH('This is its second round of layoffs this year; it let go of about 300 people in February.'), 'September 15, 2026');
    expect(dates(notes(a, b))).toEqual([]);
  });

  it.each([
    ['a few (`three`)', 'It cut three offices in January, mostly in Quebec.', 'it let go of three managers in February.'],
    ['a count given twice', 'It cut 300 positions in January, mostly in marketing. Another 300 roles went in sales.', 'it let go of about 300 people in February.'],
    ['words between the count and the month', 'It cut 300 positions it had filled only last year in January.', 'it let go of about 300 people in February.'],
    ['counts that differ', 'It cut 300 positions in January, mostly in marketing.', 'it let go of about 500 people in February.'],
  ])('sets nothing by %s', (_, globe, tech) => {
    const [a, b] = pair(GLOBE(globe), TECH(`This is its second round of layoffs this year; ${tech}`), 'September 15, 2026');
    expect(dates(notes(a, b))).toEqual([]);
  });
});

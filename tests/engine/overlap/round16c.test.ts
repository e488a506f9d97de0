import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/** Round 16c (decision 004): dates, times and figures of fresh text. Invented sentences. */
const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${found.map((q) => q.text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('an approximate figure reaches as far as its hedge or its rounding, and no further than half its next coarser digit', () => {
  it('sets two hedged figures apart when neither hedge reaches the other: `about 70 million` / `roughly 84 million`', () => {
    expect(agree('The reptile lived about 70 million years ago.', 'The reptile lived roughly 84 million years ago.')).toBe(false);
  });

  it('knows a hedged figure written to three digits to them: `about £1.18bn` / `£1,240m`', () => {
    expect(agree('The bid values the grocer at about £1.18bn.', 'The bid values the grocer at £1,240m.')).toBe(false);
    expect(agree('The bid values the grocer at about £1.18bn.', 'The bid values the grocer at £1,200m.')).toBe(true);
  });

  it('keeps a tenth on a figure rounded to one digit, its zeros being rounding: `about 7,000` / `6,942`', () => {
    expect(agree('The maker recalled about 7,000 vans.', 'The maker recalled 6,942 vans.')).toBe(true);
    expect(agree('The trial enrolled about 14,200 patients.', 'The trial enrolled 14,212 patients.')).toBe(true);
  });

  it('still lets a one-digit hedge reach its rounding: `about 30` meets `34`', () => {
    expect(agree('The slide buried about 30 houses.', 'The slide buried 34 houses.')).toBe(true);
  });
});

describe('the one day each report gives an action, each read against its own day of publication', () => {
  // 12 May 2026 is a Tuesday. Sentences that do not align, so only the one date of an action pairs them.
  const SEIZURE = 'Police seized 2.1 tonnes of cocaine hidden in banana crates at the port of Harlow, the largest haul in the country this year. ';
  const seizure = (a: string, b: string, dateB?: string): [Article, Article] => pair(SEIZURE + a, SEIZURE + b, 'May 12, 2026', dateB);
  const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));
  it('sets the day one report gives the action against the day the other gives it (`found … on Friday` / `discovered on Thursday, 7 May`)', () => {
    const a = 'Acting on a tip-off from Spanish police, officers found the cocaine on Friday inside refrigerated containers unloaded from the Mar Azul.';
    const b = 'The shipment was discovered on Thursday, 7 May, in containers that had arrived from Santos, Brazil, aboard the Nordic Star, the agency announced on Monday.';
    const [forward, backward] = bothWays(...seizure(a, b));
    expect(dates(forward)).toEqual(['date: Friday vs Thursday, 7 May']);
    expect(dates(backward)).toEqual(['date: Thursday, 7 May vs Friday']);
  });

  it('sets nothing when the days stand by no word of what was done (`the last big raid, on June 3, 2018` / `the raid began on Saturday`)', () => {
    expect(dates(notes(...seizure('The last big raid at the terminal, on June 3, 2018, ended with 40 arrests.', 'The raid began late on Saturday, when officers boarded the Mar Azul.')))).toEqual([]);
  });

  it('sets nothing when the word is a verb going on, not done (`backing a tip-off` / `backed a tip-off`)', () => {
    expect(dates(notes(...seizure('The cocaine was found on Friday, backing a tip-off, the customs agency announced on Monday.', 'The cocaine backed a tip-off on Thursday, 7 May, the customs agency announced on Monday.')))).toEqual([]);
  });

  it('sets nothing between a day to come and one that is not (`will be reopened on Friday` / `reopened today`)', () => {
    expect(dates(notes(...seizure('The terminal was reopened today.', 'The terminal will be reopened on Friday.')))).toEqual([]);
  });

  it('sets nothing between each report’s own day when they were published on two days (`closed today` / `closed on Wednesday`)', () => {
    expect(dates(notes(...seizure('The terminal was closed today.', 'The terminal was closed on Wednesday.', 'May 13, 2026')))).toEqual([]);
  });
});

describe('a month whose year is told relative to the article’s', () => {
  const months = (text: string, published: string): string[] => findDates(text, published).map((date) => `${date.text} ${date.from}..${date.to} ${date.precision}`);
  it('reads `July last year`, `March this year`, `May next year` as one month of that year', () => {
    expect(months('He was arrested in July last year after a request from the US.', '2026-02-27')).toEqual(['July last year 2025-07-01..2025-07-31 month']);
    expect(months('Prices rose in March this year and will fall in May next year.', '2026-02-27')).toEqual(['March this year 2026-03-01..2026-03-31 month', 'May next year 2027-05-01..2027-05-31 month']);
  });
});

describe('the one age each report gives anyone (conflicts-ages-roles.ts)', () => {
  const BAN = 'A cyclist has been banned from racing for four years after testing positive for roxadustat at the Tour of Flanders in Oudenaarde, the International Testing Agency said on Monday. ';
  const ban = (a: string, b: string): [Article, Article] => pair(BAN + a, BAN + b);
  const ages = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('age:'));
  const A = 'The sample was taken from the 27-year-old at his training base in Girona.';
  it('sets `the 27-year-old` against `The 28-year-old` when neither report gives another age', () => {
    const [forward, backward] = bothWays(...ban(A, 'The 28-year-old, who rides for a Dutch team, denied taking the drug.'));
    expect(ages(forward)).toEqual(['age: 27-year-old vs 28-year-old']);
    expect(ages(backward)).toEqual(['age: 28-year-old vs 27-year-old']);
  });

  it('sets nothing between two people each introduced with `a` (`a 58-year-old former sprinter` / `a 51-year-old physiologist`)', () => {
    expect(ages(notes(...ban('His coach, a 58-year-old former sprinter, denied any wrongdoing.', 'His doctor, a 51-year-old physiologist, was also suspended.')))).toEqual([]);
  });

  it('sets nothing when a report gives two ages', () => {
    const a = 'The sample was taken from the 27-year-old at his base in Girona, where a 31-year-old teammate also trains.';
    expect(ages(notes(...ban(a, 'The 28-year-old, who rides for a Dutch team, denied taking the drug.')))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../src/engine/overlap/dates-calendar.ts';
import { findRelativeDates } from '../../../src/engine/overlap/dates-relative.ts';

/** Each date found in the text as `"words" from..to`, resolved against the article's day. */
function read(text: string, [y, m, d]: [number, number, number]): string[] {
  return findRelativeDates(text, dayOf(y, m, d)).map((c) => `"${text.slice(c.start, c.end)}" ${isoOf(c.from)}..${isoOf(c.to)}`);
}

const NOV_26_2026: [number, number, number] = [2026, 11, 26];

describe('"in N years" after a superlative or "first time" is a span of the past, not a date ahead', () => {
  it.each([
    'Prices will rise for the first time in three years.',
    'It will be the worst storm in a decade.',
    'Inflation will fall to its lowest level in two years.',
    'The index will post its biggest gain ever in a year.',
    'It will be the most rain in a decade.',
  ])('%s', (text) => expect(read(text, NOV_26_2026)).toEqual([]));

  it.each([
    ['Voters will return in two weeks.', '"in two weeks" 2026-12-07..2026-12-14'],
    ['Protesters will rest in two weeks.', '"in two weeks" 2026-12-07..2026-12-14'],
    ['The interest payment will be due in two weeks.', '"in two weeks" 2026-12-07..2026-12-14'],
  ])('still a date ahead: %s', (text, expected) => expect(read(text, NOV_26_2026)).toEqual([expected]));
});

describe('"in N weeks" and "N weeks ago" are mirror ranges (halves rounded away from the article day)', () => {
  // Days and weeks only: months differ in length, so a month ahead and a month back need not mirror.
  it.each(['two weeks', 'three weeks', 'a week', 'five days'])('%s', (amount) => {
    const anchor = dayOf(2026, 11, 26);
    const ahead = findRelativeDates(`Voters will return in ${amount}.`, anchor)[0];
    const back = findRelativeDates(`Voters voted ${amount} ago.`, anchor)[0];
    if (ahead === undefined || back === undefined) throw new Error(`no date in "${amount}"`);
    expect([ahead.from - anchor, ahead.to - anchor]).toEqual([anchor - back.to, anchor - back.from]);
  });

  it('"two weeks" is 1½–2½ weeks either way: 11 to 18 days', () => {
    expect(read('Voters voted two weeks ago.', NOV_26_2026)).toEqual(['"two weeks ago" 2026-11-08..2026-11-15']);
    expect(read('Voters will return in two weeks.', NOV_26_2026)).toEqual(['"in two weeks" 2026-12-07..2026-12-14']);
  });
});

describe('a part month is counted in the days of the month it falls in, not after a month-end cut', () => {
  it.each([
    // Half a month after Jan 31 is half of the 28 days to Feb 28; half a month after Feb 28 is half of the 31 to Mar 31.
    ['It will open a month from now.', [2027, 1, 31], '"a month from now" 2027-02-14..2027-03-16'],
    ['It will open in a month.', [2027, 1, 31], '"in a month" 2027-02-14..2027-03-16'],
    ['The ban will end six months from now.', [2026, 8, 31], '"six months from now" 2027-02-14..2027-03-16'],
    // Back from Aug 31: half of the 31 days Mar 31 → Feb 28 (16), half of the 28 days Feb 28 → Jan 31 (14).
    ['It happened six months ago.', [2026, 8, 31], '"six months ago" 2026-02-14..2026-03-15'],
    // Back from Nov 15: half of the 31 days to Oct 15 (15½, so 16), then half of the 30 to Sep 15.
    ['It happened a month ago.', [2026, 11, 15], '"a month ago" 2026-09-30..2026-10-30'],
  ] as const)('%s (%j)', (text, day, expected) => expect(read(text, [...day])).toEqual([expected]));
});

describe('the keyword a slow pattern needs is looked for as the pattern reads it (any case, any spacing)', () => {
  it.each([
    ['The dam was built about forty years\u00a0AGO.', '"about forty years\u00a0AGO"'],
    ['Talks resume two weeks\nfrom  Today, officials said.', '"two weeks\nfrom  Today"'],
    ['Ballots must arrive by the 3RD.', '"the 3RD"'],
  ])('%s', (text, words) => expect(read(text, NOV_26_2026).map((found) => found.slice(0, found.lastIndexOf(' ')))).toContain(words));
});

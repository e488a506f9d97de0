import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesOverlap, findDates, type DateMention } from '../../../src/engine/overlap/dates.ts';

/** A mention as one readable line: `"Dec. 18" 2024-12-18` or `"this week" 2025-01-06..2025-01-12 range`. */
function describeDate(d: DateMention): string {
  const days = d.from === d.to ? d.from : `${d.from}..${d.to}`;
  return `"${d.text}" ${days} ${d.precision}${d.hedged ? ' hedged' : ''}`;
}

function read(text: string, articleDate = '2025-01-06'): string[] {
  return findDates(text, articleDate).map(describeDate);
}

function only(text: string, articleDate = '2025-01-06'): DateMention {
  const found = findDates(text, articleDate);
  expect(found, text).toHaveLength(1);
  const [mention] = found;
  if (mention === undefined) throw new Error('unreachable');
  return mention;
}

// 2025-01-06 is a Monday.
describe('findDates: calendar dates (article of Monday 2025-01-06)', () => {
  it.each([
    ['It happened on January 6, 2025.', '"January 6, 2025" 2025-01-06 day'],
    ['On Monday, Jan. 6, 2025, Congress met.', '"Monday, Jan. 6, 2025" 2025-01-06 day'],
    ['Congress met Jan. 6.', '"Jan. 6" 2025-01-06 day'],
    ['The vote was Dec. 18.', '"Dec. 18" 2024-12-18 day'],
    ['The vote was 18 December.', '"18 December" 2024-12-18 day'],
    ['The vote was on the 18th of December.', '"the 18th of December" 2024-12-18 day'],
    ['Sept. 3 and beyond', '"Sept. 3" 2024-09-03 day'],
    ['Talks run Jan. 6-8.', '"Jan. 6-8" 2025-01-06..2025-01-08 range'],
    ['It opened in January 2025.', '"January 2025" 2025-01-01..2025-01-31 month'],
    ['It began in February 2022.', '"February 2022" 2022-02-01..2022-02-28 month'],
    ['The vote is in March.', '"March" 2025-03-01..2025-03-31 month'],
    ['It fell in December.', '"December" 2024-12-01..2024-12-31 month'],
    ['It fell last March.', '"last March" 2024-03-01..2024-03-31 month'],
    ['It fell in early March.', '"early March" 2025-03-01..2025-03-10 range hedged'],
    ['Since mid-December, prices rose.', '"mid-December" 2024-12-11..2024-12-20 range hedged'],
    ['Filed 2024-11-05.', '"2024-11-05" 2024-11-05 day'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('does not read "may" or "march" as months, nor impossible days', () => {
    expect(read('They may march on February 30 if they can.')).toEqual([]);
  });
});

describe('findDates: years', () => {
  it.each([
    ['It began in 2022.', '"2022" 2022-01-01..2022-12-31 year'],
    ['Prices rose since 2020.', '"2020" 2020-01-01..2020-12-31 year'],
    ['It happened last year.', '"last year" 2024-01-01..2024-12-31 year'],
    ['It happens this year.', '"this year" 2025-01-01..2025-12-31 year'],
    ['It happens next year.', '"next year" 2026-01-01..2026-12-31 year'],
    ['It rose in early 2022.', '"early 2022" 2022-01-01..2022-04-30 range hedged'],
    ['It rose in mid-2022.', '"mid-2022" 2022-05-01..2022-08-31 range hedged'],
    ['It rose in late 2022.', '"late 2022" 2022-09-01..2022-12-31 range hedged'],
    ['It rose by the end of 2024.', '"the end of 2024" 2024-10-01..2024-12-31 range hedged'],
    ['It rose between 2020 and 2022.', '"2020 and 2022" 2020-01-01..2022-12-31 range'],
    ['It rose from 2020 to 2022.', '"2020 to 2022" 2020-01-01..2022-12-31 range'],
    ['It began in the 1990s.', '"the 1990s" 1990-01-01..1999-12-31 range'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('needs a date context for a bare year, and skips "the 18th century"', () => {
    expect(read('He killed 2022 people. The 18th century ended.')).toEqual([]);
  });
});

describe('findDates: relative to the article date', () => {
  it.each([
    ['yesterday', '"yesterday" 2025-01-05 day'],
    ['today', '"today" 2025-01-06 day'],
    ['tonight', '"tonight" 2025-01-06 day'],
    ['tomorrow', '"tomorrow" 2025-01-07 day'],
    ['last night', '"last night" 2025-01-05 day'],
    ['this morning', '"this morning" 2025-01-06 day'],
    ['this week', '"this week" 2025-01-06..2025-01-12 range'],
    ['last week', '"last week" 2024-12-30..2025-01-05 range'],
    ['next week', '"next week" 2025-01-13..2025-01-19 range'],
    ['this month', '"this month" 2025-01-01..2025-01-31 month'],
    ['last month', '"last month" 2024-12-01..2024-12-31 month'],
    ['earlier this month', '"earlier this month" 2025-01-01..2025-01-06 range'],
    ['later this month', '"later this month" 2025-01-06..2025-01-31 range'],
    ['over the weekend', '"the weekend" 2025-01-04..2025-01-05 range'],
    ['the past two weeks', '"the past two weeks" 2024-12-23..2025-01-06 range'],
    ['3 days ago', '"3 days ago" 2025-01-03 day'],
    ['two weeks ago', '"two weeks ago" 2024-12-19..2024-12-26 range'],
    ['three years ago', '"three years ago" 2021-07-06..2022-07-06 range'],
    ['nearly three years ago', '"nearly three years ago" 2022-01-06..2022-06-18 range hedged'],
    ['more than two years ago', '"more than two years ago" 2021-10-25..2023-01-06 range hedged'],
    ['a year ago', '"a year ago" 2023-07-06..2024-07-06 range'],
    ['on the 18th', '"the 18th" 2025-01-18 day'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

// 2025-01-08 is a Wednesday: a plain weekday looks back 0–6 days unless the sentence is future.
describe('findDates: weekdays (article of Wednesday 2025-01-08)', () => {
  it.each([
    ['Officials said on Monday that the talks failed.', '2025-01-06'],
    ['The vote was held Wednesday.', '2025-01-08'],
    ['He spoke Thursday.', '2025-01-02'],
    ["Friday's vote was close.", '2025-01-03'],
    ['Sunday was quiet.', '2025-01-05'],
    ['Talks will resume on Thursday.', '2025-01-09'],
    ['The court is due to rule Monday.', '2025-01-13'],
    ['He said on Monday that talks will resume.', '2025-01-06'],
    ['It happened last Wednesday.', '2025-01-01'],
    ['It happened last Monday.', '2025-01-06'],
    ['They meet next Monday.', '2025-01-13'],
    ['They meet this coming Friday.', '2025-01-10'],
  ])('%s → %s', (text, day) => {
    const mention = only(text, '2025-01-08');
    expect([mention.from, mention.to, mention.precision]).toEqual([day, day, 'day']);
  });

  it('takes "last"/"next" into the span but not a plain "on"', () => {
    expect(read('on Monday, last Friday and next Tuesday', '2025-01-08')).toEqual([
      '"Monday" 2025-01-06 day',
      '"last Friday" 2025-01-03 day',
      '"next Tuesday" 2025-01-14 day hedged', // the coming Tuesday or next week's: a guess (round 7a)
    ]);
  });
});

describe('findDates: spans and order', () => {
  it('keeps UTF-16 offsets right across emoji', () => {
    const text = '🗳️🇺🇸 On Jan. 6 🔥 and yesterday';
    const found = findDates(text, '2025-01-08');
    expect(found.map((d) => [d.start, d.end, d.text])).toEqual([
      [11, 17, 'Jan. 6'],
      [25, 34, 'yesterday'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads a longer mention once, not its parts', () => {
    expect(read('On Monday, January 6, 2025, and in February 2022.')).toEqual([
      '"Monday, January 6, 2025" 2025-01-06 day',
      '"February 2022" 2022-02-01..2022-02-28 month',
    ]);
  });

  it('rejects an article date that is not YYYY-MM-DD', () => {
    expect(() => findDates('today', 'Jan 6 2025')).toThrow('Not an ISO date');
  });
});

describe('findDates: any text', () => {
  const piece = fc.constantFrom('Monday', ' on ', 'Jan. 6', ', 2025', 'nearly three years ago', '🇺🇦', 'in 2022', ' the 18th', 'last ', 'week', ' will ', '. ', 'May', '-');
  it('never throws, and every mention is an ordered slice with from ≤ to', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (parts, date) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const d of findDates(text, date.toISOString().slice(0, 10))) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(previousEnd);
          expect(d.from <= d.to).toBe(true);
          previousEnd = d.end;
        }
      }),
    );
  });
});

describe('datesOverlap', () => {
  function overlap(a: string, aDate: string, b: string, bDate: string): boolean {
    return datesOverlap(only(a, aDate), only(b, bDate));
  }

  it.each([
    ['nearly three years ago', '2025-01-06', 'in February 2022', '2025-01-06', true],
    ['nearly three years ago', '2025-01-06', 'in February 2021', '2025-01-06', false],
    ['Monday', '2025-01-08', 'January 6, 2025', '2025-01-08', true],
    ['yesterday', '2025-01-07', 'Jan. 6', '2025-01-08', true],
    ['yesterday', '2025-01-07', 'Jan. 5', '2025-01-08', false],
    ['last year', '2025-01-06', 'Dec. 18', '2025-01-06', true],
    ['this week', '2025-01-08', 'Monday', '2025-01-08', true],
    ['in 2022', '2025-01-06', 'early 2023', '2025-01-06', false],
    ['three years ago', '2025-01-06', 'in 2022', '2025-01-06', true],
  ])('%s (%s) vs %s (%s) → %s', (a, aDate, b, bDate, expected) => {
    expect(overlap(a, aDate, b, bDate)).toBe(expected);
    expect(overlap(b, bDate, a, aDate)).toBe(expected);
  });
});

describe('findDates: a weekday and the clause around it (article of Wednesday 2025-01-08)', () => {
  it.each([
    // The future is in another clause: the election was on the Sunday before.
    ['Voters will return to the polls in two weeks after no candidate won a majority in Sunday’s election.', '2025-01-05'],
    ['Talks will resume, officials who met on Monday said.', '2025-01-06'],
    // In the weekday's own clause, the future still counts.
    ['Voters will return to the polls on Sunday.', '2025-01-12'],
  ])('%s → %s', (text, day) => {
    const mention = findDates(text, '2025-01-08').find((found) => /day/u.test(found.text));
    expect([mention?.from, mention?.to, mention?.precision]).toEqual([day, day, 'day']);
  });

  it('reads `since Monday` as the stretch from that day to the article date, not an event day', () => {
    expect(read('Heavy rain has lashed the Alps since Monday.', '2025-01-08')).toEqual(['"Monday" 2025-01-06..2025-01-08 range']);
  });
});

describe('findDates: round 6b relative dates', () => {
  // 2026-03-18 is a Wednesday; 2026-10-16 a Friday.
  it.each([
    ['first detected in Kitwe late last month', '2026-03-18', '"late last month" 2026-02-19..2026-02-28 range hedged'],
    ['a deal expected early next year', '2026-03-18', '"early next year" 2027-01-01..2027-04-30 range hedged'],
    ['at the end of this month', '2026-03-18', '"at the end of this month" 2026-03-24..2026-03-31 range hedged'],
    ['in mid-last month', '2026-03-18', '"mid-last month" 2026-02-10..2026-02-19 range hedged'],
  ])('a part of a relative month or year: %s', (text, articleDate, expected) => {
    expect(read(text, articleDate)).toEqual([expected]);
  });

  it.each([
    ['staff are walking out for 48 hours from 22:00 this Sunday', '2026-10-16', '"Sunday" 2026-10-18 day'],
    ['the minister said this Monday', '2026-10-16', '"Monday" 2026-10-12 day'],
    ['the vote will be held this Monday', '2026-10-16', '"Monday" 2026-10-19 day'],
  ])('`this <weekday>` is the day of the article’s week: %s', (text, articleDate, expected) => {
    expect(read(text, articleDate)).toEqual([expected]);
  });

  it.each([
    ['arrival is expected four years from now', '2025-06-17', '"four years from now" 2028-12-17..2029-12-17 range'],
    ['voters will return to the polls in two weeks', '2026-09-21', '"in two weeks" 2026-10-02..2026-10-09 range'],
    ['the plant will reopen in 10 days’ time', '2026-09-21', '"in 10 days’ time" 2026-10-01 day'],
    ['Kraków voted, and in two weeks it will choose', '2026-09-21', '"in two weeks" 2026-10-02..2026-10-09 range'],
  ])('a time ahead of the article: %s', (text, articleDate, expected) => {
    expect(read(text, articleDate)).toEqual([expected]);
  });

  it('reads `in two weeks` as a day only in a clause about the future', () => {
    expect(read('Kraków voted today, and in two weeks', '2026-09-21')).toEqual(['"today" 2026-09-21 day']);
    expect(read('It sold 2,000 jars in two weeks.', '2026-09-21')).toEqual([]);
    expect(read('The plan will take effect in two months of talks.', '2026-09-21')).toEqual([]);
  });
});

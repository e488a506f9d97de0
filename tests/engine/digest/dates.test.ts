import { describe, expect, it } from 'vitest';
import { parseHeaderDate } from '../../../src/engine/digest/dates.ts';

function read(input: string): string {
  const result = parseHeaderDate(input);
  if (!result.ok) return `error: ${result.reason}`;
  return `${result.value.iso} | ${result.value.text} | ${result.value.time ?? '-'}`;
}

describe('parseHeaderDate', () => {
  it.each([
    ['January 6, 2025', '2025-01-06 | January 6, 2025 | -'],
    ['Jan. 6, 2025', '2025-01-06 | Jan. 6, 2025 | -'],
    ['Jan 6, 2025', '2025-01-06 | Jan 6, 2025 | -'],
    ['Sept. 3, 2024', '2024-09-03 | Sept. 3, 2024 | -'],
    ['Sep 3, 2024', '2024-09-03 | Sep 3, 2024 | -'],
    ['Feb. 29, 2024', '2024-02-29 | Feb. 29, 2024 | -'],
    ['December 31, 1999', '1999-12-31 | December 31, 1999 | -'],
    ['6 January 2025', '2025-01-06 | 6 January 2025 | -'],
    ['06 Jan 2025', '2025-01-06 | 06 Jan 2025 | -'],
    ['7 Jan. 2025', '2025-01-07 | 7 Jan. 2025 | -'],
    ['Monday, January 6, 2025', '2025-01-06 | Monday, January 6, 2025 | -'],
    ['Thursday 9 January 2025', '2025-01-09 | Thursday 9 January 2025 | -'],
    ['JANUARY 6, 2025', '2025-01-06 | JANUARY 6, 2025 | -'],
    ['January 6th, 2025', '2025-01-06 | January 6th, 2025 | -'],
    ['2025-01-06', '2025-01-06 | 2025-01-06 | -'],
  ])('reads the date %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each([
    ['January 6, 2025, 3:05 PM ET', '2025-01-06 | January 6, 2025 | 3:05 PM ET'],
    ['January 6, 2025 3:05 PM ET', '2025-01-06 | January 6, 2025 | 3:05 PM ET'],
    ['Jan. 6, 2025 at 11:40 a.m. EST', '2025-01-06 | Jan. 6, 2025 | 11:40 a.m. EST'],
    ['Jan. 6, 2025 - 3 p.m.', '2025-01-06 | Jan. 6, 2025 | 3 p.m.'],
    ['6 January 2025, 15:05 GMT', '2025-01-06 | 6 January 2025 | 15:05 GMT'],
    ['6 January 2025 · 09:30 GMT+1', '2025-01-06 | 6 January 2025 | 09:30 GMT+1'],
    ['January 6, 2025, 12:00 AM', '2025-01-06 | January 6, 2025 | 12:00 AM'],
    ['  January 6, 2025, 3:05pm  ', '2025-01-06 | January 6, 2025 | 3:05pm'],
    ['Mon 30 Aug 2027 17.30 BST', '2027-08-30 | Mon 30 Aug 2027 | 17.30 BST'],
    ['6 January 2025, 3.05pm GMT', '2025-01-06 | 6 January 2025 | 3.05pm GMT'],
    ['Monday 14 December 2026 11:52, UK', '2026-12-14 | Monday 14 December 2026 | 11:52, UK'],
    ['Jan. 6, 2025, 3:05 PM, ET', '2025-01-06 | Jan. 6, 2025 | 3:05 PM, ET'],
  ])('keeps the time after %s as written', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each([
    ['Smarch 41, 2025', 'error: “Smarch” is not a month name'],
    ['Febtober 3, 2025', 'error: “Febtober” is not a month name'],
    ['February 30, 2025', 'error: “February 30, 2025”: day 30 does not exist in that month'],
    ['Feb. 29, 2025', 'error: “Feb. 29, 2025”: day 29 does not exist in that month'],
    ['April 31, 2025', 'error: “April 31, 2025”: day 31 does not exist in that month'],
    ['January 0, 2025', 'error: “January 0, 2025”: day 0 does not exist in that month'],
    ['2025-13-01', 'error: “2025-13-01”: month 13 does not exist'],
    ['', 'error: “” is not a date like “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”'],
    ['Jan 6', 'error: “Jan 6” is not a date like “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”'],
    ['yesterday', 'error: “yesterday” is not a date like “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”'],
    ['January 6, 2025 by staff', 'error: unexpected “by staff” after the date “January 6, 2025” (expected nothing, or a time such as “3:05 PM ET”)'],
  ])('rejects %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each([
    ['January 6, 20251', 'unexpected “1” after the date “January 6, 2025”'],
    ['2025-01-066', 'unexpected “6” after the date “2025-01-06”'],
    ['January 6, 2025, 12', 'unexpected “, 12” after the date “January 6, 2025”'],
    ['January 6, 2025, 25:99 ET', 'unexpected “, 25:99 ET” after the date “January 6, 2025”'],
    ['January 6, 2025, 3:75 PM', 'unexpected “, 3:75 PM” after the date “January 6, 2025”'],
    ['January 6, 2025, 13:05 PM', 'unexpected “, 13:05 PM” after the date “January 6, 2025”'],
    ['January 6, 2025, 17.75 BST', 'unexpected “, 17.75 BST” after the date “January 6, 2025”'],
    ['January 6, 2025, 1.5', 'unexpected “, 1.5” after the date “January 6, 2025”'],
  ])('does not read a stray number after the date as a time: %s', (input, expected) => {
    expect(read(input)).toBe(`error: ${expected} (expected nothing, or a time such as “3:05 PM ET”)`);
  });
});

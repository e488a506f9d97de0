import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/gen-corpus.ts';
import { keyedMatches, runsAtMost } from '../../../src/engine/overlap/dates-keyed.ts';
import { KEYED_CALENDAR, type DateCandidate } from '../../../src/engine/overlap/dates-patterns.ts';
import { KEYED as KEYED_RELATIVE } from '../../../src/engine/overlap/dates-relative.ts';
import { chooseCandidates } from '../../../src/engine/overlap/dates.ts';

const KEYED = new Map([...KEYED_RELATIVE, ...KEYED_CALENDAR]);

/** What a global search with the pattern finds: each match's place and text. */
function scanned(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

function keyed(pattern: RegExp, text: string): string[] {
  const spec = KEYED.get(pattern);
  if (spec === undefined) throw new Error('not a keyed pattern');
  return [...keyedMatches(spec, text)].map((match) => `${match.index}:${match[0]}`);
}

/** Pieces of text near the keywords and far from them, spaces of several kinds, an emoji, a letter outside the BMP. */
const PIECES = [
  'two years ago', 'a couple of   weeks ago', 'a little more than three months ago', 'In the region of ten days\nago',
  'nearly\u00A0a decade ago', 'twenty-one years from now', 'several days from today', 'about 3 weeks from  now',
  'on the 18th', 'before the 1st2nd3rd', 'since the 31st', 'by the 22nd and', 'after the 3rd of May', 'until the 9th',
  'ago', 'from now', 'years', 'the', 'on', 'a', '(', ')', '—', ',', '.', '😀', '𝒳', 'agora', 'x1st', '12th', 'Ago',
  'AGO', 'five YEARS AGO', 'some   ', 'not quite two weeks ago', 'more than a year ago',
  'Monday', 'last Tuesday', 'this coming Sunday', 'This', 'Fridays', 'Sunday’s', 'late last month', 'at the end of this year',
  'mid-next week', 'the past weekend', 'earlier this week', 'week', 'biweekly', 'midyear', 'in 2022', 'since 1999–2001',
  'the end of 2024', 'the year2020', '19191999', 'mid-2021', 'between 2019 and 2020', '2,000', 'January 6, 2025',
  'Jan. 6', 'Sept. 18 - 20', '18 December', 'the 18th of December', 'Monday, the 3rd of March', 'March 2025',
  'in March', 'mid-May', 'late June', 'Dec', 'JanFeb', 'Mayor', 'through July', 'of Oct. 2024', '3 – 4 June next year',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u2009', '', ''];

describe('keyedMatches: a slow pattern tried only before its keyword', () => {
  it('counts the runs of words a pattern can hold', () => {
    expect(runsAtMost(String.raw`(?:at\s+)?the\s+end\s+of`)).toBe(4);
    expect(runsAtMost(String.raw`(?<![\p{L}\d])`)).toBe(1);
  });

  it('finds what a search of the whole text finds, on random texts', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const next = seededRandom(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
      let text = '';
      for (let i = 0, n = 1 + Math.floor(next() * 40); i < n; i += 1) text += pick(PIECES) + pick(SPACES);
      for (const pattern of KEYED.keys()) expect(keyed(pattern, text), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(scanned(pattern, text));
    }
  });

  it('finds a match whose words are far apart', () => {
    const wide = (words: string, space: string): string => words.split(' ').join(space.repeat(120));
    const text = [
      wide('It began a little more than two years ago,', ' '),
      wide('ends a couple of weeks from now,', '\n'),
      wide('and on the 18th', '\t'),
      wide('and at the end of this year', '\u00A0'),
      wide('or this coming Sunday', ' '),
      wide('since the end of 2024', ' '),
      wide('Monday, the 3rd - 5th of March', ' '),
      wide('in March 2025,', ' '),
      wide('Tuesday, Sept. 18 - 20, 2025.', ' '),
    ].join(' ');
    for (const pattern of KEYED.keys()) {
      expect(keyed(pattern, text)).toEqual(scanned(pattern, text));
      expect(scanned(pattern, text).length, pattern.source).toBeGreaterThan(0);
    }
  });
});

/** What chooseCandidates replaced: each candidate checked against every one kept. */
function everyKept(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of sorted) if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  return kept;
}

describe('chooseCandidates', () => {
  it('keeps what checking every kept candidate keeps, on random candidates (empty ones too)', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = seededRandom(seed);
      const candidates: DateCandidate[] = [...Array(Math.floor(next() * 30)).keys()].map((day) => {
        const start = Math.floor(next() * 60);
        const end = start + Math.floor(next() * (next() < 0.1 ? 1 : 15));
        return { start, end, from: day, to: day, precision: 'day', hedged: false };
      });
      expect(chooseCandidates(candidates)).toEqual(everyKept(candidates));
    }
  });
});

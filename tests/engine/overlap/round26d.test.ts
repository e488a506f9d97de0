import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 26d (decision 004): the day a measure takes effect — a start put off, two taxes of one budget. Invented sentences. */
const dates = (found: readonly string[]): string[] => ofKind(found, 'date');
const BUDGET = 'Finance Minister Ann Hale set out her budget in Dunmore on Wednesday, raising £9 billion from new taxes. ';

describe('a start that was planned and put off', () => {
  it('sets nothing between `was due to take effect on 1 March 2027` (pushed back) and `will now take effect on 1 June 2027`', () => {
    const [a, b] = pair(
      BUDGET + 'The sugar levy was due to take effect on 1 March 2027 but has been pushed back after objections from retailers.',
      BUDGET + 'The sugar levy will now take effect on 1 June 2027, the Treasury said.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map(dates)).toEqual([[], []]);
  });

  it('still sets `is due to take effect on 1 March 2027` against `will take effect on 1 June 2027`: a plan still standing is the start', () => {
    const [a, b] = pair(
      BUDGET + 'The sugar levy is due to take effect on 1 March 2027, the Treasury said.',
      BUDGET + 'Retailers were told the sugar levy will take effect on 1 June 2027.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 March 2027 vs 1 June 2027'], ['date: 1 June 2027 vs 1 March 2027']]);
  });
});

describe('two measures the reports name by like nouns', () => {
  it('sets nothing between `the new sugar levy takes effect` and `the plastic tax comes into force`: each named by its own modifier', () => {
    const [a, b] = pair(
      BUDGET + 'The new sugar levy takes effect on 1 April 2027, the Treasury said.',
      BUDGET + 'Retailers also face higher costs, and the plastic tax comes into force in October 2027.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map(dates)).toEqual([[], []]);
  });

  it('still sets `the sugar levy takes effect` against `the sugar tax comes into force`: one modifier, one measure', () => {
    const [a, b] = pair(
      BUDGET + 'The new sugar levy takes effect on 1 April 2027, the Treasury said.',
      BUDGET + 'Retailers also face higher costs, and the sugar tax comes into force in October 2027.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 April 2027 vs October 2027'], ['date: October 2027 vs 1 April 2027']]);
  });
});

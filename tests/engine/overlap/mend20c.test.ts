import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Mend C (session 20, decision 004): review 20a's findings on round 26d's date rules. Invented sentences. */
const dates = (found: readonly string[]): string[] => ofKind(found, 'date');
const PUBLISHED = 'November 18, 2026';
const SUGAR_BUDGET = 'Finance Minister Ann Hale set out her budget in Dunmore on Wednesday, raising £9 billion from a tax on sugary drinks. ';

describe('a plan told in the past and a bare `but`: not put off', () => {
  it('sets `was set to take effect on 1 March 2027, but critics vowed to fight it` against `takes effect on 1 April 2027`', () => {
    const [a, b] = pair(
      SUGAR_BUDGET + 'The sugar levy was set to take effect on 1 March 2027, but critics vowed to fight it in court.',
      SUGAR_BUDGET + 'The sugar levy takes effect on 1 April 2027, officials said.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 March 2027 vs 1 April 2027'], ['date: 1 April 2027 vs 1 March 2027']]);
  });

  it('still sets nothing when the sentence goes on to a word of putting off (`but it was postponed`)', () => {
    const [a, b] = pair(
      SUGAR_BUDGET + 'The sugar levy was set to take effect on 1 March 2027, but it was postponed after retailers objected.',
      SUGAR_BUDGET + 'The sugar levy takes effect on 1 April 2027, officials said.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([[], []]);
  });
});

describe('a measure named with an adjective and one named with a noun of its kind', () => {
  it('sets `the new levy takes effect` against `the sugar tax comes into force`: `new` names no kind of tax', () => {
    const [a, b] = pair(
      SUGAR_BUDGET + 'The new levy takes effect on 1 April 2027, the Treasury said.',
      SUGAR_BUDGET + 'Retailers say the sugar tax comes into force in October 2027.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 April 2027 vs October 2027'], ['date: October 2027 vs 1 April 2027']]);
  });

  it('sets `the planned levy` against `the controversial tax`: a participle and an adjective name no kind either', () => {
    const [a, b] = pair(
      SUGAR_BUDGET + 'The planned levy takes effect on 1 April 2027, the Treasury said.',
      SUGAR_BUDGET + 'Retailers say the controversial tax comes into force in October 2027.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 April 2027 vs October 2027'], ['date: October 2027 vs 1 April 2027']]);
  });
});

describe('two measures named by one noun and two kinds', () => {
  const HEALTH = 'Health Minister Ann Hale announced new curbs on nicotine in Dunmore on Wednesday. ';
  it('sets nothing between `the smoking ban takes effect` and `the vaping ban comes into force`', () => {
    const [a, b] = pair(
      HEALTH + 'The smoking ban takes effect on 1 April 2027, the ministry said.',
      HEALTH + 'Shops have a year to adapt, and the vaping ban comes into force in October 2027.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([[], []]);
  });

  it('still sets `the smoking ban` against `the ban`: one side names no kind', () => {
    const [a, b] = pair(
      HEALTH + 'The smoking ban takes effect on 1 April 2027, the ministry said.',
      HEALTH + 'Shops have a year to adapt, and the ban comes into force in October 2027.',
      PUBLISHED,
      PUBLISHED,
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 April 2027 vs October 2027'], ['date: October 2027 vs 1 April 2027']]);
  });
});

describe('the lone rule leaves out a date planned and put off (round 26d; review 20a: untested)', () => {
  const BUDGET = 'Finance Minister Ann Hale set out her budget in Dunmore on Wednesday, raising £9 billion from new taxes. ';
  const LATER = BUDGET + 'Retailers face higher costs. Builders will begin work on the new tax office in 2028.';

  it('sets nothing between `was due to begin in 2027 but has been delayed` and `will begin work … in 2028`', () => {
    const [a, b] = pair(BUDGET + 'Work on the new tax office was due to begin in 2027 but has been delayed by a lawsuit.', LATER, PUBLISHED, PUBLISHED);
    expect(bothWays(a, b).map(dates)).toEqual([[], []]);
  });

  it('still sets `is due to begin in 2027` against `will begin work … in 2028`: the plan stands', () => {
    const [a, b] = pair(BUDGET + 'Work on the new tax office is due to begin in 2027, the Treasury said.', LATER, PUBLISHED, PUBLISHED);
    expect(bothWays(a, b).map(dates)).toEqual([['date: 2027 vs 2028'], ['date: 2028 vs 2027']]);
  });
});

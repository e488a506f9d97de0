import { describe, expect, it } from 'vitest';
import { notes, ofKind, pair } from './conflict-pairs.ts';
import { readFigures, roles, tally } from './pairing-sides.ts';

/** Mend C, session 18 (decision 004): the review's findings on round 24n. Invented sentences. */

describe('two agents of one passive verb may both be true (round 24n’s rule 5, removed)', () => {
  const LEAD = 'The Carrigmore bypass opened to traffic on Friday after years of delays, the county council said. ';
  it('sets no `welcomed by Ibec` against `welcomed by the Road Haulage Association`', () => {
    const [a, b] = pair(LEAD + 'The opening was welcomed by Ibec.', LEAD + 'The opening was welcomed by the Road Haulage Association.');
    expect(ofKind(notes(a, b), 'who')).toEqual([]);
  });
  it('sets no `funded by the European Union` against `funded by Transport Infrastructure Ireland`', () => {
    const [a, b] = pair(LEAD + 'The road was funded by the European Union.', LEAD + 'The road was funded by Transport Infrastructure Ireland.');
    expect(ofKind(notes(a, b), 'who')).toEqual([]);
  });
});

describe('a date in a relative aside is left out of the lone date rule (round 24n’s rule 6, removed)', () => {
  const LEAD = 'New Zealand’s levy on sugary drinks came into force on Thursday. ';
  it('sets no `The levy, which passed Parliament in October` against `The legislation passed its third reading in November`', () => {
    const [a, b] = pair(
      LEAD + 'The legislation passed its third reading in November with the support of the governing parties and the Greens.',
      LEAD + 'The sugary drinks levy, which passed Parliament in October after a fractious select committee process, came into force at midnight.',
      'April 1, 2027',
    );
    expect(ofKind(notes(a, b), 'date')).toEqual([]);
  });
  it('sets no `Ayesha Verrall, who joined the cabinet in 2020` against `Grant Robertson joined the cabinet in 2017`', () => {
    const [a, b] = pair(LEAD + 'Health Minister Ayesha Verrall, who joined the cabinet in 2020, defended the levy.', LEAD + 'Finance Minister Grant Robertson joined the cabinet in 2017 and backed the levy.', 'April 1, 2027');
    expect(ofKind(notes(a, b), 'date')).toEqual([]);
  });
  it('sets no `The Beverage Council, which was founded in 2011` against `The Food and Grocery Council, founded in 1998`', () => {
    const [a, b] = pair(LEAD + 'The Beverage Council, which was founded in 2011, opposed the levy.', LEAD + 'The Food and Grocery Council, founded in 1998, opposed the levy.', 'April 1, 2027');
    expect(ofKind(notes(a, b), 'date')).toEqual([]);
  });
});

describe('votes to votes', () => {
  it('reads no tally inside `4,512 votes to 3,987`: the figures conflict as figures, not as `512 votes to 3`', () => {
    const LEAD = 'Jane Smith was elected mayor of Harlow on Tuesday, beating incumbent Tom Jones. ';
    // Read inside the thousands, `4,512 votes to 3,987` / `4,515 votes to 3,987` were `512 votes to 3` / `515 votes to 3`: one body's split, differing.
    expect(tally('Smith won 4,512 votes to 3,987.', 'Smith won 4,515 votes to 3,987.')).toEqual([]);
    expect(tally('Smith won by 52,412 votes to 48,300.', 'Smith won by 52,415 votes to 48,300.')).toEqual([]);
    const [a, b] = pair(LEAD + 'Smith won 4,512 votes to 3,987.', LEAD + 'Smith took 4,530 votes to 3,901 for Jones.');
    const found = notes(a, b);
    expect(found).toContain('vote: 4,512 votes vs 4,530 votes');
    expect(found.filter((note) => /votes to/u.test(note))).toEqual([]);
  });
  it('reads no tally in a change (`grew from 120 votes to 340`)', () => {
    // Read as a tally, `from 120 votes to 340` was a 340–120 split, one body's with `350 votes to 110`.
    expect(tally('The bill passed by 350 votes to 110.', 'Support for the bill grew from 120 votes to 340 in a week.')).toEqual([]);
  });
  it('sets `141 votes to 63` against `146 votes to 63` (one chamber), not against `180 votes to 63` or `148 votes to 63`', () => {
    expect(tally('The law was approved by 141 votes to 63.', 'The law was approved by 146 votes to 63.')).toEqual(['vote: 141 votes to 63 vs 146 votes to 63']);
    expect(tally('The law was approved by 141 votes to 63.', 'The law was approved by 180 votes to 63.')).toEqual([]);
    expect(tally('The law was approved by 141 votes to 63.', 'The law was approved by 148 votes to 63.')).toEqual([]);
  });
});

describe('a figure after the owned noun leaves the possessor’s noun alone', () => {
  it('reads the owned noun before a later figure', () => {
    expect(readFigures('Farmers use more than half of the island’s water by 2030.')[0]).toBe('more than half percent water 50-80');
    expect(readFigures('He won 41% of the town’s voters in 2024.')[0]).toBe('41% percent voter 41-41');
    expect(readFigures('It spent 40% of the council’s 2025 budget.')[0]).toBe('40% percent budget 40-40');
  });
  it('reads the owned noun whatever its case (`the country’s Muslim votes`)', () => {
    expect(readFigures('It took 40% of the country’s Muslim votes.')[0]).toBe('40% percent vote 40-40');
  });
  it('reads none when a figure comes before the owned noun', () => {
    expect(readFigures('Turnout was 41% of the town’s 26,000 registered voters.')[0]).toBe('41% percent 41-41');
    expect(readFigures('Turnout was 41% of the town’s roughly 26,000 registered voters.')[0]).toBe('41% percent 41-41');
  });
});

describe('a unit written once for two numbers', () => {
  it('is no year’s (`opened in 2019 and 40 km more`)', () => {
    expect(readFigures('The motorway opened in 2019 and 40 km more opened on Monday.').map((figure) => figure.split(' ')[1])).not.toContain('other');
  });
  it('does not reach across a scale (`1 or 2 billion tonnes`, `2 and 3 million km`)', () => {
    expect(readFigures('The glacier lost 1 or 2 billion tonnes of ice.')).not.toContainEqual(expect.stringMatching(/^1 other/u));
    expect(readFigures('The probes flew 2 and 3 million km.')).not.toContainEqual(expect.stringMatching(/^2 other/u));
  });
  it('is no range’s (`5-6 and 12 km`)', () => {
    expect(readFigures('Prices rose 5-6 and 12 km of track reopened.').map((figure) => figure.split(' ').slice(0, 2).join(' '))).toEqual(['5-6 count', '12 km']);
  });
});

describe('a sum in brackets after a sum in another currency', () => {
  it('is a conversion with a hedge at most before it, not a sum added (`€50m (plus $20m from Washington)`)', () => {
    expect(roles('The fund gets €50m (plus $20m from Washington) a year.')).toEqual(['€50m:', '$20m:']);
    expect(roles('The levy is expected to raise NZ$160 million (about $92 million) a year.')).toEqual(['NZ$160 million:', 'about $92 million:conversion']);
    expect(roles('The bridge cost £2bn (and $1.5bn from Washington).')).toEqual(['£2bn:', '$1.5bn:']);
  });
});

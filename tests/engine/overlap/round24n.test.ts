import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { tallyConflicts } from '../../../src/engine/overlap/conflicts-tallies.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { notes, ofKind, pair } from './conflict-pairs.ts';
import { detect, readFigures, roles } from './pairing-sides.ts';

/** Round 24n (decision 004): figure, date and name conflicts of sets 27–28, same frame, other value. Invented sentences. */

describe('a share of what a possessor has is not a share of the possessor', () => {
  it('reads no noun in `41% of the town’s roughly 26,000 registered voters`, and the noun after `the island’s`', () => {
    expect(readFigures('Turnout was 41% of the town’s roughly 26,000 registered voters.')[0]).toBe('41% percent 41-41');
    expect(readFigures('Farmers use more than half of the island’s water.')).toEqual(['more than half percent water 50-80']);
    expect(readFigures('He won 52% of the country’s votes.')).toEqual(['52% percent vote 52-52']);
  });

  it('sets `Turnout was 41% of the town’s … voters` against `Turnout was about 47%`', () => {
    const LEAD = 'Voters in Harlow Springs removed Mayor Dale Renner from office in a special election on Tuesday. ';
    const [a, b] = pair(LEAD + 'Turnout was 41% of the town’s roughly 26,000 registered voters, high for an off-year election.', LEAD + 'Turnout was about 47%, the county clerk said.');
    expect(ofKind(notes(a, b), 'turnout')).toEqual(['turnout: 41% vs about 47%']);
  });
});

describe('a difference is no amount', () => {
  it('reads `30 per cent less` as a difference, `30 per cent of` as an amount', () => {
    expect(roles('Farmers will receive 30 per cent less irrigation water than last year.')).toEqual(['30 per cent:difference']);
    expect(roles('Farmers will receive 30 per cent of the irrigation water.')).toEqual(['30 per cent:']);
  });

  it('sets a difference only against a difference in aligned sentences', () => {
    expect(detect('Farmers will receive 40 per cent of the irrigation water, the ministry said.', 'Farmers will receive 30 per cent less irrigation water, the ministry said.')).toEqual([]);
    expect(detect('Farmers will receive 40 per cent less irrigation water, the ministry said.', 'Farmers will receive 30 per cent less irrigation water, the ministry said.')).toHaveLength(1);
  });

  it('sets no `30 per cent less irrigation water` against `more than half of the island’s water`', () => {
    // As the Cyprus digest tells it (two paragraphs each): without the difference, the share of the island's water is set against the cut.
    const [a, b] = pair(
      'According to the Water Development Department, the island’s dams held 28.6 million cubic metres of water on Wednesday, or 9.8 percent of their total capacity of 290 million cubic metres. At the same point last year, they were at 21 percent.\n' +
        'The order bans the use of mains water for filling private swimming pools, washing cars and watering gardens, and limits irrigation for farmers, who use more than half of the island’s water.',
      'The island’s dams were just 9.8 per cent full on Wednesday, according to Water Development Department (WDD) figures, holding 28.6 million cubic metres. The Kouris dam, the largest, was at 6 per cent.\n' +
        'Under the order, the use of mains water to fill swimming pools, wash cars or hose down patios is banned until further notice, while farmers will receive 30 per cent less irrigation water than last year.',
      'June 9, 2027',
    );
    expect(notes(a, b).filter((note) => note.includes('30 per cent'))).toEqual([]);
  });
});

describe('a number joined to one with a unit shares the unit', () => {
  it('reads `144.5 and 136 metres` as two lengths', () => {
    expect(readFigures('He produced jumps of 144.5 and 136 metres.')).toEqual(['144.5 other metre 144.5-144.5', '136 metres other metre 136-136']);
    expect(readFigures('The lake is 2 or 3 km wide.').map((figure) => figure.split(' ').slice(-3, -1).join(' '))).toEqual(['other metre', 'other metre']);
  });

  it('leaves a share alone (`5 and 10%`)', () => {
    expect(readFigures('between 5 and 10%')).toHaveLength(1);
    expect(readFigures('Prices rose 5 and 10%.').map((figure) => figure.split(' ')[1])).toEqual(['count', 'percent']);
  });

  it('sets `jumps of 144.5 and 136 metres` against `jumped 145.5 meters`', () => {
    const LEAD = 'Eirik Haugland of Norway won the World Cup ski jumping event in Zakopane on Saturday. ';
    const [a, b] = pair(LEAD + 'Haugland jumped 145.5 meters in the first round to take the lead.', LEAD + 'Haugland produced jumps of 144.5 and 136 metres to finish on 287.4 points.');
    expect(ofKind(notes(a, b), 'metre')).toEqual(['metre: 145.5 meters vs 144.5']);
  });
});

describe('a vote told as votes to votes', () => {
  const LEAD = 'Portugal’s parliament voted on Friday to ban smoking on café terraces and beaches. ';
  it('sets `by 141 votes to 63` against `by 146 votes to 63`: the same votes against, one chamber', () => {
    const [a, b] = pair(LEAD + 'The law, approved by 141 votes to 63 with 26 abstentions, takes effect next year.', LEAD + 'Parliament approved the law on 12 February by 146 votes to 63.');
    expect(ofKind(notes(a, b), 'vote')).toEqual(['vote: 141 votes to 63 vs 146 votes to 63']);
  });

  it('sets no two votes that share neither side nor total (`by 141 votes to 63` / `by 150 votes to 60`): two bodies', () => {
    // The tally detector itself: in whole reports the figure pairing may speak for it.
    const tally = (text: string) => ({ text, clauses: splitClauses(text, tokenize(text)) });
    expect(tallyConflicts(tally('The law, approved by 141 votes to 63 with 26 abstentions, takes effect next year.'), tally('Parliament approved the law on 12 February by 150 votes to 60.'))).toEqual([]);
  });
});

describe('a sum converted in brackets is no amount of its own', () => {
  it('reads `($92 million)` after `NZ$160 million` as a conversion, and a sum in brackets of one currency as a sum', () => {
    expect(roles('The levy is expected to raise NZ$160 million ($92 million) a year.')).toEqual(['NZ$160 million:', '$92 million:conversion']);
    expect(roles('The levy is expected to raise $160 million ($92 million after costs) a year.')).toEqual(['$160 million:', '$92 million:']);
  });

  it('sets no conversion against a sum in aligned sentences', () => {
    expect(detect('The levy is expected to raise NZ$160 million ($92 million) a year for free school lunches.', 'The levy is expected to raise $160 million a year for free school lunches.')).toEqual([]);
  });

  it('sets no `($92 million)` after `NZ$160 million` against `nearly $160m`', () => {
    // As the New Zealand digest tells it: without the conversion, the slot reader (conflicts-slot-values.ts) sets the dollars in brackets against `nearly $160m`.
    const LEAD = 'New Zealand’s levy on sugary drinks came into force on Thursday. ';
    const [a, b] = pair(
      LEAD + 'The Treasury expects the levy to raise NZ$160 million ($92 million) a year, which Health Minister Anahera Whitcombe has said will be spent on free school lunches and children’s dental care.',
      LEAD + 'Health Minister Anahera Whitcombe said the levy was expected to raise nearly $160m a year, all of which would go to school lunches and free dental care for young people.',
    );
    expect(notes(a, b).filter((note) => note.includes('$92'))).toEqual([]);
  });
});

describe('a month dates the action told beside it', () => {
  it('sets no `The recall effort began in February` against `cast the deciding vote in January`', () => {
    const LEAD = 'Renner cast the deciding vote on a $14.5 million deal to lease and later sell 2,200 acre-feet of the town’s senior water rights to Ridgeline Partners. ';
    const [a, b] = pair(
      LEAD + 'The recall effort began in February, weeks after the council approved the $14.5 million deal for 2,200 acre-feet of the town’s water rights.',
      LEAD + 'Renner cast the deciding vote in January on the $14.5 million deal for 2,200 acre-feet of the town’s water rights.',
      'September 9, 2026',
    );
    expect(ofKind(notes(a, b), 'date')).toEqual([]);
  });
});

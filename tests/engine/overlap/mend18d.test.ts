import { describe, expect, it } from 'vitest';
import { apartFromConflicts } from '../../../src/engine/overlap/fact-conflicts.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { factOf, factTexts, pair, rangeOf } from './conflict-pairs.ts';
import { roles, tally } from './pairing-sides.ts';

/** Mend D, session 18 (decision 004): the review's findings on round 24h and mend C. Invented sentences. */
const units = (text: string): string[] => findQuantities(text).map((q) => `${q.text}:${q.unit}`);

describe('a whole number after `of`, `by`, `in` shares the next one’s unit unless it is a year (mend C’s guard)', () => {
  it('reads `jumps of 144 and 136 metres`, `by 2 or 3 metres`, `in 2 or 3 days` with the unit for both', () => {
    expect(units('He produced jumps of 144 and 136 metres.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
    expect(units('The river rose by 2 or 3 metres overnight.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
    expect(units('The parts will arrive in 2 or 3 days.').map((u) => u.split(':')[1])).toEqual(['duration', 'duration']);
    expect(units('Rainfall of 40 and 60 mm was recorded.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
  });

  it('still leaves a year alone (`opened in 2019 and 40 km more`)', () => {
    expect(units('The line opened in 2019 and 40 km more will follow.')[0]).toBe('2019:year');
  });
});

describe('a fact across a clause boundary from a conflict is no frame of it (round 24h’s rule 1)', () => {
  it('keeps `people were killed` beside `and 30 were injured` / `and 45 were injured`', () => {
    const text = { a: 'Officials said twelve people were killed and 30 were injured.', b: 'Officials said twelve people were killed and 45 were injured.' };
    const fact = factOf(text, 'people were killed', 'people were killed', ['people', 'killed']);
    expect(apartFromConflicts([fact], [{ a: [rangeOf(text.a, '30')], b: [rangeOf(text.b, '45')] }], text)).toEqual([fact]);
  });
  it('keeps round 20k’s cut `plant closed in spring` (`and cut 300 jobs` / `and cut 250 jobs`)', () => {
    const text = { a: 'The plant closed in spring and cut 300 jobs.', b: 'The plant closed in spring and cut 250 jobs.' };
    const fact = factOf(text, 'plant closed in spring', 'plant closed in spring', ['plant', 'closed', 'spring']);
    expect(apartFromConflicts([fact], [{ a: [rangeOf(text.a, '300 jobs')], b: [rangeOf(text.b, '250 jobs')] }], text)).toEqual([fact]);
  });
  it('keeps a frame with a figure in words (`twelve dead in` beside `30 villages` / `45 villages`)', () => {
    const text = { a: 'The storm left twelve dead in 30 villages.', b: 'The storm left twelve dead in 45 villages.' };
    const fact = factOf(text, 'twelve dead in', 'twelve dead in', ['twelve', 'dead']);
    expect(apartFromConflicts([fact], [{ a: [rangeOf(text.a, '30 villages')], b: [rangeOf(text.b, '45 villages')] }], text)).toEqual([fact]);
  });
});

describe('a figure fact with a figure of its own outside the conflict stays (round 24h’s rule 2)', () => {
  const LEAD = 'Portugal’s parliament voted on Friday to ban smoking on café terraces and beaches. ';
  it('keeps `law passed by 141 votes to 63 with twelve abstentions` against `146 votes to 63 with twelve abstentions`', () => {
    const [a, b] = pair(LEAD + 'The law passed by 141 votes to 63 with twelve abstentions.', LEAD + 'The law passed by 146 votes to 63 with twelve abstentions.');
    expect(factTexts(a, b).filter((fact) => fact.includes('twelve abstentions'))).toHaveLength(1);
  });
  it('keeps `passed by 312 votes to 45 on Monday` against `318 votes to 45 on Monday`', () => {
    const UNION = 'Dock workers at the port of Antwerp will walk out next week, their union said. ';
    const [a, b] = pair(UNION + 'The union said the vote to strike passed by 312 votes to 45 on Monday.', UNION + 'The union said the vote to strike passed by 318 votes to 45 on Monday.');
    expect(factTexts(a, b).filter((fact) => fact.includes('Monday'))).toHaveLength(1);
  });
});

describe('a change from one number to another is no tally, however told', () => {
  it('reads no tally in `grew from 110 to 340 votes`', () => {
    expect(tally('Support for the motion grew from 110 to 340 votes.', 'Support for the motion grew from 120 to 330 votes.')).toEqual([]);
  });
  it('reads no tally in `rose from about 110 votes to 340`', () => {
    expect(tally('Support for the motion rose from about 110 votes to 340.', 'Support for the motion rose from about 120 votes to 330.')).toEqual([]);
  });
  it('still reads a tally told with its vote (`passed by 141 votes to 63` / `by 146 votes to 63`)', () => {
    expect(tally('The law passed by 141 votes to 63.', 'The law passed by 146 votes to 63.')).toHaveLength(1);
  });
});

describe('a conversion in brackets may be told with `or`, `equivalent to` or `i.e.`', () => {
  it('reads `NZ$160 million (or about $92 million)` as a conversion', () => {
    expect(roles('The levy is expected to raise NZ$160 million (or about $92 million) a year.')).toEqual(['NZ$160 million:', 'about $92 million:conversion']);
  });
  it('reads `(equivalent to $92 million)` and `(i.e. $92 million)` as a conversion', () => {
    expect(roles('The levy is expected to raise NZ$160 million (equivalent to $92 million) a year.').map((role) => role.split(':')[1])).toEqual(['', 'conversion']);
    expect(roles('The levy is expected to raise NZ$160 million (i.e. $92 million) a year.').map((role) => role.split(':')[1])).toEqual(['', 'conversion']);
  });
  it('still reads a sum after another word in brackets as a sum (`(plus $20m from Washington)`)', () => {
    expect(roles('The levy is expected to raise NZ$160 million (plus $20 million from Washington) a year.').map((role) => role.split(':')[1])).toEqual(['', '']);
  });
});

describe('each condition of round 24h’s rules holds a fact the rule would drop without it', () => {
  const drop = (text: { a: string; b: string }, fact: FactDraft, a: string, b: string): FactDraft[] => apartFromConflicts([fact], [{ a: [rangeOf(text.a, a)], b: [rangeOf(text.b, b)] }], text);

  it('keeps a frame of more than four words (`was first detected by local farmers`)', () => {
    const text = { a: 'The infection was first detected by local farmers on Tuesday.', b: 'The variant was first detected by local farmers on Monday.' };
    const fact = factOf(text, 'was first detected by local farmers', 'was first detected by local farmers', ['first', 'detected', 'farmers']);
    expect(drop(text, fact, 'Tuesday', 'Monday')).toEqual([fact]);
  });
  it('keeps a frame with a digit (`first 2 cases detected`)', () => {
    const text = { a: 'The first 2 cases detected on Tuesday were mild.', b: 'The first 2 cases detected on Monday were mild.' };
    const fact = factOf(text, 'first 2 cases detected', 'first 2 cases detected', ['first', 'cases', 'detected']);
    expect(drop(text, fact, 'Tuesday', 'Monday')).toEqual([fact]);
  });
  it('keeps a frame set off by a comma (`first detected, on Tuesday`)', () => {
    const text = { a: 'The infection was first detected, on Tuesday.', b: 'The variant was first detected, on Monday.' };
    const fact = factOf(text, 'first detected', 'first detected', ['first', 'detected']);
    expect(drop(text, fact, 'Tuesday', 'Monday')).toEqual([fact]);
  });
  it('keeps a frame far from the conflict (`first detected in the north on Tuesday`)', () => {
    const text = { a: 'The infection was first detected in the north on Tuesday.', b: 'The variant was first detected in the north on Monday.' };
    const fact = factOf(text, 'first detected', 'first detected', ['first', 'detected']);
    expect(drop(text, fact, 'Tuesday', 'Monday')).toEqual([fact]);
  });
  it('keeps a fact of two spans on a side', () => {
    const text = { a: 'The infection was first detected on Tuesday.', b: 'The variant was first detected on Monday.' };
    const fact = { ...factOf(text, 'first detected', 'first detected', ['first', 'detected']), a: [rangeOf(text.a, 'first detected'), rangeOf(text.a, 'infection')] };
    expect(drop(text, fact, 'Tuesday', 'Monday')).toEqual([fact]);
  });

  const vote = { a: 'Parliament approved the law by 141 votes to 63.', b: 'Parliament approved the law by 146 votes to 63.' };
  const figureFact = (kind: FactDraft['kind'], words: readonly string[]): FactDraft => ({ ...factOf(vote, 'Parliament approved the law by 141 votes to 63', 'Parliament approved the law by 146 votes to 63', words), kind });
  it('keeps a fact that is no figure fact, its figures disputed', () => {
    const fact = figureFact('paraphrase', ['Parliament', 'approved', '63']);
    expect(drop(vote, fact, '141 votes to 63', '146 votes to 63')).toEqual([fact]);
  });
  it('keeps a figure fact with no figure among its points', () => {
    const fact = figureFact('number', ['Parliament', 'approved', 'law']);
    expect(drop(vote, fact, '141 votes to 63', '146 votes to 63')).toEqual([fact]);
  });
  it('keeps a figure fact whose figure lies in the conflict on one side only', () => {
    const fact = figureFact('number', ['Parliament', 'approved', '63']);
    expect(drop(vote, fact, '141 votes to 63', '146 votes')).toEqual([fact]);
  });
  it('drops the figure fact whose figure lies in the conflict on both sides', () => {
    expect(drop(vote, figureFact('number', ['Parliament', 'approved', '63']), '141 votes to 63', '146 votes to 63')).toEqual([]);
  });
});

describe('mend C’s conditions, each with a test of its own', () => {
  const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`}`);
  it('reads no tally in a number of more than three digits on either side (`4,512 votes to 398`, `512 votes to 3,987`)', () => {
    expect(tally('The motion passed by 4,512 votes to 398.', 'The motion passed by 4,518 votes to 398.')).toEqual([]);
    expect(tally('The motion failed by 512 votes to 3,987.', 'The motion failed by 510 votes to 3,987.')).toEqual([]);
  });
  it('reads no noun for a share of a possessor’s figure behind a hedge of four words (`the town’s in the region of 26,000 voters`)', () => {
    expect(read('Turnout was 41% of the town’s in the region of 26,000 voters.')[0]).toBe('41% percent');
  });
  it('reads a counted four-digit number after a possessor as a figure of it (`the council’s 2000 employees`)', () => {
    expect(read('Some 12% of the council’s 2000 employees will go.')[0]).toBe('Some 12% percent');
  });
});

import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { notes, pair } from './conflict-pairs.ts';

/** Round 17n (decision 004): figures of fresh text the readers and the figure pairing lost. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`} ${q.low}-${q.high}`);

describe('a length told before its figure', () => {
  it('reads `a span of 460m` as metres', () => {
    expect(read('The bridge will have a main span of 460m.')).toEqual(['460m other metre 460-460']);
    expect(read('The wreck lies at a depth of about 120m.')).toEqual(['about 120m other metre 108-132']);
  });

  it('leaves `a budget of 460m` unread: millions or metres is unclear', () => {
    expect(read('The city set a budget of 460m.')).toEqual([]);
  });
});

describe('time units written short', () => {
  it('counts `4 min` in minutes, as `four minutes` is', () => {
    expect(read('The trip takes 4 min.').map((r) => r.split(' ').slice(0, 4).join(' '))).toEqual(['4 min duration minute']);
    expect(read('It took 3 hrs.').map((r) => r.split(' ').slice(0, 4).join(' '))).toEqual(['3 hrs duration hour']);
  });
});

describe('the figure pairing refitted on all development', () => {
  const LEAD = 'Romania awarded the contract for the new Danube bridge between Giurgiu and Ruse to a Spanish-led group on Thursday, the transport ministry said. ';
  it('sets two counts of one thing against each other where the sentences share little but the counted noun', () => {
    expect(notes(...pair(`${LEAD}Five bidders took part in the competition, which opened in March.`, `${LEAD}The group beat the four bids received in the tender on price.`))).toEqual(['bidder: Five bidders vs four bids']);
  });

  it('still sets no count against a count of another thing', () => {
    expect(notes(...pair(`${LEAD}Five bidders took part in the competition, which opened in March.`, `${LEAD}The bridge will carry four lanes of traffic over the river.`))).toEqual([]);
  });
});

describe('a large scale joined to its figure by a hyphen', () => {
  it('reads `a $5-million grant` as five million dollars, not five', () => {
    expect(read('It won a $5-million grant.')).toEqual(['$5-million currency grant 5000000-5000000']);
  });

  it('reads a currency or crowns joined after the scale', () => {
    expect(read('It won a 5-million-euro grant.')).toEqual(['5-million-euro currency grant 5000000-5000000']);
    expect(read('It won a 400-million-krone grant.')).toEqual(['400-million-krone count krone 400000000-400000000']);
  });

  it('leaves a unit joined to a bare figure alone: `a 10-pound baby`', () => {
    expect(read('She had a 10-pound baby.')).toEqual(['10 count 10-10']);
  });
});

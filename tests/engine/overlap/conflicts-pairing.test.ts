import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 12c (decision 004): figures paired by what they quantify (conflicts-pairing.ts). Every
 * figure of one report is paired with its best partner in the other, whatever the values; a
 * mutual best pair strong enough whose values cannot be one is a conflict. Invented sentences.
 */

/** A lead both reports share, so that they are taken for one event. */
const RAID = 'Customs officers in the port of Varna raided a bonded warehouse on Tuesday after a tip-off about counterfeit medicines. ';
const raid = (a: string, b: string): [Article, Article] => pair(RAID + a, RAID + b, 'March 24, 2026');

describe('figures paired by what they quantify', () => {
  it('sets two counts of one thing against each other though the lexicon does not relate their nouns', () => {
    // `crates` and `shipments` share no sense; the verb, its subject and its object, the
    // sentences' other words and each report's one count of the thing pair them.
    const [forward, backward] = bothWays(...raid('Officers tested 164 crates of tablets for the fake drug, the agency said.', 'The agency said officers tested 146 shipments for the fake drug.'));
    expect(forward).toEqual(['crate: 164 crates vs 146 shipments']);
    expect(backward).toEqual(['crate: 146 shipments vs 164 crates']);
  });

  it('sets nothing against a figure whose best partner agrees with it', () => {
    expect(notes(...raid('Officers seized 40 boxes of tablets at the warehouse, the agency said.', 'The agency said officers seized 40 boxes of tablets at the warehouse and later found 44 cartons at a second site.'))).toEqual([]);
  });

  it('sets nothing against a figure the other report also gives', () => {
    expect(notes(...raid('Officers tested 164 crates of tablets for the fake drug, the agency said.', 'The agency said officers tested 164 crates, and 146 shipments were held for the fake drug.'))).toEqual([]);
  });

  it('does not pair a count of things with a count of people', () => {
    expect(notes(...raid('Officers tested 164 crates of tablets for the fake drug, the agency said.', 'The agency said 146 workers were questioned about the fake drug.'))).toEqual([]);
  });
});

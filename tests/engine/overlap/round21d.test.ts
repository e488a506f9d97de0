import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { comparisonFrom, gatherPair } from '../../../src/engine/overlap/compare.ts';
import type { ObservedPair, PairingOptions } from '../../../src/engine/overlap/conflicts-pairing.ts';
import { PAIRING_MODEL, WEIGHTS } from '../../../src/engine/overlap/conflicts-pairing-scores.ts';
import { notes, pair } from './conflict-pairs.ts';

/**
 * Round 21d (decision 004): the figure pairing's model and observer are options passed down from
 * `gatherPair` (compare.ts), no longer module state the fit script set and reset around engine
 * calls. A comparison with another model or an observer leaves the next comparison as it was.
 */

/** A lead both reports share, so that they are taken for one event (as in conflicts-pairing.test.ts). */
const RAID = 'Customs officers in the port of Varna raided a bonded warehouse on Tuesday after a tip-off about counterfeit medicines. ';
/** Two counts of one thing the lexicon does not relate: only the figure pairing sets them against each other. */
const [A, B] = pair(`${RAID}Officers tested 164 crates of tablets for the fake drug, the agency said.`, `${RAID}The agency said officers tested 146 shipments for the fake drug.`, 'March 24, 2026');
const PAIRED = ['crate: 164 crates vs 146 shipments'];

const notesWith = (a: Article, b: Article, pairing: PairingOptions): string[] => comparisonFrom(gatherPair(a, b, undefined, false, pairing), null).conflicts.map((conflict) => conflict.note);
/** The committed weights with a threshold no pair reaches. */
const NEVER = { weights: PAIRING_MODEL.weights, threshold: 1e9 };

describe('the figure pairing, given its model and observer per comparison', () => {
  it('pairs by the committed model when given none, as compareArticles does', () => {
    expect(notes(A, B)).toEqual(PAIRED);
    expect(notesWith(A, B, {})).toEqual(PAIRED);
    expect(notesWith(A, B, { model: PAIRING_MODEL })).toEqual(PAIRED);
  });

  it('pairs by the model given, and the next comparison without one is as before', () => {
    expect(notesWith(A, B, { model: NEVER })).toEqual([]);
    expect(notes(A, B)).toEqual(PAIRED);
    // Other weights, not only another threshold: a bias no pair overcomes.
    expect(notesWith(A, B, { model: { weights: { ...WEIGHTS, bias: -100 }, threshold: PAIRING_MODEL.threshold } })).toEqual([]);
    expect(notes(B, A)).toEqual(['crate: 146 shipments vs 164 crates']);
    expect(WEIGHTS).toEqual(PAIRING_MODEL.weights);
    expect(Object.isFrozen(WEIGHTS)).toBe(true);
  });

  it('hands the observer every pair it may score and raises nothing while observed, that comparison only', () => {
    const observed: ObservedPair[][] = [];
    expect(notesWith(A, B, { observe: (pairs) => observed.push(pairs) })).toEqual([]);
    expect(observed).toHaveLength(1);
    expect(observed[0]?.some((pair) => pair.conflicting)).toBe(true);
    expect(notes(A, B)).toEqual(PAIRED);
    expect(observed).toHaveLength(1);
  });
});

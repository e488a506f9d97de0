import { describe, expect, it } from 'vitest';
import { type Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * A ship's flag (conflicts-venues.ts): the flag is the country alias the lexicon reads right
 * before `-flagged`/`-registered`, compared by its country key. Invented sentences.
 */
const SPILL = 'Fuel oil from a bunkering tanker damaged in a collision off Tarrow washed ashore on Thursday, closing three beaches. ';
const spill = (a: string, b: string): [Article, Article] => pair(SPILL + a, SPILL + b);
const flagged = (flag: string): string => `${flag} bulk carrier Nordic Tern struck the tanker.`;

describe('one country written two ways is one flag', () => {
  it('does not read a sentence-opening word as part of the flag (`A Panama-flagged`, `Its Liberian-flagged`)', () => {
    expect(notes(...spill(flagged('A Panama-flagged'), flagged('The Panamanian-flagged')))).toEqual([]);
    expect(notes(...spill(flagged('Its Liberian-flagged'), flagged('The Liberian-flagged')))).toEqual([]);
  });

  it('knows a country by its name and adjective where they share no long start', () => {
    expect(notes(...spill(flagged('The Marshall Islands-registered'), flagged('The Marshallese-flagged')))).toEqual([]);
    expect(notes(...spill(flagged('The Britain-registered'), flagged('The British-flagged')))).toEqual([]);
    expect(notes(...spill(flagged('The Dutch-flagged'), flagged('The Netherlands-registered')))).toEqual([]);
    expect(notes(...spill(flagged('The Danish-flagged'), flagged('The Denmark-registered')))).toEqual([]);
  });
});

describe('two countries are two flags', () => {
  it('marks the flag from its country, not from the word that opens the sentence', () => {
    const [forward, backward] = bothWays(...spill(flagged('A Panama-flagged'), flagged('The Liberian-flagged')));
    expect(forward).toEqual(['flag: Panama-flagged vs Liberian-flagged']);
    expect(backward).toEqual(['flag: Liberian-flagged vs Panama-flagged']);
  });

  it('sets `Dutch` against `Danish`, which share a long start', () => {
    expect(notes(...spill(flagged('The Dutch-flagged'), flagged('The Danish-flagged')))).toEqual(['flag: Dutch-flagged vs Danish-flagged']);
  });

  it('reads no flag where the lexicon knows no country before `-flagged`', () => {
    expect(notes(...spill(flagged('The Tarrowese-flagged'), flagged('The Liberian-flagged')))).toEqual([]);
  });
});

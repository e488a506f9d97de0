import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 10c (decision 004): conflicts on the fifth and sixth blind sets. Each rule is tested on
 * invented sentences, with the near misses it must not flag.
 */

/** A lead both reports share, so that they are taken for one event (decision 004: pins). */
const STORM = 'A tornado tore through the town of Varna in northern Mississippi early on Tuesday, flattening homes along Route 45. ';
const storm = (a: string, b: string): [Article, Article] => pair(STORM + a, STORM + b, 'March 24, 2026');

describe('an age agrees with no count', () => {
  it('sets two counts against each other though one report gives the other’s figure as someone’s age', () => {
    const [forward, backward] = bothWays(
      ...storm('Officials said 31 people had been injured in the storm across the county.', 'Officials said 29 people were injured in the storm across the county. The dead were Ann Hale, 31, and her son.'),
    );
    expect(forward).toEqual(['people: 31 people vs 29 people']);
    expect(backward).toEqual(['people: 29 people vs 31 people']);
  });

  it('still takes a figure the other report gives as a count as agreed', () => {
    expect(notes(...storm('Officials said 31 people had been injured in the storm across the county.', 'Officials said 29 people were injured in the storm across the county. In all, 31 people needed treatment.'))).toEqual([]);
  });
});

describe('a source that says a figure is not whose figure it is', () => {
  // Each report names the other's source too, so `ofDifferentNames` reads both names.
  const a = 'The Varna Emergency Agency said 31 people had been injured, four of them critically. Sheriff Tom Bell helped with the search.';
  const b = 'Sheriff Tom Bell said 29 people were injured in the storm, four of them critically. The Varna Emergency Agency sent teams.';
  it('sets the figures against each other when a report names the other’s source', () => {
    const [forward, backward] = bothWays(...storm(a, b));
    expect(forward).toEqual(['people: 31 people vs 29 people']);
    expect(backward).toEqual(['people: 29 people vs 31 people']);
  });

  it('still keeps apart figures of different subjects that a source reports', () => {
    expect(notes(...storm('The Varna Emergency Agency said the Reds had lost 31 homes in the storm. The Blues helped.', 'The Varna Emergency Agency said the Blues had lost 29 homes in the storm. The Reds helped.'))).toEqual([]);
  });
});

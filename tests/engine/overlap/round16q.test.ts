import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 16q (decision 004): scores, quotations in straight single quotes and ages in apposition. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`}${q.age === true ? ' age' : ''}`);

describe('an age set off by commas after a name', () => {
  it('reads `Marlow, 31,` as an age in years', () => {
    expect(read('Dana Marlow, 31, was charged on Friday.')).toEqual(['31 duration year age']);
  });

  it('leaves a figure after a month or a weekday, or not closed by a comma, as it was', () => {
    expect(read('The count fell on Monday, 14, and rose again.')).toEqual(['14 count']);
    expect(read('Dana Marlow, 31 years on, came back.').map((q) => q.endsWith(' age'))).toEqual([false]);
  });

  it('finds the age two reports give of one person, written as an apposition and as `N-year-old`', () => {
    const [a, b] = pair(
      'The harbour pilot Dana Marlow steered the tanker clear of the breakwater on Tuesday night. Marlow, 31, joined the port authority in spring.',
      'A tanker nearly struck the breakwater at Westhaven on Tuesday night. The 31-year-old pilot stayed on the bridge until dawn.',
    );
    expect(factTexts(a, b).some((fact) => fact.includes('31'))).toBe(true);
  });

  it('does not take the bound of a group for a person’s age', () => {
    const [a, b] = pair(
      'The census found that people aged 65 and over now make up a fifth of the town.',
      'Officials said residents aged 65 or older were offered free transport to the clinic.',
    );
    expect(factTexts(a, b).some((fact) => fact.includes('65'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** Round 15v (decision 004): figures, units and hedges the readers missed. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`} ${q.low}-${q.high}`);
const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${read(text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('a hedge on a time of day is as loose as the time is rounded', () => {
  it('keeps `about` an hour wide on a time written to the hour', () => {
    expect(agree('The blast came at about 3 a.m.', 'The blast came at 3:25 a.m.')).toBe(true);
  });

  it('narrows `about` on a half hour and a quarter', () => {
    expect(read('Police arrived at about 7.30am on Monday')).toEqual(['about 7.30am clock 435-465']);
    expect(read('The slide came at about 11:15 am on Monday')).toEqual(['about 11:15 am clock 667.5-682.5']);
  });

  it('adds no rounding slack past a hedged time: `shortly after 6am` and `about 7.30am` differ', () => {
    expect(agree('The man died shortly after 6am.', 'The man died at about 7.30am.')).toBe(false);
    expect(agree('The slide came shortly after 10:30 am.', 'The slide came at about 11:15 am.')).toBe(false);
  });

  it('still lets a hedged hour meet a time inside it', () => {
    expect(agree('The man died shortly after 6am.', 'The man died at 6.20am.')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** Round 16c (decision 004): dates, times and figures of fresh text. Invented sentences. */
const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${found.map((q) => q.text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('an approximate figure reaches as far as its hedge or its rounding, and no further than half its next coarser digit', () => {
  it('sets two hedged figures apart when neither hedge reaches the other: `about 70 million` / `roughly 84 million`', () => {
    expect(agree('The reptile lived about 70 million years ago.', 'The reptile lived roughly 84 million years ago.')).toBe(false);
  });

  it('knows a hedged figure written to three digits to them: `about £1.18bn` / `£1,240m`', () => {
    expect(agree('The bid values the grocer at about £1.18bn.', 'The bid values the grocer at £1,240m.')).toBe(false);
    expect(agree('The bid values the grocer at about £1.18bn.', 'The bid values the grocer at £1,200m.')).toBe(true);
  });

  it('keeps a tenth on a figure rounded to one digit, its zeros being rounding: `about 7,000` / `6,942`', () => {
    expect(agree('The maker recalled about 7,000 vans.', 'The maker recalled 6,942 vans.')).toBe(true);
    expect(agree('The trial enrolled about 14,200 patients.', 'The trial enrolled 14,212 patients.')).toBe(true);
  });

  it('still lets a one-digit hedge reach its rounding: `about 30` meets `34`', () => {
    expect(agree('The slide buried about 30 houses.', 'The slide buried 34 houses.')).toBe(true);
  });
});

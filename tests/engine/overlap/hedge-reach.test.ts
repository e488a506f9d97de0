import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${found.map((q) => q.text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('an approximate figure written to two digits reaches two steps of its last digit, not five', () => {
  it('sets `about 2.9 million` apart from `3.2 million`: a writer who knew 3.2 would not write 2.9', () => {
    expect(agree('The rise covers about 2.9 million workers.', 'The rise covers 3.2 million workers.')).toBe(false);
  });

  it('still lets it meet a figure within two steps: `about 2.9 million` / `3.05 million`', () => {
    expect(agree('The rise covers about 2.9 million workers.', 'The rise covers 3.05 million workers.')).toBe(true);
  });

  it('sets `roughly 84 million` apart from `87 million`, and meets `85.5 million`', () => {
    expect(agree('The reptile lived roughly 84 million years ago.', 'The reptile lived 87 million years ago.')).toBe(false);
    expect(agree('The reptile lived roughly 84 million years ago.', 'The reptile lived 85.5 million years ago.')).toBe(true);
  });

  it('keeps a tenth on a one-digit figure: `about 3 million` meets `3.2 million`', () => {
    expect(agree('The rise covers about 3 million workers.', 'The rise covers 3.2 million workers.')).toBe(true);
  });
});

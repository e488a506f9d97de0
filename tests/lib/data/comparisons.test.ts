import { describe, expect, it } from 'vitest';
import type { ComparisonData } from '../../../src/engine/index.ts';
import { orientComparison } from '../../../src/lib/data/comparisons.ts';

const stored: ComparisonData = {
  a: 'story--voa',
  b: 'story--cnn',
  facts: [{ id: 'f1', a: [{ start: 0, end: 5 }], b: [{ start: 10, end: 15 }], kind: 'quote', score: 0.9 }],
  conflicts: [{ id: 'c1', a: [{ start: 20, end: 22 }], b: [{ start: 30, end: 32 }], kind: 'number', subject: 'deaths', values: ['23', '31'], note: 'deaths: 23 vs 31' }],
};

describe('orientComparison', () => {
  it('gives the stored pair as it is in its own order', () => {
    expect(orientComparison(stored, 'story--voa', 'story--cnn')).toBe(stored);
  });

  it('turns the pair around: ends, values and the note follow the new left-hand report', () => {
    expect(orientComparison(stored, 'story--cnn', 'story--voa')).toEqual({
      a: 'story--cnn',
      b: 'story--voa',
      facts: [{ id: 'f1', a: [{ start: 10, end: 15 }], b: [{ start: 0, end: 5 }], kind: 'quote', score: 0.9 }],
      conflicts: [{ id: 'c1', a: [{ start: 30, end: 32 }], b: [{ start: 20, end: 22 }], kind: 'number', subject: 'deaths', values: ['31', '23'], note: 'deaths: 31 vs 23' }],
    });
  });

  it('is null for a comparison of another pair', () => {
    expect(orientComparison(stored, 'story--voa', 'story--ap')).toBeNull();
  });
});

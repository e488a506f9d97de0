import { describe, expect, it } from 'vitest';
import { buildPairingBlock, committedBlock, replayScores, type Comparison } from '../../../scripts/fit-figure-pairing.ts';
import { fitLogistic } from '../../../scripts/logistic-fit.ts';
import { charRange } from '../../../src/engine/text/ranges.ts';

/** A toy table: one feature that separates the labels at 1.5, and one that follows them loosely. */
const X = [
  [0, 0],
  [1, 1],
  [1, 0],
  [2, 1],
  [2, 1],
  [3, 0],
];
const Y = [0, 0, 0, 1, 1, 1];
const score = (fit: { weights: number[]; bias: number }, row: readonly number[]): number => row.reduce((sum, value, k) => sum + value * (fit.weights[k] ?? 0), fit.bias);

describe('the logistic fitter (scripts/logistic-fit.ts)', () => {
  it('separates a separable toy table', () => {
    const fit = fitLogistic(X, Y, { lambda: 0.01, signs: [0, 0] });
    X.forEach((row, r) => expect(score(fit, row) > 0).toBe(Y[r] === 1));
    expect(fit.weights[0]).toBeGreaterThan(0);
  });

  it('holds a weight at zero when its sign is fixed against the data', () => {
    const free = fitLogistic(X, Y, { lambda: 1, signs: [0, 0] });
    // Free, the second feature takes a positive weight; held ≤ 0, it is held at 0 and the first still separates.
    expect(free.weights[1]).toBeGreaterThan(0);
    const held = fitLogistic(X, Y, { lambda: 1, signs: [0, -1] });
    expect(held.weights[1]).toBe(0);
    expect(held.weights[0]).toBeGreaterThan(0);
    // At the constrained optimum the held weight would rise if let go: the constraint binds.
    expect(held.weights[0]).not.toBeCloseTo(free.weights[0] ?? 0, 6);
  });

  it('lets a sign-fixed weight take its fitted value when the data agree with the sign', () => {
    const free = fitLogistic(X, Y, { lambda: 1, signs: [0, 0] });
    const held = fitLogistic(X, Y, { lambda: 1, signs: [1, 1] });
    held.weights.forEach((value, k) => expect(value).toBeCloseTo(free.weights[k] ?? 0, 9));
  });
});

describe('the pairing replayed (scripts/fit-figure-pairing.ts)', () => {
  const pair = (i: number, j: number, value: number): Comparison['pairs'][number] => ({ i, j, features: [value], a: charRange(i, i + 1), b: charRange(j, j + 1), agree: false, conflicting: true });
  const comparison: Comparison = {
    digest: 0,
    // Figure 0 of one report scores 3 with figures 0 and 1 of the other (a tie: the first wins); figure 1 scores 1 with figure 1, whose best is figure 0.
    pairs: [pair(0, 0, 3), pair(0, 1, 3), pair(1, 1, 1)],
    labels: [1, 0, 1],
    usedA: new Set(),
    usedB: new Set(),
    references: [],
    touchedByDetectors: [],
    unmatchedByDetectors: 0,
  };

  it('pairs as the engine does: mutual best, ties to the first partner, the lead over the next best', () => {
    const { mutual, margins } = replayScores(comparison, (row) => row[0] ?? 0);
    expect(mutual).toEqual([true, false, false]);
    // The tie leaves no lead; a pair that is not the best leads by nothing.
    expect(margins).toEqual([0, 0, 0]);
    const alone = replayScores({ ...comparison, pairs: [pair(0, 0, 3), pair(1, 1, 1)] }, (row) => row[0] ?? 0);
    // Each its figures' one partner: the lead is the most it counts.
    expect(alone.margins).toEqual([2, 2]);
  });
});

describe('the committed pairing weights', () => {
  it(
    'are what scripts/fit-figure-pairing.ts writes (run it after changing the engine or the development golds)',
    () => {
      expect(committedBlock() === buildPairingBlock()).toBe(true);
    },
    300_000,
  );
});

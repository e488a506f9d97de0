import { describe, expect, it } from 'vitest';
import { replayScores, THRESHOLDS, type Tallies } from '../../../scripts/figure-pairing/replay.ts';
import { label, type Comparison } from '../../../scripts/figure-pairing/table.ts';
import { ADOPT_MARGIN, adopts, blockSource, committedBlock, committedValues, KEPT, literal, nestedThresholds, toWrite, type PairingFit } from '../../../scripts/fit-figure-pairing.ts';
import { fitLogistic } from '../../../scripts/logistic-fit.ts';
import { PAIRING_MODEL, WEIGHTS } from '../../../src/engine/overlap/conflicts-pairing-scores.ts';
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
    factOnly: [false, false, false],
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

describe('the pair labels (scripts/figure-pairing/table.ts)', () => {
  const pair = (a: [number, number], b: [number, number], agree: boolean): Comparison['pairs'][number] => ({ i: 0, j: 0, features: [], a: charRange(a[0], a[1]), b: charRange(b[0], b[1]), agree, conflicting: !agree });
  const reference = { a: [{ start: 10, end: 20 }], b: [{ start: 30, end: 40 }] };

  it('labels a pair one quantity only when each figure lies within the reference conflict, not when it touches it', () => {
    expect(label(pair([12, 15], [31, 33], false), [reference], [])).toEqual({ label: 1, factOnly: false });
    // One character shared with the conflict's span in the first report: a touch, not the figure's own conflict.
    expect(label(pair([19, 23], [31, 33], false), [reference], [])).toEqual({ label: 0, factOnly: false });
    expect(label(pair([12, 15], [38, 44], false), [reference], [])).toEqual({ label: 0, factOnly: false });
  });

  it('labels agreeing figures within one reference fact as fact positives, and only agreeing ones', () => {
    expect(label(pair([12, 15], [31, 33], true), [], [reference])).toEqual({ label: 1, factOnly: true });
    expect(label(pair([12, 15], [31, 33], false), [], [reference])).toEqual({ label: 0, factOnly: false });
    expect(label(pair([8, 15], [31, 33], true), [], [reference])).toEqual({ label: 0, factOnly: false });
  });
});

describe('the threshold, chosen leaving each fold out (scripts/fit-figure-pairing.ts)', () => {
  /** A fold whose replay gains `value` at `threshold` and nothing elsewhere. */
  const peak = (threshold: number, value: number): Tallies => ({ touched: THRESHOLDS.map((t) => (t === threshold ? value : 0)), unmatched: THRESHOLDS.map(() => 0) });

  it("chooses each fold's threshold on the other folds' replays, never its own", () => {
    // Fold 0 alone prefers 1; the other two prefer 0.5 and −1 (the larger wins): fold 0 is measured at 0.5.
    expect(nestedThresholds([peak(1, 9), peak(0.5, 3), peak(-1, 2)])).toEqual([0.5, 1, 1]);
  });
});

describe('the rule that writes the engine (scripts/fit-figure-pairing.ts)', () => {
  const kept = { all: { touched: 200, unmatched: 30 }, unseen: { touched: 24, unmatched: 0 } };
  const fit = (gain: number, unseen = 24): Pick<PairingFit, 'nested' | 'unseen'> => ({ nested: { touched: 170 + gain, unmatched: 0 }, unseen: { touched: unseen, unmatched: 0 } });

  it('adopts a fit only when it beats the kept weights by more than the margin, and not worse on the sets neither saw', () => {
    expect(adopts(fit(0), kept)).toBe(false);
    expect(adopts(fit(ADOPT_MARGIN), kept)).toBe(false);
    expect(adopts(fit(ADOPT_MARGIN + 1), kept)).toBe(true);
    expect(adopts(fit(ADOPT_MARGIN + 1, 23), kept)).toBe(false);
  });

  it('writes nothing unless run with --adopt, whatever the fit', () => {
    const better = { ...fit(ADOPT_MARGIN + 5), weights: KEPT.weights, threshold: 0.5 } as PairingFit;
    const text = `before\n${blockSource(KEPT.weights, KEPT.threshold)}\nafter\n`;
    expect(toWrite([], better, kept, text)).toBeNull();
    expect(toWrite(['--check'], better, kept, text)).toBeNull();
    expect(toWrite(['--adopt', '--check'], better, kept, text)).toBeNull();
    expect(toWrite(['--adopt'], { ...better, ...fit(0) }, kept, text)).toBeNull();
    expect(toWrite(['--adopt'], better, kept, text)).toBe(`before\n${blockSource(KEPT.weights, 0.5)}\nafter\n`);
  });
});

describe('the committed pairing weights', () => {
  const hint = 'only `npx tsx scripts/fit-figure-pairing.ts --adopt` writes them; after an adoption, record the weights as KEPT in the script (and in decision 004)';

  it('are the kept ones (KEPT in scripts/fit-figure-pairing.ts), as the engine reads them', () => {
    const committed = committedValues();
    expect(committed.weights, hint).toBe(literal(KEPT.weights));
    expect(committed.threshold, hint).toBe(String(KEPT.threshold));
    expect(literal(WEIGHTS), hint).toBe(literal(KEPT.weights));
    expect(String(PAIRING_MODEL.threshold), hint).toBe(String(KEPT.threshold));
  });

  it('are in the block as the script writes it', () => {
    expect(committedBlock(), hint).toBe(blockSource(KEPT.weights, KEPT.threshold));
  });
});

/**
 * The figure pairing replayed on the pair table (scripts/fit-figure-pairing.ts, step 4): the
 * pairing's own rules (mutual best, ties to the first, margin, threshold, agreement, one conflict
 * per mention after the detectors') at every threshold of THRESHOLDS, counted as the scorer counts.
 */
import { MAX_MARGIN } from '../../src/engine/overlap/conflicts-pairing-scores.ts';
import { touches, type Comparison } from './table.ts';

/** The thresholds tried, −2 to 3 by 0.05. */
export const THRESHOLDS = Array.from({ length: 101 }, (_, i) => Math.round((-2 + i * 0.05) * 100) / 100);

/** The ten weights in the script's NAMES order (the margin last), and the bias. */
export interface Fitted {
  weights: number[];
  bias: number;
}

/** Reference conflicts touched (by the detectors or the pairing) and predicted conflicts that touch none. */
export interface Tally {
  touched: number;
  unmatched: number;
}
/** Tallies by threshold, in THRESHOLDS' order. */
export interface Tallies {
  touched: number[];
  unmatched: number[];
}

export const add = (x: Tally, y: Tally): Tally => ({ touched: x.touched + y.touched, unmatched: x.unmatched + y.unmatched });
export const gain = (tally: Tally): number => tally.touched - tally.unmatched;
export const noTallies = (): Tallies => ({ touched: THRESHOLDS.map(() => 0), unmatched: THRESHOLDS.map(() => 0) });
/** `into` plus `more`, threshold by threshold (in place). */
export function addTallies(into: Tallies, more: Tallies): Tallies {
  more.touched.forEach((value, t) => (into.touched[t] = (into.touched[t] ?? 0) + value));
  more.unmatched.forEach((value, t) => (into.unmatched[t] = (into.unmatched[t] ?? 0) + value));
  return into;
}
/** The tally at `threshold` (one of THRESHOLDS). */
export function at(tallies: Tallies, threshold: number): Tally {
  const t = THRESHOLDS.indexOf(threshold);
  if (t < 0) throw new Error(`threshold ${threshold} is not one of THRESHOLDS`);
  return { touched: tallies.touched[t] ?? 0, unmatched: tallies.unmatched[t] ?? 0 };
}

export const dot = (weights: readonly number[], bias: number, row: readonly number[]): number => row.reduce((sum, value, k) => sum + value * (weights[k] ?? 0), bias);

/** Each pair's score, its margin over the figures' next best partners, and whether it is mutual best (the pairing's `keep`). */
export function replayScores(comparison: Pick<Comparison, 'pairs'>, score: (row: readonly number[]) => number): { scores: number[]; margins: number[]; mutual: boolean[] } {
  const scores = comparison.pairs.map((pair) => score(pair.features));
  const rows = new Map<number, { best: number; score: number; second: number }>();
  const columns = new Map<number, { best: number; score: number; second: number }>();
  const keep = (map: Map<number, { best: number; score: number; second: number }>, key: number, partner: number, value: number): void => {
    const entry = map.get(key) ?? { best: -1, score: -Infinity, second: -Infinity };
    if (value > entry.score || (value === entry.score && partner < entry.best)) map.set(key, { best: partner, score: value, second: entry.score });
    else map.set(key, { ...entry, second: Math.max(entry.second, value) });
  };
  comparison.pairs.forEach((pair, k) => {
    keep(rows, pair.i, pair.j, scores[k] ?? 0);
    keep(columns, pair.j, pair.i, scores[k] ?? 0);
  });
  const margins: number[] = [];
  const mutual: boolean[] = [];
  comparison.pairs.forEach((pair, k) => {
    const [row, column] = [rows.get(pair.i), columns.get(pair.j)];
    const value = scores[k] ?? 0;
    // A pair's lead over the best other partner of either figure (0 for a pair that is not the best).
    const other = (entry: { best: number; score: number; second: number } | undefined, partner: number): number => (entry === undefined ? -Infinity : entry.best === partner ? entry.second : entry.score);
    const others = Math.max(other(row, pair.j), other(column, pair.i));
    margins.push(Math.max(0, Math.min(value - others, MAX_MARGIN)));
    mutual.push(row?.best === pair.j && column?.best === pair.i);
  });
  return { scores, margins, mutual };
}

/** The pairing replayed on `comparison` at every threshold: reference conflicts touched (with the detectors') and unmatched predicted conflicts. */
export function replay(comparison: Comparison, fitted: Fitted): Tallies {
  const marginWeight = fitted.weights.at(-1) ?? 0;
  const { scores, margins, mutual } = replayScores(comparison, (row) => dot(fitted.weights, fitted.bias, row));
  // The mutual best pairs in the first report's order, as the pairing raises them.
  const candidates = comparison.pairs.flatMap((pair, k) => (mutual[k] === true ? [{ pair, value: (scores[k] ?? 0) + marginWeight * (margins[k] ?? 0) }] : [])).sort((x, y) => x.pair.i - y.pair.i);
  const touched: number[] = [];
  const unmatched: number[] = [];
  for (const threshold of THRESHOLDS) {
    const usedA = new Set(comparison.usedA);
    const usedB = new Set(comparison.usedB);
    const hit = [...comparison.touchedByDetectors];
    let misses = comparison.unmatchedByDetectors;
    for (const { pair, value } of candidates) {
      if (value < threshold || !pair.conflicting || usedA.has(pair.a.start) || usedB.has(pair.b.start)) continue;
      usedA.add(pair.a.start);
      usedB.add(pair.b.start);
      const touching = comparison.references.flatMap((reference, n) => (touches([pair.a], [pair.b], reference) ? [n] : []));
      for (const n of touching) hit[n] = true;
      if (touching.length === 0) misses += 1;
    }
    touched.push(hit.filter(Boolean).length);
    unmatched.push(misses);
  }
  return { touched, unmatched };
}

/** Replay totals over comparisons, by threshold. */
export function replayAll(comparisons: readonly Comparison[], fitted: Fitted): Tallies {
  const total = noTallies();
  for (const comparison of comparisons) addTallies(total, replay(comparison, fitted));
  return total;
}

/** Of the thresholds with the most touched less unmatched, the middle one. */
export function chooseThreshold(totals: Tallies): number {
  const gains = THRESHOLDS.map((_, t) => (totals.touched[t] ?? 0) - (totals.unmatched[t] ?? 0));
  const best = Math.max(...gains);
  const ties = THRESHOLDS.filter((_, t) => gains[t] === best);
  return ties[Math.floor((ties.length - 1) / 2)] ?? 0;
}

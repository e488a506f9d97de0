import { addCounts, metricsOf, type Counts, type DigestResult, type Metrics } from './score.ts';

/**
 * Averages over digests and the targets they are held to. Pure.
 *
 * `mean` is macro: each metric averaged over the digests where it is defined (null when it is
 * defined nowhere); `falseFactsOnUnrelated` is then the mean count per digest. `micro` pools the
 * counts of every pair of every digest. F1, highlight precision and conflict recall are checked
 * on the macro mean; false facts on unrelated pairs on the micro total (every such fact, in every
 * digest, together: at most 1).
 */

export type MetricName = keyof Metrics;

export interface Target {
  metric: MetricName;
  label: string;
  basis: 'mean' | 'total';
  /** `min`: at least this value; `max`: at most. */
  direction: 'min' | 'max';
  threshold: number;
}

export const TARGETS: readonly Target[] = [
  { metric: 'f1', label: 'F1', basis: 'mean', direction: 'min', threshold: 0.85 },
  { metric: 'highlightPrecision', label: 'highlight precision', basis: 'mean', direction: 'min', threshold: 0.85 },
  { metric: 'conflictRecall', label: 'conflict recall', basis: 'mean', direction: 'min', threshold: 0.6 },
  { metric: 'falseFactsOnUnrelated', label: 'false facts on unrelated pairs', basis: 'total', direction: 'max', threshold: 1 },
];

export interface TargetCheck extends Target {
  value: number | null;
  /** null: the metric is undefined on this set (e.g. no reference conflicts anywhere). */
  met: boolean | null;
}

/** Reference conflicts of one kind (as the golds name it), pooled over every pair: how many were touched. */
export interface ConflictKindCount {
  kind: string;
  touched: number;
  total: number;
}

export interface EvalResult {
  digests: DigestResult[];
  mean: Metrics;
  micro: { counts: Counts; metrics: Metrics };
  /** Most frequent kind first; ties by name. */
  conflictsByKind: ConflictKindCount[];
  targets: TargetCheck[];
}

function meanOf(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0 ? null : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

export function macroMean(digests: readonly DigestResult[]): Metrics {
  const of = (metric: MetricName): number | null => meanOf(digests.map((digest) => digest.metrics[metric]));
  return {
    recall: of('recall'),
    precision: of('precision'),
    f1: of('f1'),
    highlightPrecision: of('highlightPrecision'),
    conflictRecall: of('conflictRecall'),
    falseFactsOnUnrelated: of('falseFactsOnUnrelated') ?? 0,
  };
}

export function checkTarget(target: Target, value: number | null): TargetCheck {
  const met = value === null ? null : target.direction === 'min' ? value >= target.threshold : value <= target.threshold;
  return { ...target, value, met };
}

export function conflictsByKind(digests: readonly DigestResult[]): ConflictKindCount[] {
  const byKind = new Map<string, ConflictKindCount>();
  for (const conflict of digests.flatMap((digest) => digest.pairs.flatMap((pair) => pair.referenceConflicts))) {
    const entry = byKind.get(conflict.kind) ?? { kind: conflict.kind, touched: 0, total: 0 };
    entry.total += 1;
    if (conflict.touched) entry.touched += 1;
    byKind.set(conflict.kind, entry);
  }
  return [...byKind.values()].sort((x, y) => y.total - x.total || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}

export function summarize(digests: readonly DigestResult[]): EvalResult {
  const counts = addCounts(digests.map((digest) => digest.counts));
  const micro = { counts, metrics: metricsOf(counts) };
  const mean = macroMean(digests);
  const targets = TARGETS.map((target) => checkTarget(target, (target.basis === 'mean' ? mean : micro.metrics)[target.metric]));
  return { digests: [...digests], mean, micro, conflictsByKind: conflictsByKind(digests), targets };
}

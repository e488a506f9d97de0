/**
 * `--report` of scripts/fit-figure-pairing.ts: the real pipeline (`npm run eval`'s scorer) per set
 * left out, each set's digests compared with the weights fitted without it at the threshold chosen
 * without it (the nested choice), against the kept weights, beside the replay's figures.
 */
import { scoreDigest, type DigestResult } from '../../src/cli/eval/score.ts';
import { summarize, type EvalResult } from '../../src/cli/eval/summary.ts';
import { toContractJson } from '../../src/engine/index.ts';
import { comparisonFrom, gatherPair } from '../../src/engine/overlap/compare.ts';
import type { PairingWeights } from '../../src/engine/overlap/conflicts-pairing-scores.ts';
import { BLIND_SETS, OLD_FOLDS } from '../train-draft-model.ts';
import { at, replayAll, type Fitted } from './replay.ts';
import type { Comparison, Digest } from './table.ts';

/** The real pipeline on `digests` with the pairing's weights and threshold set. */
function pipeline(digests: readonly Digest[], weights: PairingWeights, threshold: number): DigestResult[] {
  const model = { weights, threshold };
  return digests.map((digest) => {
    const comparisons = [];
    const { articles } = digest.parsed;
    for (let i = 0; i < articles.length; i += 1) {
      for (let j = i + 1; j < articles.length; j += 1) {
        const [a, b] = [articles[i], articles[j]];
        if (a !== undefined && b !== undefined) comparisons.push(comparisonFrom(gatherPair(a, b, undefined, false, { model }), null));
      }
    }
    return scoreDigest(toContractJson(digest.parsed, comparisons), digest.gold, `${digest.name}.txt`);
  });
}

function line(label: string, result: EvalResult): string {
  const f = (value: number | null | undefined): string => (value === null || value === undefined ? '  –  ' : value.toFixed(4));
  const c = result.micro.counts;
  return `${label.padEnd(26)} F1 ${f(result.mean.f1)} CR ${f(result.mean.conflictRecall)} touched ${String(c.conflictsTouched).padStart(3)}/${String(c.conflicts).padEnd(3)} predicted ${String(c.predictedConflicts).padStart(3)} unmatched ${String(c.unmatchedConflicts).padStart(2)}`;
}

export interface ReportFold {
  fold: number;
  digests: number[];
  fitted: Fitted;
  weights: PairingWeights;
  /** The threshold chosen on the other folds' replays. */
  threshold: number;
}

/** Per set left out, the real pipeline: the kept weights against the weights and threshold chosen without the set. */
export function report(digests: readonly Digest[], table: readonly Comparison[], folds: readonly ReportFold[], kept: { weights: PairingWeights; threshold: number }): void {
  const old: DigestResult[] = [];
  const held: DigestResult[] = [];
  const setNames = Object.keys(BLIND_SETS);
  const groups = new Map<string, { old: DigestResult[]; held: DigestResult[] }>();
  for (const { fold, digests: members, fitted, weights, threshold } of folds) {
    const chosen = members.map((d) => digests[d] as Digest);
    const before = pipeline(chosen, kept.weights, kept.threshold);
    const after = pipeline(chosen, weights, threshold);
    old.push(...before);
    held.push(...after);
    const label = fold >= OLD_FOLDS ? (setNames[fold - OLD_FOLDS] ?? `fold ${fold}`) : `older, fold ${fold}`;
    groups.set(label, { old: before, held: after });
    const replayed = at(
      replayAll(
        table.filter((comparison) => members.includes(comparison.digest)),
        fitted,
      ),
      threshold,
    );
    process.stdout.write(`${line(`${label}, kept`, summarize(before))}\n${line(`${label}, left out`, summarize(after))}   (threshold ${threshold}; replay: touched ${replayed.touched}, unmatched ${replayed.unmatched})\n`);
  }
  const pick = (names: readonly string[], which: 'old' | 'held'): DigestResult[] => names.flatMap((name) => groups.get(name)?.[which] ?? []);
  process.stdout.write(`\n${line('development, kept', summarize(old))}\n${line('development, left out', summarize(held))}\n`);
  process.stdout.write(`${line('sets 23–24, kept', summarize(pick(['set 23', 'set 24'], 'old')))}\n${line('sets 23–24, left out', summarize(pick(['set 23', 'set 24'], 'held')))}\n`);
}

/**
 * The fact gates side by side, each trained and its thresholds chosen on the training folds only
 * and scored on the left-out set (scripts/train-draft-model.ts `--cv --by-set --gates`; decision
 * 004, round 28g): the hand-set rules; the logistic gate and veto; the trees' gate and veto; and
 * the hybrid of each model (the rules' facts less those it vetoes, plus drafts the rules refuse
 * that it admits). Every model enters as a margin per draft (gather.ts `scoredBy`).
 */
import { basename } from 'node:path';
import { type DigestResult } from '../../src/cli/eval/score.ts';
import { summarize, type EvalResult } from '../../src/cli/eval/summary.ts';
import { FEATURE_NAMES } from '../../src/engine/overlap/draft-features.ts';
import { probability, type DraftModel } from '../../src/engine/overlap/draft-model.ts';
import { evaluate, evaluateHybrid, marginModel, scoredBy, type GatheredDigest } from './gather.ts';
import { BLIND_SETS, foldsBySet } from './sets.ts';
import { fitForest, margin, type Forest } from './trees.ts';

export interface GateChoice {
  /** The least probability a draft the rules keep must reach (0: none vetoed). */
  veto: number;
  /** The least probability a draft the rules refuse must reach (above 1: none admitted). */
  admit: number;
}

export type Form = 'gate' | 'veto' | 'hybrid';

export interface ChoiceRules {
  minHighlightP: number;
  maxUnrelated: number;
  /** The gate's and veto's thresholds. */
  thresholds: readonly number[];
}

const NEVER = 2;
const HYBRID_VETO = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const HYBRID_ADMIT = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, NEVER];

/** The real pipeline on margin-scored digests under one form and its thresholds. */
export function evaluateForm(scored: readonly GatheredDigest[], form: Form, choice: GateChoice, base: Pick<DraftModel, 'hardRules' | 'order'>): { result: EvalResult; digests: DigestResult[] } {
  if (form === 'hybrid') return evaluateHybrid(scored, marginModel(0, base.hardRules, base.order), choice.veto, choice.admit);
  return evaluate(scored, marginModel(form === 'gate' ? choice.admit : choice.veto, base.hardRules, base.order), form === 'veto');
}

/** The best of `choices` on the training digests: mean F1, with highlight precision and unrelated facts admissible first. */
function bestOf(scored: readonly GatheredDigest[], form: Form, choices: readonly GateChoice[], base: Pick<DraftModel, 'hardRules' | 'order'>, rules: ChoiceRules): { choice: GateChoice; f1: number; ok: boolean } {
  let best: { choice: GateChoice; f1: number; ok: boolean } | null = null;
  for (const choice of choices) {
    const { result } = evaluateForm(scored, form, choice, base);
    const f1 = result.mean.f1 ?? 0;
    const ok = (result.mean.highlightPrecision ?? 0) >= rules.minHighlightP && result.micro.counts.falseFactsOnUnrelated <= rules.maxUnrelated;
    if (best === null || (ok && !best.ok) || (ok === best.ok && f1 > best.f1)) best = { choice, f1, ok };
  }
  if (best === null) throw new Error('no threshold to choose from');
  return best;
}

/** A form's thresholds chosen on training digests; the hybrid's by coordinate: the veto alone, then the admission, then the veto again. */
export function choose(scored: readonly GatheredDigest[], form: Form, base: Pick<DraftModel, 'hardRules' | 'order'>, rules: ChoiceRules): GateChoice {
  if (form === 'gate') return bestOf(scored, form, rules.thresholds.map((t) => ({ veto: t, admit: t })), base, rules).choice;
  if (form === 'veto') return bestOf(scored, form, rules.thresholds.map((t) => ({ veto: t, admit: NEVER })), base, rules).choice;
  const veto = bestOf(scored, form, HYBRID_VETO.map((v) => ({ veto: v, admit: NEVER })), base, rules).choice.veto;
  const admit = bestOf(scored, form, HYBRID_ADMIT.map((a) => ({ veto, admit: a })), base, rules).choice.admit;
  return bestOf(scored, form, HYBRID_VETO.map((v) => ({ veto: v, admit })), base, rules).choice;
}

/** A model's margin: the logistic model's log-odds, or the forest's. */
export const logisticMargin =
  (model: DraftModel) =>
  (features: readonly number[]): number => {
    const p = Math.min(Math.max(probability(model, features), 1e-12), 1 - 1e-12);
    return Math.log(p / (1 - p));
  };
export const forestMargin =
  (forest: Forest) =>
  (features: readonly number[]): number =>
    margin(forest, features);

/** The drafts the logistic gate trains on: of pairs sharing an event, not hard-filtered. */
export function trainingRows(digests: readonly GatheredDigest[], hardRules: boolean): { x: number[][]; y: number[] } {
  const rows = { x: [] as number[][], y: [] as number[] };
  for (const digest of digests) {
    for (const { gathered, labels } of digest.pairs) {
      if (gathered.evidence.strict) continue;
      gathered.evidence.candidates.forEach((candidate, index) => {
        if (hardRules && candidate.filtered) return;
        rows.x.push(candidate.features);
        rows.y.push(labels[index] ?? 0);
      });
    }
  }
  return rows;
}

/** A forest on the training digests, never splitting on the features left out. */
export function trainForest(digests: readonly GatheredDigest[], hardRules: boolean, without: readonly string[]): Forest {
  const { x, y } = trainingRows(digests, hardRules);
  return fitForest(
    x,
    y,
    FEATURE_NAMES.map((name) => !without.includes(name)),
  );
}

export interface Contender {
  label: string;
  form: Form;
  /** The margin function trained on the training digests (null: the hand-set rules). */
  fit: ((training: readonly GatheredDigest[]) => (features: readonly number[]) => number) | null;
}

/** Leave one set out at a time: each contender's results on every digest, and the thresholds it chose per fold. */
export function crossValidateGates(digests: readonly GatheredDigest[], contenders: readonly Contender[], base: Pick<DraftModel, 'hardRules' | 'order'>, rules: ChoiceRules, log: (text: string) => void): Map<string, { held: DigestResult[]; choices: GateChoice[] }> {
  const folds = foldsBySet(digests.map((digest) => digest.name));
  const out = new Map(contenders.map((c) => [c.label, { held: [] as DigestResult[], choices: [] as GateChoice[] }]));
  const hand = evaluate(digests, null).digests;
  for (const fold of [...new Set(folds)]) {
    const training = digests.filter((_, i) => folds[i] !== fold);
    const left = digests.filter((_, i) => folds[i] === fold);
    const fitted = new Map<unknown, (features: readonly number[]) => number>();
    for (const contender of contenders) {
      const slot = out.get(contender.label);
      if (slot === undefined) continue;
      if (contender.fit === null) {
        slot.held.push(...hand.filter((_, i) => folds[i] === fold));
        continue;
      }
      // One fit per model and fold, shared by its forms.
      const score = fitted.get(contender.fit) ?? contender.fit(training);
      fitted.set(contender.fit, score);
      const choice = choose(scoredBy(training, score), contender.form, base, rules);
      slot.choices.push(choice);
      slot.held.push(...evaluateForm(scoredBy(left, score), contender.form, choice, base).digests);
    }
    log(`fold ${fold}: ${left.length} digests; ${contenders.map((c) => `${c.label} ${JSON.stringify(out.get(c.label)?.choices.at(-1) ?? null)}`).join('; ')}\n`);
  }
  const order = new Map(digests.map((digest, i) => [`${digest.name}.txt`, i]));
  for (const slot of out.values()) slot.held.sort((x, y) => (order.get(x.digest) ?? 0) - (order.get(y.digest) ?? 0));
  return out;
}

const NEW_SETS = ['set 33', 'set 34', 'set 35', 'set 36'];
const inSets = (sets: readonly string[]) => (result: DigestResult) => sets.some((set) => (BLIND_SETS[set] ?? []).some((name) => basename(result.digest).startsWith(name)));

/** The table: each contender's overall, new and rest lines; then each set's F1 and HP; then the seed. */
export function gatesTable(results: Map<string, { held: DigestResult[] }>): string {
  const f = (value: number | null | undefined): string => (value === null || value === undefined ? '  –  ' : value.toFixed(4));
  const row = (label: string, group: string, held: readonly DigestResult[]): string => {
    const { mean, micro } = summarize(held);
    const c = micro.counts;
    return `| ${label} | ${group} | ${f(mean.f1)} | ${f(mean.recall)} | ${f(mean.precision)} | ${f(mean.highlightPrecision)} | ${f(mean.conflictRecall)} | ${f(micro.metrics.f1)} | ${c.requiredHit}/${c.requiredFacts} | ${c.predictedFacts} | ${c.falseFactsOnUnrelated} |`;
  };
  const isNew = inSets(NEW_SETS);
  const lines = ['| gate | group | F1 | R | P | HP | CR | pooled F1 | hits | predicted | unrelated |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const [label, { held }] of results) {
    lines.push(row(label, 'overall', held), row(label, 'new', held.filter(isNew)), row(label, 'rest', held.filter((r) => !isNew(r))));
  }
  lines.push('', `| set | ${[...results.keys()].join(' | ')} |`, `|---|${[...results.keys()].map(() => '---').join('|')}|`);
  for (const set of Object.keys(BLIND_SETS)) {
    const cells = [...results.values()].map(({ held }) => {
      const { mean } = summarize(held.filter(inSets([set])));
      return `${f(mean.f1)} / ${f(mean.highlightPrecision)}`;
    });
    lines.push(`| ${set} (F1 / HP) | ${cells.join(' | ')} |`);
  }
  const seed = [...results].map(([label, { held }]) => {
    const result = held.find((r) => basename(r.digest).startsWith('blinken-seoul'));
    return `${label}: F1 ${f(result?.metrics.f1)}, required ${result?.counts.requiredHit ?? '–'}/${result?.counts.requiredFacts ?? '–'}`;
  });
  lines.push('', `seed (trained without it): ${seed.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

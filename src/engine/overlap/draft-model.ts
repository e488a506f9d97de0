import { FEATURE_NAMES } from './draft-features.ts';

/**
 * A learned fact gate: L2-regularised logistic regression over a draft's features
 * (draft-features.ts), trained by scripts/train-draft-model.ts on the development gold files.
 * A draft is a fact candidate when its probability reaches `threshold`; facts are then chosen
 * likeliest first. Decision 004, round 8a.
 */
export interface DraftModel {
  /** The features the weights are for, in order: FEATURE_NAMES when the model is current. */
  features: readonly string[];
  /** Each feature's mean and scale on the training drafts: a feature enters as (x − mean) / scale. */
  means: readonly number[];
  scales: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The least probability of a fact. */
  threshold: number;
  /** Whether the hand-set filters (a lone phrase, only the speaker, a denied word) still drop a draft whatever its probability. */
  hardRules: boolean;
  /** What selection takes first: the likeliest draft, or the strongest (as the hand-set rules do). */
  order: 'probability' | 'strength';
}

/** The probability, 0..1, that a draft with these features is a fact both reports state. */
export function probability(model: DraftModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) {
    const scale = model.scales[i] ?? 1;
    z += (model.weights[i] ?? 0) * (((features[i] ?? 0) - (model.means[i] ?? 0)) / (scale > 0 ? scale : 1));
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether a model was made for the features the engine computes now. */
export const fitsFeatures = (model: DraftModel): boolean => model.features.length === FEATURE_NAMES.length && model.features.every((name, i) => name === FEATURE_NAMES[i]);

import { FEATURE_NAMES } from './draft-features.ts';

/**
 * Gradient-boosted trees over a draft's features (draft-features.ts, the vector the logistic
 * gate reads), used as a veto over the hand-set rules: a draft the rules keep, of reports
 * sharing an event, is a fact only when the trees' probability reaches `threshold`. Trained by
 * `npx tsx scripts/train-draft-model.ts --trees` (scripts/draft-model/trees.ts); decision 004,
 * rounds 28g (measured leaving whole sets out) and 28v (in the engine; not the default: it needs the
 * learned gathering's features, too slow).
 *
 * The nodes of all trees sit in three parallel arrays: node k splits on feature `feature[k]`,
 * going to node `left[k]` when x ≤ `value[k]` and to `left[k] + 1` otherwise (a tree's two
 * children are made side by side); `feature[k]` −1 marks a leaf, whose margin is `value[k]`.
 */
export interface DraftTrees {
  /** The features the trees were grown on, in order: FEATURE_NAMES when the trees are current. */
  features: readonly string[];
  /** The margin (log-odds) before any tree. */
  base: number;
  /** Each tree's first node. */
  roots: readonly number[];
  feature: readonly number[];
  left: readonly number[];
  /** A split's threshold, or a leaf's margin. */
  value: readonly number[];
  /** The least probability a draft the rules keep must reach. */
  threshold: number;
}

/** The trees' margin (log-odds) for a draft with these features. */
export function treesMargin(trees: DraftTrees, x: readonly number[]): number {
  let sum = trees.base;
  for (const root of trees.roots) {
    let node = root;
    let feature = trees.feature[node] ?? -1;
    while (feature >= 0) {
      node = (trees.left[node] ?? 0) + ((x[feature] ?? 0) <= (trees.value[node] ?? 0) ? 0 : 1);
      feature = trees.feature[node] ?? -1;
    }
    sum += trees.value[node] ?? 0;
  }
  return sum;
}

/** The probability, 0..1, that a draft with these features is a fact both reports state. */
export const treesProbability = (trees: DraftTrees, x: readonly number[]): number => 1 / (1 + Math.exp(-treesMargin(trees, x)));

/** Whether the trees' veto lets a draft through. */
export const passesVeto = (trees: DraftTrees, x: readonly number[]): boolean => treesProbability(trees, x) >= trees.threshold;

/** Whether trees were grown on the features the engine computes now. */
export const treesFitFeatures = (trees: DraftTrees): boolean => trees.features.length === FEATURE_NAMES.length && trees.features.every((name, i) => name === FEATURE_NAMES[i]);

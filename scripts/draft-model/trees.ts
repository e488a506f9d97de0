/**
 * Gradient-boosted regression trees with the logistic loss (decision 004, round 28g): a fact
 * gate that can read interactions between a draft's features (a figure with little content, a
 * long draft that is not its sentence's best), trained on the same drafts, labels and features
 * as the logistic gate (scripts/train-draft-model.ts `--trees`).
 *
 * Written here rather than taken from npm: no maintained pure-JS package trains GBDTs with a
 * second-order logistic loss (decision-tree 1.0.0 is ID3 on categories; ml-xgboost is WebAssembly
 * and unmaintained since 2019). Deterministic: features are cut into at most `bins` quantile bins
 * once, trees grow level by level to `depth`, a split is the first best in feature then bin order,
 * leaves are Newton steps −G / (H + lambda) times `shrinkage`.
 */
import type { DraftTrees } from '../../src/engine/overlap/draft-trees.ts';

export interface TreeOptions {
  depth: number;
  rounds: number;
  shrinkage: number;
  /** The fewest training drafts in a leaf. */
  minLeaf: number;
  /** L2 penalty on a leaf's value. */
  lambda: number;
  /** At most this many bins a feature is cut into. */
  bins: number;
}

/** Fixed a priori (never chosen on a left-out set): shallow, slow, regularised. */
export const TREE_OPTIONS: TreeOptions = { depth: 3, rounds: 150, shrinkage: 0.1, minLeaf: 20, lambda: 1, bins: 32 };

/** A tree as parallel arrays: node k splits on `feature[k]` (−1: a leaf of `value[k]`), going to `left[k]` when x ≤ `threshold[k]`, else `right[k]`. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** A forest's margin is `base` plus each tree's leaf; its probability the logistic of that. */
export interface Forest {
  base: number;
  trees: Tree[];
}

export function margin(forest: Forest, x: readonly number[]): number {
  let sum = forest.base;
  for (const tree of forest.trees) {
    let node = 0;
    while ((tree.feature[node] ?? -1) >= 0) {
      node = (x[tree.feature[node] ?? 0] ?? 0) <= (tree.threshold[node] ?? 0) ? (tree.left[node] ?? 0) : (tree.right[node] ?? 0);
    }
    sum += tree.value[node] ?? 0;
  }
  return sum;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The forest as the engine reads it (src/engine/overlap/draft-trees.ts): every tree's nodes in
 * three parallel arrays, a node's right child beside its left one (`grow` adds them together).
 */
export function compactForest(forest: Forest, features: readonly string[], threshold: number): DraftTrees {
  const compact = { features: [...features], base: forest.base, roots: [] as number[], feature: [] as number[], left: [] as number[], value: [] as number[], threshold };
  for (const tree of forest.trees) {
    const offset = compact.feature.length;
    compact.roots.push(offset);
    tree.feature.forEach((feature, k) => {
      const [left, right] = [tree.left[k] ?? -1, tree.right[k] ?? -1];
      if (feature >= 0 && right !== left + 1) throw new Error('a tree whose children are not side by side');
      compact.feature.push(feature);
      compact.left.push(feature >= 0 ? left + offset : -1);
      compact.value.push(feature >= 0 ? (tree.threshold[k] ?? 0) : (tree.value[k] ?? 0));
    });
  }
  return compact;
}

/** Each feature's cut points: bin b holds x ≤ edges[b] (and above edges[b − 1]); the last bin everything above. */
export function binEdges(column: readonly number[], bins: number): number[] {
  const sorted = [...column].sort((x, y) => x - y);
  const distinct = [...new Set(sorted)];
  if (distinct.length <= bins) return distinct.slice(0, -1);
  const edges: number[] = [];
  for (let b = 1; b < bins; b += 1) {
    const value = sorted[Math.floor((b * sorted.length) / bins) - 1] ?? 0;
    if (edges.length === 0 || value > (edges[edges.length - 1] ?? 0)) edges.push(value);
  }
  // The largest value closes no bin.
  return edges.filter((edge) => edge < (distinct[distinct.length - 1] ?? 0));
}

function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= (edges[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
}

/** The best split of `rows` (gain over the parent, both sides at least minLeaf), or null. */
function bestSplit(rows: readonly number[], binned: readonly Uint8Array[], edges: readonly number[][], used: readonly boolean[], g: Float64Array, h: Float64Array, options: TreeOptions): Split | null {
  let G = 0;
  let H = 0;
  for (const r of rows) {
    G += g[r] ?? 0;
    H += h[r] ?? 0;
  }
  const parent = (G * G) / (H + options.lambda);
  let best: Split | null = null;
  edges.forEach((cuts, f) => {
    if (used[f] !== true || cuts.length === 0) return;
    const column = binned[f];
    if (column === undefined) return;
    const size = cuts.length + 1;
    const gs = new Float64Array(size);
    const hs = new Float64Array(size);
    const ns = new Int32Array(size);
    for (const r of rows) {
      const b = column[r] ?? 0;
      gs[b] = (gs[b] ?? 0) + (g[r] ?? 0);
      hs[b] = (hs[b] ?? 0) + (h[r] ?? 0);
      ns[b] = (ns[b] ?? 0) + 1;
    }
    let gl = 0;
    let hl = 0;
    let nl = 0;
    for (let b = 0; b < size - 1; b += 1) {
      gl += gs[b] ?? 0;
      hl += hs[b] ?? 0;
      nl += ns[b] ?? 0;
      if (nl < options.minLeaf) continue;
      if (rows.length - nl < options.minLeaf) break;
      const gain = (gl * gl) / (hl + options.lambda) + ((G - gl) * (G - gl)) / (H - hl + options.lambda) - parent;
      if (gain > 1e-9 && (best === null || gain > best.gain)) best = { gain, feature: f, bin: b };
    }
  });
  return best;
}

/** Grow one tree on the gradients, level by level. */
function grow(binned: readonly Uint8Array[], edges: readonly number[][], used: readonly boolean[], g: Float64Array, h: Float64Array, options: TreeOptions, n: number): Tree {
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const leaf = (rows: readonly number[]): number => {
    let G = 0;
    let H = 0;
    for (const r of rows) {
      G += g[r] ?? 0;
      H += h[r] ?? 0;
    }
    return (-G / (H + options.lambda)) * options.shrinkage;
  };
  const add = (): number => {
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(0);
    return tree.feature.length - 1;
  };
  let level: { node: number; rows: number[] }[] = [{ node: add(), rows: Array.from({ length: n }, (_, i) => i) }];
  for (let depth = 0; depth <= options.depth; depth += 1) {
    const next: typeof level = [];
    for (const { node, rows } of level) {
      const split = depth < options.depth ? bestSplit(rows, binned, edges, used, g, h, options) : null;
      if (split === null) {
        tree.value[node] = leaf(rows);
        continue;
      }
      const column = binned[split.feature] ?? new Uint8Array(0);
      const [left, right] = [add(), add()];
      tree.feature[node] = split.feature;
      tree.threshold[node] = edges[split.feature]?.[split.bin] ?? 0;
      tree.left[node] = left;
      tree.right[node] = right;
      next.push({ node: left, rows: rows.filter((r) => (column[r] ?? 0) <= split.bin) }, { node: right, rows: rows.filter((r) => (column[r] ?? 0) > split.bin) });
    }
    level = next;
  }
  return tree;
}

/** Boost `options.rounds` trees on rows `x` with labels `y` (0 or 1); features with `used[f]` false are never split on. */
export function fitForest(x: readonly (readonly number[])[], y: readonly number[], used: readonly boolean[], options: TreeOptions = TREE_OPTIONS): Forest {
  const n = x.length;
  const d = used.length;
  const edges = Array.from({ length: d }, (_, f) => (used[f] === true ? binEdges(x.map((row) => row[f] ?? 0), options.bins) : []));
  const binned = edges.map((cuts, f) => Uint8Array.from(x, (row) => binOf(cuts, row[f] ?? 0)));
  const positives = y.reduce((sum, label) => sum + label, 0);
  const rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
  const forest: Forest = { base: Math.log(rate / (1 - rate)), trees: [] };
  const f = new Float64Array(n).fill(forest.base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let i = 0; i < n; i += 1) {
      const p = sigmoid(f[i] ?? 0);
      g[i] = p - (y[i] ?? 0);
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
    const tree = grow(binned, edges, used, g, h, options, n);
    forest.trees.push(tree);
    for (let i = 0; i < n; i += 1) f[i] = (f[i] ?? 0) + margin({ base: 0, trees: [tree] }, x[i] ?? []);
  }
  return forest;
}

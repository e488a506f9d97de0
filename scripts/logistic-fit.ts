/**
 * L2-regularised logistic regression on standardised features, by Newton's method, with optional
 * sign constraints (a weight held ≥ 0 or ≤ 0), for scripts/fit-figure-pairing.ts. Deterministic:
 * zero start, Newton steps until the step is negligible (at most `steps`), constraints by an
 * active set (a weight that would cross its sign is held at 0; a held weight whose gradient points
 * into its allowed side is released), which for this convex loss ends at the constrained optimum.
 * scripts/train-draft-model.ts keeps its own fitter (no constraints, so its output is unchanged) and
 * shares `solve`.
 */

export interface LogisticOptions {
  /** The L2 penalty on the standardised weights (not the bias). */
  lambda: number;
  /** Per feature: 1 the weight is ≥ 0, −1 it is ≤ 0, 0 free. */
  signs: readonly number[];
  /** Features given no weight (held at 0). */
  fixedZero?: readonly boolean[];
  /** The most Newton steps per active set. */
  steps?: number;
}

export interface LogisticFit {
  /** Weights of the raw features, and the bias, so that score = bias + Σ weight·feature. */
  weights: number[];
  bias: number;
  /** The same on the standardised features (what the penalty and the constraints read). */
  standardised: number[];
  means: number[];
  scales: number[];
}

/** Solve H·d = g for a symmetric positive definite H (Cholesky). */
export function solve(h: readonly (readonly number[])[], g: readonly number[]): number[] {
  const n = g.length;
  const l = h.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = h[i]?.[j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (l[i]?.[k] ?? 0) * (l[j]?.[k] ?? 0);
      const row = l[i] as number[];
      row[j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j]?.[j] ?? 1);
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let sum = g[i] ?? 0;
    for (let k = 0; k < i; k += 1) sum -= (l[i]?.[k] ?? 0) * (z[k] ?? 0);
    z[i] = sum / (l[i]?.[i] ?? 1);
  }
  const d = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = z[i] ?? 0;
    for (let k = i + 1; k < n; k += 1) sum -= (l[k]?.[i] ?? 0) * (d[k] ?? 0);
    d[i] = sum / (l[i]?.[i] ?? 1);
  }
  return d;
}

/** The loss's gradient and Hessian at `w` (standardised weights, bias last). */
/**
 * The penalised loss's gradient and Hessian at `w` (rows standardised, the bias last and not
 * penalised); scripts/train-draft-model.ts steps with it too.
 */
export function derivatives(z: readonly ArrayLike<number>[], y: readonly number[], w: readonly number[], lambda: number): { g: number[]; h: number[][] } {
  const d = w.length - 1;
  const g = w.map((value, k) => (k < d ? lambda * value : 0));
  const h = w.map((_, i) => w.map((__, j) => (i === j ? (i < d ? lambda : 1e-6) : 0)));
  for (let r = 0; r < z.length; r += 1) {
    const row = z[r] as ArrayLike<number>;
    let s = 0;
    for (let k = 0; k <= d; k += 1) s += (w[k] ?? 0) * (row[k] ?? 0);
    const p = 1 / (1 + Math.exp(-s));
    const error = p - (y[r] ?? 0);
    const curve = p * (1 - p);
    for (let i = 0; i <= d; i += 1) {
      const ri = row[i] ?? 0;
      if (ri === 0) continue;
      g[i] = (g[i] ?? 0) + error * ri;
      const hi = h[i] as number[];
      for (let j = 0; j <= i; j += 1) hi[j] = (hi[j] ?? 0) + curve * ri * (row[j] ?? 0);
    }
  }
  for (let i = 0; i <= d; i += 1) for (let j = 0; j < i; j += 1) (h[j] as number[])[i] = h[i]?.[j] ?? 0;
  return { g, h };
}

/** Newton steps on the free weights (the held ones stay 0), from `w`. */
function newton(z: readonly Float64Array[], y: readonly number[], w: number[], free: readonly boolean[], lambda: number, steps: number): number[] {
  const index = free.flatMap((isFree, k) => (isFree ? [k] : []));
  for (let step = 0; step < steps; step += 1) {
    const { g, h } = derivatives(z, y, w, lambda);
    const delta = solve(
      index.map((i) => index.map((j) => h[i]?.[j] ?? 0)),
      index.map((i) => g[i] ?? 0),
    );
    let largest = 0;
    index.forEach((k, n) => {
      w[k] = (w[k] ?? 0) - (delta[n] ?? 0);
      largest = Math.max(largest, Math.abs(delta[n] ?? 0));
    });
    if (largest < 1e-10) break;
  }
  return w;
}

/** Fit the rows `x` (raw features) to the labels `y` (0 or 1). */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: LogisticOptions): LogisticFit {
  const d = options.signs.length;
  const n = x.length;
  const zero = (f: number): boolean => options.fixedZero?.[f] === true;
  const means = options.signs.map((_, f) => (n > 0 && !zero(f) ? x.reduce((sum, row) => sum + (row[f] ?? 0), 0) / n : 0));
  const scales = options.signs.map((_, f) => {
    if (n === 0 || zero(f)) return 1;
    const variance = x.reduce((sum, row) => sum + ((row[f] ?? 0) - (means[f] ?? 0)) ** 2, 0) / n;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  // Standardised rows with the bias last; a feature held at 0 reads 0.
  const z = x.map((row) => Float64Array.from([...options.signs.map((_, f) => (zero(f) ? 0 : ((row[f] ?? 0) - (means[f] ?? 0)) / (scales[f] ?? 1))), 1]));
  const steps = options.steps ?? 50;
  // The active set: free weights, and those held at 0 (by choice or by their sign).
  const free = [...options.signs.map((_, f) => !zero(f)), true];
  let w = new Array<number>(d + 1).fill(0);
  for (let round = 0; round < 4 * (d + 1); round += 1) {
    w = newton(z, y, w, free, options.lambda, steps);
    const crossing = options.signs.flatMap((sign, f) => (free[f] === true && sign * (w[f] ?? 0) < 0 ? [f] : []));
    if (crossing.length > 0) {
      for (const f of crossing) {
        free[f] = false;
        w[f] = 0;
      }
      continue;
    }
    // A held weight whose loss falls as it moves into its allowed side is released (the steepest first).
    const { g } = derivatives(z, y, w, options.lambda);
    let release = -1;
    options.signs.forEach((sign, f) => {
      if (free[f] === true || zero(f) || sign === 0 || sign * (g[f] ?? 0) >= -1e-9) return;
      if (release < 0 || Math.abs(g[f] ?? 0) > Math.abs(g[release] ?? 0)) release = f;
    });
    if (release < 0) break;
    free[release] = true;
  }
  const standardised = w.slice(0, d);
  const weights = standardised.map((value, f) => value / (scales[f] ?? 1));
  const bias = (w[d] ?? 0) - standardised.reduce((sum, value, f) => sum + (value * (means[f] ?? 0)) / (scales[f] ?? 1), 0);
  return { weights, bias, standardised, means, scales };
}

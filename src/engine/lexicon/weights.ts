/** Weight of a lemma listed in no tier: a content word. */
export const CONTENT_WEIGHT = 1;

/** Make the weight lookup over tiers given as weight (a decimal string) → lemmas. */
export function createWeights(tiers: ReadonlyMap<string, readonly string[]>): (lemma: string) => number {
  const weights = new Map<string, number>();
  for (const [weight, lemmas] of tiers) {
    for (const lemma of lemmas) if (!weights.has(lemma)) weights.set(lemma, Number(weight));
  }
  return (lemma) => weights.get(lemma) ?? CONTENT_WEIGHT;
}

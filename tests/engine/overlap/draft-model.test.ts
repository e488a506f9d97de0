import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDraftModel, buildDraftTrees, DEFAULT_OPTIONS, gatherDigests, MODEL_FILE, TREES_FILE, vetoed, type GatheredDigest } from '../../../scripts/train-draft-model.ts';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { comparisonFrom, gatherPair } from '../../../src/engine/overlap/compare.ts';
import { FEATURE_NAMES } from '../../../src/engine/overlap/draft-features.ts';
import { fitsFeatures, probability, type DraftModel } from '../../../src/engine/overlap/draft-model.ts';
import { DRAFT_MODEL } from '../../../src/engine/overlap/draft-model-data.ts';

/** Two one-outlet articles from plain paragraphs, dated 2025-01-06. */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

/** A model of invented weights: every feature at mean 0, scale 1, weight 0 but those given. */
function model(weights: Partial<Record<(typeof FEATURE_NAMES)[number], number>>, threshold: number, extra: Partial<DraftModel> = {}): DraftModel {
  return {
    features: [...FEATURE_NAMES],
    means: FEATURE_NAMES.map(() => 0),
    scales: FEATURE_NAMES.map(() => 1),
    weights: FEATURE_NAMES.map((name) => weights[name] ?? 0),
    bias: 0,
    threshold,
    hardRules: false,
    order: 'strength',
    ...extra,
  };
}

const [rail, railAgain] = pair(
  'Deutsche Bahn has said the full upgraded line between Hamburg and Berlin may not be ready until 2032, three years later than planned. Engineers began work on the 88 km stretch in March.',
  'DB has said completion of the Hamburg to Berlin line may slip to 2032. The 88 km upgrade began in March, and trains are diverted meanwhile.',
);

describe('the learned fact gate (decision 004, round 8a)', () => {
  it('reads a probability from standardised features', () => {
    const m = model({ strength: 2 }, 0.5, { means: FEATURE_NAMES.map((name) => (name === 'strength' ? 1 : 0)), scales: FEATURE_NAMES.map((name) => (name === 'strength' ? 0.5 : 1)) });
    const at = (strength: number): number => probability(m, FEATURE_NAMES.map((name) => (name === 'strength' ? strength : 0)));
    expect(at(1)).toBeCloseTo(0.5);
    expect(at(1.5)).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(at(0.5)).toBeLessThan(at(1));
  });

  it('keeps a draft when its probability reaches the threshold, and gives it that probability as its confidence', () => {
    const none = compareArticles(rail, railAgain, undefined, model({}, 0.51));
    expect(none.facts).toEqual([]);
    const all = compareArticles(rail, railAgain, undefined, model({}, 0.5));
    expect(all.facts.length).toBeGreaterThan(0);
    expect(all.facts.every((fact) => fact.score === 0.5)).toBe(true);
  });

  it('with no model, follows the hand-set rules: the same facts as a model that keeps exactly what they keep', () => {
    const hand = compareArticles(rail, railAgain, undefined, null);
    const rules = compareArticles(rail, railAgain, undefined, model({ rules: 100, lonePhrase: -100, onlySpeaker: -100, denied: -100 }, 0.5));
    expect(rules.facts.map(({ a, b, kind }) => ({ a, b, kind }))).toEqual(hand.facts.map(({ a, b, kind }) => ({ a, b, kind })));
    expect(hand.facts.length).toBeGreaterThan(0);
  });

  it('drops what a hand-set filter drops when the filters are hard rules, whatever the probability', () => {
    // `on social media` is all the second sentences share: a lone phrase, no fact.
    const [a, b] = pair(
      'Flooding in Halvern killed four people on Tuesday, officials said. Footage of the breach was shared on social media.',
      'Four people died in the Halvern flooding on Tuesday. The mayor thanked rescuers on social media.',
    );
    const phrase = (facts: readonly { a: readonly { start: number; end: number }[] }[]): boolean => facts.some((fact) => fact.a.some(({ start, end }) => a.text.slice(start, end) === 'social media'));
    expect(phrase(compareArticles(a, b, undefined, model({ lonePhrase: 5 }, 0.9)).facts)).toBe(true);
    expect(phrase(compareArticles(a, b, undefined, model({ lonePhrase: 5 }, 0.9, { hardRules: true })).facts)).toBe(false);
    expect(phrase(compareArticles(a, b, undefined, null).facts)).toBe(false);
  });

  it('admits a draft the rules refuse only when it says something and holds two units or a precise figure', () => {
    // A name, a place and a day, with nothing said of them: no fact however likely.
    const [named, namedAgain] = pair('Tomas Grell carried the Olympic torch through Dunmore on Friday.', 'Tomas Grell was charged with arson in Dunmore on Friday.');
    expect(compareArticles(named, namedAgain, undefined, model({}, 0)).facts).toEqual([]);
    // One round figure, agreeing by chance.
    const [tunnel, queue] = pair(
      'Velda Link said on Tuesday the Orsund tunnel will be finished in 2031. It will run 18 kilometres under the strait.',
      'The Orsund tunnel will open in 2031, Velda Link said on Tuesday. Ferry passengers now wait in queues of up to 18 km.',
    );
    const texts = compareArticles(tunnel, queue, undefined, model({}, 0)).facts.map((fact) => fact.a.map(({ start, end }) => tunnel.text.slice(start, end)).join(' '));
    expect(texts.some((text) => text.includes('18'))).toBe(false);
  });

  it('keeps the strict hand-set rules between reports of different events', () => {
    const [a, b] = pair('The harvest festival drew large crowds to the old market square on Saturday evening.', 'Large crowds filled the old market square for the harvest festival this weekend.');
    const gathered = gatherPair(a, b);
    expect(gathered.evidence.strict).toBe(true);
    const everything = comparisonFrom(gathered, model({}, 0));
    expect(everything.facts).toEqual(comparisonFrom(gathered, null).facts.map((fact) => ({ ...fact, score: 0.5 })));
  });

  it('mirrors: compare(b, a) is compare(a, b) with the sides swapped', () => {
    const m = model({ wordsMin: 1, coverMax: 1, relative: 1 }, 0.6);
    const ab = compareArticles(rail, railAgain, undefined, m);
    const ba = compareArticles(railAgain, rail, undefined, m);
    expect(ba.facts.map(({ a, b, score }) => ({ a: b, b: a, score }))).toEqual(ab.facts.map(({ a, b, score }) => ({ a, b, score })));
  });

  it('as a veto over the hand-set rules (round 14q), keeps what they keep and the model finds likely, and admits nothing else', () => {
    const hand = comparisonFrom(gatherPair(rail, railAgain), null);
    expect(hand.facts.length).toBeGreaterThan(0);
    // Every draft reads 0.5: a threshold of 0.5 vetoes nothing, one above it everything.
    expect(comparisonFrom(vetoed(gatherPair(rail, railAgain), model({}, 0.5)), null).facts).toEqual(hand.facts);
    expect(comparisonFrom(vetoed(gatherPair(rail, railAgain), model({}, 0.51)), null).facts).toEqual([]);
    // A name, a place and a day, which the rules refuse, stays out at any probability.
    const [named, namedAgain] = pair('Tomas Grell carried the Olympic torch through Dunmore on Friday.', 'Tomas Grell was charged with arson in Dunmore on Friday.');
    expect(comparisonFrom(vetoed(gatherPair(named, namedAgain), model({}, 0)), null).facts).toEqual([]);
  });

  it('reads the same features from either side', () => {
    const features = (x: Article, y: Article): number[][] => gatherPair(x, y).evidence.candidates.map((candidate) => candidate.features);
    expect(features(rail, railAgain)).toEqual(features(railAgain, rail));
    for (const row of features(rail, railAgain)) expect(row).toHaveLength(FEATURE_NAMES.length);
  });
});

describe('the generated model', () => {
  it('is made for the features the engine computes', () => {
    expect(DRAFT_MODEL === null || fitsFeatures(DRAFT_MODEL)).toBe(true);
  });

  // Rebuilding the model compares every development digest (217 and the seed): about 40 s alone, and
  // 110–220 s beside the suite's other workers on a 2-core machine. The limit guards against a hang, not
  // speed (speed is `npm run bench`'s), so it leaves room for the set to grow. The digests are
  // gathered once for both generated files.
  let gathered: GatheredDigest[] | undefined;
  const digests = (): GatheredDigest[] => (gathered ??= gatherDigests());

  it(
    'is what scripts/train-draft-model.ts produces (run it after changing the engine)',
    () => {
      expect(readFileSync(MODEL_FILE, 'utf8') === buildDraftModel(DEFAULT_OPTIONS, digests())).toBe(true);
    },
    400_000,
  );

  // The trees (150 of them, on the same drafts) and their threshold: about 60 s more alone.
  it(
    'and the trees are what scripts/train-draft-model.ts --trees produces (run it after changing the engine)',
    () => {
      expect(readFileSync(TREES_FILE, 'utf8') === buildDraftTrees(digests())).toBe(true);
    },
    400_000,
  );
});

import { describe, expect, it } from 'vitest';
import { compactForest, fitForest, margin } from '../../../scripts/draft-model/trees.ts';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { comparisonFrom, gatherPair } from '../../../src/engine/overlap/compare.ts';
import { FEATURE_NAMES } from '../../../src/engine/overlap/draft-features.ts';
import { DRAFT_TREES } from '../../../src/engine/overlap/draft-trees-data.ts';
import { passesVeto, treesFitFeatures, treesMargin, treesProbability, type DraftTrees } from '../../../src/engine/overlap/draft-trees.ts';

/**
 * Two invented trees: the first splits feature 0 at 0.5 (−1 / +1); the second splits feature 1
 * at 2, its low side then feature 0 at 0.2 (+0.5 / −0.5), its high side a leaf of 0.25.
 */
const tiny: DraftTrees = {
  features: ['x0', 'x1'],
  base: 0.1,
  roots: [0, 3],
  //        tree 0     | tree 1
  feature: [0, -1, -1, 1, 0, -1, -1, -1],
  left: [1, -1, -1, 4, 6, -1, -1, -1],
  value: [0.5, -1, 1, 2, 0.2, 0.25, 0.5, -0.5],
  threshold: 0.5,
};

describe('the trees veto (src/engine/overlap/draft-trees.ts)', () => {
  it('sums the base and one leaf per tree, going left when a feature is at most the threshold', () => {
    expect(treesMargin(tiny, [0.1, 1])).toBeCloseTo(0.1 - 1 + 0.5);
    expect(treesMargin(tiny, [0.3, 1])).toBeCloseTo(0.1 - 1 - 0.5);
    expect(treesMargin(tiny, [0.5, 2])).toBeCloseTo(0.1 - 1 - 0.5);
    expect(treesMargin(tiny, [0.9, 3])).toBeCloseTo(0.1 + 1 + 0.25);
  });

  it('reads a probability from the margin and lets through a draft whose probability reaches the threshold', () => {
    expect(treesProbability(tiny, [0.9, 3])).toBeCloseTo(1 / (1 + Math.exp(-1.35)));
    expect(passesVeto(tiny, [0.9, 3])).toBe(true);
    expect(passesVeto(tiny, [0.3, 1])).toBe(false);
    expect(passesVeto({ ...tiny, base: 0.5 }, [0.1, 1])).toBe(true); // margin 0: probability 0.5, the threshold
  });

  it('is made for the features it names', () => {
    expect(treesFitFeatures(tiny)).toBe(false);
    expect(treesFitFeatures({ ...tiny, features: [...FEATURE_NAMES] })).toBe(true);
  });

  it('reads a trained forest exactly as the trainer does, once made compact', () => {
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 12; i += 1) for (let j = 0; j < 12; j += 1) {
      x.push([i / 11, j / 11]);
      y.push(i > 5 && j < 6 ? 1 : 0);
    }
    const forest = fitForest(x, y, [true, true], { depth: 2, rounds: 10, shrinkage: 0.3, minLeaf: 4, lambda: 1, bins: 8 });
    const compact = compactForest(forest, ['x0', 'x1'], 0.3);
    for (const row of x) expect(treesMargin(compact, row)).toBe(margin(forest, row));
    expect(compact.roots).toHaveLength(10);
  });
});

/** Two one-outlet articles from plain paragraphs, dated 2025-01-06. */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

/** No trees, only a base margin: every draft reads the same probability. */
const flat = (base: number): DraftTrees => ({ features: [...FEATURE_NAMES], base, roots: [], feature: [], left: [], value: [], threshold: 0.5 });

// One event told twice (the pair of draft-model.test.ts).
const [rail, railAgain] = pair(
  'Deutsche Bahn has said the full upgraded line between Hamburg and Berlin may not be ready until 2032, three years later than planned. Engineers began work on the 88 km stretch in March.',
  'DB has said completion of the Hamburg to Berlin line may slip to 2032. The 88 km upgrade began in March, and trains are diverted meanwhile.',
);

describe('the trees veto as a fact gate (compare.ts; decision 004, round 28v)', () => {
  const strip = (facts: readonly { a: unknown; b: unknown; kind: unknown }[]): unknown[] => facts.map(({ a, b, kind }) => ({ a, b, kind }));

  it('keeps what the hand-set rules keep when the trees find it likely, and nothing when they find it unlikely', () => {
    expect(gatherPair(rail, railAgain).evidence.strict).toBe(false);
    const rules = compareArticles(rail, railAgain, undefined, null);
    expect(rules.facts.length).toBeGreaterThan(0);
    expect(strip(compareArticles(rail, railAgain, undefined, flat(5)).facts)).toEqual(strip(rules.facts));
    expect(compareArticles(rail, railAgain, undefined, flat(-5)).facts).toEqual([]);
  });

  it('admits nothing the rules refuse, however likely', () => {
    // A name, a place and a day, with nothing said of them.
    const [named, namedAgain] = pair('Tomas Grell carried the Olympic torch through Dunmore on Friday.', 'Tomas Grell was charged with arson in Dunmore on Friday.');
    expect(compareArticles(named, namedAgain, undefined, flat(5)).facts).toEqual([]);
  });

  it('leaves reports of different events to the strict rules', () => {
    const [a, b] = pair('The harvest festival drew large crowds to the old market square on Saturday evening.', 'Large crowds filled the old market square for the harvest festival this weekend.');
    const gathered = gatherPair(a, b);
    expect(gathered.evidence.strict).toBe(true);
    expect(comparisonFrom(gathered, flat(-5)).facts).toEqual(comparisonFrom(gathered, null).facts);
  });

  it('is made for the features the engine computes, and is not the default (round 28v: too slow)', () => {
    expect(DRAFT_TREES).not.toBeNull();
    if (DRAFT_TREES === null) return;
    expect(treesFitFeatures(DRAFT_TREES)).toBe(true);
    expect(compareArticles(rail, railAgain)).toEqual(compareArticles(rail, railAgain, undefined, null));
  });

  it('mirrors: compare(b, a) is compare(a, b) with the sides swapped', () => {
    const ab = compareArticles(rail, railAgain, undefined, DRAFT_TREES);
    const ba = compareArticles(railAgain, rail, undefined, DRAFT_TREES);
    expect(ab.facts.length).toBeGreaterThan(0);
    expect(ba.facts.map(({ a, b, score, kind }) => ({ a: b, b: a, score, kind }))).toEqual(ab.facts.map(({ a, b, score, kind }) => ({ a, b, score, kind })));
  });
});

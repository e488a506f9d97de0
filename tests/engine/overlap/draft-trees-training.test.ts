import { describe, expect, it } from 'vitest';
import { hybrid, marginModel } from '../../../scripts/draft-model/gather.ts';
import { binEdges, fitForest, margin, sigmoid } from '../../../scripts/draft-model/trees.ts';
import type { GatheredPair } from '../../../src/engine/overlap/compare.ts';

/** A grid of points whose label needs both features at once: high x0 and low x1. */
function interaction(): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    for (let j = 0; j < 20; j += 1) {
      x.push([i / 19, j / 19, (i * 7 + j) % 5]);
      y.push(i >= 10 && j < 10 ? 1 : 0);
    }
  }
  return { x, y };
}

const options = { depth: 2, rounds: 40, shrinkage: 0.3, minLeaf: 5, lambda: 1, bins: 16 };

describe('gradient-boosted trees (scripts/draft-model/trees.ts)', () => {
  it('learns an interaction of two features that no single feature separates', () => {
    const { x, y } = interaction();
    const forest = fitForest(x, y, [true, true, true], options);
    const p = (row: number[]): number => sigmoid(margin(forest, row));
    expect(p([0.9, 0.1, 0])).toBeGreaterThan(0.8);
    expect(p([0.9, 0.9, 0])).toBeLessThan(0.2);
    expect(p([0.1, 0.1, 0])).toBeLessThan(0.2);
  });

  it('is deterministic', () => {
    const { x, y } = interaction();
    expect(fitForest(x, y, [true, true, true], options)).toEqual(fitForest(x, y, [true, true, true], options));
  });

  it('never splits on a feature left out', () => {
    const { x, y } = interaction();
    const forest = fitForest(x, y, [true, false, true], options);
    expect(forest.trees.flatMap((tree) => tree.feature).filter((f) => f === 1)).toEqual([]);
  });

  it('cuts a feature with few values at each value but the largest, and a long one into at most `bins` quantiles', () => {
    expect(binEdges([3, 1, 2, 2, 1], 8)).toEqual([1, 2]);
    const edges = binEdges(Array.from({ length: 100 }, (_, i) => i), 4);
    expect(edges).toEqual([24, 49, 74]);
  });
});

/** A pair of four drafts with the margins given as their only feature (gather.ts `scoredBy`). */
function pairOf(strict: boolean): GatheredPair {
  const candidate = (margin: number, rules: boolean, substantive: boolean, filtered: boolean): unknown => ({ draft: {}, features: [margin], rules, substantive, filtered });
  const candidates = [candidate(-3, true, true, false), candidate(2, true, true, false), candidate(2, false, true, false), candidate(2, false, true, true), candidate(-1, false, true, false)];
  return { swapped: false, evidence: { strict, candidates } } as unknown as GatheredPair;
}

describe('the hybrid gate (scripts/draft-model/gather.ts)', () => {
  const model = marginModel(0, true, 'strength');
  const kept = (pair: GatheredPair): boolean[] => pair.evidence.candidates.map((c) => c.rules);

  it('vetoes the rules’ unlikely drafts and admits likely ones they refuse, never a filtered one', () => {
    expect(kept(hybrid(pairOf(false), model, 0.2, 0.6))).toEqual([false, true, true, false, false]);
  });

  it('is the rules with no veto and no admission, and leaves reports of different events to the strict rules', () => {
    expect(kept(hybrid(pairOf(false), model, 0, 2))).toEqual([true, true, false, false, false]);
    expect(kept(hybrid(pairOf(true), model, 0.9, 0.1))).toEqual([true, true, false, false, false]);
  });
});

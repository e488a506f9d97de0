import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/gen-corpus.ts';
import { BestPairs, type SentencePair } from '../../../src/engine/overlap/best-pairs.ts';

/** What BestPairs replaces: sort every pair strongest first, keep one while either sentence has had fewer than `limit` before it. */
function sortedAndCounted(pairs: readonly SentencePair[], limit: number): SentencePair[] {
  const sorted = [...pairs].sort((x, y) => y.value - x.value || x.regionA - y.regionA || x.regionB - y.regionB);
  const [countA, countB] = [new Map<number, number>(), new Map<number, number>()];
  const kept = sorted.filter(({ regionA, regionB }) => {
    const [ca, cb] = [countA.get(regionA) ?? 0, countB.get(regionB) ?? 0];
    countA.set(regionA, ca + 1);
    countB.set(regionB, cb + 1);
    return ca < limit || cb < limit;
  });
  return kept.sort((x, y) => x.regionA - y.regionA || x.regionB - y.regionB);
}

/** Offered as candidatePairs does: by sentence of A, B's sentences in an order of their own. */
function selected(pairs: readonly SentencePair[], limit: number): SentencePair[] {
  const best = new BestPairs(limit);
  let current: number | undefined;
  for (const { regionA, regionB, value } of pairs) {
    if (current !== undefined && regionA !== current) best.closeSentenceA();
    current = regionA;
    best.offer(regionA, regionB, value);
  }
  return best.result();
}


describe('BestPairs', () => {
  it('keeps a pair among the best of either sentence, ties by sentence order', () => {
    // One per sentence: 0–1 is A's sentence 0's best (a tie with 0–2, broken by B's order); 0–2 and
    // 0–3 are kept as the best of B's sentences 2 and 3; 0–4 and 1–2 are the best of neither.
    const pairs = [
      { regionA: 0, regionB: 2, value: 3 },
      { regionA: 0, regionB: 1, value: 3 },
      { regionA: 0, regionB: 3, value: 1 },
      { regionA: 0, regionB: 4, value: 1 },
      { regionA: 1, regionB: 4, value: 2 },
      { regionA: 1, regionB: 2, value: 0.5 },
      { regionA: 2, regionB: 4, value: 2 },
    ];
    expect(selected(pairs, 1).map(({ regionA, regionB }) => `${regionA}-${regionB}`)).toEqual(['0-1', '0-2', '0-3', '1-4', '2-4']);
    expect(selected(pairs, 2)).toEqual(sortedAndCounted(pairs, 2));
  });

  it('keeps what sorting every pair keeps, on random pairs with many ties', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = seededRandom(seed);
      const [sentencesA, sentencesB, limit] = [1 + Math.floor(next() * 30), 1 + Math.floor(next() * 30), 1 + Math.floor(next() * 6)];
      const pairs: SentencePair[] = [];
      for (let regionA = 0; regionA < sentencesA; regionA += 1) {
        const reached = [...Array(sentencesB).keys()].filter(() => next() < 0.4).sort(() => next() - 0.5);
        for (const regionB of reached) pairs.push({ regionA, regionB, value: Math.floor(next() * 5) / 2 });
      }
      expect(selected(pairs, limit)).toEqual(sortedAndCounted(pairs, limit));
    }
  });
});

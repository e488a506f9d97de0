import { describe, expect, it } from 'vitest';
import { FigureIndex } from '../../../src/engine/overlap/quantities-index.ts';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { sharedWordRuns, type WordRun } from '../../../src/engine/overlap/quote-runs.ts';

/**
 * Round 9d (decision 004): speed on long texts. Each index must find what the scan it replaces
 * found: these tests set it against that scan.
 */

/** A small deterministic generator, so a failure names the case that failed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('9d figures indexed by unit and value', () => {
  // Figures as reports write them: exact, rounded, hedged, ranges, vague amounts, ceilings,
  // times of day (which meet across midnight), zero, and in several units and currencies.
  const text = [
    'About 1,200 people fled; 1,180 were counted later, and more than 1,000 left by bus.',
    'Up to 500 homes and fewer than 50 shops were hit; between 20 and 30 roads closed; dozens of cars burned.',
    'The bill was $1.2bn, or $1,200 million; €300m came from Brussels and £2.5bn from London.',
    'Turnout was 52%, up 2.7 percentage points, from 49.3%; about a third voted early.',
    'It struck at 11:50 p.m., shortly before midnight, and again at 0:10; 0 people died, 3 were hurt.',
    'The 5 km run took 2:03:47; the ninth race of 2024 drew 49,812 fans, almost 50,000.',
    'Thousands marched; hundreds of thousands watched; tens of thousands signed.',
  ].join(' ');
  const figures = findQuantities(text);

  it('reads enough kinds of figure to test on', () => {
    expect(figures.length).toBeGreaterThan(25);
    expect(new Set(figures.map((q) => q.unit)).size).toBeGreaterThanOrEqual(6);
  });

  it('finds every figure a scan finds to agree, for every figure, and counts them alike', () => {
    const index = new FigureIndex(figures, (q) => q);
    for (const q of figures) {
      const scanned = figures.filter((other) => quantitiesAgree(q, other));
      const seen: Quantity[] = [];
      const counted = index.count(q, (other) => {
        seen.push(other);
        return quantitiesAgree(q, other);
      });
      expect(counted, q.text).toBe(scanned.length);
      // Each candidate is read once.
      expect(new Set(seen).size, q.text).toBe(seen.length);
      expect(index.some(q, (other) => quantitiesAgree(q, other)), q.text).toBe(scanned.length > 0);
    }
  });

  it('agrees with a scan on many invented figures near each other', () => {
    const random = generator(9);
    const units = ['count', 'percent', 'currency'] as const;
    const invented = Array.from({ length: 400 }, (_, at): Quantity => {
      const value = Math.round(random() * 2000) / (random() < 0.3 ? 10 : 1);
      const resolution = [1, 10, 100, 0.1][Math.floor(random() * 4)] ?? 1;
      const spread = random() < 0.2 ? value * random() : 0;
      const q: Quantity = { start: at, end: at + 1, value, low: value - spread, high: value + spread, hedged: spread > 0, unit: units[at % 3] ?? 'count', noun: null, resolution, text: String(value) };
      if (q.unit === 'currency') q.currency = at % 2 === 0 ? 'USD' : 'EUR';
      if (random() < 0.05) q.ceiling = true;
      if (random() < 0.05) q.strict = random() < 0.5 ? 'low' : 'high';
      return q;
    });
    const index = new FigureIndex(invented, (q) => q);
    for (const q of invented) expect(index.count(q, (other) => quantitiesAgree(q, other))).toBe(invented.filter((other) => quantitiesAgree(q, other)).length);
  });

  it('reads far fewer figures than a scan would', () => {
    const many = Array.from({ length: 1000 }, (_, at): Quantity => ({ start: at, end: at + 1, value: at * 10, low: at * 10, high: at * 10, hedged: false, unit: 'count', noun: null, resolution: 1, text: String(at * 10) }));
    const index = new FigureIndex(many, (q) => q);
    let read = 0;
    for (const q of many) index.count(q, () => ((read += 1), false));
    expect(read).toBeLessThan(many.length * 3);
  });
});

describe('9d quote runs seeded from numbered grams', () => {
  /** The runs as found before round 9d: grams joined into strings. */
  function byStrings(wordsA: readonly string[], wordsB: readonly string[], least: number): WordRun[] {
    const gram = Math.min(5, least);
    const key = (words: readonly string[], at: number): string => words.slice(at, at + gram).join(' ');
    const postings = new Map<string, number[]>();
    for (let j = 0; j + gram <= wordsB.length; j += 1) {
      const list = postings.get(key(wordsB, j));
      if (list === undefined) postings.set(key(wordsB, j), [j]);
      else if (list.length <= 4) list.push(j);
    }
    const gramsA = new Map<string, number>();
    for (let i = 0; i + gram <= wordsA.length; i += 1) gramsA.set(key(wordsA, i), (gramsA.get(key(wordsA, i)) ?? 0) + 1);
    const same = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < wordsA.length && j < wordsB.length && wordsA[i] === wordsB[j];
    const runs: WordRun[] = [];
    const reached = new Map<number, number>();
    for (let i = 0; i + gram <= wordsA.length; i += 1) {
      const list = postings.get(key(wordsA, i));
      if (list === undefined || list.length > 4 || (gramsA.get(key(wordsA, i)) ?? 0) > 4) continue;
      for (const j of list) {
        const diagonal = i - j;
        const done = reached.get(diagonal) ?? -1;
        if (i < done || !same(i, j)) continue;
        let start = i;
        while (start > done && same(start - 1, start - 1 - diagonal)) start -= 1;
        let end = i + 1;
        while (same(end, end - diagonal)) end += 1;
        reached.set(diagonal, end);
        if (end - start >= least) runs.push({ a: { start, end }, b: { start: start - diagonal, end: end - diagonal }, words: end - start });
      }
    }
    return runs;
  }

  it('finds the runs the string grams found, on texts that repeat grams more and less often than the cap', () => {
    const random = generator(4);
    // A small vocabulary, so grams repeat; copied stretches, so runs exist.
    const vocabulary = ['the', 'mayor', 'said', 'we', 'will', 'rebuild', 'every', 'home', 'in', 'town', 'and', 'not', 'rest'];
    const text = (length: number): string[] => Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'the');
    for (let round = 0; round < 20; round += 1) {
      const a = text(300);
      const b = [...text(40), ...a.slice(50, 120), ...text(60), ...a.slice(200, 260), ...text(30)];
      const yes = (list: readonly string[]): boolean[] => list.map(() => true);
      for (const least of [1, 3, 6]) expect(sharedWordRuns(a, b, yes(a), yes(b), least)).toEqual(byStrings(a, b, least));
    }
  });
});

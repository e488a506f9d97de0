import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { contextReader, pairedFigureConflicts, type SentenceContext } from '../../../src/engine/overlap/conflicts-pairing.ts';
import { relatedCounts } from '../../../src/engine/overlap/conflicts-pairing-figures.ts';
import { isNarrow } from '../../../src/engine/overlap/conflicts-pairing-scores.ts';
import { figuresOfAnEarlierEvent } from '../../../src/engine/overlap/measures.ts';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { alignRegions } from '../../../src/engine/overlap/align.ts';
import { unitSimilarity } from '../../../src/engine/overlap/align-similarity.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { FIGURES_TEXT, generator, side } from './pairing-sides.ts';

/**
 * Round 13s (decision 004): growth from 4,000 to 16,000 words, the output unchanged (checked on
 * every digest and the bench's pairs, byte for byte). These tests pin that each change reads less
 * than the code it replaces, and, where it computes a value, the same value.
 */

describe('13s the figure pairing reads what may still count', () => {
  // Many figures of one family and noun, two values a factor of 1.9 apart, alternating: every
  // figure of one report is comparable with every figure of the other (64 pairs), and once each
  // figure has met two of its own value, a pair of the two values cannot beat its next best.
  const report = (low: number, high: number): string => Array.from({ length: 8 }, (_, i) => `Rescuers said ${i % 2 === 0 ? low : high} people were evacuated on Monday.`).join(' ');
  const [textA, textB] = [report(100, 190), report(104, 185)];
  const ids = new Map<string, number>();
  const [A, B] = [side(textA, ids), side(textB, ids)];
  const pairs = A.unitsBySentence.flatMap((_, regionA) => B.unitsBySentence.map((__, regionB) => ({ regionA, regionB })));

  it('asks the sentences’ context only of pairs that can still beat both figures’ next best', () => {
    const reader = contextReader(A, B, pairs);
    let reads = 0;
    const counting: SentenceContext = {
      aligned: (a, b) => reader.aligned(a, b),
      strength: (a, b) => {
        reads += 1;
        return reader.strength(a, b);
      },
    };
    pairedFigureConflicts(A, B, lexicon, new Set(), counting);
    // Every pair is aligned and comparable: reading each would be 64 reads.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(64);
  });

  it('reads no context for sentences never set side by side', () => {
    const reader = contextReader(A, B, [{ regionA: 0, regionB: 1 }]);
    expect(reader.aligned(0, 1)).toBe(true);
    expect(reader.aligned(1, 0)).toBe(false);
    expect(reader.aligned(0, -1)).toBe(false);
    expect(reader.strength(1, 0)).toBe(0);
  });
});

describe('13s narrow figures told apart by value', () => {
  // The pairing skips a pair of narrow figures more than a factor of two apart before reading
  // anything else: such figures must never agree.
  const text = FIGURES_TEXT;
  const figures = findQuantities(text);

  it('never finds two narrow figures more than a factor of two apart in agreement', () => {
    const narrow = figures.filter(isNarrow);
    expect(narrow.length).toBeGreaterThan(10);
    expect(figures.length).toBeGreaterThan(narrow.length);
    let apart = 0;
    for (const a of narrow) {
      for (const b of narrow) {
        if (Math.max(a.value, b.value) / Math.min(a.value, b.value) <= 2) continue;
        apart += 1;
        expect(quantitiesAgree(a, b), `${a.text} / ${b.text}`).toBe(false);
      }
    }
    expect(apart).toBeGreaterThan(20);
  });

  it('leaves out shares, times of day, ceilings, zero and vague amounts', () => {
    for (const phrase of ['52%', 'up to 500 homes', 'thousands of people', '0 people', 'at 11:50 p.m.']) {
      for (const q of findQuantities(phrase)) expect(isNarrow(q), phrase).toBe(false);
    }
    expect(findQuantities('1,180 people').every(isNarrow)).toBe(true);
  });
});

describe('13s an earlier event’s figures, read once per sentence', () => {
  // The figure pairing asks it of every sentence and numberConflicts of every sentence pair.
  it('gives the figures it read before for the same sentence, and reads another report afresh', () => {
    const text = 'The outbreak killed 40 people in 2023, and 12 this year.';
    const { units } = side(text, new Map());
    const first = figuresOfAnEarlierEvent(text, units, '2026-05-01');
    expect([...first].map((unit) => unit.quantity?.value)).toEqual([40]);
    expect(figuresOfAnEarlierEvent(text, units, '2026-05-01')).toBe(first);
    // Published in 2023, the year is no earlier event's.
    expect(figuresOfAnEarlierEvent(text, units, '2023-05-01').size).toBe(0);
  });
});

describe('13s the aligner’s tables, kept between calls', () => {
  // restrict and matchUnits mark units in arrays kept for the module's life, told apart by a
  // stamp per call: what one sentence pair marked must not count in the next.
  it('aligns a sentence pair the same before and after other pairs, long and short', () => {
    const ids = new Map<string, number>();
    const a = side('Officials said 40 people were evacuated from the valley on Monday after the river burst its banks. The mayor said the town would rebuild.', ids);
    const b = side('The river burst its banks on Monday and 40 people were evacuated from the valley, officials said. Rebuilding will take a year, the mayor said.', ids);
    const sentence = (units: readonly Unit[], n: number): Unit[] => units.filter((unit) => unit.sentence === n);
    const align = (x: number, y: number): unknown => alignRegions(x, sentence(a.units, x), y, sentence(b.units, y));
    const first = JSON.stringify(align(0, 0));
    const others = [align(1, 1), align(0, 1), align(1, 0)];
    expect(JSON.stringify(align(0, 0))).toBe(first);
    expect(JSON.parse(first)).not.toEqual([]);
    expect(others.some((found) => JSON.stringify(found) !== '[]')).toBe(true);
    // Reversed: the same stretches, sides swapped.
    const reversed = alignRegions(0, sentence(b.units, 0), 0, sentence(a.units, 0));
    expect(reversed.map((found) => found.strength)).toEqual((JSON.parse(first) as { strength: number }[]).map((found) => found.strength));
  });
});

describe('13s words alike share a key', () => {
  // The figure pairing compares the words beside two figures, and their counted nouns, only when
  // the two lists share a numbered key: that holds only if every pair of words alike shares one.
  it('finds a shared key for every pair of words with any similarity', () => {
    const ids = new Map<string, number>();
    const a = side('The strike by rail workers halted trains; a walkout shut ports and harbours as the quake and tremors hit homes and houses.', ids);
    const b = side('Railway staff walked out in a stoppage that closed the port, after an earthquake damaged buildings and dwellings.', ids);
    const words = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.quantity === null && unit.date === null);
    let alike = 0;
    for (const x of words(a.units)) {
      for (const y of words(b.units)) {
        if (unitSimilarity(x, y) === 0) continue;
        alike += 1;
        expect(x.keyIds.some((id) => y.keyIds.includes(id)), `${x.key} / ${y.key}`).toBe(true);
      }
    }
    expect(alike).toBeGreaterThan(3);
  });
});

describe('13s each counted noun against the nouns of its senses, through the senses', () => {
  /** The scan it replaces: every lemma against every other. */
  function scanned(counts: ReadonlyMap<string, number>, senses: (lemma: string) => readonly number[]): Map<string, number> {
    const related = new Map<string, number>();
    for (const lemma of counts.keys()) {
      let sum = 0;
      for (const [other, count] of counts) if (other === lemma || senses(other).some((id) => senses(lemma).includes(id))) sum += count;
      related.set(lemma, sum);
    }
    return related;
  }

  it('counts as the scan does, on real nouns', () => {
    const counts = new Map<string, number>([['people', 3], ['person', 1], ['home', 2], ['house', 1], ['building', 1], ['tank', 1], ['vehicle', 2], ['child', 1], ['kid', 1]]);
    expect(relatedCounts(counts, lexicon)).toEqual(scanned(counts, (lemma) => lexicon.senseIds(lemma)));
  });

  it('counts as the scan does, on many invented nouns sharing senses', () => {
    const random = generator(13);
    for (let round = 0; round < 50; round += 1) {
      const table = new Map<string, number[]>();
      const counts = new Map<string, number>();
      for (let i = 0; i < 40; i += 1) {
        const lemma = `n${Math.floor(random() * 60)}`;
        counts.set(lemma, (counts.get(lemma) ?? 0) + 1 + Math.floor(random() * 3));
        // Senses repeated, and lemmas with none.
        if (!table.has(lemma)) table.set(lemma, Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * 25)));
      }
      const senses = (lemma: string): readonly number[] => table.get(lemma) ?? [];
      expect(relatedCounts(counts, { senseIds: senses }), `round ${round}`).toEqual(scanned(counts, senses));
    }
  });
});

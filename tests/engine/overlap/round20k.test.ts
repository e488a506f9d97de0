import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/engine/overlap/compare.ts';
import { charRange } from '../../../src/engine/text/ranges.ts';
import { apartFromConflicts } from '../../../src/engine/overlap/fact-conflicts.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * Round 20k (decision 004): a fact's highlight that runs on into a clause where the two reports
 * disagree ends before that clause on both sides; one that begins in the value they disagree on
 * begins after its clause.
 */
const PLANT_A = 'Kessler Wiring will close its harness factory in Washington, Tyne and Wear, with the loss of 420 jobs. The factory opened in 1989 and employed more than 1,500 people at its peak.';
const PLANT_B = 'Kessler Wiring is to shut its Washington plant, cutting 420 jobs. The plant opened in 1989 and employed 1,100 people at its peak.';

describe('a fact that runs on into a conflict', () => {
  it('ends before the clause the reports disagree in', () => {
    const [a, b] = pair(PLANT_A, PLANT_B, 'January 6, 2025');
    const comparison = compareArticles(a, b);
    expect(comparison.conflicts.map((conflict) => conflict.note)).toEqual(['people: more than 1,500 people vs 1,100 people']);
    expect(factTexts(a, b)).toContain('factory opened in 1989 | plant opened in 1989');
  });
});

const STORM_A = 'A tornado tore through the town of Amory, Mississippi, on Monday night, destroying dozens of homes. The state emergency agency said 31 people had been injured, four of them critically.';
const STORM_B = 'A tornado ripped through Amory, Mississippi, on Monday night and destroyed dozens of homes. The county emergency director said 29 people were injured in the storm, four of them critically.';

describe('a fact that begins in a conflict', () => {
  it('begins after the clause that holds it', () => {
    const [a, b] = pair(STORM_A, STORM_B, 'January 6, 2025');
    expect(compareArticles(a, b).conflicts.map((conflict) => conflict.note)).toEqual(['people: 31 people vs 29 people']);
    expect(factTexts(a, b)).toContain('four of them critically | four of them critically');
  });
});

describe('apartFromConflicts', () => {
  const text = { a: 'The deal was signed by Energy and Mineral Resources Minister Rudi Santoso.', b: 'The deal was signed for Indonesia by the Trade Minister, Dewi Kartika.' };
  const at = (side: 'a' | 'b', words: string) => charRange(text[side].indexOf(words), text[side].indexOf(words) + words.length);
  const fact: FactDraft = {
    a: [at('a', 'deal was signed by Energy and Mineral Resources Minister Rudi Santoso')],
    b: [at('b', 'deal was signed for Indonesia by the Trade Minister, Dewi Kartika')],
    kind: 'paraphrase',
    strength: 4,
    score: 1,
    points: (['deal', 'signed', 'Minister'] as const).map((word) => ({ a: at('a', word), b: at('b', word), value: 1, anchor: true })),
  };
  const conflict = { a: [at('a', 'Rudi Santoso')], b: [at('b', 'Dewi Kartika')] };
  it('reads a joining word inside a name as no clause break', () => {
    expect(apartFromConflicts([fact], [conflict], text)).toEqual([fact]);
  });
  it('ends at a comma before the conflict on both sides', () => {
    const plain = { a: 'The deal was signed on Monday, by Rudi Santoso.', b: 'The deal was signed on Monday, by Dewi Kartika.' };
    const on = (side: 'a' | 'b', words: string) => charRange(plain[side].indexOf(words), plain[side].indexOf(words) + words.length);
    const whole: FactDraft = { ...fact, a: [on('a', 'deal was signed on Monday, by Rudi Santoso')], b: [on('b', 'deal was signed on Monday, by Dewi Kartika')], points: (['deal', 'signed'] as const).map((word) => ({ a: on('a', word), b: on('b', word), value: 1, anchor: true })) };
    const [cut] = apartFromConflicts([whole], [{ a: [on('a', 'Rudi Santoso')], b: [on('b', 'Dewi Kartika')] }], plain);
    expect(cut?.a).toEqual([on('a', 'deal was signed on Monday')]);
    expect(cut?.b).toEqual([on('b', 'deal was signed on Monday')]);
  });
});

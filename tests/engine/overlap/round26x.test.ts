import { describe, expect, it } from 'vitest';
import { selectFacts, type FactDraft, type MatchPoint } from '../../../src/engine/overlap/select.ts';
import { charRange, type CharRange } from '../../../src/engine/text/ranges.ts';

/**
 * Round 26x (decision 004): a draft inside an accepted stretch on one side that reads a figure
 * the accepted fact only passes over, with words of its own, is a fact of its own, not a
 * restatement; and a highlight never starts or ends inside a word.
 */
const text = {
  a: 'The ferry operator was fined on Friday for dumping 30 tonnes of oily waste into the harbour near the old docks.',
  b: 'A ferry operator has been punished for dumping oily waste into the harbour. Inspectors said it dumped 30 tonnes of waste over a year.',
};
const at = (side: 'a' | 'b', words: string, from = 0): CharRange => {
  const start = text[side].indexOf(words, from);
  if (start < 0) throw new Error(`${words} not in ${side}`);
  return charRange(start, start + words.length);
};
const point = (a: string, b: string, extra: Partial<MatchPoint> = {}, from = 0): MatchPoint => ({ a: at('a', a), b: at('b', b, from), value: 1, anchor: true, ...extra });
const draft = (a: CharRange, b: CharRange, points: MatchPoint[], strength: number): FactDraft => ({ a: [a], b: [b], kind: 'paraphrase', strength, score: 0, points });

// The long sentence of report a, accepted against report b's first sentence.
const dumping = draft(
  at('a', 'ferry operator was fined on Friday for dumping 30 tonnes of oily waste into the harbour'),
  at('b', 'ferry operator has been punished for dumping oily waste into the harbour'),
  [point('ferry', 'ferry'), point('operator', 'operator'), point('dumping', 'dumping'), point('oily', 'oily'), point('harbour', 'harbour')],
  6,
);
const later = text.b.indexOf('Inspectors');

describe('a figure fact inside an accepted stretch', () => {
  it('stands on its own when it reads three units of its own, a figure among them', () => {
    const tonnes = draft(at('a', 'dumping 30 tonnes of oily waste'), at('b', 'dumped 30 tonnes of waste'), [point('30', '30', { figure: true }, later), point('tonnes', 'tonnes', {}, later), point('waste', 'waste', {}, later)], 3);
    const facts = selectFacts([dumping, tonnes], text);
    expect(facts.map((fact) => fact.b.map((range) => text.b.slice(range.start, range.end)))).toEqual([
      ['ferry operator has been punished for dumping oily waste into the harbour'],
      ['dumped 30 tonnes of waste'],
    ]);
  });
  it('is a restatement when it reads mostly the accepted fact’s own words', () => {
    const again = draft(at('a', 'dumping 30 tonnes of oily waste'), at('b', 'dumped 30 tonnes of waste'), [point('dumping', 'dumped', {}, later), point('oily', 'waste', { anchor: false }, later), point('30', '30', { figure: true }, later)], 3);
    const facts = selectFacts([dumping, again], text);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.b).toHaveLength(2);
  });
  it('is a restatement when half its units or more are the accepted fact’s own, however many are its own', () => {
    const half = draft(
      at('a', 'dumping 30 tonnes of oily waste into the harbour'),
      at('b', 'Inspectors said it dumped 30 tonnes of waste over a year'),
      [
        point('dumping', 'dumped', {}, later),
        point('oily', 'Inspectors', { anchor: false }, later),
        point('harbour', 'year', { anchor: false }, later),
        point('30', '30', { figure: true }, later),
        point('tonnes', 'tonnes', {}, later),
        point('waste', 'waste', {}, later),
      ],
      3,
    );
    const facts = selectFacts([dumping, half], text);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.b).toHaveLength(2);
  });
  it('is a restatement with fewer than three units of its own, a figure among them', () => {
    const two = draft(at('a', 'dumping 30 tonnes'), at('b', 'dumped 30 tonnes'), [point('dumping', 'dumped', {}, later), point('30', '30', { figure: true }, later), point('tonnes', 'tonnes', {}, later)], 3);
    const facts = selectFacts([dumping, two], text);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.b).toHaveLength(2);
  });
  it('is a restatement without a figure of its own', () => {
    const words = draft(at('a', 'tonnes of oily waste'), at('b', 'tonnes of waste'), [point('tonnes', 'tonnes', {}, later), point('of', 'of', {}, later), point('waste', 'waste', {}, later)], 3);
    expect(selectFacts([dumping, words], text)).toHaveLength(1);
  });
});

describe('a highlight', () => {
  const plain = { a: 'He threw fourteen 180s in the final and a 400kg trophy waited.', b: 'He hit 14 180s during the final.' };
  const on = (side: 'a' | 'b', words: string): CharRange => charRange(plain[side].indexOf(words), plain[side].indexOf(words) + words.length);
  it('ends on the edge of the word its figure is part of', () => {
    const maximums: FactDraft = { a: [on('a', 'fourteen 180')], b: [on('b', '14 180')], kind: 'number', strength: 2, score: 0, points: [{ a: on('a', 'fourteen'), b: on('b', '14'), value: 1, anchor: true, figure: true }] };
    const [fact] = selectFacts([maximums], plain);
    expect(fact?.a.map((range) => plain.a.slice(range.start, range.end))).toEqual(['fourteen 180s']);
    expect(fact?.b.map((range) => plain.b.slice(range.start, range.end))).toEqual(['14 180s']);
  });
  it('keeps a combining accent with its letter', () => {
    const names = { a: 'Zoe\u0308 Kovacs threw 14 darts.', b: 'Kovacs threw 14 darts.' };
    const zoe = charRange(0, 3);
    const thrown: FactDraft = { a: [zoe], b: [charRange(0, 6)], kind: 'number', strength: 2, score: 0, points: [{ a: zoe, b: charRange(0, 6), value: 1, anchor: true }] };
    const [fact] = selectFacts([thrown], names);
    expect(fact?.a.map((range) => names.a.slice(range.start, range.end))).toEqual(['Zoe\u0308']);
  });
  it('starts on the edge of a word too', () => {
    const weight: FactDraft = { a: [on('a', '0kg trophy')], b: [on('b', 'final')], kind: 'number', strength: 2, score: 0, points: [{ a: on('a', 'trophy'), b: on('b', 'final'), value: 1 }] };
    const [fact] = selectFacts([weight], plain);
    expect(fact?.a.map((range) => plain.a.slice(range.start, range.end))).toEqual(['400kg trophy']);
  });
});

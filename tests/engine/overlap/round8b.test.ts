import { describe, expect, it } from 'vitest';
import { compareArticles, type Article } from '../../../src/engine/index.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { quoteRunDrafts, sharedWordRuns, type RunSide } from '../../../src/engine/overlap/quote-runs.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { pair } from './conflict-pairs.ts';

/**
 * Round 8b (decision 004): times of day, match scores, and quotations both reports print word
 * for word. Each rule is tested alone on invented sentences.
 */
const spans = (a: Article, b: Article): string[][] =>
  compareArticles(a, b).facts.map((fact) => [...fact.a.map((range) => a.text.slice(range.start, range.end)), ...fact.b.map((range) => b.text.slice(range.start, range.end))]);

describe('8b quotations both reports print word for word', () => {
  it('finds a quotation of common words across a sentence boundary, whole', () => {
    const [a, b] = pair(
      'A man who set fire to a bakery in Tarrow was jailed for nine years on Friday. Sentencing him, the judge said: “You knew the family were upstairs. You did it anyway, because you were angry.”',
      'Dale Prior, 41, was jailed at Tarrow Crown Court on Friday. “You knew the family were upstairs. You did it anyway,” the judge told him.',
    );
    const quote = 'You knew the family were upstairs. You did it anyway';
    const facts = compareArticles(a, b).facts;
    const found = facts.find((fact) => fact.kind === 'quote');
    expect(found && a.text.slice(found.a[0]?.start, found.a[0]?.end)).toBe(quote);
    expect(found && b.text.slice(found.b[0]?.start, found.b[0]?.end)).toBe(quote);
    // Mirrored, the same.
    const back = compareArticles(b, a).facts.find((fact) => fact.kind === 'quote');
    expect(back && a.text.slice(back.b[0]?.start, back.b[0]?.end)).toBe(quote);
  });

  it('takes a shared quotation once, not again as the alignment’s shorter stretch', () => {
    const [a, b] = pair(
      'The mayor of Kessel said: “Our crews are working through the night because the river has not stopped rising.” The flood closed the Kessel bridge on Monday.',
      '“Our crews are working through the night because the river has not stopped rising,” the mayor of Kessel told reporters on Monday.',
    );
    const quotes = spans(a, b).filter((texts) => texts.some((text) => text.includes('crews')));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[0]).toBe('Our crews are working through the night because the river has not stopped rising');
  });

  it('does not take a five-word stock phrase in quotation marks for a shared quote', () => {
    const [a, b] = pair(
      'A loading ramp failed at Varberg harbour on Tuesday, stranding 40 lorries. Ferry operator Nordlink called it “part of a wider problem” at the port.',
      'Forty lorries were stranded at Varberg harbour on Tuesday when a ramp failed. Drivers’ union chief Ana Lind said the fault was “part of a wider problem” with ageing equipment.',
    );
    // The alignment may still find the phrase by its words; the run finder does not offer it.
    const side = (article: Article): RunSide => {
      const tokens = tokenize(article.text);
      return { tokens, clauses: splitClauses(article.text, tokens) };
    };
    expect(quoteRunDrafts(side(a), side(b))).toEqual([]);
  });

  it('does not take the same words outside quotation marks in one report for a shared quote', () => {
    const [a, b] = pair(
      'Ministers in Dravia agreed on Monday that the new tax would not apply to small farms with fewer than ten workers.',
      'The finance minister of Dravia said: “The new tax would not apply to small farms with fewer than ten workers.”',
    );
    expect(compareArticles(a, b).facts.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('finds maximal runs once each, in linear work, even in a text that repeats itself', () => {
    const words = (text: string): string[] => text.split(' ');
    const a = words('x we will keep fighting for every family in this town y');
    const b = words('we will keep fighting for every family in this town z');
    const yes = (list: string[]): boolean[] => list.map(() => true);
    expect(sharedWordRuns(a, b, yes(a), yes(b), 6)).toEqual([{ a: { start: 1, end: 11 }, b: { start: 0, end: 10 }, words: 10 }]);
    // One side's words outside quotation marks break the run.
    const quotedB = yes(b).map((_, index) => index !== 5);
    expect(sharedWordRuns(a, b, yes(a), quotedB, 6).map((run) => run.words)).toEqual([]);
    const long = Array.from({ length: 4000 }, (_, index) => `w${index % 7}`);
    expect(sharedWordRuns(long, long, yes(long), yes(long), 6).length).toBeLessThanOrEqual(1);
  });
});

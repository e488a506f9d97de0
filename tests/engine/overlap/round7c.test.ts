import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';

/**
 * Round 7c (decision 004): vocabulary, titles and figures. Invented sentences only; each test
 * fails without its rule.
 */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

/** Each fact as `A text | B text`, spans joined by ` + `. */
function facts(a: string, b: string): string[] {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).facts.map((fact) => `${fact.a.map((span) => x.text.slice(span.start, span.end)).join(' + ')} | ${fact.b.map((span) => y.text.slice(span.start, span.end)).join(' + ')}`);
}

describe('a lone measure in two unit systems', () => {
  // Both reports must share what pins them to one event (here a name and a day): reports that
  // share less are judged as two events, and a lone figure is never a fact between those.
  const a = 'The Tarvos glaciers are retreating fast, according to a survey by the Ostrava Institute published on Tuesday. Since the survey began they have lost some 2,600 square kilometres.';
  const b = 'A study published by the Ostrava Institute on Tuesday shows that Tarvos glaciers are retreating fast. Their combined area is roughly 1,000 square miles smaller than it was.';
  it('is one fact when each report gives it once', () => {
    expect(facts(a, b)).toContain('lost some 2,600 square kilometres | area is roughly 1,000 square miles');
  });
  it('is no fact when the converted values differ', () => {
    expect(facts(a, b.replace('1,000 square miles', '1,400 square miles')).some((fact) => fact.includes('square'))).toBe(false);
  });
});

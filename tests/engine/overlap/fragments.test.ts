import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';

/**
 * Round 6c (decision 004): a fact states something. Invented one-outlet pairs, dated alike.
 */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

const facts = (a: string, b: string): string[][] => {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).facts.map((fact) => [...fact.a.map((r) => x.text.slice(r.start, r.end)), '|', ...fact.b.map((r) => y.text.slice(r.start, r.end))]);
};

describe('a figure that counts a part', () => {
  it('does not share a count of the whole with a count of part of another whole', () => {
    const found = facts(
      'Some 1,200 people were evacuated from their homes overnight in the valley, the mayor of Tarrel said.',
      'More than 3,000 residents of Tarrel were evacuated from their homes, around 1,100 of them from the valley.',
    );
    expect(found.flat().some((text) => text.includes('1,100'))).toBe(false);
  });

  it('does not share a count of a group with a count of the rest of one', () => {
    const [x, y] = pair('Police in Tarrel arrested three men on Friday after the riot.', 'Police in Tarrel arrested three other men on Friday after the riot.');
    expect(compareArticles(x, y).facts.map((fact) => fact.kind)).not.toContain('number');
  });

  it('still shares one part told alike by both', () => {
    const found = facts('The Greens won 31 of the 100 seats in the Tarrel council.', 'In the Tarrel council the Greens took 31 of the 100 seats.');
    expect(found.flat().some((text) => text.includes('31'))).toBe(true);
  });
});

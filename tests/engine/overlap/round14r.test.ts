import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';

/** Round 14r (decision 004). Invented pairs, one event, dated alike. */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

const facts = (a: string, b: string): string[] => {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).facts.map((fact) => `${fact.a.map((r) => x.text.slice(r.start, r.end)).join(' + ')} | ${fact.b.map((r) => y.text.slice(r.start, r.end)).join(' + ')}`);
};

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';

describe('two sentences that tell the same thing', () => {
  it('share the names they are about, with a fact’s strength, though nothing else', () => {
    const found = facts(
      `${FINAL_A} The regulator, the Verania Football Authority, will review the match.`,
      `${FINAL_B} Officials at the Verania Football Authority plan to look again at the game.`,
    );
    expect(found).toContain('Verania Football Authority | Verania Football Authority');
  });
});

import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';

/**
 * Round 13r (decision 004): a draft the thresholds refuse is kept when its two sentences tell the
 * same thing (each shares more with the other than with any other sentence of the other report)
 * and the rules draw no fact from them. Invented pairs, one event, dated alike.
 */
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
  it('share the person they are about, though they tell it in other words', () => {
    const found = facts(
      `${FINAL_A} Defender Tomas Grell was shown a second yellow card in the 71st minute for pulling back Ivo Dantas.`,
      `${FINAL_B} Tomas Grell, already booked, tugged at Ivo Dantas as the forward broke clear and was sent off with 19 minutes left.`,
    );
    expect(found).toContain('Tomas Grell | Tomas Grell');
  });

  it('add nothing when the rules already draw a fact from them', () => {
    const found = facts(
      `${FINAL_A} Tomas Grell was sent off in the 71st minute for a second booking, a decision that home supporters jeered for several long minutes from every stand, while Ivo Dantas stayed down.`,
      `${FINAL_B} Tomas Grell was sent off with 19 minutes left; much later the referee, a veteran of many finals in the capital and abroad, also booked Ivo Dantas.`,
    );
    expect(found.some((fact) => fact.includes('sent off'))).toBe(true);
    expect(found).not.toContain('Ivo Dantas | Ivo Dantas');
  });

  it('share no more than who spoke when a reporting verb is all they say beside the names', () => {
    const found = facts(
      'Floods hit Tarrel in Verania on Tuesday, killing four people, mayor Ines Carvalho said. On Wednesday, Ines Carvalho said the council would meet again soon, once the water level had dropped near the bridge.',
      'Four people died when floods swept through Tarrel, Verania, on Tuesday, according to mayor Ines Carvalho. Ines Carvalho said on Wednesday that residents were furious and frightened, and that engineers had closed the bridge.',
    );
    expect(found.some((fact) => fact.startsWith('Floods hit Tarrel'))).toBe(true);
    expect(found.some((fact) => fact.includes('Wednesday'))).toBe(false);
  });
});

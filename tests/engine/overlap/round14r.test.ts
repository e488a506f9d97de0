import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';

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

describe('figures written in more forms (round 14r)', () => {
  const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.currency === undefined ? '' : ` ${q.currency}`} ${q.value}`);

  it('reads a British time of day written with a full stop', () => {
    expect(read('The power failed at 5.42pm local time.')).toEqual(['5.42pm local time clock 1062']);
  });

  it('reads a currency whose name is one country’s, written after the figure', () => {
    expect(read('Medicor was fined 96.5 million zlotys.')).toEqual(['96.5 million zlotys currency PLN 96500000']);
  });

  it('reads a dollar with its country’s letters that stands apart from the figure', () => {
    expect(read('The project cost R$\u00a095 million.')).toEqual(['R$\u00a095 million currency BRL 95000000']);
  });

  it('lets bare crowns agree with the crown currency the other report names', () => {
    const [bare] = findQuantities('It cost 5.1 billion kroner.');
    const [named] = findQuantities('It cost NOK 5.1 billion.');
    const [other] = findQuantities('It cost NOK 4.8 billion.');
    if (bare === undefined || named === undefined || other === undefined) throw new Error('unread');
    expect(quantitiesAgree(bare, named)).toBe(true);
    expect(quantitiesAgree(named, bare)).toBe(true);
    expect(quantitiesAgree(bare, other)).toBe(false);
  });
});

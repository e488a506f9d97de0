import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 14r (decision 004). Invented pairs, one event, dated alike. */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));

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

describe('places in an order (round 14r)', () => {
  const units = (text: string): string[] => findQuantities(text).map((q) => `${q.unit} ${q.value}`);
  const agree = (x: string, y: string): boolean => {
    const [a] = findQuantities(x);
    const [b] = findQuantities(y);
    if (a === undefined || b === undefined) throw new Error('unread');
    return quantitiesAgree(a, b);
  };

  it('reads `number six` and `No. 14` as places, as `sixth` and `14th` are', () => {
    expect(units('The world number six lost in Rotterdam.')).toEqual(['ordinal 6']);
    expect(units('World No. 14 Kjær won the final.')).toEqual(['ordinal 14']);
    expect(agree('The world number six lost.', 'He is ranked sixth in the world.')).toBe(true);
    expect(units('a number of 14 people')).toEqual(['count 14']);
  });

  it('lets a place in digits meet a bare count of the same value, from three', () => {
    expect(agree('his 17th of the campaign', 'taking his tally to 17, a record')).toBe(true);
    expect(agree('taking his tally to 17, a record', 'his 17th of the campaign')).toBe(true);
    expect(agree('his 2nd of the campaign', 'taking his tally to 2, a record')).toBe(false);
    expect(agree('his 17th of the campaign', 'taking 17 wickets')).toBe(false);
  });
});

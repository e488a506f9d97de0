import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { loneFigureDraft, qualifies } from '../../../src/engine/overlap/lone-figures.ts';
import { currenciesConvert, FIRST_RATE_YEAR, NEWEST_RATE_YEAR, RATE_YEARS } from '../../../src/engine/overlap/quantities-rates.ts';
import { factTexts, pair } from './conflict-pairs.ts';
import { figure } from './figures.ts';
import { side } from './pairing-sides.ts';

/** Round 19f (decision 004): one figure told in two currencies, two units or two time zones. */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));
const converts = (a: string, b: string): boolean => currenciesConvert(figure(a), figure(b));

describe('one amount in two currencies (quantities-rates.ts)', () => {
  it('meets at the table’s rate within its tolerance: `175 million euros` / `about $190 million`, `€180 million` / `around £155m`', () => {
    expect(converts('175 million euros', 'about $190 million')).toBe(true);
    expect(converts('€180 million', 'around £155m')).toBe(true);
    expect(converts('£8.4m', '9.8 million euros')).toBe(true);
    expect(converts('€1.2bn', '$1.3 billion')).toBe(true);
  });

  it('does not add a hedge to the rate’s tolerance: `around 260 million euros` is no `$335 million`', () => {
    expect(converts('around 260 million euros', '$335 million')).toBe(false);
    expect(converts('€310 million', '$335 million')).toBe(true);
  });

  it('misses amounts that no rate makes one: `€2 million` / `$3 million`', () => {
    expect(converts('€2 million', '$3 million')).toBe(false);
  });

  it('reads a bare dollar as the report’s own at face value: `$334-billion` / `C$334 billion`', () => {
    expect(converts('$334 billion', 'C$334 billion')).toBe(true);
    expect(converts('US$334 billion', 'C$334 billion')).toBe(false);
  });

  it('reads bare crowns by their form: `about 28 million kronor` (Swedish) / `€2.5 million`; `some four trillion crowns` / `about €150 billion`', () => {
    expect(converts('about 28 million kronor', '€2.5 million')).toBe(true);
    expect(converts('€2.5 million', 'about 28 million kronor')).toBe(true);
    expect(converts('about 28 million kronor', '€3.5 million')).toBe(false);
    expect(converts('some four trillion crowns', 'about €150 billion')).toBe(true);
    expect(converts('four crowns', '€0.16')).toBe(false);
  });

  it('leaves amounts of one currency to quantitiesAgree, and makes them agree nowhere else', () => {
    expect(converts('€180 million', '€155 million')).toBe(false);
    expect(quantitiesAgree(figure('175 million euros'), figure('about $190 million'))).toBe(false);
  });

  it('makes a fact of two sentences that tell one sum in two currencies', () => {
    const a = 'The Polarlink satellite failed in orbit on Monday. It was insured for 175 million euros, the operator said.';
    const b = 'The Polarlink satellite failed in orbit on Monday. The satellite was insured for about $190 million, a source said.';
    expect(facts(a, b)).toContainEqual(expect.stringMatching(/insured for 175 million euros \| .*insured for about \$190 million/u));
  });
});

describe('ounces and knots (quantities-lexicon.ts)', () => {
  it('reads an ounce as a mass, avoirdupois or troy: `around 3,400 kilograms` / `roughly 110,000 ounces`', () => {
    expect(quantitiesAgree(figure('around 3,400 kilograms'), figure('roughly 110,000 ounces'))).toBe(true);
    expect(quantitiesAgree(figure('around 3,400 kilograms'), figure('roughly 150,000 ounces'))).toBe(false);
  });

  it('reads a knot as a speed: `gusting to 74km/h` / `gusts of 40 knots`', () => {
    expect(quantitiesAgree(figure('74km/h'), figure('gusts of 40 knots'))).toBe(true);
    expect(quantitiesAgree(figure('74km/h'), figure('gusts of 50 knots'))).toBe(false);
  });
});

describe('times of day in two zones (quantities-clock.ts)', () => {
  const clock = (text: string): Quantity => {
    const found = findQuantities(text).find((quantity) => quantity.unit === 'clock');
    if (found === undefined) throw new Error(`no time in ${text}`);
    return found;
  };
  it('reads `UK time` as a zone that is GMT in winter and BST in summer: `at 0940 GMT` / `at 9.40am UK time`, `at 10.40am UK time` / `at 09:40 GMT`', () => {
    expect(clock('at 9.40am UK time').noun).toBe('uk');
    expect(quantitiesAgree(clock('at 0940 GMT'), clock('at 9.40am UK time'))).toBe(true);
    expect(quantitiesAgree(clock('at 10.40am UK time'), clock('at 09:40 GMT'))).toBe(true);
    expect(quantitiesAgree(clock('at 11.40am UK time'), clock('at 09:40 GMT'))).toBe(false);
  });

  it('meets two zones the table knows by their offsets: `19:40 BST` / `18:40 GMT`, `20:40 CEST` / `18:40 UTC`', () => {
    expect(quantitiesAgree(clock('at 19:40 BST'), clock('at 18:40 GMT'))).toBe(true);
    expect(quantitiesAgree(clock('at 20:40 CEST'), clock('at 18:40 UTC'))).toBe(true);
    expect(quantitiesAgree(clock('at 19:40 BST'), clock('at 19:40 GMT'))).toBe(false);
  });

  it('meets no time without a zone, nor a zone whose letters name two (`CST`)', () => {
    expect(quantitiesAgree(clock('at 19:40 BST'), clock('at 19:40'))).toBe(false);
    expect(quantitiesAgree(clock('at 12:40 CST'), clock('at 18:40 GMT'))).toBe(false);
  });

  it('makes a fact of two sentences that tell one moment in two zones', () => {
    const a = 'Four men robbed the Marlowe jewellers in Velmora on Sunday. The men burst into the shop at 0940 GMT, police said.';
    const b = 'Four men robbed the Marlowe jewellers in Velmora on Sunday. The gang burst into the jewellers at 9.40am UK time.';
    expect(facts(a, b)).toContainEqual(expect.stringMatching(/0940 GMT.*\|.*9\.40am UK time/u));
  });
});

describe('a sum or a length of time alone in its sentence pair (lone-figures.ts)', () => {
  const lone = (a: string, b: string): boolean => qualifies(figure(a), figure(b), lexicon);
  it('qualifies when the two tell one sum or time in other forms: `a 14-minute contest` / `nearly a quarter of an hour`, `$1.8 million` / `nearly $2 million`', () => {
    expect(lone('a 14-minute contest', 'nearly a quarter of an hour')).toBe(true);
    expect(lone('a $1.8 million shortfall', 'a gap of nearly $2 million')).toBe(true);
    expect(lone('about 18 months', 'a year and a half')).toBe(true);
  });

  it('qualifies for one sum in two currencies: `1,020,000 euros` / `£870,000`', () => {
    expect(lone('a cheque of 1,020,000 euros', 'the £870,000 top prize')).toBe(true);
    expect(lone('a cheque of 1,020,000 euros', 'the £1,100,000 top prize')).toBe(false);
  });

  it('does not when both are one or two of their unit (`two years` / `a two-year fight`), a ceiling (`up to $9.6 billion`), or an age', () => {
    expect(lone('two years', 'a two-year fight')).toBe(false);
    expect(lone('up to $9.6 billion', '$200')).toBe(false);
    expect(lone('people aged 65', 'residents aged 65')).toBe(false);
  });
});

describe('session 16 mends: the rate table by year (quantities-rates.ts)', () => {
  it('converts at any year’s rates of the table: `¥1.1 billion` / `$10 million` at 2020’s yen (~107), `¥1.5 billion` / `$10 million` at 2024’s (~151)', () => {
    expect(converts('¥1.1 billion', '$10 million')).toBe(true);
    expect(converts('¥1.5 billion', '$10 million')).toBe(true);
    expect(converts('¥2 billion', '$10 million')).toBe(false);
  });

  it('compares the two currencies at one year’s rates, not the best of each: `£100 million` is no `€130 million`', () => {
    // 2021's pound (1.376) and 2022's euro (1.053) would make them one; no year does.
    expect(converts('£100 million', '€130 million')).toBe(false);
    expect(converts('£100 million', '€117 million')).toBe(true);
  });

  it('takes two hedges’ ranges, at the table’s central rates, when their values lie further apart than the tolerance: `about €70 million` / `about $90 million`', () => {
    // At 2021's euro (1.183) the two are 8.7% apart, past RATE_TOLERANCE; `about` reaches a tenth either way.
    expect(converts('about €70 million', 'about $90 million')).toBe(true);
    expect(converts('€70 million', '$90 million')).toBe(false);
    expect(converts('about €70 million', 'about $120 million')).toBe(false);
  });

  it('has no rate for currencies of high inflation or devaluation: PKR, BDT, COP, HUF', () => {
    for (const code of ['PKR', 'BDT', 'COP', 'HUF', 'TRY', 'ARS']) expect(RATE_YEARS.has(code)).toBe(false);
    expect(converts('HUF 3.6 billion', '$10 million')).toBe(false);
  });

  it('keeps every currency’s yearly rates within the yen’s spread (1.45×), a year a rate, from FIRST_RATE_YEAR to NEWEST_RATE_YEAR', () => {
    for (const [code, rates] of RATE_YEARS) {
      expect(rates, code).toHaveLength(NEWEST_RATE_YEAR - FIRST_RATE_YEAR + 1);
      expect(Math.max(...rates) / Math.min(...rates), code).toBeLessThan(1.45);
    }
  });

  it('is no more than two years older than the newest development digest (add a year’s rates when this fails)', () => {
    const years = readdirSync(join(import.meta.dirname, '../../fixtures/overlap')).flatMap((file) => /(\d{4})-\d\d-\d\d\.txt$/u.exec(file)?.[1] ?? []).map(Number);
    expect(years.length).toBeGreaterThan(100);
    expect(Math.max(...years) - NEWEST_RATE_YEAR).toBeLessThanOrEqual(2);
  });
});

describe('session 16 mends: a lone sum in two currencies (lone-figures.ts loneFigureDraft)', () => {
  /** The draft for two one-sentence reports whose alignment holds only their first sums, matched as a conversion (0.8), as align.ts scores one. */
  const loneDraft = (a: string, b: string) => {
    const [A, B] = [side(a, new Map()), side(b, new Map())];
    const [ua, ub] = [A.units.find((unit) => unit.quantity !== null), B.units.find((unit) => unit.quantity !== null)];
    if (ua === undefined || ub === undefined) throw new Error('no figure');
    const alignment = { regionA: 0, regionB: 0, matches: [{ a: ua, b: ub, similarity: 0.8, value: 0.8 }] } as unknown as ClauseAlignment;
    return loneFigureDraft(alignment, A, B, lexicon, 1);
  };

  it('drafts a sum told once in each report in two currencies, matched as a conversion', () => {
    expect(loneDraft('The satellite was insured for 175 million euros.', 'The satellite was insured for about $190 million.')).not.toBeNull();
  });

  it('drafts none when the other report tells that sum twice, in two currencies: `about $190 million, or £150 million`', () => {
    expect(loneDraft('The satellite was insured for 175 million euros.', 'The satellite was insured for about $190 million, or £150 million.')).toBeNull();
    // Another sum of the report that no rate makes this one leaves the draft.
    expect(loneDraft('The satellite was insured for 175 million euros.', 'The satellite was insured for about $190 million, or £15 million.')).not.toBeNull();
  });
});

describe('session 16 mends: fluid ounces and counted knots (quantities-units.ts)', () => {
  it('reads `12 fl oz` and `12 fluid ounces` as a volume, never the mass `oz`', () => {
    for (const text of ['a 12 fl oz can', '12 fluid ounces of water']) {
      const read = figure(text);
      expect([read.unit, read.noun]).toEqual(['other', 'litre']);
    }
    expect(figure('a 12 fl. oz. bottle').noun).not.toBe('kg');
    expect(figure('8 oz of gold').noun).toBe('kg');
  });

  it('reads knots as a speed only beside a speed word: `gusts of 40 knots`, `sailing at 14 knots`, not `tied 40 knots in the rope`', () => {
    expect(figure('gusts of 40 knots').noun).toBe('km/h');
    expect(figure('the ship was sailing at 14 knots').noun).toBe('km/h');
    expect(figure('We had 40 knots across the deck').noun).toBe('km/h');
    expect(figure('the scouts tied 40 knots in the rope').unit).toBe('count');
  });
});

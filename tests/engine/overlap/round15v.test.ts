import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** Round 15v (decision 004): figures, units and hedges the readers missed. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`} ${q.low}-${q.high}`);
const only = (text: string): Quantity => {
  const found = findQuantities(text);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one figure in ${text}: ${read(text).join('; ')}`);
  return found[0];
};
const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

describe('a hedge on a time of day is as loose as the time is rounded', () => {
  it('keeps `about` an hour wide on a time written to the hour', () => {
    expect(agree('The blast came at about 3 a.m.', 'The blast came at 3:25 a.m.')).toBe(true);
  });

  it('narrows `about` on a half hour and a quarter', () => {
    expect(read('Police arrived at about 7.30am on Monday')).toEqual(['about 7.30am clock 435-465']);
    expect(read('The slide came at about 11:15 am on Monday')).toEqual(['about 11:15 am clock 667.5-682.5']);
  });

  it('adds no rounding slack past a hedged time: `shortly after 6am` and `about 7.30am` differ', () => {
    expect(agree('The man died shortly after 6am.', 'The man died at about 7.30am.')).toBe(false);
    expect(agree('The slide came shortly after 10:30 am.', 'The slide came at about 11:15 am.')).toBe(false);
  });

  it('still lets a hedged hour meet a time inside it', () => {
    expect(agree('The man died shortly after 6am.', 'The man died at 6.20am.')).toBe(true);
  });
});

describe('units written against the figure, and scales only a currency has', () => {
  it('reads `2,500m` as metres when it is too large for millions without a currency', () => {
    expect(read('It broke away at roughly 2,500m.')).toEqual(['roughly 2,500m other metre 2250-2750']);
    expect(agree('The slab broke at roughly 2,500m.', 'The slab broke at around 2,500 metres.')).toBe(true);
  });

  it('reads `250m out` as metres when a word of length or a race follows', () => {
    expect(read('launching it from 250m out')).toEqual(['250m other metre 250-250']);
    expect(read('she won the 100m final')).toEqual(['100m other metre 100-100']);
  });

  it('leaves `5m people` and `raised 5m.` unread, and `£2,500m` money', () => {
    expect(read('The virus has infected 5m people.')).toEqual([]);
    expect(read('The appeal raised 5m.')).toEqual([]);
    expect(read('a £2,500m deal')).toEqual(['£2,500m currency deal 2500000000-2500000000']);
  });

  it('reads power and energy: `4,600MW` meets `4.6 gigawatts`', () => {
    expect(agree('a capacity of 4,600MW in total', 'a capacity of 4.6 gigawatts in total')).toBe(true);
    expect(agree('a capacity of 4,600MW in total', 'a capacity of 4.2 gigawatts in total')).toBe(false);
  });

  it('reads speeds: `46.3km/h` meets `46.3 kph`, and `70 mph` about 113 km/h', () => {
    expect(agree('at an average of 46.3km/h', 'an average speed of 46.3 kph')).toBe(true);
    expect(agree('gusts of 113 km/h', 'gusts of 70 miles per hour')).toBe(true);
    expect(agree('gusts of 159km/h', 'gusts of 87mph')).toBe(false);
  });

  it('reads a currency written in letters that are no ISO code, and `mil` beside it', () => {
    const ringgit = only('He was paid RM12.2mil in bribes.');
    expect([ringgit.unit, ringgit.currency, ringgit.value]).toEqual(['currency', 'MYR', 12200000]);
    expect(agree('He was paid RM12.2mil.', 'He was paid 12.2 million ringgit.')).toBe(true);
  });

  it('reads `No6` written against the figure as a place', () => {
    expect(read('the world No6 from Latvia')).toEqual(['6 ordinal 6-6']);
  });
});

describe('ages told in words around the figure', () => {
  it('reads `aged 38` as an age, as `38-year-old` is', () => {
    expect(agree('a Bulgarian aged 38', 'a 38-year-old Bulgarian man')).toBe(true);
    expect(only('a Bulgarian aged 38').age).toBe(true);
  });

  it('reads `older than 65` and `people over 60` as bounds on an age', () => {
    expect(agree('people aged over 65', 'people older than 65')).toBe(true);
    expect(agree('for people over 60', 'for adults 60 years and older')).toBe(true);
    expect(read('arrested over 300 fans')).toEqual(['over 300 fans count fan 300-480']);
  });

  it('reads `children under 15` as the same cap as `under the age of 15`', () => {
    expect(agree('bar children under 15 from social media', 'bar children under the age of 15')).toBe(true);
  });

  it('does not read `in his 70s` as the 1970s', () => {
    expect(read('A man in his 70s died.')).toEqual([]);
    expect(read('prices of the 1970s')).toEqual(['1970s year 1970-1979']);
  });
});

describe('votes told with `to` and `against`', () => {
  it('reads `by 104 votes to 46` and `voted 101 to 49` as the minority, as `a 104-46 vote` is', () => {
    expect(read('The bill passed by 104 votes to 46.')).toEqual(['104 votes to 46 count dissent 46-46']);
    expect(read('MPs voted 101 to 49 for the bill')).toEqual(['101 to 49 count dissent 49-49']);
    expect(agree('The bill passed by 104 votes to 46.', 'the 104-46 vote')).toBe(true);
  });

  it('reads `46 voted against` and `39 voting against` as dissents', () => {
    expect(read('with 39 voting against')).toEqual(['39 count dissent 39-39']);
    expect(findQuantities('A total of 104 MPs voted in favour, while 46 voted against').map((q) => q.noun)).toEqual(['mps', 'dissent']);
  });

  it('leaves a move from one figure to another a range', () => {
    expect(read('rose from 20 to 30')).toEqual(['20 to 30 count 20-30']);
  });
});

describe('round shares and fractions of a unit', () => {
  it('lets a fraction of a unit meet the minutes it rounds: `a quarter of an hour` / `14 minutes`', () => {
    expect(agree('It lasted a quarter of an hour.', 'It lasted 14 minutes.')).toBe(true);
    expect(agree('It lasted half an hour.', 'It lasted 28 minutes.')).toBe(true);
    expect(agree('It lasted half an hour.', 'It lasted 40 minutes.')).toBe(false);
  });

  it('lets `seven in 10` meet `71%`, but keeps `one in five` to the point', () => {
    expect(agree('seven in 10 voters backed it', '71% of voters backed it')).toBe(true);
    expect(agree('a sample of one in five households', 'up from 20.9% of households')).toBe(false);
  });

  it('reads `two-and-a-half-hour` written with hyphens', () => {
    expect(read('a nearly two-and-a-half-hour meeting').map((text) => text.split(' ')[0])).toEqual(['nearly']);
    expect(agree('a nearly two-and-a-half-hour meeting', 'a meeting of 148 minutes')).toBe(true);
  });
});

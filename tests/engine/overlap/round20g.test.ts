import { describe, expect, it } from 'vitest';
import { figureKeys } from '../../../src/engine/overlap/lone-figures.ts';
import { figuresOfAnEarlierEvent } from '../../../src/engine/overlap/measures.ts';
import { quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { figure } from './figures.ts';
import { side } from './pairing-sides.ts';

/** Round 20g (decision 004): figure readers — counts past a compound modifier, light years, `last year`, sums by their dollar value. */

describe('a count’s noun past a hyphenated modifier (quantities-nouns.ts)', () => {
  it('reads `three low-speed collisions` as three collisions, `eight first-team players` as eight players', () => {
    expect(figure('There were three low-speed collisions.')).toMatchObject({ value: 3, noun: 'collision', text: 'three low-speed collisions' });
    expect(figure('He dropped eight first-team players.').noun).toBe('player');
    expect(figure('It seized 2,650 brick-shaped packages.').noun).toBe('package');
  });

  it('keeps the compound when no noun follows it', () => {
    expect(figure('The match went to 5 all-square after.').noun).not.toBe('after');
  });
});

describe('light years and parsecs are distances (quantities-units.ts)', () => {
  it('reads `41 light-years`, `48 light years` and `12.6 parsecs` as lengths that agree when they convert', () => {
    expect(figure('a star 41 light-years away')).toMatchObject({ unit: 'other', noun: 'metre', text: '41 light-years' });
    expect(figure('about 48 light years away').noun).toBe('metre');
    expect(quantitiesAgree(figure('12.6 parsecs'), figure('41 light-years'))).toBe(true);
    expect(quantitiesAgree(figure('41 light-years'), figure('48 light years'))).toBe(false);
  });
});

describe('`last year` in a report of the first quarter is the year reported on (measures.ts)', () => {
  const text = 'Patients waited almost 52 minutes on average last year.';
  it('does not make the sentence’s figures an earlier event’s in March, and does in September', () => {
    const { units } = side(text, new Map());
    expect(figuresOfAnEarlierEvent(text, units, '2027-03-11').size).toBe(0);
    const { units: later } = side(text, new Map());
    expect(figuresOfAnEarlierEvent(text, later, '2027-09-11').size).toBe(1);
  });
});

describe('a sum keyed by its value in dollars for the candidate index (quantities-rates.ts, lone-figures.ts)', () => {
  const shares = (a: string, b: string): boolean => figureKeys(figure(a)).some((key) => figureKeys(figure(b)).includes(key));
  it('gives one sum in two currencies a key in common: `1,020,000 euros` / `£870,000`, `£8.4m` / `9.8 million euros`, `€2.5 million` / `about 28 million kronor`', () => {
    expect(shares('1,020,000 euros', '£870,000')).toBe(true);
    expect(shares('£8.4m', '9.8 million euros')).toBe(true);
    expect(shares('€2.5 million', 'about 28 million kronor')).toBe(true);
  });

  it('gives sums far apart none: `€2 million` / `$3 million`', () => {
    expect(shares('€2 million', '$3 million')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { inOtherRoles } from '../../../src/engine/overlap/conflicts-figures.ts';
import { bothWays, pair } from './conflict-pairs.ts';
import { figure } from './figures.ts';

/**
 * Mend E of session 20 (decision 004): a figure someone asked for is set apart from what was
 * given (a sentence, an award), not from another demand told in other words. Invented sentences.
 */
const TRIAL = 'A court in Brennick convicted the former mayor Tomas Keel of bribery on Tuesday. ';
const STRIKE = 'Bus drivers in Brennick walked out on Tuesday for the second time this month. ';

describe('two demands told in different words conflict (measures.ts `isDemanded`)', () => {
  it('sets `had asked for six years` against `had sought a prison term of eight years`', () => {
    const [ab, ba] = bothWays(...pair(TRIAL + 'The prosecution had asked for six years in prison.', TRIAL + 'The prosecution had sought a prison term of eight years.'));
    expect(ab.some((note) => note.includes('six years') && note.includes('eight years'))).toBe(true);
    expect(ba.some((note) => note.includes('eight years') && note.includes('six years'))).toBe(true);
  });
  it('sets `demanded a 7% rise` against `wants a 10% rise`', () => {
    const [ab, ba] = bothWays(...pair(STRIKE + 'Their union demanded a 7% pay rise.', STRIKE + 'Their union wants a 10% pay rise.'));
    expect(ab.some((note) => note.includes('7%') && note.includes('10%'))).toBe(true);
    expect(ba.some((note) => note.includes('10%') && note.includes('7%'))).toBe(true);
  });
  it('sets a demand against an unmarked figure of it (`inOtherRoles`)', () => {
    const roles = (a: string, b: string): boolean => inOtherRoles(a, figure(a), b, figure(b));
    expect(roles('The prosecution had asked for six years in prison.', 'The prosecution had wanted eight years in prison.')).toBe(false);
    expect(roles('Their union demanded a 7% pay rise.', 'Their union is holding out for a 10% pay rise.')).toBe(false);
    expect(roles('Their union is holding out for a 10% pay rise.', 'Their union demanded a 7% pay rise.')).toBe(false);
  });
});

describe('a demand is still kept apart from what was given', () => {
  it('keeps `had asked for` apart from `sentenced … to` and `awarded`, both ways', () => {
    const roles = (a: string, b: string): boolean => inOtherRoles(a, figure(a), b, figure(b));
    expect(roles('The prosecution had asked for six years in prison.', 'He was sentenced by the district court on Tuesday to four years in prison.')).toBe(true);
    expect(roles('He was sentenced by the district court on Tuesday to four years in prison.', 'The prosecution had asked for six years in prison.')).toBe(true);
    expect(roles('The family had sought damages of 900,000 euros.', 'The court awarded 600,000 euros in damages.')).toBe(true);
  });
  it('raises the two sentences, not the request against the other’s sentence', () => {
    const a = TRIAL + 'Keel was sentenced by the court to four years in prison. The prosecution had asked for five years.';
    const b = TRIAL + 'Keel was sentenced by the court to three years in prison.';
    const [ab, ba] = bothWays(...pair(a, b));
    expect(ab.filter((note) => note.includes('five years'))).toEqual([]);
    expect(ba.filter((note) => note.includes('five years'))).toEqual([]);
    expect(ab.some((note) => note.includes('four years') && note.includes('three years'))).toBe(true);
  });
  it('keeps a request in one report from the other report’s sentence in the figure pairing too (conflicts-pairing-figures.ts `stance`)', () => {
    const [ab, ba] = bothWays(...pair(TRIAL + 'The prosecution had asked for five years in prison.', TRIAL + 'The judge jailed Keel for four years.'));
    expect(ab.filter((note) => note.includes('five years'))).toEqual([]);
    expect(ba.filter((note) => note.includes('five years'))).toEqual([]);
  });
  it('keeps damages sought apart from damages awarded, both ways', () => {
    const VERDICT = 'A jury in Brennick ruled against the chemical maker Doral on Tuesday. ';
    const [ab, ba] = bothWays(...pair(VERDICT + 'The family had sought damages of 9 million dollars.', VERDICT + 'The jury awarded the family 6 million dollars.'));
    expect(ab.filter((note) => note.includes('9 million'))).toEqual([]);
    expect(ba.filter((note) => note.includes('9 million'))).toEqual([]);
  });
});

describe('watt-hours without a prefix are energy too (quantities-lexicon.ts `WATT_HOURS`)', () => {
  it('reads `500 watt-hours` and `400 Wh` as the energy they are, a bare watt as a power', () => {
    expect(figure('The battery stores 500 watt-hours.')).toMatchObject({ unit: 'other', noun: 'watt-hour', text: '500 watt-hours', value: 500 });
    expect(figure('The battery stores 400 Wh.')).toMatchObject({ noun: 'watt-hour', value: 400 });
    expect(figure('a 60-watt bulb')).toMatchObject({ noun: 'watt', value: 60 });
    expect(figure('two terawatt-hours a year')).toMatchObject({ noun: 'watt-hour', value: 2e12 });
  });
});

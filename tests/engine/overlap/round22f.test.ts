import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { figuresReportedIn } from '../../../src/engine/overlap/conflicts-figures.ts';
import { findQuantities, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { shareSubject } from '../../../src/engine/overlap/quantities-shares.ts';
import { notes, pair } from './conflict-pairs.ts';
import { side } from './pairing-sides.ts';

/** Round 22f (decision 004): what a share with no counted noun is a share of. Invented sentences. */
const subjectOf = (text: string): string | null => {
  const share = findQuantities(text).find((quantity: Quantity) => quantity.unit === 'percent');
  if (share === undefined) throw new Error(`no share in ${text}`);
  return shareSubject(text, share)?.word ?? null;
};

describe('the subject of a share with no counted noun (quantities-shares.ts `shareSubject`)', () => {
  it('reads the noun before a verb that gives a level, or before `of` / `at`', () => {
    expect(subjectOf('Turnout was 54.1 per cent, the agency said.')).toBe('turnout');
    expect(subjectOf('Unemployment has climbed to 4.6%.')).toBe('unemployment');
    expect(subjectOf('Inflation of 2.9 per cent was expected.')).toBe('inflation');
    expect(subjectOf('Turnout was just over 36%.')).toBe('turnout');
  });
  it('lets a word that says only that it is a share give way to the noun before it', () => {
    expect(subjectOf('The unemployment rate stood at 5.1% in March.')).toBe('unemployment');
    expect(subjectOf('The corporation tax rate remains unchanged at 15%.')).toBe('tax');
  });
  it('never reads a verb of staying as the subject (`stood at`, `remained at`, `held at`, `stayed at`)', () => {
    expect(subjectOf('Turnout stood at 54.1 per cent.')).toBe('turnout');
    expect(subjectOf('Inflation remained at 3% in May.')).toBe('inflation');
    expect(subjectOf('Inflation held at 3% in May.')).toBe('inflation');
    expect(subjectOf('Inflation stayed at 3% in May.')).toBe('inflation');
  });
  it('reads a plural subject before `were` / `are`, with or without `at`', () => {
    expect(subjectOf('Rates were at 5% in May.')).toBe('rates');
    expect(subjectOf('Rates are at 5% in May.')).toBe('rates');
    expect(subjectOf('Arrears were 12% in March.')).toBe('arrears');
  });
  it('reads the noun before a relative clause’s comma (`Turnout, which stood at 54%`)', () => {
    expect(subjectOf('Turnout, which stood at 54%, was the lowest since 2001.')).toBe('turnout');
  });
  it('reads the noun after `of` when none comes before the figure', () => {
    expect(subjectOf('In all, 40% of those polled backed him.')).toBe('polled');
    expect(subjectOf('Asked in May, 62 per cent of those asked said no.')).toBe('asked');
  });
  it('reads none for a pronoun, a change, or a share that counts a noun of its own', () => {
    expect(subjectOf('It was 5% in the end.')).toBeNull();
    expect(subjectOf('Shares fell 6% in early trading.')).toBeNull();
    expect(subjectOf('The party won 38 per cent of the vote.')).toBeNull();
  });
});

describe('a share of one thing is not given by a share of another (conflicts-figures.ts `figuresReportedIn`)', () => {
  const given = (from: string, other: string): string[] => {
    const ids = new Map<string, number>();
    const [A, B] = [side(from, ids), side(other, ids)];
    return [...figuresReportedIn({ ...A, clauses: [] }, { ...B, clauses: [] }, lexicon)].map((unit) => unit.quantity?.text ?? '');
  };
  it('does not let turnout be given by a share of assets, nor by another subject', () => {
    expect(given('Turnout was 54.1 per cent.', 'The province could claim 54 per cent of the fund’s assets.')).toEqual([]);
    expect(given('Turnout was 54.1 per cent.', 'Inflation was 54 per cent.')).toEqual([]);
  });
  it('reads the subjects of `stood at` on both sides, not the verb they share', () => {
    expect(given('Turnout stood at 54.1 per cent.', 'Inflation stood at 54 per cent.')).toEqual([]);
    expect(given('Turnout stood at 54.1 per cent.', 'Turnout stood at about 54 per cent.')).toEqual(['54.1 per cent']);
  });
  it('still lets it be given by a share of turnout, or by a share of nothing read', () => {
    expect(given('Turnout was 54.1 per cent.', 'Turnout was about 54 per cent.')).toEqual(['54.1 per cent']);
    expect(given('Turnout was 54.1 per cent.', 'It was 54 per cent.')).toEqual(['54.1 per cent']);
  });
  it('leaves a share with a noun of its own agreeing as before', () => {
    expect(given('The province could claim 54 per cent of the fund’s assets.', 'Turnout was 54.1 per cent.')).toEqual(['54 per cent']);
  });
});

describe('two reports that give turnout differently conflict, though one also gives a share of another thing near it', () => {
  it('sets 54.1% against 51.8% of turnout', () => {
    const lead = 'Voters in the province rejected a plan to leave the national pension scheme in a referendum on Monday. ';
    const a = `${lead}Turnout was 54.1 per cent, the agency said.`;
    const b = `${lead}A consultant said the province could claim 54 per cent of the scheme's assets. Turnout was 51.8 per cent.`;
    expect(notes(...pair(a, b))).toContain('turnout: 54.1 per cent vs 51.8 per cent');
  });
});

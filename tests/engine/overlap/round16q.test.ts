import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { factTexts, notes, pair } from './conflict-pairs.ts';

/** Round 16q (decision 004): scores, quotations in straight single quotes and ages in apposition. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`}${q.age === true ? ' age' : ''}`);

const clauses = (text: string): string[] => splitClauses(text, tokenize(text)).map((clause) => `${clause.quoted ? 'Q' : '-'} ${text.slice(clause.start, clause.end)}`);

describe('quotations in straight single quotes', () => {
  it('reads `\'…,\' she said` as a quotation and its attribution', () => {
    expect(clauses("'We will not stop the work on the harbour wall,' said port manager Ines Calloway.")).toEqual([
      'Q We will not stop the work on the harbour wall',
      '- said port manager Ines Calloway',
    ]);
  });

  it('keeps a quotation open across its sentences, to its closing mark', () => {
    expect(clauses("'The gate failed. Nobody was warned,' she said.").map((clause) => clause[0])).toEqual(['Q', 'Q', '-']);
  });

  it('opens none at an apostrophe: a possessive, a decade, `rock \'n\' roll`, a plural possessive', () => {
    expect(clauses("Ireland's best rock 'n' roll band of the '90s played the players' union hall on Friday.").every((clause) => clause.startsWith('-'))).toBe(true);
  });

  it('gives the quotation its speaker, so two reports naming different speakers conflict', () => {
    const lead = 'A storm surge broke through the flood barrier at Kelsey Harbour on Thursday night, flooding 40 homes on the quay. ';
    const said = (quotation: string): string => `${quotation} said harbour police chief Oskar Brandt.`;
    const a = `${lead}“The barrier was never tested against a surge of this size,” port spokeswoman Marta Kessling told reporters on Friday.`;
    const found = (b: string): string[] => notes(...pair(a, lead + b)).filter((note) => note.startsWith('quote attributed to'));
    expect(found(said("'The barrier was never tested against a surge of this size,'"))).toEqual(['quote attributed to: Kessling vs Brandt']);
    expect(found(said('“The barrier was never tested against a surge of this size,”'))).toEqual(['quote attributed to: Kessling vs Brandt']);
  });
});

describe('an age set off by commas after a name', () => {
  it('reads `Marlow, 31,` as an age in years', () => {
    expect(read('Dana Marlow, 31, was charged on Friday.')).toEqual(['31 duration year age']);
  });

  it('leaves a figure after a month or a weekday, or not closed by a comma, as it was', () => {
    expect(read('The count fell on Monday, 14, and rose again.')).toEqual(['14 count']);
    expect(read('Dana Marlow, 31 years on, came back.').map((q) => q.endsWith(' age'))).toEqual([false]);
  });

  it('finds the age two reports give of one person, written as an apposition and as `N-year-old`', () => {
    const [a, b] = pair(
      'The harbour pilot Dana Marlow steered the tanker clear of the breakwater on Tuesday night. Marlow, 31, joined the port authority in spring.',
      'A tanker nearly struck the breakwater at Westhaven on Tuesday night. The 31-year-old pilot stayed on the bridge until dawn.',
    );
    expect(factTexts(a, b).some((fact) => fact.includes('31'))).toBe(true);
  });

  it('does not take the bound of a group for a person’s age', () => {
    const [a, b] = pair(
      'The census found that people aged 65 and over now make up a fifth of the town.',
      'Officials said residents aged 65 or older were offered free transport to the clinic.',
    );
    expect(factTexts(a, b).some((fact) => fact.includes('65'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { factTexts, notes, pair } from './conflict-pairs.ts';

/** Round 16q (decision 004): scores, and quotations in straight single quotes. Invented sentences. */

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

  it('opens none at an elision (`\'til`, `\'cause`, `\'em`)', () => {
    expect(clauses("Fans danced 'til dawn outside the players' entrance, singing 'cause they had won.").every((clause) => clause.startsWith('-'))).toBe(true);
    expect(clauses("Police told the crowd to let 'em through the gate to the players' car park.").every((clause) => clause.startsWith('-'))).toBe(true);
  });

  it('does not close a quotation at a plural possessive inside it', () => {
    expect(clauses("'The players' union will strike on Monday,' he said.")).toEqual(['Q The players\' union will strike on Monday', '- he said']);
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

describe('a score as one value', () => {
  const scores = (text: string): string[] => findQuantities(text).filter((q) => q.noun === 'score').map((q) => q.text);
  const value = (text: string): number[] => findQuantities(text).filter((q) => q.noun === 'score').map((q) => q.value);

  it('reads a score with a hyphen or a dash, in either order when a result is told beside it', () => {
    expect(scores('Kessel beat Lindau 2-1 on Saturday.')).toEqual(['2-1']);
    expect(value('Kessel beat Lindau 2–1 on Saturday.')).toEqual([2001]);
    expect(value('a 2-1 win for Kessel')).toEqual([2001]);
    expect(value('Lindau lost 1-2 at home.')).toEqual([2001]);
    expect(scores('Northampton led 17-13 at half-time.')).toEqual(['17-13']);
    expect(scores('Benfica came from behind to beat Sporting CP 2-1 in the derby.')).toEqual(['2-1']);
  });

  it('reads each set of a match, whatever its order', () => {
    expect(scores('beating Vrba 6-4, 3-6, 7-5 in the final')).toEqual(['6-4', '3-6', '7-5']);
    expect(scores('beat Vrba 6–4 3–6 7–5 in the final')).toEqual(['6–4', '3–6', '7–5']);
  });

  it('takes a cricket score with a slash or `for` as one value: `318/7` is `318 for seven`, `3/61` is `three for 61`', () => {
    expect(value('late hitting lifted them to 318/7.')).toEqual([318007]);
    expect(value('West Indies had made 318 for seven.')).toEqual([318007]);
    expect(value('Zungu finished with 3/61.')).toEqual([61003]);
    expect(value('Zungu, who finished with three for 61.')).toEqual([61003]);
    expect(value('South Africa were in trouble at 23/2 in the sixth over.')).toEqual([23002]);
    expect(value('South Africa slumped to 23-2.')).toEqual([23002]);
  });

  it('reads a score told in words with what it counts: `two matches to one` is `2-1`', () => {
    expect(value('South Africa win the series two matches to one.')).toEqual([2001]);
    expect(value('They won four sets to two.')).toEqual([4002]);
    expect(value('The party fell 5 points to 3% and he scored two goals to win it.')).toEqual([]);
  });

  it('leaves a range, a vote, a model, a code and `24/7` as they were', () => {
    expect(scores('Expect 3-6 inches of snow and 5-10 people at the door.')).toEqual([]);
    expect(scores('The board approved it in a 5-2 vote.')).toEqual([]);
    expect(scores('It flew a Boeing 737-800. The planet LP 890-47 b is hot.')).toEqual([]);
    expect(scores('The clinic is open 24/7 and paid 40 for two tickets.')).toEqual([]);
    expect(scores('The motion passed 12 for 2 against.')).toEqual([]);
  });

  it('finds the result two reports give in different forms, and a conflict when the scores differ', () => {
    const lead = 'Hearts won the Scottish Cup final at Hampden on Saturday, with Callum Reid scoring in extra time. ';
    const a = `${lead}Reid's header beat Aberdeen 2-1 in front of a crowd of almost 50,000.`;
    const same = `${lead}His header gave the Gorgie side a 2–1 win over Aberdeen.`;
    expect(factTexts(...pair(a, same)).some((fact) => fact.includes('2-1') && fact.includes('2–1'))).toBe(true);
    const other = `${lead}His header gave the Gorgie side a 3–1 win over Aberdeen.`;
    expect(notes(...pair(a, other))).toContain('score: 2-1 vs 3–1');
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 13c (decision 004): who said a quotation, and who held a role, told differently by two
 * reports. Invented sentences, with the near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const VOTE = 'Voters in the province of Norland rejected a plan to leave the national pension scheme in Monday’s referendum, with 57 per cent voting No. ';
const vote = (a: string, b: string): [Article, Article] => pair(VOTE + a, VOTE + b);
const QUOTE = '“Norlanders have spoken, and I accept their verdict,”';

describe('who speaks a quotation: a place is not a speaker, nor a name in a relative clause', () => {
  it('reads `he told supporters in downtown Harwick` as the pronoun’s, not Harwick’s', () => {
    const a = `Premier Colin Ashby, whose Norland Party government spent two years making the case for a Norland Pension Plan, conceded shortly after 10 p.m. ${QUOTE} he told supporters at a hotel in downtown Harwick.`;
    const [forward, backward] = bothWays(...vote(a, `${QUOTE} Finance Minister Harold Beattie told reporters at the legislature.`));
    expect(forward).toEqual(['quote attributed to: Ashby vs Beattie']);
    expect(backward).toEqual(['quote attributed to: Beattie vs Ashby']);
  });

  it('still finds no speaker when the sentence before names two people outside a relative clause', () => {
    const a = `Premier Colin Ashby met Mayor Ann Hale after 10 p.m. ${QUOTE} he told supporters at a hotel in downtown Harwick.`;
    expect(notes(...vote(a, `${QUOTE} Finance Minister Harold Beattie told reporters at the legislature.`))).toEqual([]);
  });

  it('finds none when the pronoun’s person is the other report’s speaker', () => {
    const a = `Premier Colin Ashby, whose Norland Party government spent two years on the plan, conceded shortly after 10 p.m. ${QUOTE} he told supporters in downtown Harwick.`;
    expect(notes(...vote(a, `${QUOTE} Premier Colin Ashby told reporters at the legislature.`))).toEqual([]);
  });
});

describe('a quotation that runs on into the next paragraph', () => {
  const ARRESTS = 'Police in five countries arrested 27 people accused of running fake investment call centres, Europol said on Thursday.';
  const OPEN = '“These call centres operated like ordinary companies, with sales targets, bonuses and scripts.';
  it('is given the speaker the next paragraph names, past a first name read as a place (`Sofia`)', () => {
    const a = `${ARRESTS}\n\n${OPEN}\n\n“Victims were called back again and again,” said Sofia Lindahl, head of Europol's financial crime centre.`;
    const b = `${ARRESTS}\n\n“These call centres operated like ordinary companies, with sales targets, bonuses and scripts,” said Ivan Petrov, head of the cybercrime department.`;
    const [forward, backward] = bothWays(...pair(a, b));
    expect(forward).toEqual(['quote attributed to: Lindahl vs Petrov']);
    expect(backward).toEqual(['quote attributed to: Petrov vs Lindahl']);
  });

  it('gives a quotation closed in its paragraph no speaker from the next', () => {
    const a = `${ARRESTS}\n\n${OPEN}”\n\n“Victims were called back again and again,” said Sofia Lindahl, head of Europol's financial crime centre.`;
    const b = `${ARRESTS}\n\n“These call centres operated like ordinary companies, with sales targets, bonuses and scripts,” said Ivan Petrov, head of the cybercrime department.`;
    expect(notes(...pair(a, b))).toEqual([]);
  });
});

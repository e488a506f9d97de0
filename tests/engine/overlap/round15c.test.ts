import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 15c (decision 004): who said a quotation, when the sentence that carries it names no one
 * (conflicts-speakers-quotations.ts, `quotationSpeaker`), and the names beside a speaker that are not the
 * speaker. Invented sentences, with the near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const STRIKE = 'Dockworkers at the Harlow Bay container terminal began a six-day strike over pay on Monday, the first walkout at the port in 30 years. ';
const strike = (a: string, b: string): [Article, Article] => pair(STRIKE + a, STRIKE + b);
const quotes = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('quote attributed to'));
const OPEN = 'Our members kept this port running through the pandemic and through every storm since';

describe('a quoted sentence that names no speaker takes its quotation’s', () => {
  it('from a later sentence the quotation runs on into (`“S1. S2,” X said.`)', () => {
    const a = `“${OPEN}. They will not accept a pay cut dressed up as a rise,” union general secretary Carla Ashworth said in a statement.`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    const [forward, backward] = bothWays(...strike(a, b));
    expect(quotes(forward)).toEqual(['quote attributed to: Ashworth vs Prewitt']);
    expect(quotes(backward)).toEqual(['quote attributed to: Prewitt vs Ashworth']);
  });

  it('from an earlier sentence of its paragraph that gives a quotation (`X said: “S1. S2.”`)', () => {
    const a = `In a statement, the managing director, Andrew Pilling, said: “This was not an easy decision. ${OPEN}.”`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    expect(quotes(notes(...strike(a, b)))).toEqual(['quote attributed to: Pilling vs Prewitt']);
  });

  it('from an earlier quotation of its paragraph (`“S1,” X said. “S2.”`)', () => {
    const a = `“We are ready to talk,” the managing director Andrew Pilling said on Monday. “${OPEN}.”`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    expect(quotes(notes(...strike(a, b)))).toEqual(['quote attributed to: Pilling vs Prewitt']);
  });

  it('from the paragraph before, when it leaves the quotation open and this one reopens it, through a pronoun', () => {
    const a = `Carla Ashworth, visibly moved, thanked the crowd at the gates. “They stood with us for two winters,” she said. “This strike belongs to them.\n\n“${OPEN}.”`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    expect(quotes(notes(...strike(a, b)))).toEqual(['quote attributed to: Ashworth vs Prewitt']);
  });

  it('not from another paragraph, nor past a sentence that quotes nothing', () => {
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    const apart = `“We are ready to talk,” the managing director Andrew Pilling said on Monday.\n\n“${OPEN}.”`;
    expect(quotes(notes(...strike(apart, b)))).toEqual([]);
    const between = `“We are ready to talk,” the managing director Andrew Pilling said on Monday. The terminal stayed open. “${OPEN}.”`;
    expect(quotes(notes(...strike(between, b)))).toEqual([]);
  });
});

describe('names beside a speaker that are not the speaker', () => {
  it('reads no speaker in the description between a speaker and `said` (`Mhairi Kerr, Unison Scotland’s head of health, said`)', () => {
    const a = `Colm Bairdsley, director of the Harlow Dockers Union, said: “${OPEN}.”`;
    const b = `Morag Kerrigan, the Harlow Dockers Union’s head of organising, said: “${OPEN}.”`;
    expect(quotes(notes(...strike(a, b)))).toEqual(['quote attributed to: Bairdsley vs Kerrigan']);
  });

  it('still reads a name in apposition to a title (`The chief executive of Harlow Terminals, Andrew Pilling, said`)', () => {
    const a = `The chief executive of Harlow Terminals, Andrew Pilling, said: “This was not an easy decision. ${OPEN}.”`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    expect(quotes(notes(...strike(a, b)))).toEqual(['quote attributed to: Pilling vs Prewitt']);
  });

  it('reads no speaker in whom a verb of telling addresses (`the judge told Walsh:`)', () => {
    const a = `Passing sentence on the picket leader, the judge told Hartley: “${OPEN}. That gave you no right to block the gates.”`;
    const b = `“${OPEN},” said prosecutor Rachel Hyde.`;
    expect(quotes(notes(...strike(a, b)))).toEqual([]);
  });

  it('reads no speaker in a name a preposition governs (`take care of Quebecers`)', () => {
    const a = `Andrew Pilling spoke at the gates. He promised a deal that would look after the families of Harlowfield and that “${OPEN}”.`;
    const b = `“${OPEN},” said Dave Prewitt, the union’s regional organiser.`;
    expect(quotes(notes(...strike(a, b)))).toEqual([]);
  });

  it('reads no speaker in one capitalised word after an article (`said the Swede`)', () => {
    const a = `“${OPEN},” said the Dane. “We will stay out as long as it takes.”`;
    const b = `“${OPEN},” said Lars Holmqvist, who led the walkout.`;
    expect(quotes(notes(...strike(a, b)))).toEqual([]);
  });

  it('takes one name written with and without its joined letters for one speaker (`Kjær`, `Kjaer`)', () => {
    const a = `“We will stay out as long as it takes,” Kjær said on the picket line. “${OPEN}.”`;
    const b = `“We will not go back for less,” Kjaer said. “${OPEN}.”`;
    expect(quotes(notes(...strike(a, b)))).toEqual([]);
  });

  it('takes a first name and a surname a report writes together for one speaker', () => {
    const a = `Union leader Tomas Bergen addressed the crowd. “${OPEN}. We will stay out,” Tomas told reporters.`;
    const b = `“${OPEN},” Bergen said.`;
    expect(quotes(notes(...strike(a, b)))).toEqual([]);
  });
});

describe('a quotation given to the judge of a hearing', () => {
  const VERDICT = 'Judge Rosa Mat Sallehin jailed a former state councillor for six years on Wednesday for taking bribes over land deals. ';
  const verdict = (a: string, b: string): [Article, Article] => pair(VERDICT + a, VERDICT + b);
  const OFFICE = 'Public office is a trust, not a marketplace';
  it('sets `the judge` against another named speaker, the office read in the sentence the quotation runs on into', () => {
    const a = `"${OFFICE}. The accused sold the land of the people as his own," the judge said in delivering her decision. Judge Rosa ordered the terms to run concurrently.`;
    const b = `"${OFFICE}," deputy public prosecutor Nurul Aina Kamarul told the court in urging a deterrent sentence.`;
    const [forward, backward] = bothWays(...verdict(a, b));
    expect(quotes(forward)).toEqual(['quote attributed to: the judge vs Kamarul']);
    expect(quotes(backward)).toEqual(['quote attributed to: Kamarul vs the judge']);
  });

  it('sets nothing against the judge herself', () => {
    const a = `"${OFFICE}. The accused sold the land of the people as his own," the judge said in delivering her decision.`;
    const b = `"${OFFICE}," Judge Rosa Mat Sallehin told the court.`;
    expect(quotes(notes(...verdict(a, b)))).toEqual([]);
  });

  it('reads no speaker in a name beside the office the other sentence gives the quotation to', () => {
    const a = `The judge said: "${OFFICE}, and the accused forgot it."`;
    const b = `The judge said that "${OFFICE}, and the accused forgot it" before he was led away to the Kinta Valley Detention Centre.`;
    expect(quotes(notes(...verdict(a, b)))).toEqual([]);
  });
});

describe('the one date each report gives an action', () => {
  const BRIBES = 'A former state councillor, Azlan Harun, was jailed for six years on Wednesday for taking bribes worth 2.1 million ringgit over land deals. ';
  const bribes = (a: string, b: string): [Article, Article] => pair(BRIBES + a, BRIBES + b);
  const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));
  const A = 'According to the charges, Azlan received the money in four instalments between March and November 2021, through a company run by his brother.';
  it('sets the month one report gives the action against the month the other gives it', () => {
    const [forward, backward] = bothWays(...bribes(A, 'The court found that he accepted the money between January and August 2022 in exchange for approving a housing project.'));
    expect(dates(forward)).toEqual(['date: November 2021 vs August 2022']);
    expect(dates(backward)).toEqual(['date: August 2022 vs November 2021']);
  });

  it('sets nothing when a report dates that action twice (two of them)', () => {
    const b = 'The court found that he accepted the money between January and August 2022 in exchange for approving a housing project. His aide accepted money in May 2023 as well.';
    expect(dates(notes(...bribes(A, b)))).toEqual([]);
  });

  it('sets nothing against the start of a period (`from January`)', () => {
    const b = 'The court found that he accepted the money from January 2022 in exchange for approving a housing project.';
    expect(dates(notes(...bribes(A, b)))).toEqual([]);
  });
});

describe('two people of one family in one role (conflicts-people.ts)', () => {
  const FOSSIL = 'Palaeontologists in Argentina have described a new species of raptor dinosaur from bones found on a farm in Patagonia. ';
  const fossil = (a: string, b: string): [Article, Article] => pair(FOSSIL + a, FOSSIL + b);
  const who = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('who:'));
  const A = 'The first bones were discovered by farmer Ernesto Quilapan near the river in 2023.';
  it('sets one first name against another before one surname', () => {
    const [forward, backward] = bothWays(...fossil(A, 'The first bones were found by Tomás Quilapan, then 16, near the river.'));
    expect(who(forward)).toEqual(['who: Ernesto Quilapan vs Tomás Quilapan']);
    expect(who(backward)).toEqual(['who: Tomás Quilapan vs Ernesto Quilapan']);
  });

  it('sets nothing when the other report also writes the person’s first name before the surname', () => {
    const b = 'The first bones were found by Tomás Quilapan, then 16, near the river. His father, Ernesto Quilapan, called the museum.';
    expect(who(notes(...fossil(A, b)))).toEqual([]);
  });
});

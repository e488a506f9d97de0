import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 14c (decision 004): a value in the one slot two aligned sentences word differently
 * (conflicts-slots.ts), and times of day written the British way. Invented sentences, with the
 * near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const LEAD = 'A baby boy too young for the MMR vaccine has died of measles in Tarrow, the Health Protection Board said on Thursday. ';
const story = (a: string, b: string): [Article, Article] => pair(LEAD + a, LEAD + b, 'October 8, 2026');

describe('a value in the one slot two aligned sentences word differently', () => {
  it('sets the day one report gives against the other’s in the same place of the same sentence', () => {
    const [forward, backward] = bothWays(...story('The baby died at St Anne’s Infirmary in Tarrow on Saturday.', 'He died at St Anne’s Infirmary in Tarrow on Sunday.'));
    expect(forward).toEqual(['date: Saturday vs Sunday']);
    expect(backward).toEqual(['date: Sunday vs Saturday']);
  });

  it('sets nothing against a day that stands elsewhere in the other sentence', () => {
    expect(notes(...story('The baby died at St Anne’s Infirmary in Tarrow on Saturday.', 'The boy, who fell ill on Sunday, died at St Anne’s Infirmary in Tarrow.'))).toEqual([]);
  });

  it('sets nothing against the other report’s day when it gives that day too', () => {
    const a = 'The baby died at St Anne’s Infirmary in Tarrow on Saturday. His family were told on Sunday.';
    expect(notes(...story(a, 'He died at St Anne’s Infirmary in Tarrow on Sunday.'))).toEqual([]);
  });

  it('reads no date in the report’s own way of telling time (`this week`, `last year`)', () => {
    const plant = 'An explosion at the Keros chemical plant in Varno killed two workers, the regional government said. ';
    const [a, b] = pair(`${plant}The plant was last inspected by the regional safety agency this week.`, `${plant}The plant was last inspected by the regional safety agency in 2021.`, 'April 16, 2026');
    expect(notes(a, b)).toEqual([]);
  });

  it('keeps apart the figures of two named subjects in one slot', () => {
    const race = 'Ida Holmqvist won the 200m breaststroke final in Rome in a world record of 2:17.21 on Wednesday, ahead of Maisie Harcourt. ';
    const [a, b] = pair(`${race}Holmqvist was only fourth at the halfway mark of the final.`, `${race}Maisie Harcourt was fifth at the halfway mark of the final.`);
    expect(notes(a, b)).toEqual([]);
  });
});

describe('the one value of a kind each of two sentences that tell the same thing gives', () => {
  const DEAL = 'Spanish airline Iberis Air agreed on Wednesday to buy its Portuguese rival Lusavia for 1.15 billion euros. ';
  const deal = (a: string, b: string): [Article, Article] => pair(DEAL + a, DEAL + b, 'February 3, 2027');
  it('sets one against the other wherever each sentence puts it', () => {
    const [forward, backward] = bothWays(
      ...deal(
        'The two airlines expect the takeover to complete by the end of 2027, once regulators in Brussels and Lisbon approve it.',
        'Once regulators in Brussels and Lisbon approve it, the takeover is expected to close in 2028, the two airlines said.',
      ),
    );
    expect(forward).toEqual(['date: the end of 2027 vs 2028']);
    expect(backward).toEqual(['date: 2028 vs the end of 2027']);
  });

  it('keeps apart the years of two actions (`closed in 2019` / `brought in 2018`)', () => {
    const verdict = 'A jury ordered Halvern Chemicals to pay $48 million to residents of Halvern on Thursday. ';
    const [a, b] = pair(
      `${verdict}The plant, which made degreasers for the auto industry, closed in 2019.`,
      `${verdict}The lawsuit was brought in 2018 by more than 1,700 residents who said solvents from the degreaser plant had leaked into groundwater.`,
      'September 18, 2025',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('sets no month against a year', () => {
    const vote = 'Latvia’s parliament approved a new coalition government led by Ieva Ozoliņa on Wednesday. ';
    const [a, b] = pair(`${vote}The coalition wants to adopt the euro-area budget rules in March, Ozoliņa told lawmakers.`, `${vote}Ozoliņa told lawmakers the coalition wants to adopt the euro-area budget rules by 2028.`, 'November 4, 2026');
    expect(notes(a, b)).toEqual([]);
  });

  it('compares no span of several years (`in 1980 and 1995`, `the 1970s`)', () => {
    const vote = 'The Parti Québécois won Monday’s provincial election in Quebec with 68 of the 125 seats. ';
    const [a, b] = pair(
      `${vote}The result could lead to a third referendum on leaving Canada, after two failed attempts in 1980 and 1995, analysts said.`,
      `${vote}Analysts said the result could lead to a third referendum on leaving Canada, recalling the attempts of the 1970s.`,
      'October 6, 2026',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

describe('the one time of day each report gives', () => {
  const OPENING = 'Norway opened the world’s deepest undersea road tunnel, linking the island of Havsøy to the mainland, on Saturday. ';
  it('is the event’s: two that cannot be one conflict, however the sentences are worded', () => {
    const [a, b] = pair(`${OPENING}The tunnel will open to ordinary traffic at 4pm, after the ceremony.`, `${OPENING}Ordinary traffic will be allowed through from 6 p.m., the roads agency said.`, 'June 12, 2027');
    expect(notes(a, b)).toEqual(['time: 4pm vs 6 p.m.']);
  });

  it('is no such time when a report gives two', () => {
    const [a, b] = pair(
      `${OPENING}The ceremony began at noon. The tunnel will open to ordinary traffic at 4pm, after the ceremony.`,
      `${OPENING}Cars and lorries will be allowed through from 6 p.m., the roads agency said.`,
      'June 12, 2027',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('is no such time when the words beside the two times are only of kin (two actions)', () => {
    const lead = 'A ferry carrying 121 passengers capsized in the Sape Strait off Indonesia on Saturday. ';
    const [a, b] = pair(`${lead}The ferry capsized shortly after 5 a.m. local time, officials said.`, `${lead}Rescue boats arrived around 7 a.m., survivors said.`, 'May 12, 2026');
    expect(notes(a, b)).toEqual([]);
  });
});

describe('a day both reports write alike', () => {
  it('is one day, however each report’s date places it', () => {
    const plant = 'An explosion at the Keros chemical plant in Varno killed two workers, the regional government said. ';
    const a = `${plant}The unions called a five-minute silence in all the plants of the complex at noon on Wednesday.`;
    const b = `${plant}The unions have called a five-minute silence in all the plants of the complex on Wednesday.`;
    expect(notes(...pair(a, b, 'April 14, 2026', 'April 15, 2026'))).toEqual([]);
  });
});

describe('times of day written with a point (`5.42pm`, `23.42 GMT`)', () => {
  const read = (text: string): string[] => findQuantities(text).map((quantity) => `"${quantity.text}" ${quantity.unit} ${quantity.value} ${quantity.noun ?? '-'}`);
  it('reads a twelve-hour time with a point, and a twenty-four-hour one with its zone', () => {
    expect(read('The outage began at 5.42pm local time (23.42 GMT) on Tuesday')).toEqual(['"5.42pm local time" clock 1062 -', '"23.42 GMT" clock 1422 gmt']);
  });

  it('leaves a decimal a decimal', () => {
    expect(read('Shares rose 5.42 percent to 23.42 euros')).toEqual(['"5.42 percent" percent 5.42 -', '"23.42 euros" currency 23.42 -']);
  });

  it('sets `5.42pm` against another report’s `4:40 p.m.`', () => {
    const lead = 'A heatwave blackout left millions without power across the state of Nuevo León on Tuesday. ';
    const [a, b] = pair(`${lead}The outage began at 4:40 p.m. on Tuesday at a substation near Monterrey.`, `${lead}The outage began at 5.42pm local time on Tuesday at a substation near Monterrey.`, 'July 15, 2026');
    expect(notes(a, b)).toEqual(['time: 4:40 p.m. vs 5.42pm local time']);
  });
});

describe('a metric ton is a tonne', () => {
  const read = (text: string): string[] => findQuantities(text).map((quantity) => `"${quantity.text}" ${quantity.unit} ${quantity.value} ${quantity.noun ?? '-'}`);
  it('reads `40 metric tons` as a mass, not a count of tons', () => {
    expect(read('Some 40 metric tons of fuel oil leaked')).toEqual(['"Some 40 metric tons" other 40000 kg']);
  });

  it('sets it against another report’s tonnes', () => {
    const lead = 'A bulk carrier struck a fuel tanker at anchor in the Bay of Algeciras on Wednesday night. ';
    const [a, b] = pair(`${lead}About 40 metric tons of fuel oil leaked from a ruptured tank, the port authority said.`, `${lead}An estimated 25 tonnes of fuel oil leaked from a ruptured tank, the port authority said.`, 'March 18, 2027');
    expect(notes(a, b)).toEqual(['kg: About 40 metric tons vs An estimated 25 tonnes']);
  });
});

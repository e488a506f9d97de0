import { describe, expect, it } from 'vitest';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 7d (decision 004): conflicts on text the rules were not written from. Each rule is
 * tested alone on invented sentences (pairs built by ./conflict-pairs.ts).
 */
describe('7d figures and the years beside them', () => {
  it('does not take a year compared with (`lower than in 2022`) for the year of the sentence’s figure', () => {
    const [a, b] = pair(
      'Voters in Carinthia backed the regional assembly’s new charter on Sunday. Turnout was 58.2%, the electoral commission said, down from 61.5% in 2022.',
      'Voters in Carinthia approved the regional assembly’s new charter in Sunday’s vote. Turnout stood at 55.9 percent, lower than in 2022.',
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['turnout: 58.2% vs 55.9 percent']);
    expect(backward).toEqual(['turnout: 55.9 percent vs 58.2%']);
  });

  it('takes a figure dated `last year` for another event’s, not set against this one’s', () => {
    const [a, b] = pair(
      'A mudslide killed eleven people in the village of Rindal above Bergen on Tuesday, the regional fire service said.',
      'Fourteen people died in Rindal on Tuesday after days of heavy rain, officials said. In March last year, a mudslide killed 12 people in the village of Oppdal above Bergen.',
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['people: eleven people vs Fourteen people']);
    expect(backward).toEqual(['people: Fourteen people vs eleven people']);
  });
});

describe('7d tolls given as a floor', () => {
  it('does not set a toll of `at least nine` against a larger later toll', () => {
    const [a, b] = pair(
      'A ferry capsized off the coast of Sulawesi on Sunday, killing at least nine people, the coastguard said.',
      'Seventeen people were confirmed dead on Monday after a ferry capsized off Sulawesi on Sunday, the coastguard said.',
      'May 12, 2026',
      'May 13, 2026',
    );
    expect(bothWays(a, b)).toEqual([[], []]);
  });

  it('still sets two flat tolls apart', () => {
    const [a, b] = pair(
      'A ferry capsized off the coast of Sulawesi on Sunday, killing nine people, the coastguard said.',
      'Twelve people were killed when a ferry capsized off Sulawesi on Sunday, the coastguard said.',
    );
    expect(notes(a, b).length).toBe(1);
  });
});

describe('7d months and periods', () => {
  const BANK = 'Norges Bank governor Ida Wolden Bache announced the decision in Oslo on Thursday. ';
  const STUDY = 'Scientists at the Ulm Heart Institute published the study in the European Heart Journal on Tuesday. ';
  it('sets two months named for one event against each other (`since May` / `since March`)', () => {
    const [a, b] = pair(
      `${BANK}The central bank of Norway cut its key interest rate for the first time since May, citing weaker growth.`,
      `${BANK}Norway’s central bank lowered its key interest rate for the first time since March, citing weaker growth.`,
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['date: May vs March']);
    expect(backward).toEqual(['date: March vs May']);
  });

  it('does not read a first name (`since April Lindqvist took office`) as a month', () => {
    const [a, b] = pair(
      `${BANK}The central bank of Norway cut its key interest rate for the first time since May, citing weaker growth.`,
      `${BANK}Norway’s central bank lowered its key interest rate for the first time since April Lindqvist took office, citing weaker growth.`,
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('sets two periods of one study apart when they end in different years', () => {
    const [a, b] = pair(
      `${STUDY}Researchers analysed the records of almost 40,000 heart attacks treated in Ulm from 2008 to 2020, and compared them with air pollution in the city.`,
      `${STUDY}The study analysed 39,870 heart attack cases recorded at the university hospital in Ulm between 2008 and 2021, comparing them with air pollution.`,
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['date: 2008 to 2020 vs 2008 and 2021']);
    expect(backward).toEqual(['date: 2008 and 2021 vs 2008 to 2020']);
  });

  it('finds no conflict when the periods are the same', () => {
    const [a, b] = pair(
      `${STUDY}Researchers analysed the records of almost 40,000 heart attacks treated in Ulm from 2008 to 2020, and compared them with air pollution in the city.`,
      `${STUDY}The study analysed 39,870 heart attack cases recorded at the university hospital in Ulm between 2008 and 2020, comparing them with air pollution.`,
    );
    expect(notes(a, b)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/** Round 17d (decision 004): dates and times of fresh text. Invented sentences. */
const FINE = 'The Financial Conduct Authority fined Harlow Bank £12.4 million on Tuesday for failing to check who its customers were, the regulator said. ';
const fine = (a: string, b: string): [Article, Article] => pair(FINE + a, FINE + b);
const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));

describe('two periods that share one end and not the other', () => {
  it('sets the starts apart when the ends agree (`between February 2020 and May 2023` / `between April 2021 and May 2023`)', () => {
    const [forward, backward] = bothWays(...fine('The bank opened 38,000 accounts without proper checks between February 2020 and May 2023.', 'Between April 2021 and May 2023 the lender opened the accounts without checks.'));
    expect(dates(forward)).toEqual(['date: February 2020 vs April 2021']);
    expect(dates(backward)).toEqual(['date: April 2021 vs February 2020']);
  });

  it('sets a period of two years written as one against one of two months (`between 2021 and 2023` / `between April 2020 and May 2023`)', () => {
    expect(dates(notes(...fine('The bank opened 38,000 accounts without proper checks between 2021 and 2023.', 'Between April 2020 and May 2023 the lender opened the accounts without checks.')))).toEqual(['date: 2021 and 2023 vs April 2020']);
  });

  it('sets the ends apart when the starts agree (`ran from October 2025 until Harlow Bank pulled the product in April 2026` / `which ran from October 2025 until it was withdrawn in May 2026`)', () => {
    expect(dates(notes(...fine('The audit found that the failings ran from October 2025 until Harlow Bank pulled the product in April 2026.', 'The product, which ran from October 2025 until it was withdrawn in May 2026, was sold online.')))).toEqual(['date: April 2026 vs May 2026']);
  });

  it('sets nothing when both ends differ (`between 2019 and 2022` / `between 2020 and 2023`): two periods', () => {
    expect(dates(notes(...fine('The bank opened the accounts between February 2019 and May 2022.', 'The lender opened the accounts between April 2020 and June 2023.')))).toEqual([]);
  });

  it('reads no period from a start counted to now and a later date of another clause (`since 1981, and … fell in March 2022` / `since 1981, and … closed 40 branches in 2024`)', () => {
    expect(dates(notes(...fine('The bank has lost money every year since 1981, and its share of accounts fell in March 2022.', 'The bank has lost money every year since 1981, and it closed 40 branches in 2024.')))).toEqual([]);
  });
});

describe('of several months or years in a sentence, the one given as a point', () => {
  const WIND = 'Victoria awarded contracts for two offshore wind farms off Gippsland on Thursday, the state energy minister said. ';
  const wind = (a: string, b: string): [Article, Article] => pair(WIND + a, WIND + b);
  it('sets `in 2032` against `in 2033` beside a deadline of another action (`with full operation by 2035`)', () => {
    const [forward, backward] = bothWays(...wind('The wind farms are expected to start generating power in 2032 and to create about 3,000 jobs during construction.', 'The Kestrel and Gannet wind farms are expected to deliver first power in 2033, with full operation by 2035.'));
    expect(dates(forward)).toEqual(['date: 2032 vs 2033']);
    expect(dates(backward)).toEqual(['date: 2033 vs 2032']);
  });

  it('still reads two points as a sequence (`in 2033 and in 2035`)', () => {
    expect(dates(notes(...wind('The wind farms are expected to start generating power in 2032 and to create about 3,000 jobs during construction.', 'The Kestrel and Gannet wind farms are expected to deliver first power in 2033 and to reach full operation in 2035.')))).toEqual([]);
  });
});

describe('a time of day that bounds another', () => {
  const TRAM = 'Canberra’s light rail extension to Commonwealth Park opened to passengers on Saturday, the ACT government said. ';
  const tram = (a: string, b: string): [Article, Article] => pair(TRAM + a, TRAM + b);
  const times = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('time:'));
  it('is no time of the event when counted from (`commuters who had waited since 5am`)', () => {
    const [forward, backward] = bothWays(...tram('Hundreds of people queued at Garema Place in the city centre before dawn to ride the first service, which left at 6:30am with the Transport Minister, Ana Ruiz, on board.', 'The first service on the $410 million extension left Garema Place just after 7am, carrying Chief Minister Tom Hale, Transport Minister Ana Ruiz and a handful of commuters who had waited since 5am to be first aboard.'));
    expect(times(forward)).toEqual(['time: 6:30am vs just after 7am']);
    expect(times(backward)).toEqual(['time: just after 7am vs 6:30am']);
  });

  it('gives no time that agrees with another when a deadline (`By midday`)', () => {
    const [forward] = bothWays(...tram('The first tram left the city terminus at 6:30am with the transport minister on board. By midday, about 9,000 people had ridden it.', 'The first tram left the city terminus just after 7am with the transport minister on board.'));
    expect(times(forward)).toEqual(['time: 6:30am vs just after 7am']);
  });
});

describe('the one date of an action, counted at its precision', () => {
  const LOST = 'Norwegian operator Vardø Orbital has given up efforts to recover its Polarlink-2 communications satellite, which failed to reach its planned orbit. ';
  const lost = (a: string, b: string): [Article, Article] => pair(LOST + a, LOST + b, 'March 3, 2027');
  it('sets the day of a launch against the other report’s, though a report also dates another launch by its year (`launched on Feb. 9` / `Its sister satellite, launched in 2025`)', () => {
    const [forward, backward] = bothWays(...lost('The satellite was launched on Feb. 9 and was designed to operate for 15 years. Its sister satellite, launched in 2025, is working normally.', 'The operator announced March 3 that it had given up on the spacecraft, which launched Feb. 16 on an Ariane 6 rocket.'));
    expect(dates(forward)).toEqual(['date: Feb. 9 vs Feb. 16']);
    expect(dates(backward)).toEqual(['date: Feb. 16 vs Feb. 9']);
  });
});

describe('a quarter of a year', () => {
  const read = (text: string): string[] => findDates(text, '2026-10-28').map((date) => `${date.text} ${date.from}..${date.to} ${date.precision}`);
  it('reads `the June quarter of 2024` as the three months that end in June, and `the third quarter of 2025` as July to September', () => {
    expect(read('It is the highest rate since the June quarter of 2024.')).toEqual(['the June quarter of 2024 2024-04-01..2024-06-30 range']);
    expect(read('Profit fell from the third quarter of 2025.')).toEqual(['the third quarter of 2025 2025-07-01..2025-09-30 range']);
  });

  it('sets two quarters apart (`since the June quarter of 2024` / `since the March quarter of 2024`)', () => {
    const CPI = 'Australia’s annual inflation rate rose to 3.1% in the September quarter, the Australian Bureau of Statistics said on Wednesday. ';
    const [forward] = bothWays(...pair(CPI + 'That was the highest annual rate since the June quarter of 2024 and took inflation back above the target band.', CPI + 'It is the highest annual rate since the March quarter of 2024, economists said.', 'October 28, 2026'));
    expect(dates(forward)).toEqual(['date: the June quarter of 2024 vs the March quarter of 2024']);
  });
});

describe('the one day of an action, by a thing a participle says was done to', () => {
  const OUTBREAK = 'Spain has confirmed its first outbreak of Xylella fastidiosa in olive trees near Jaén, and will destroy every host plant within 50 metres, the regional government said. ';
  it('sets `samples taken on Oct. 29` against `Samples collected on November 2`', () => {
    const [a, b] = pair(OUTBREAK + 'Laboratory tests confirmed the bacterium in samples taken on Oct. 29 from a grove outside the village of Torrenueva, officials said.', OUTBREAK + 'Samples collected on November 2 came back positive within a week.', 'November 12, 2026', 'November 13, 2026');
    expect(dates(notes(a, b))).toEqual(['date: Oct. 29 vs November 2']);
    expect(dates(notes(b, a))).toEqual(['date: November 2 vs Oct. 29']);
  });

  it('sets nothing by a thing both name without a participle (`samples from a grove on Oct. 29` / `Samples on November 2`)', () => {
    const [a, b] = pair(OUTBREAK + 'Laboratory tests confirmed the bacterium in samples from a grove on Oct. 29, officials said.', OUTBREAK + 'Samples on November 2 came back positive within a week.', 'November 12, 2026', 'November 13, 2026');
    expect(dates(notes(a, b))).toEqual([]);
  });
});

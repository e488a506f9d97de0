import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { notes, pair } from './conflict-pairs.ts';

/** Round 19c (decision 004): the conflicts still missed, sets 23–24 first. Invented sentences. */

describe('a month told from the report’s own (`last October`) is a month written by name', () => {
  const LEAD = 'Six beavers were released into a river in Northumberland on Tuesday, the first wild beavers in the county for four centuries. ';
  it('sets `in November` against `last October` where both give when a licence was granted', () => {
    expect(notes(...pair(`${LEAD}Natural England granted the trust a five-year licence for the release in November, after a consultation that drew 9,000 responses.`, `${LEAD}Natural England granted the licence last October following a public consultation.`, 'May 19, 2027'))).toEqual([
      'date: November vs last October',
    ]);
  });
});

describe('two periods that share one end, in sentences the aligner did not set side by side', () => {
  const LEAD = 'Norrland Motors is recalling 212,000 Fjell electric SUVs to fix software that can cut power to the motors while driving. ';
  it('sets the starts of `between March 2024 and August 2025` and `between May 2024 and August 2025` against each other', () => {
    expect(notes(...pair(`${LEAD}The recall covers vehicles built at the company's Umeå plant between March 2024 and August 2025, the automaker said on Wednesday, making it the largest in its history.`, `${LEAD}The automaker said on Wednesday that the recall was the largest in its history. The recall affects the Fjell and Fjell Cross models made between May 2024 and August 2025.`, 'October 14, 2026'))).toEqual([
      'date: March 2024 vs May 2024',
    ]);
  });
  it('sets no period against another where a report gives two', () => {
    expect(notes(...pair(`${LEAD}The recall covers vehicles built at the company's Umeå plant between March 2024 and August 2025, the automaker said on Wednesday. A first recall had covered cars built between January 2022 and June 2023.`, `${LEAD}The automaker said on Wednesday that the recall was the largest in its history. The recall affects the Fjell and Fjell Cross models made between May 2024 and August 2025.`, 'October 14, 2026'))).toEqual([]);
  });
  // Mend (session 16): periods that end in the current year are common, and a month inside a year
  // is no shared end; only periods of months at both ends are set against each other unaligned.
  const VANTOR_A = `${LEAD}The recall covers vehicles built at the company's Umeå plant between 2019 and 2025, the automaker said on Wednesday, making it the largest in its history.`;
  it('sets no two periods of years against each other (`between 2019 and 2025` / `between 2021 and 2025`)', () => {
    expect(notes(...pair(VANTOR_A, `${LEAD}The automaker said on Wednesday that the recall was the largest in its history. The recall affects the Fjell and Fjell Cross models made between 2021 and 2025.`, 'October 14, 2026'))).toEqual([]);
  });
  it('sets no period of years against one of months, though the month falls in the year (`between 2019 and 2025` / `between May 2024 and August 2025`)', () => {
    expect(notes(...pair(VANTOR_A, `${LEAD}The automaker said on Wednesday that the recall was the largest in its history. The recall affects the Fjell and Fjell Cross models made between May 2024 and August 2025.`, 'October 14, 2026'))).toEqual([]);
  });
});

describe('a name in the possessive before the speaker’s office and name is whose the speaker is', () => {
  const LEAD = 'The High Court in Dublin on Monday approved the extradition of the former payments executive Conor Hanley to the United States. ';
  it('gives one quotation to two different lawyers of one client', () => {
    expect(notes(...pair(`${LEAD}Outside court, Mr Hanley's barrister, Ronan Tierney, said: "Our client is naturally disappointed. He will be considering the judgment carefully."`, `${LEAD}Mr Hanley's solicitor, Aoife Brennan, said outside the Four Courts: "Our client is naturally disappointed. He will be considering the judgment carefully."`, 'March 9, 2027'))).toEqual([
      'quote attributed to: Tierney vs Brennan',
    ]);
  });
  it('gives the quotation to the name, not to the letters after it (`Ronan Tierney SC`)', () => {
    expect(notes(...pair(`${LEAD}Outside court, Mr Hanley's barrister, Ronan Tierney SC, said: "Our client is naturally disappointed. He will be considering the judgment carefully."`, `${LEAD}Mr Hanley's solicitor, Aoife Brennan, said outside the Four Courts: "Our client is naturally disappointed. He will be considering the judgment carefully."`, 'March 9, 2027'))).toEqual([
      'quote attributed to: Tierney vs Brennan',
    ]);
  });
  // Mend (session 16): other letters than `SC`, and a name of one word before them.
  it.each(['KC', 'QC', 'TD', 'Jr.'])('gives the quotation to the name, not to `%s` after it', (letters) => {
    expect(notes(...pair(`${LEAD}Outside court, Mr Hanley's barrister, Ronan Tierney ${letters}, said: "Our client is naturally disappointed. He will be considering the judgment carefully."`, `${LEAD}Mr Hanley's solicitor, Aoife Brennan, said outside the Four Courts: "Our client is naturally disappointed. He will be considering the judgment carefully."`, 'March 9, 2027'))).toEqual([
      'quote attributed to: Tierney vs Brennan',
    ]);
  });
});

describe('two months written as one stretch of time', () => {
  it('reads a month alone joined to the next month and its year (`March and April 2026`) as of that year', () => {
    const read = findDates('The team watched the planet cross its star four times in March and April 2026.', '2027-09-15').map((date) => `${date.text} ${date.from}`);
    expect(read).toEqual(['March 2026-03-01', 'April 2026 2026-04-01']);
    expect(findDates('Ice cover was measured in December and January 2026.', '2027-09-15').map((date) => `${date.text} ${date.from}`)).toEqual(['December 2025-12-01', 'January 2026 2026-01-01']);
  });
  it('sets `in March and April 2026` against `in February 2026` as one month is', () => {
    const LEAD = 'Astronomers at the University of Leeds said on Tuesday that the James Webb Space Telescope had found signs of an atmosphere around Kepler-88c, a rocky planet 90 light years away. ';
    expect(notes(...pair(`${LEAD}The team watched the planet cross in front of its star four times in March and April 2026.`, `${LEAD}Her colleagues watched the planet pass in front of its star four times in February 2026.`, 'September 15, 2027'))).toEqual([
      'date: March vs February 2026',
    ]);
  });
  it('sets no two months joined by `or` against a third: they are two months a thing may have happened in', () => {
    const LEAD = 'Astronomers at the University of Leeds said on Tuesday that the James Webb Space Telescope had found signs of an atmosphere around Kepler-88c, a rocky planet 90 light years away. ';
    expect(notes(...pair(`${LEAD}The team watched the planet cross in front of its star four times in March or April 2026.`, `${LEAD}Her colleagues watched the planet pass in front of its star four times in February 2026.`, 'September 15, 2027'))).toEqual([]);
  });
});

describe('a name right after a noun for a kind of person is a person', () => {
  const LEAD = 'Hartfield Town sacked their manager Marco Lindqvist on Saturday after a run of nine defeats left the club in the relegation zone. ';
  it('sets two people in one slot against each other though one’s words are in the dictionary (`Dean Fallows`)', () => {
    expect(notes(...pair(`${LEAD}The Under-21s coach, Dean Fallows, will take charge of the first team for Tuesday's trip to Carrow Vale.`, `${LEAD}Assistant manager Lee Pardew will take temporary charge for Tuesday's game.`, 'January 24, 2027'))).toEqual([
      'who: Dean Fallows vs Lee Pardew',
    ]);
  });
  // Mend (session 16): other nouns, with and without commas, and names whose words are all in the dictionary.
  it.each([
    ["The Under-21s manager, Mark Wood, will take charge of the first team for Tuesday's trip to Carrow Vale.", 'Mark Wood'],
    ["The academy director Grant Hill will take charge of the first team for Tuesday's trip to Carrow Vale.", 'Grant Hill'],
    ["The Under-21s director, Jack Frost, will take charge of the first team for Tuesday's trip to Carrow Vale.", 'Jack Frost'],
  ])('sets a name after a person noun against another person (`%s`)', (sentence, name) => {
    expect(notes(...pair(`${LEAD}${sentence}`, `${LEAD}Assistant manager Lee Pardew will take temporary charge for Tuesday's game.`, 'January 24, 2027'))).toEqual([`who: ${name} vs Lee Pardew`]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair as pairDated } from './conflict-pairs.ts';

/**
 * Round 6d (decision 004): conflict rules that generalise. Each rule is tested alone on invented
 * sentences (pairs built by ./conflict-pairs.ts, both dated as given).
 */
const pair = (a: string, b: string, date = 'March 3, 2026'): [Article, Article] => pairDated(a, b, date);

/** A lead both reports share, so that they are taken for one event (decision 004: pins). */
const LEAD = 'Chief executive Ingrid Solheim of Brenvik Foods presented the results in Tromsø. ';
const reports = (a: string, b: string): [Article, Article] => pair(LEAD + a, LEAD + b);

describe('K-a: an earlier year marks only the figure it is attached to', () => {
  it('sets this quarter’s figure against the other report’s when only a comparison figure has an earlier year', () => {
    const [a, b] = reports('Brenvik Foods said on Tuesday that profit was $410 million in the quarter, up from $380 million in 2024.', 'Brenvik Foods said on Tuesday that profit in the quarter came in at $450 million.');
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual([expect.stringMatching(/\$410 million vs \$450 million/u)]);
    expect(backward).toEqual([expect.stringMatching(/\$450 million vs \$410 million/u)]);
  });

  it('does not read a study period that reaches the last years (`between 2001 and 2024`) as an earlier event', () => {
    const [a, b] = reports(
      'Satellite images taken between 2001 and 2024 show that more than 4,000 lakes in Mongolia have dried up, the Ulaanbaatar survey found on Tuesday.',
      'Nearly 2,500 lakes in Mongolia have dried up, according to the Ulaanbaatar survey released on Tuesday.',
    );
    expect(notes(a, b)).toEqual([expect.stringMatching(/4,000 lakes vs .*2,500 lakes/u)]);
  });

  it('still reads an earlier period (`from 2014 to 2016`) as another event', () => {
    const [a, b] = reports(
      'From 2014 to 2016 more than 4,000 lakes in Mongolia dried up, the Ulaanbaatar survey found on Tuesday.',
      'Nearly 2,500 lakes in Mongolia have dried up, according to the Ulaanbaatar survey released on Tuesday.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('still keeps a figure of an earlier event out: the year told beside it', () => {
    const [a, b] = pair('The last cholera outbreak in Lusaka province, in 2023, killed 40 people.', 'The cholera outbreak in Lusaka province has killed 31 people, officials said on Tuesday.');
    expect(notes(a, b)).toEqual([]);
  });
});

describe('K-b: a ceiling or a floor agrees with no figure', () => {
  it('does not let `up to $500 million` agree with a profit figure of the other report', () => {
    const [a, b] = reports(
      'Net income was $310 million in the quarter. The board approved a buyback of as much as $500 million.',
      'Net profit came in at $340 million in the quarter. The company will buy back up to half a billion dollars of shares.',
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual([expect.stringMatching(/\$310 million vs \$340 million/u)]);
    expect(backward).toEqual([expect.stringMatching(/\$340 million vs \$310 million/u)]);
  });
});

describe('K-c: whose figure it is', () => {
  it('sets `31 of the 100 seats` against `32 seats` of the same party: 31 counts seats too', () => {
    const [a, b] = pair(
      'The Green Alliance, led by Anna Tamm, took 41% of the vote and 31 of the 100 seats, the election commission said.',
      'The Green Alliance won 41% of the vote, making it the largest party with 32 seats.',
    );
    expect(notes(a, b)).toEqual(['seat: 31 vs 32 seats']);
  });

  it('does not set the seats of one named party against another’s that both reports name', () => {
    const [a, b] = pair(
      'The Green Alliance of Anna Tamm won the Estonian election on Sunday. The Farmers Union of Jaan Kask won 16 seats in parliament.',
      'Anna Tamm and her Green Alliance won the Estonian election on Sunday, ahead of the Farmers Union. The Green Alliance won 32 seats in parliament.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('takes a name a preposition governs for where or by whom, not whose figure', () => {
    const [a, b] = pair(
      'Researchers at the Tarn Institute in Bergen counted more than 11,000 seabirds on the cliffs of Runde this summer. The census was published in Polar Biology.',
      'The census, published in Polar Biology, counted nearly 9,000 seabirds on the cliffs of Runde, said Tarn Institute staff in Bergen.',
    );
    expect(notes(a, b)).toEqual([expect.stringMatching(/11,000 seabirds vs nearly 9,000 seabirds/u)]);
  });
});

describe('K-e: dates of one action', () => {
  it('does not set days of two actions against each other', () => {
    const [a, b] = pair(
      'Anna Tamm, leader of the Green Alliance, said she would talk to all parties, speaking to cheering supporters in Tallinn in the early hours of Sunday.',
      'Anna Tamm, leader of the Green Alliance, said in Tallinn she would start talks with all parties on Monday.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('does not take a year counted from (`since 1961`) for the year of an event', () => {
    const [a, b] = pair('Ruben Alves scored twice in the Porto derby, a fixture first played in 1907.', 'Ruben Alves scored twice, breaking a Porto derby record that had stood since 1961.');
    expect(notes(a, b)).toEqual([]);
  });

  it('does not date the report by a `today` in a quotation: it is the speaker’s day', () => {
    const [a, b] = pair(
      'Anna Tamm won the first round in Tartu. “Tartu voted for change today, and in two weeks it will choose a mayor,” Anna Tamm told cheering supporters.',
      'Anna Tamm won the first round in Tartu. Tartu voters will choose a mayor in two weeks after no candidate won a majority in Sunday’s vote.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('still sets two days of one action against each other', () => {
    const [a, b] = pair('Ruben Alves was sentenced in Porto on Monday to six years in prison.', 'Ruben Alves was sentenced in Porto on Tuesday to six years in prison.');
    expect(notes(a, b)).toEqual(['date: Monday vs Tuesday']);
  });
});

describe('K-d: a role one person holds, given to two', () => {
  const LEDE = 'The Supreme Court of Ruritania struck down the Varna firearms law on Friday. ';

  it('sets the dissent’s author against another', () => {
    const [a, b] = pair(`${LEDE}In dissent, Justice Ann Hale said the law was valid.`, `${LEDE}Justice Tom Bell wrote the dissent, saying the law was valid.`);
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['dissent: dissent, Justice Ann Hale vs Tom Bell wrote the dissent']);
    expect(backward).toEqual(['dissent: Tom Bell wrote the dissent vs dissent, Justice Ann Hale']);
  });

  it('finds none when a report names the other’s holder too: it may tell of two dissents', () => {
    const [a, b] = pair(
      `${LEDE}In dissent, Justice Ann Hale said the law was valid. Justice Tom Bell agreed with her.`,
      `${LEDE}Justice Tom Bell wrote the dissent, saying the law was valid.`,
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('does not give the role to a speaker or to someone it is said by (only apposition, a title or a writing verb)', () => {
    expect(bothWays(...pair(`${LEDE}Pilot error, said Transport Minister Ann Hale, caused the crash.`, `${LEDE}The pilot, Tom Bell, survived the crash.`))).toEqual([[], []]);
    expect(bothWays(...pair(`${LEDE}The dissent was criticised by Senator Ann Hale.`, `${LEDE}Justice Tom Reed wrote the dissent.`))).toEqual([[], []]);
    expect(bothWays(...pair(`${LEDE}The referee was criticised by coach Ann Hale after the match.`, `${LEDE}Referee Tom Bell sent off two players.`))).toEqual([[], []]);
    expect(bothWays(...pair(`${LEDE}The pilot survived, airline spokesman Ann Hale said.`, `${LEDE}The pilot, Tom Bell, survived the crash.`))).toEqual([[], []]);
  });

  it('still gives the role by apposition or a title: `The pilot, Ann Hale,` vs `Pilot Tom Bell`', () => {
    const [a, b] = pair(`${LEDE}The pilot, Ann Hale, survived the crash.`, `${LEDE}Pilot Tom Bell survived the crash.`);
    expect(notes(a, b)).toEqual(['pilot: pilot, Ann Hale vs Pilot Tom Bell']);
  });

  it('finds none for a role many hold at once (a coach of each side)', () => {
    const [a, b] = pair(
      'Porto beat Braga 2-1 in the Varna Cup final on Sunday. Coach Rui Lopes praised his players.',
      'Porto beat Braga 2-1 in the Varna Cup final on Sunday. Coach Nuno Reis blamed the referee.',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

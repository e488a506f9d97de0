import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 9c (decision 004): conflicts on new text. Each detector is tested on invented sentences,
 * with the near misses it must not flag.
 */

/** A lead both reports share, so that they are taken for one event (decision 004: pins). */
const RACE = 'Marta Kovac won the Varna Classic cycling race on Sunday after 212 kilometres through the Rhodope hills. ';
const race = (a: string, b: string): [Article, Article] => pair(RACE + a, RACE + b);

describe('finishing places: one place, one competitor', () => {
  it('sets a place given to two different competitors against each other, both ways', () => {
    const [a, b] = race('Tom Bell was second and Ann Hale took third.', 'Hale beat Bell in the sprint for second. Tom Bell finished third.');
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual([expect.stringMatching(/^place: .*Bell was second vs .*Bell finished third$/u)]);
    expect(backward).toEqual([expect.stringMatching(/^place: .*Bell finished third vs .*Bell was second$/u)]);
  });

  it('reads apposition, `runner-up` and an acronym in brackets', () => {
    expect(notes(...race('The Blue Riders (BR), in third place, were 40 seconds ahead of the Red Team (RT).', 'Tom Bell of the Blue Riders (BR) and Ann Hale were there. The Red Team (RT) came third.'))).toEqual([
      expect.stringMatching(/^place: .*third vs The Red Team \(RT\) came third$/u),
    ]);
    expect(notes(...race('Runner-up Tom Bell said he was tired. Ann Hale was sixth.', 'Ann Hale was the runner-up. Tom Bell was sixth.'))).toHaveLength(1);
  });

  it('finds none when the reports agree, or place nobody twice', () => {
    expect(notes(...race('Tom Bell was second and Ann Hale took third.', 'Ann Hale finished third, behind Tom Bell, who was second.'))).toEqual([]);
  });

  it('finds none for a place in another race, a standing or part of the event', () => {
    // A place of an earlier race, in an aside or dated.
    expect(notes(...race('Tom Bell, who was also second at the Lisbon Classic last year, crashed. Ann Hale was second.', 'Tom Bell crashed. Ann Hale finished second.'))).toEqual([]);
    expect(notes(...race('Tom Bell was second last year. Ann Hale was fourth.', 'Ann Hale was fourth. Tom Bell crashed.'))).toEqual([]);
    expect(notes(...race('Tom Bell was second in 2019 and crashed.', 'Ann Hale was second. Tom Bell crashed.'))).toEqual([]);
    // A standing, or a place on a stage.
    expect(notes(...race('Tom Bell is second overall.', 'Ann Hale was second on the day, ahead of Tom Bell.'))).toEqual([]);
    expect(notes(...race('Tom Bell is second in the world rankings.', 'Ann Hale was second. Tom Bell was fifth.'))).toEqual([]);
  });

  it('finds none when a report never names the other’s competitor: it may tell another race', () => {
    expect(notes(...race('In the women’s race Ann Hale came second.', 'Tom Bell came second in the men’s race.'))).toEqual([]);
  });

  it('finds none for ordinals that are no finish, a quoted place, or a name a preposition governs', () => {
    expect(notes(...race('Tom Bell was second best on the climbs. Ann Hale was second.', 'Ann Hale was second. Tom Bell was third time lucky.'))).toEqual([]);
    expect(notes(...race('“Tom Bell was second, I think,” said Ann Hale.', 'Ann Hale was second. Tom Bell crashed.'))).toEqual([]);
    expect(notes(...race('The team of coach Tom Bell came second.', 'The Blue Riders came second, coach Tom Bell said.'))).toEqual([]);
  });
});

const FERRY = 'A passenger ferry carrying 80 people sank off the island of Varna on Saturday, the coast guard said. ';
const ferry = (a: string, b: string): [Article, Article] => pair(FERRY + a, FERRY + b);

describe('times of day: the time of the one thing each report times', () => {
  it('sets the times against each other when the word both stand by is timed once in each report', () => {
    const [forward, backward] = bothWays(...ferry('The ferry capsized shortly after 5 a.m. local time, officials said in a statement.', 'The vessel overturned around 7 a.m., about four hours into the crossing, after it was hit by large waves, survivors told reporters.'));
    expect(forward).toEqual(['time: shortly after 5 a.m. local time vs around 7 a.m.']);
    expect(backward).toEqual(['time: around 7 a.m. vs shortly after 5 a.m. local time']);
  });

  it('asks more of the sentences when a report times that action twice (two boats), and finds none when the times stand by different actions', () => {
    expect(
      notes(...ferry('The ferry capsized shortly after 5 a.m. local time, officials said in a statement. A fishing boat capsized at 9 a.m. nearby.', 'The vessel overturned around 7 a.m., about four hours into the crossing, after it was hit by large waves, survivors told reporters.')),
    ).toEqual([]);
    expect(notes(...ferry('The ferry capsized shortly after 5 a.m. local time, officials said in a statement.', 'Rescue boats arrived around 7 a.m., about four hours later, survivors said.'))).toEqual([]);
  });

  it('finds none when the times can be one', () => {
    expect(notes(...ferry('The ferry capsized shortly after 5 a.m. local time, officials said in a statement.', 'The vessel overturned at 5:10 a.m., survivors said.'))).toEqual([]);
  });
});

const TRIAL = 'A man who set fire to a bakery in Tarrow was jailed for nine years at Tarrow Crown Court on Friday. ';
const trial = (a: string, b: string): [Article, Article] => pair(TRIAL + a, TRIAL + b);

describe('a quotation both reports print word for word, given to different speakers', () => {
  it('sets the speakers against each other when the quotation runs across sentences', () => {
    const [forward, backward] = bothWays(
      ...trial('Outside court, Ann Hale said: “You knew the family were upstairs. You did it anyway.”', '“You knew the family were upstairs. You did it anyway,” Tom Bell told reporters.'),
    );
    expect(forward).toEqual(['quote attributed to: Hale vs Bell']);
    expect(backward).toEqual(['quote attributed to: Bell vs Hale']);
  });

  it('finds none for one speaker, written with and without accents, or a speaker only one report names', () => {
    expect(notes(...trial('Outside court, Ana Kalniņa said: “You knew the family were upstairs. You did it anyway.”', '“You knew the family were upstairs. You did it anyway,” Kalnina told reporters.'))).toEqual([]);
    expect(notes(...trial('Outside court, Ann Hale said: “You knew the family were upstairs. You did it anyway.”', '“You knew the family were upstairs. You did it anyway,” she told reporters.'))).toEqual([]);
  });
});

const COUNCIL = 'The Tarrow city council adopted a $214 million budget for 2027 on Tuesday night after a two-month debate. ';
const council = (a: string, b: string): [Article, Article] => pair(COUNCIL + a, COUNCIL + b);

describe('vote tallies: one body split two ways', () => {
  it('sets splits of the same number of voters against each other, numerals or words', () => {
    const [forward, backward] = bothWays(...council('Members voted 7-2 to close the Eastside library.', 'The Eastside library will close after a six to three vote.'));
    expect(forward).toEqual(['vote: voted 7-2 vs six to three vote']);
    expect(backward).toEqual(['vote: six to three vote vs voted 7-2']);
    expect(notes(...council('The court upheld the ban in a 5-4 ruling.', 'Justices ruled 6–3 that the ban stands.'))).toEqual(['vote: 5-4 ruling vs ruled 6–3']);
  });

  it('finds none for the same split, different bodies, two votes in one report, or a quoted split', () => {
    expect(notes(...council('Members voted 7-2 to close the Eastside library.', 'The library will close after a seven to two vote.'))).toEqual([]);
    expect(notes(...council('The finance committee voted 5-2 to close the Eastside library.', 'The council voted 7-2 to close the Eastside library.'))).toEqual([]);
    expect(notes(...council('The committee voted 6-3 and the full council voted 7-2 to close the library.', 'The council voted 6-3 to close the library.'))).toEqual([]);
    expect(notes(...council('“We lost 5-4 in that vote,” Ann Hale said.', 'The council voted 6-3 to close the library.'))).toEqual([]);
  });

  it('finds no tally in scores and ranges (a score differs as a score: round 16q)', () => {
    expect(notes(...council('Tarrow beat Kessel 2-1 on Saturday, and the vote was close.', 'Tarrow won 3-0 on Saturday.'))).toEqual(['score: 2-1 vs 3-0']);
    expect(notes(...council('Property taxes rise 5 to 10 percent, approved by members.', 'Property taxes rise 6 to 9 percent.'))).toEqual([]);
  });
});

describe('days of different actions are no conflict', () => {
  const BUDGET = 'The Tarrow city council adopted a $214 million budget that raises property taxes by 6.5 percent and closes the Eastside library. ';
  const budget = (a: string, b: string): [Article, Article] => pair(BUDGET + a, BUDGET + b, 'November 18, 2026');

  it('still sets two days of one action against each other', () => {
    expect(notes(...budget('The council voted on Tuesday to adopt the budget and raise property taxes.', 'The council voted on Monday to adopt the budget and raise property taxes.'))).toEqual(['date: Tuesday vs Monday']);
  });

  it('finds none for a day gone by and a day to come', () => {
    expect(notes(...budget('The council voted on Tuesday to adopt the budget and raise property taxes.', 'The council budget will raise property taxes on March 1.'))).toEqual([]);
  });

  it('finds none for a day in a relative clause set off by commas, against the day of the main verb', () => {
    expect(
      notes(...budget('The council voted on Tuesday to adopt the budget and raise property taxes.', 'The council budget, which members debated on Monday, raises property taxes by 6.5 percent.')),
    ).toEqual([]);
  });

  it('finds none for the day of a time given in another zone', () => {
    const [a, b] = pair(
      'A passenger ferry capsized off the island of Varna early on Saturday, killing nine people. The ferry capsized at 5 a.m. local time (2100 GMT on Friday), the National Sea Rescue Agency, known as Basrena, said in a statement.',
      'A passenger ferry capsized off the island of Varna early on Saturday, killing nine people. Rescue crews resumed their search at first light on Sunday, said the national sea rescue agency Basrena.',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

describe('a name beside two days meets only whole', () => {
  const SLIDE = 'A landslide buried part of the village of Sukamaju in Indonesia, the disaster agency said. ';
  it('finds none when the days stand by different names that share a word', () => {
    const [a, b] = pair(
      `${SLIDE}The landslide buried houses in a village of West Java province early on Sunday, killing at least nine people.`,
      `${SLIDE}The number of people killed by the landslide that buried houses in West Bandung rose to 17 on Monday.`,
      'March 9, 2026',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

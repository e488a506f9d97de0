import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 10c (decision 004): conflicts on the fifth and sixth blind sets. Each rule is tested on
 * invented sentences, with the near misses it must not flag.
 */

/** A lead both reports share, so that they are taken for one event (decision 004: pins). */
const STORM = 'A tornado tore through the town of Varna in northern Mississippi early on Tuesday, flattening homes along Route 45. ';
const storm = (a: string, b: string): [Article, Article] => pair(STORM + a, STORM + b, 'March 24, 2026');

describe('an age agrees with no count', () => {
  it('sets two counts against each other though one report gives the other’s figure as someone’s age', () => {
    const [forward, backward] = bothWays(
      ...storm('Officials said 31 people had been injured in the storm across the county.', 'Officials said 29 people were injured in the storm across the county. The dead were Ann Hale, 31, and her son.'),
    );
    expect(forward).toEqual(['people: 31 people vs 29 people']);
    expect(backward).toEqual(['people: 29 people vs 31 people']);
  });

  it('still takes a figure the other report gives as a count as agreed', () => {
    expect(notes(...storm('Officials said 31 people had been injured in the storm across the county.', 'Officials said 29 people were injured in the storm across the county. In all, 31 people needed treatment.'))).toEqual([]);
  });
});

describe('a source that says a figure is not whose figure it is', () => {
  // Each report names the other's source too, so `ofDifferentNames` reads both names.
  const a = 'The Varna Emergency Agency said 31 people had been injured, four of them critically. Sheriff Tom Bell helped with the search.';
  const b = 'Sheriff Tom Bell said 29 people were injured in the storm, four of them critically. The Varna Emergency Agency sent teams.';
  it('sets the figures against each other when a report names the other’s source', () => {
    const [forward, backward] = bothWays(...storm(a, b));
    expect(forward).toEqual(['people: 31 people vs 29 people']);
    expect(backward).toEqual(['people: 29 people vs 31 people']);
  });

  it('still keeps apart figures of different subjects that a source reports', () => {
    expect(notes(...storm('The Varna Emergency Agency said the Reds had lost 31 homes in the storm. The Blues helped.', 'The Varna Emergency Agency said the Blues had lost 29 homes in the storm. The Reds helped.'))).toEqual([]);
  });
});

/**
 * A study both reports tell, in which schools are everywhere: the shared words `primary schools`
 * weigh little, so the figures' sentences share little content (.4 of the .5 asked).
 */
const TRIAL =
  'A trial led by Ana Petrova of the Varna Medical University found that two extra hours outdoors each school day cut new cases of short-sightedness by a third, the journal Pediatrics reported on Monday. Half of the schools moved lessons outdoors; the other schools kept their timetables. ';
const trial = (a: string, b: string): [Article, Article] => pair(TRIAL + a, TRIAL + b);

describe('the one count of a thing each report gives', () => {
  const a = 'Petrova followed pupils at 48 primary schools in Varna from 2022 to 2025. Many schools already send pupils out at break.';
  const b = 'The work took place at 36 primary schools in the city of Varna between 2022 and 2025. Rural schools may find it easier.';
  it('sets the counts against each other though the sentences share little else', () => {
    const [forward, backward] = bothWays(...trial(a, b));
    expect(forward).toEqual(['school: 48 primary schools vs 36 primary schools']);
    expect(backward).toEqual(['school: 36 primary schools vs 48 primary schools']);
  });

  it('asks the sentences for more when a report counts the thing twice', () => {
    expect(notes(...trial(`${a} Another 30 schools dropped out.`, b))).toEqual([]);
  });
});

describe('a count of people counts any kind of person', () => {
  const BLAST = 'An explosion at the Varna chemical plant killed three workers late on Monday, the regional emergency service said. ';
  const blast = (a: string, b: string): [Article, Article] => pair(BLAST + a, BLAST + b);
  it('sets a count of people against a count of employees', () => {
    const [forward, backward] = bothWays(...blast('According to the company, 37 employees were working the night shift when the reactor blew.', 'The company said 42 people were working in the plant when the reactor blew.'));
    expect(forward).toEqual(['employee: 37 employees vs 42 people']);
    expect(backward).toEqual(['employee: 42 people vs 37 employees']);
  });

  it('sets no count of people against a count of things', () => {
    expect(notes(...blast('According to the company, 37 tankers were parked at the plant when the reactor blew.', 'The company said 42 people were at the plant when the reactor blew.'))).toEqual([]);
  });
});

/** A lead both reports share, so that they are taken for one event. */
const SMOG = 'The city of Varna declared an air pollution emergency on Monday after PM10 readings reached 412 micrograms per cubic metre at the Lisec station. ';
const smog = (a: string, b: string): [Article, Article] => pair(SMOG + a, SMOG + b);
const QUOTE = '“We cannot ask people to choose between being warm and breathing clean air,”';

describe('who speaks a quotation: a pronoun, and the name a verb of saying follows', () => {
  it('gives a quotation `he said` to the one person the sentence before names, marked at the pronoun', () => {
    const [forward, backward] = bothWays(...smog(`Mayor Tom Bell also said the city could not solve the problem alone. ${QUOTE} he said.`, `${QUOTE} Ann Hale told the Varna Post on Monday.`));
    expect(forward).toEqual(['quote attributed to: Bell vs Hale']);
    expect(backward).toEqual(['quote attributed to: Hale vs Bell']);
  });

  it('finds none when the sentence before names two people, or the pronoun is the other’s speaker', () => {
    expect(notes(...smog(`Mayor Tom Bell met Ann Hale at City Hall. ${QUOTE} he said.`, `${QUOTE} Ann Hale told the Varna Post on Monday.`))).toEqual([]);
    expect(notes(...smog(`Mayor Tom Bell also said the city could not solve the problem alone. ${QUOTE} he said.`, `${QUOTE} Tom Bell told the Varna Post on Monday.`))).toEqual([]);
  });

  it('takes the speaker, not the listener or a place: `told the Varna Post`, `said Tom Bell, a teacher from Stoney Creek`', () => {
    expect(notes(...smog(`${QUOTE} said Tom Bell, a teacher from Stoney Creek.`, `${QUOTE} Ann Hale told the Varna Post on Monday.`))).toEqual(['quote attributed to: Bell vs Hale']);
  });
});

/** A final both reports tell, so that they are taken for one event. */
const FINAL = 'Tom Bell beat Ann Hale 6-4, 3-6, 7-5 to win the Varna Open final on Sunday, his first title since 2024. ';
const final = (a: string, b: string): [Article, Article] => pair(FINAL + a, FINAL + b);

describe('the one length of time each report gives', () => {
  it('sets the lengths against each other whatever words stand beside them', () => {
    const [forward, backward] = bothWays(
      ...final('Bell saved two break points late in the deciding set and finished it with his 11th ace after 2 hours, 41 minutes.', 'Bell survived two break points in the final set, then broke in the 11th game to seal a win that had lasted two hours and 16 minutes.'),
    );
    expect(forward).toEqual(['hour: 2 hours, 41 minutes vs two hours and 16 minutes']);
    expect(backward).toEqual(['hour: two hours and 16 minutes vs 2 hours, 41 minutes']);
  });

  it('sets nothing when a report gives two lengths that could each be the one the other gives', () => {
    expect(
      notes(
        ...final(
          'Bell saved two break points late in the deciding set and finished it with his 11th ace after 2 hours, 41 minutes. His semi-final had lasted 2 hours, 5 minutes.',
          'Bell survived two break points in the final set, then broke in the 11th game to seal a win that had lasted two hours and 16 minutes.',
        ),
      ),
    ).toEqual([]);
  });

  // Round 12c: a length of another scale (a 40-minute rain delay) is no rival for the match's
  // length: the figure pairing (conflicts-pairing.ts) sets the two match lengths against each
  // other. Round 10c asked for a word beside both here.
  it('sets the lengths against each other when the report’s other length is of another scale', () => {
    expect(
      notes(
        ...final(
          'Bell saved two break points late in the deciding set and finished it with his 11th ace after 2 hours, 41 minutes. The rain delay lasted 40 minutes.',
          'Bell survived two break points in the final set, then broke in the 11th game to seal a win that had lasted two hours and 16 minutes.',
        ),
      ),
    ).toEqual(['hour: 2 hours, 41 minutes vs two hours and 16 minutes']);
  });
});

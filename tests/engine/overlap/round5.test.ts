import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { figureKeys } from '../../../src/engine/overlap/lone-figures.ts';
import { isLeadTime, measureOf } from '../../../src/engine/overlap/measures.ts';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { daysApart, holdsEventPin, pinsNeeded } from '../../../src/engine/overlap/relatedness.ts';
import { readUnits } from '../../../src/engine/overlap/units-read.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/**
 * Round 5 (decision 004): rules found on reports written blind, each tested alone. A pair of
 * one-outlet articles is built from plain paragraphs, both dated as given.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const digest = (path: string): Article[] => parseDigest(readFileSync(join(FIXTURES, path), 'utf8'), { file: path.split('/').at(-1) ?? path }).articles;

function pair(a: string, b: string, dateA = 'January 6, 2025', dateB = dateA): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published ${dateA}\n${a}\nASSOCIATED PRESS | Published ${dateB}\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

const notes = (a: Article, b: Article): string[] => compareArticles(a, b).conflicts.map((conflict) => conflict.note);

describe('story-level relatedness', () => {
  it('counts days between publication dates', () => {
    expect(daysApart('2026-09-24', '2026-07-02')).toBe(84);
    expect(daysApart('2026-09-24', null)).toBeNull();
  });

  it('asks reports published weeks apart for one more shared pin', () => {
    expect(pinsNeeded('2026-10-15', '2026-10-16')).toBe(2);
    expect(pinsNeeded('2026-09-24', '2026-07-02')).toBe(3);
  });

  it('does not share a fact between two rulings of two courts tied only by a court’s name and a cited agency', () => {
    // Two High Courts quash two data centres' permissions; both cite the International Energy
    // Agency. Neither a capitalised common word nor a much-cited institution pins one event.
    const [a, b] = digest('overlap/data-centre-rulings-meath-hertfordshire-2026-09-24.txt') as [Article, Article];
    expect(compareArticles(a, b).facts).toHaveLength(0);
  });
});

describe('number words', () => {
  const read = (text: string): string[] => findQuantities(text).map((q) => `${text.slice(q.start, q.end)}=${q.value}`);

  it('reads a written-out figure whose groups a comma sets apart', () => {
    expect(read('we have recorded one thousand, one hundred and eighty-seven cases')).toEqual(['one thousand, one hundred and eighty-seven cases=1187']);
    expect(read('one million, two hundred thousand people')).toEqual(['one million, two hundred thousand people=1200000']);
  });

  it('keeps two figures apart when the comma is followed by less than a hundred', () => {
    expect(read('about two thousand, three people said')).toHaveLength(2);
  });

  it('keeps two figures apart when the group after the comma opens with `a`', () => {
    expect(read('a million, a hundred people')).toEqual(['a million=1000000', 'a hundred people=100']);
  });
});

describe('measures told through different words', () => {
  const measures = (text: string): (string | null)[] => findQuantities(text).map((q) => measureOf(text, q));

  it.each([
    ['The outbreak has killed 26 people.', 'deaths'],
    ['The disease has claimed 34 lives.', 'deaths'],
    ['There were 34 deaths.', 'deaths'],
    ['Twenty-six people have died since February.', 'deaths'],
    ['It has infected 1,187 people.', 'cases'],
    ['We have recorded 1,187 cases.', 'cases'],
  ])('reads %s as a figure of %s', (text, measure) => {
    expect(measures(text)).toEqual([measure]);
  });

  it.each(['The party claimed 34 seats.', 'About 60 new cases are recorded every day.', 'It employs 26 people.'])('reads no toll in %s', (text) => {
    expect(measures(text)).toEqual([null]);
  });

  it('reports two tolls of one measure as a conflict though they share no word', () => {
    const [a, b] = pair(
      'A cholera outbreak in Kitwe has killed 26 people, Health Minister Grace Mulenga said. Schools in Kitwe and Ndola stay closed.',
      'Health Minister Grace Mulenga said the cholera outbreak in Kitwe has claimed 34 lives. Schools in Kitwe and Ndola stay shut.',
    );
    expect(notes(a, b)).toContain('deaths: 26 people vs 34 lives');
  });

  // Both reports share these pins (a named minister, a day, two towns), so they are judged one
  // event and compared under normal thresholds: without them, a pair sharing only `Zambia` is two
  // events, and the strict thresholds report no conflict whatever the figures.
  const PINS = ' Health Minister Grace Mulenga said on Monday, January 6, that schools in Kitwe and Ndola stay closed.';
  const pinned = (a: string, b: string, date = 'January 6, 2025'): string[] => notes(...pair(a + PINS, b + PINS, date));
  const TOLL = 'A cholera outbreak in Zambia has killed 26 people, officials said.';

  it('reports no conflict when the other report gives the same toll somewhere', () => {
    expect(pinned(TOLL, 'Twenty-six people have died in Zambia. Officials said the outbreak has claimed 26 lives.')).toEqual([]);
    // The control: the same pair with another toll does conflict.
    expect(pinned(TOLL, 'Thirty people have died in Zambia. Officials said the outbreak has claimed 30 lives.')).not.toEqual([]);
  });

  it('does not set a past outbreak’s toll against this one’s', () => {
    expect(pinned(TOLL, 'The last outbreak, in 2023 and 2024, killed 40 people in Zambia.')).toEqual([]);
    // The control: without the years, the same toll is this outbreak's, and conflicts.
    expect(pinned(TOLL, 'The outbreak killed 40 people in Zambia.')).not.toEqual([]);
  });

  it('reads a figure told `since` an earlier year as this event’s', () => {
    // `A crowd of 31,214 – the biggest at the ground this season – saw Coventry win a fourth
    // successive home game for the first time since 2018`: 2018 is a point to count from.
    const [a, b] = digest('overlap/coventry-sheffield-wednesday-2025-11-08.txt') as [Article, Article];
    expect(notes(a, b)).toContain('crowd: 31,412 vs 31,214');
  });

  it('reads a toll in a sentence that writes the year of publication as this event’s', () => {
    const tail = ' Health Minister Grace Mulenga visited Merovia on Monday. Schools in Merovia and Tarsk stay closed.';
    const [a, b] = pair(`Floods in Merovia have killed 26 people since March 2025, officials said.${tail}`, `Floods in Merovia have claimed 34 lives, officials said.${tail}`, 'June 6, 2025');
    expect(notes(a, b)).toContain('deaths: 26 people vs 34 lives');
    // An earlier year is another event's.
    const [c, d] = pair(`Floods in Merovia killed 26 people in March 2024, officials said.${tail}`, `Floods in Merovia have claimed 34 lives, officials said.${tail}`, 'June 6, 2025');
    expect(notes(c, d)).toEqual([]);
  });
});

describe('lead times', () => {
  it.each([
    ['staff must inform management at least 72 hours in advance', true],
    ['staff have to give three days’ notice of their participation', true],
    ['railway staff are walking out for 48 hours from Sunday', false],
  ])('reads %s as a lead time: %s', (text, lead) => {
    const [quantity] = findQuantities(text);
    expect(quantity !== undefined && isLeadTime(text, quantity)).toBe(lead);
  });

  it('does not set a notice period against how long a strike lasts', () => {
    // `at least 72 hours in advance` (notice) / `walking out for 48 hours` (the strike).
    const [a, b] = digest('overlap/belgian-rail-strike-2026-10-15.txt') as [Article, Article];
    expect(notes(a, b).filter((note) => note.startsWith('hour'))).toEqual([]);
  });
});

describe('a figure given in two forms', () => {
  const keys = (text: string): string[] => findQuantities(text).flatMap((quantity) => figureKeys(quantity));

  it('finds a share in words and in digits by one key, and a high ordinal by its value', () => {
    expect(keys('about a third of its normal trains')).toEqual(keys('roughly 33% of the usual timetable'));
    expect(keys('only a quarter of intercity services')).toEqual(keys('just 25% of IC connections'));
    expect(keys('the ninth rail strike')).toEqual(keys('the year’s ninth disruption'));
    const sharesAKey = (x: string, y: string): boolean => keys(x).some((key) => keys(y).includes(key));
    expect(sharesAKey('Around 900,000 passengers', 'Nearly a million people')).toBe(true);
    // 175,000 and 180,000 lie either side of a half-decade (10^5.25): they still share a key.
    expect(sharesAKey('around 175,000 people', 'some 180,000 people')).toBe(true);
    expect(sharesAKey('around 1,000 people', 'some 180,000 people')).toBe(false);
    expect(keys('the first strike')).toEqual([]);
  });

  it('makes a fact of a share, an ordinal and a hedged count that each report gives once', () => {
    const [a, b] = digest('overlap/belgian-rail-strike-2026-10-15.txt') as [Article, Article];
    const facts = compareArticles(a, b).facts.map((fact) => [fact.a.map((r) => a.text.slice(r.start, r.end)).join(' / '), fact.b.map((r) => b.text.slice(r.start, r.end)).join(' / ')]);
    const linked = (x: string, y: string): boolean => facts.some(([fa, fb]) => fa?.includes(x) === true && fb?.includes(y) === true);
    expect(linked('a quarter of intercity services', '25% of IC connections')).toBe(true);
    expect(linked('ninth rail strike', 'ninth disruption')).toBe(true);
    expect(linked('900,000 passengers', 'a million people')).toBe(true);
  });
});

describe('a count written in words', () => {
  it('weighs as the figure it is, so a report that gives it in digits finds it', () => {
    const [a, b] = pair(
      'Health officials in Kitwe said the outbreak has infected 1,187 people so far. Schools in Kitwe and Ndola stay closed.',
      'We have recorded one thousand, one hundred and eighty-seven cases in total, the Kitwe officials told reporters. Schools in Kitwe and Ndola stay shut.',
    );
    const facts = compareArticles(a, b).facts.map((fact) => fact.a.map((r) => a.text.slice(r.start, r.end)).join(' '));
    expect(facts.some((text) => text.includes('1,187'))).toBe(true);
  });
});

describe('restatements', () => {
  it('does not add a sentence about schools to a fact about clinics for sharing two town names and a related verb', () => {
    // Reuters: `delayed the reopening of schools in … Kitwe and Ndola`; Lusaka Times: `opened three
    // treatment centres in Kitwe and one at Ndola`.
    const [reuters, , lusaka] = digest('overlap/cholera-copperbelt-2026-03-18.txt') as [Article, Article, Article];
    const comparison = compareArticles(reuters, lusaka);
    const clinics = comparison.facts.find((fact) => fact.a.some((r) => reuters.text.slice(r.start, r.end).includes('treatment centres')));
    expect(clinics).toBeDefined();
    expect(clinics?.a.map((r) => reuters.text.slice(r.start, r.end)).join(' / ')).not.toContain('reopening of schools');
  });
});

/** The units of a text, read as the comparison reads them. */
function unitsOf(text: string): Unit[] {
  const tokens = tokenize(text);
  return readUnits(tokens, splitClauses(text, tokens), findQuantities(text), findDates(text, '2025-01-06'), lexicon);
}

describe('a vague amount', () => {
  it.each(['Dozens of people were hurt.', 'A few dozen people were hurt.'])('weighs no more than a round figure in %s', (text) => {
    const [vague] = unitsOf(text).filter((unit) => unit.quantity !== null);
    expect(vague?.baseWeight).toBe(1);
  });

  it('a count written in words still weighs as its value', () => {
    const [count] = unitsOf('Twenty-six people were hurt.').filter((unit) => unit.quantity !== null);
    expect(count?.baseWeight).toBe(1.2);
  });
});

describe('an event pin', () => {
  const matched = (a: Unit, b: Unit): ClauseAlignment => ({ matches: [{ a, b, similarity: 1 }] }) as unknown as ClauseAlignment;
  const both = (a: Unit, b: Unit): [boolean, boolean] => [holdsEventPin(matched(a, b), lexicon), holdsEventPin(matched(b, a), lexicon)];
  const [precise] = unitsOf('About 1,200 people were hurt.').filter((unit) => unit.quantity !== null);
  const [round] = unitsOf('Some 1,000 people were hurt.').filter((unit) => unit.quantity !== null);

  it('holds for a figure only when both sides give it precisely, whichever text comes first', () => {
    if (precise === undefined || round === undefined) throw new Error('no figure read');
    expect(precise.baseWeight).toBeGreaterThan(1);
    expect(round.baseWeight).toBe(1);
    expect(both(precise, round)).toEqual([false, false]);
    expect(both(precise, precise)).toEqual([true, true]);
  });

  it('holds for a name the dictionary does not know on either side, whichever text comes first', () => {
    const [name] = unitsOf('They met in Merovia.').filter((unit) => unit.kind === 'name');
    const [word] = unitsOf('They met in the city.').filter((unit) => unit.key === 'lem:city');
    if (name === undefined || word === undefined) throw new Error('no unit read');
    const alias: Unit = { ...name, kind: 'alias' };
    expect(both(name, alias)).toEqual([true, true]);
    expect(both(word, { ...word, kind: 'alias' })).toEqual([false, false]);
  });
});

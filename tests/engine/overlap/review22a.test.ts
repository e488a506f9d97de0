import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/engine/index.ts';
import { pronounAntecedent } from '../../../src/engine/overlap/pronoun-antecedent.ts';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/**
 * Review 22a's findings (decision 004, "Mend A (session 22)") on rounds 28t and 28n: two reports
 * each name one event with a word of their own (`The shallow quake` / `The magnitude-6.1 quake`),
 * an ordinal that tells where or for how long, not which one (`on the second floor`, `for a second
 * day`), and a sentence before a pronoun cut at an abbreviation (`World No. 3`). Invented sentences;
 * each pair is read both ways.
 */
const timesBothWays = (a: string, b: string): [string[], string[]] => {
  const [x, y] = pair(a, b);
  return bothWays(x, y).map((found) => ofKind(found, 'time')) as [string[], string[]];
};

const QUAKE = 'A strong earthquake shook the coast of Ostrand on Monday, damaging homes. ';
const TRAIN = 'A train came off the tracks outside Corrick on Monday, injuring 12 passengers. ';
const FIRE = 'Firefighters rescued 14 people from a burning hotel in Corrick on Monday. ';
const BLAST = 'An explosion at a restaurant in Corrick injured five people on Monday. ';
const DEBATE = 'Lawmakers in Ostrand debated the budget bill on Tuesday. ';

describe('one event, each report with its own word before it', () => {
  it.each([
    ['a quake told shallow and magnitude-6.1', QUAKE + 'The shallow quake struck at 3:10 a.m. near the coast.', QUAKE + 'The magnitude-6.1 quake struck at 3:40 a.m. near the coast.'],
    ['a train told northbound and passenger', TRAIN + 'The northbound train derailed at 7 a.m. near the station.', TRAIN + 'The passenger train derailed at 7:40 a.m. near the station.'],
  ])('still sets the times of %s against each other', (_label, a, b) => {
    const [ab, ba] = timesBothWays(a, b);
    expect(ab).toHaveLength(1);
    expect(ba).toHaveLength(1);
  });

  it('sets no time between a morning and an evening sitting', () => {
    expect(timesBothWays(DEBATE + 'The morning sitting began at 9 a.m. with a vote.', DEBATE + 'The evening sitting began at 7 p.m. with a vote.')).toEqual([[], []]);
  });
});

describe('an ordinal or `another` beside the event, not before its subject', () => {
  it.each([
    ['a floor', FIRE + 'The fire broke out on the second floor at 4 a.m. in a kitchen.', FIRE + 'The fire broke out at 5 a.m. in a kitchen.'],
    ['a street', BLAST + 'The blast happened at 9:30 a.m. on 3rd Avenue.', BLAST + 'The blast happened at 10:05 a.m. near the market.'],
    ['a day of a debate', DEBATE + 'The debate resumed for a second day at 9 a.m. in the chamber.', DEBATE + 'The debate resumed at 10 a.m. in the chamber.'],
    ['another building reached', FIRE + 'The blaze spread to another building at 5 a.m. on the street.', FIRE + 'The blaze spread to a neighbouring building at 6 a.m. on the street.'],
  ])('still sets the times against each other when it tells %s', (_label, a, b) => {
    const [ab, ba] = timesBothWays(a, b);
    expect(ab).toHaveLength(1);
    expect(ba).toHaveLength(1);
  });
});

describe('the sentence before a pronoun, cut at an abbreviation', () => {
  const surnames = new Map([['kowal', ['marta']]]);
  it('reads past `No.` before a number and `Sen.` before a name', () => {
    const text = 'World No. 3 Marta Kowal reached the final. She beat Lucia Ferrer in the semi-finals.';
    expect(pronounAntecedent(text, text.indexOf('She'), surnames)).toBe('kowal');
    const senator = 'Sen. Marta Kowal won the vote. She beat Lucia Ferrer by 40 votes.';
    expect(pronounAntecedent(senator, senator.indexOf('She'), surnames)).toBe('kowal');
  });
});

describe('a successor in a sentence that holds a decimal', () => {
  const LEAD = 'Dunmore Shipping reported a 12 percent rise in annual profit on Tuesday, to 88 million euros, as freight rates climbed. ';
  it('reads the sentence from its first word, not from the window’s', () => {
    const [a, b] = pair(LEAD + 'Ann Hale, paid 2.4 million euros last year, will be succeeded by Carla Mendes as chair in June.', LEAD + 'Ann Hale will be succeeded by Piet Laan as chair in June.');
    const [ab, ba] = bothWays(a, b);
    expect(ofKind(ab, 'who')).toHaveLength(1);
    expect(ofKind(ba, 'who')).toHaveLength(1);
  });
});

describe('an opponent conflict’s span, opening at the player’s name', () => {
  const FINAL = 'Marta Kowal won the Harbour Open on Sunday, beating Ines Varga 6-3 6-4 in the final. ';
  const spansOf = (x: string, y: string): string[] => {
    const [a, b] = pair(x, y);
    return compareArticles(a, b).conflicts.filter((conflict) => conflict.note.startsWith('opponent')).map((conflict) => conflict.a.map((range) => a.text.slice(range.start, range.end)).join(' + '));
  };
  it('keeps a first name the dictionary knows (`Grace`) and leaves out a possessive before it', () => {
    const other = 'Grace Kowal won the Harbour Open on Sunday. Kowal beat Anna Lind in the semi-finals.';
    expect(spansOf('Grace Kowal won the Harbour Open on Sunday. Grace Kowal beat Lucia Ferrer in the semi-finals.', other)[0]).toMatch(/^Grace Kowal beat Lucia Ferrer/u);
    expect(spansOf(FINAL + 'Spain’s Marta Kowal beat Lucia Ferrer in the semi-finals.', FINAL + 'Kowal beat Anna Lind in the semi-finals.')[0]).toMatch(/^Marta Kowal beat Lucia Ferrer/u);
  });
});

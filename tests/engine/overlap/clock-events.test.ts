import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/**
 * Round 28t (session 22, decision 004), review 21b's finding: two times of day are set against
 * each other only when they time one event (clock-events.ts). A verb alike on both sides (`started`
 * / `started`) does not make one event. Invented sentences, both argument orders.
 */
const times = (found: readonly string[]): string[] => ofKind(found, 'time');
const timesBothWays = (a: string, b: string): [string[], string[]] => {
  const [x, y] = pair(a, b);
  return bothWays(x, y).map(times) as [string[], string[]];
};

const RACE = 'Thousands of runners took part in the Corrick marathon on Sunday, organisers said. ';
const SITTING = 'Lawmakers in Ostrand debated the budget bill for a second day on Tuesday. ';
const BLAZES = 'Firefighters in Corrick fought blazes at a paint factory on Monday. ';
const QUAKE = 'A strong earthquake shook the town of Ostrand on Monday, damaging homes. ';
const LANDING = 'A passenger jet with 180 people on board made an emergency landing in Corrick on Monday after an engine fault. ';

describe('two events of one story, each timed', () => {
  it.each([
    ["the women's race and the men's race", RACE + "The women's race started at 9 a.m. on Sunday.", RACE + "The men's race started at 10:30 a.m. on Sunday."],
    ['a morning and an afternoon session', SITTING + 'The morning session began at 9 a.m. with a vote on amendments.', SITTING + 'The afternoon session began at 2 p.m. with a vote on amendments.'],
    ['a first and a second fire', BLAZES + 'The first fire broke out at 4 a.m. in a storage hall.', BLAZES + 'A second fire broke out at 11 a.m. in a storage hall.'],
    ['a fire and another fire', BLAZES + 'A fire broke out at 4 a.m. in a storage hall.', BLAZES + 'Another fire broke out at 11 a.m. in a storage hall.'],
    ['a tremor and the tremor striking again', QUAKE + 'The tremor struck at 3 a.m. near the coast.', QUAKE + 'The tremor struck again at 4 p.m. near the coast.'],
  ])('sets no time between %s', (_label, a, b) => {
    expect(timesBothWays(a, b)).toEqual([[], []]);
  });
});

describe('one event timed twice still conflicts', () => {
  it('sets `9:40 a.m.` against `10:15 a.m.` for one landing', () => {
    expect(timesBothWays(LANDING + 'The flight landed at 9:40 a.m. at the main airport.', LANDING + 'The flight landed at 10:15 a.m. at the main airport.')).toEqual([['time: 9:40 a.m. vs 10:15 a.m.'], ['time: 10:15 a.m. vs 9:40 a.m.']]);
  });

  it('sets them against each other when the landing is told with another verb', () => {
    expect(timesBothWays(LANDING + 'The flight landed at 9:40 a.m. at the main airport.', LANDING + 'The flight touched down at 10:15 a.m. at the main airport.')).toEqual([['time: 9:40 a.m. vs 10:15 a.m.'], ['time: 10:15 a.m. vs 9:40 a.m.']]);
  });

  it('sets them against each other when one report alone adds a word before the subject', () => {
    expect(timesBothWays(LANDING + 'The flight landed at 9:40 a.m. at the main airport.', LANDING + 'The stricken flight landed at 10:15 a.m. at the main airport.')).toEqual([['time: 9:40 a.m. vs 10:15 a.m.'], ['time: 10:15 a.m. vs 9:40 a.m.']]);
  });

  it('sets them against each other when both tell the tremor striking again', () => {
    expect(timesBothWays(QUAKE + 'The tremor struck again at 4 p.m. near the coast.', QUAKE + 'The tremor struck again at 6 p.m. near the coast.')).toEqual([['time: 4 p.m. vs 6 p.m.'], ['time: 6 p.m. vs 4 p.m.']]);
  });

  it('sets them against each other when the subject is told in other words, each with its own word before it', () => {
    const SIGNALS = 'Trains between Corrick and Ostrand were halted for three hours on Monday morning. ';
    expect(timesBothWays(SIGNALS + 'A signal failure stopped all trains at 6 a.m. near the depot.', SIGNALS + 'A points fault stopped all trains at 7:30 a.m. near the depot.')).toEqual([['time: 6 a.m. vs 7:30 a.m.'], ['time: 7:30 a.m. vs 6 a.m.']]);
  });
});

import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/**
 * Mend F (session 21, decision 004), review 21a's finding on round 26e: a start time belongs to
 * an event, and two reports' start times meet only when they start one event. Invented sentences.
 */
const times = (found: readonly string[]): string[] => ofKind(found, 'time');
const noTimeEitherWay = (a: string, b: string): void => {
  const [x, y] = pair(a, b);
  expect(bothWays(x, y).map(times)).toEqual([[], []]);
};
const BLAZE = 'A blaze at a paint factory in Corrick forced 1,500 people to leave their homes, officials said. ';
const BLAZE_START = BLAZE + 'The blaze broke out at 4 a.m. in a storage hall.';

describe('two reports timing two events of one story', () => {
  it.each([
    ['the evacuation', 'The evacuation started at 6 a.m., police said.'],
    ['part of the roof', 'Part of the roof collapsed at 7 a.m., and crews pulled back.'],
    ['the phone lines', 'Phone lines in the area failed at 6 a.m. as cables burned.'],
    ['production starting again (`re-started`)', 'Production re-started at 2 p.m.'],
  ])('sets no time between the blaze breaking out and %s', (_label, other) => {
    noTimeEitherWay(BLAZE_START, BLAZE + other);
  });

  it('sets no time between talks beginning and a deal being struck', () => {
    const DEAL = 'Nurses and the Corrick health board agreed a pay deal on Thursday, ending a ten-day strike by 6,000 nurses. ';
    noTimeEitherWay(DEAL + 'The last round of talks began at 9 a.m. on Wednesday.', DEAL + 'Negotiators struck a deal at 3 a.m. after a long night.');
  });

  it('sets no time between trading beginning and shares crashing', () => {
    const SLUMP = 'Shares in Ostrand Mining fell sharply on Tuesday after the company cut its output forecast by a quarter. ';
    noTimeEitherWay(SLUMP + 'Trading in the stock began at 8 a.m.', SLUMP + 'Shares crashed 18% at 10 a.m. after the warning.');
  });

});

describe('a start time told in a quotation', () => {
  it('sets no time against a quoted `broke out at 4 a.m.`', () => {
    noTimeEitherWay(BLAZE + '"The blaze broke out at 4 a.m.," the fire chief said.', BLAZE + 'The blaze started at 6 a.m., officials said.');
  });
});

describe('one event started at two times still conflicts', () => {
  it('sets `4 a.m.` against `6 a.m.` for one blaze told with two verbs', () => {
    const [a, b] = pair(BLAZE_START, BLAZE + 'The fire started at 6 a.m., officials said.');
    expect(bothWays(a, b).map(times)).toEqual([['time: 4 a.m. vs 6 a.m.'], ['time: 6 a.m. vs 4 a.m.']]);
  });
});

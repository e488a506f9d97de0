import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, pair } from './conflict-pairs.ts';

/** Mend of the review (decision 004): a time that bounds another through a hedge (`by about 7am`) gives no time either. */
const TRAM = 'Canberra’s light rail extension to Commonwealth Park opened to passengers on Saturday, the ACT government said. ';
const tram = (a: string, b: string): [Article, Article] => pair(TRAM + a, TRAM + b);
const times = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('time:'));

describe('a time that bounds another, written with a hedge', () => {
  it.each(['By about 7am', 'By around 7am', 'Since about 7am', 'Before roughly 7am'])('gives no time that agrees with another (`%s`)', (bound) => {
    const [forward] = bothWays(
      ...tram(`The first tram left the city terminus at 6:30am with the transport minister on board. ${bound}, some 900 people had ridden it.`, 'The first tram left the city terminus just after 7am with the transport minister on board.'),
    );
    expect(times(forward)).toEqual(['time: 6:30am vs just after 7am']);
  });

  it('still agrees when the hedged time is the event’s own (`about 7am`)', () => {
    const [forward] = bothWays(
      ...tram('The first tram left the city terminus at 6:30am with the transport minister on board. At about 7am, some 900 people had ridden it.', 'The first tram left the city terminus just after 7am with the transport minister on board.'),
    );
    expect(times(forward)).toEqual([]);
  });
});

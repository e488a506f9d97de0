import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 28n (decision 004): the person a `She` opening a sentence succeeds, read as the opponents' reader reads it. Invented sentences. */
const who = (found: readonly string[]): string[] => ofKind(found, 'who');
const LEAD = 'Dunmore Shipping reported a 12 percent rise in annual profit on Tuesday, to 88 million euros, as freight rates climbed. ';

describe('a successor of the person a pronoun stands for', () => {
  it('reads the sentence before whole across a decimal figure', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Ann Hale earned 2.4 million euros last year. She will be replaced by Piet Laan in June.');
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual(['who: Hale will be succeeded by Carla Mendes vs She will be replaced by Piet Laan']);
    expect(who(ba)).toEqual(['who: She will be replaced by Piet Laan vs Hale will be succeeded by Carla Mendes']);
  });

  it('reads the speaker of a quotation that opens the sentence before', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + '“It is time for a change,” Ann Hale said. She will be replaced by Piet Laan in June.');
    expect(who(bothWays(a, b)[0])).toEqual(['who: Hale will be succeeded by Carla Mendes vs She will be replaced by Piet Laan']);
  });

  it('is silent where the sentence before opens with two people', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Ann Hale and Tomas Berglund are to leave the board. She will be replaced by Piet Laan in June.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/**
 * Review 21b's findings (decision 004, "Session 21 together"): whom a player beat, told of another
 * year's event or of a final set; a successor told in another tense, for another post, or as a
 * substitute in a match. Invented sentences; each pair is read both ways.
 */
const both = (x: string, y: string, kind: string): string[] => {
  const [a, b] = pair(x, y);
  const [ab, ba] = bothWays(a, b);
  return [...ofKind(ab, kind), ...ofKind(ba, kind)];
};

const FINAL = 'Marta Kowal won the Harbour Open on Sunday, beating Ines Varga 6-3 6-4 in the final. ';

describe('whom a player beat, told of another occasion', () => {
  it('is silent on a win of another year in the same round', () => {
    expect(both(FINAL + 'Kowal beat Ines Varga in the final to take the title.', FINAL + 'In 2024 Kowal beat Lucia Ferrer in the final of the Coastal Cup.', 'opponent')).toEqual([]);
    expect(both(FINAL + 'Kowal beat Anna Lind in the semi-finals on Saturday.', FINAL + 'Last year Kowal beat Lucia Ferrer in the semi-finals.', 'opponent')).toEqual([]);
  });

  it('is silent on a final set, game or minute', () => {
    expect(both(FINAL + 'Kowal beat Ines Varga in the final.', FINAL + 'On Saturday Kowal beat Lucia Ferrer 7-5 in the final set of their semi-final.', 'opponent')).toEqual([]);
  });
});

describe('a successor told of another time, post or kind of replacement', () => {
  const LEAD = 'Dunmore Shipping reported a 12 percent rise in annual profit on Tuesday, to 88 million euros, as freight rates climbed. ';
  it('is silent on a succession of the past against one to come', () => {
    expect(both(LEAD + 'Ann Hale was succeeded by Carla Mendes in 2015 as chair.', LEAD + 'Ann Hale will be succeeded by Piet Laan in June.', 'who')).toEqual([]);
  });

  it('is silent on successors in two different posts', () => {
    expect(both(LEAD + 'Ann Hale will be succeeded by Carla Mendes as party leader.', LEAD + 'Ann Hale will be succeeded by Piet Laan as prime minister.', 'who')).toEqual([]);
  });

  it('is silent on a substitute in a match against a replacement in a post', () => {
    expect(both(LEAD + 'Ann Hale was replaced by Carla Mendes after 60 minutes with a knee injury.', LEAD + 'Ann Hale was replaced by Piet Laan as captain for the next match.', 'who')).toEqual([]);
  });

  it('still raises two successors told in one tense for one post', () => {
    expect(both(LEAD + 'Ann Hale will be succeeded by Carla Mendes as chair in June.', LEAD + 'Ann Hale will be replaced by Piet Laan as chair.', 'who')).toHaveLength(2);
  });
});

describe('a role of a body, told of a part of it or of another time', () => {
  const LEAD = 'England and Wales drew 21-21 in Cardiff on Saturday in front of a crowd of 70,000. ';
  it('is silent when the body is narrowed after its name', () => {
    expect(both(LEAD + 'Ann Hale, captain of the England women’s team, was in the stand.', LEAD + 'Tom Berg, captain of England, kicked the last penalty.', 'who')).toEqual([]);
  });

  it('is silent on a holder of another time', () => {
    expect(both(LEAD + 'Ann Hale, coach of Wales, praised the crowd.', LEAD + 'Tom Berg, coach of Wales when they last won here in 2019, praised the crowd.', 'who')).toEqual([]);
  });
});

describe('`He`/`She` after a sentence opening with a full name', () => {
  it('stands for that name’s surname, not its first name', () => {
    const open = 'Marta Kowal won the Harbour Open on Sunday, beating Ines Varga in the final. ';
    expect(both(open + 'She beat Lucia Ferrer in the semi-finals on Saturday.', open + 'Kowal had beaten Anna Lind in the semi-finals.', 'opponent')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/**
 * Round 27a (decision 004): who holds a role, told after the verb — the agent of a passive
 * (`will be succeeded by …`, `will be replaced by …`) and a participle apposition (`…, named player of
 * the match, …`). Invented sentences.
 */
const who = (found: readonly string[]): string[] => ofKind(found, 'who');

describe('a successor told as the agent of a passive', () => {
  // Two reports of one story share its lead: a pair of unrelated articles is given no conflict at all.
  const LEAD = 'Dunmore Shipping reported a 12 percent rise in annual profit on Tuesday, to 88 million euros, as freight rates climbed. ';
  it('raises two successors of one person, neither named in the other report, the second subject a pronoun', () => {
    const [a, b] = pair(
      LEAD + 'Chief Executive Ann Hale will step down in June after ten years at the helm and will be succeeded by Carla Mendes, the group’s finance chief.',
      LEAD + 'Ann Hale, the chief executive, is to retire in June. She will be replaced by Piet Laan, head of the shipping arm.',
    );
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual(['who: will be succeeded by Carla Mendes vs She will be replaced by Piet Laan']);
    expect(who(ba)).toEqual(['who: She will be replaced by Piet Laan vs will be succeeded by Carla Mendes']);
  });

  it('is silent where both reports name the same successor', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Ann Hale is leaving. She will be replaced by Carla Mendes.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on successors of two different people', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Tomas Berglund will be replaced by Piet Laan in June.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on a hedge or an intent (`may be`, `is expected to be`, `whether`, `if`)', () => {
    const told = LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.';
    for (const hedged of ['Ann Hale may be replaced by Piet Laan in June.', 'Ann Hale is expected to be replaced by Piet Laan in June.', 'It is unclear whether Ann Hale will be replaced by Piet Laan.', 'Ann Hale could be succeeded by Piet Laan.', 'Ann Hale, if the board agrees, will be replaced by Piet Laan.']) {
      const [a, b] = pair(told, LEAD + hedged);
      const [ab, ba] = bothWays(a, b);
      expect([...who(ab), ...who(ba)]).toEqual([]);
    }
  });

  it('is silent on a successor named inside a quotation', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + '“We have a plan. Ann Hale will be replaced by Piet Laan. That is settled,” one board member joked.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });

  it('is silent on a successor in a list (`by Piet Laan and Eva Roos`)', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Ann Hale will be replaced by Piet Laan and Eva Roos as joint chief executives.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });

  it('is silent where another clause’s subject stands before the passive (`Hale said Laan will be replaced by …`)', () => {
    const [a, b] = pair(LEAD + 'Ann Hale will be succeeded by Carla Mendes in June.', LEAD + 'Ann Hale said Tomas Berglund will be replaced by Piet Laan.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });
});

describe('a role told in a participle apposition', () => {
  const GAME = 'Dunmore beat Carrow 52-49 on Sunday, with Ivo Marek and Tomas Berglund both scoring freely. ';

  it('raises `Marek was named player of the match` against `Berglund, named player of the match, …`', () => {
    const [a, b] = pair(GAME + 'Marek was named player of the match after a late interception.', GAME + 'Tomas Berglund, named player of the match, landed 30 goals from 33 attempts.');
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual(['who: Marek was named player of the match vs Tomas Berglund, named player of the match']);
    expect(who(ba)).toEqual(['who: Tomas Berglund, named player of the match vs Marek was named player of the match']);
  });

  it('is silent where the apposition names no office (`named in the squad`)', () => {
    const [a, b] = pair(GAME + 'Marek was named in the squad for the final.', GAME + 'Tomas Berglund, named in the squad for the final, landed 30 goals.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });

  it('is silent on a hedge before the participle (`could be named`, `is tipped to be named`)', () => {
    for (const hedged of [GAME + 'Marek could be named player of the match.', GAME + 'Marek is tipped to be named player of the match.']) {
      const [a, b] = pair(hedged, GAME + 'Tomas Berglund, named player of the match, landed 30 goals.');
      const [ab, ba] = bothWays(a, b);
      expect([...who(ab), ...who(ba)]).toEqual([]);
    }
  });

  it('is silent where each report tells of another category (`in the women’s race` / `in the men’s race`)', () => {
    const RACE = 'The Dunmore marathon drew 4,000 runners, among them Ann Kovac and Tomas Berglund. ';
    const [a, b] = pair(RACE + 'Kovac was named runner of the day in the women’s race.', RACE + 'Tomas Berglund, named runner of the day in the men’s race, finished in 2:11.');
    const [ab, ba] = bothWays(a, b);
    expect([...who(ab), ...who(ba)]).toEqual([]);
  });
});

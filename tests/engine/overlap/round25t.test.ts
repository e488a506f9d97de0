import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 25t (decision 004): one role told of two people, both named in both reports. Invented sentences. */
const who = (found: readonly string[]): string[] => ofKind(found, 'who');

describe('one deed told in the same words of two different people', () => {
  const RACE = 'Tomas Berglund won the Harbour Cup road race in Dunmore on Sunday, ahead of Ivo Marek. ';

  it('raises `Marek set the course record` against `Berglund set the course record`', () => {
    const [a, b] = pair(RACE + 'Marek set the course record on the final climb.', RACE + 'Berglund, who also set the course record on the final climb, thanked his team.');
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual(['who: Marek set the course record vs Berglund, who also set the course record']);
    expect(who(ba)).toEqual(['who: Berglund, who also set the course record vs Marek set the course record']);
  });

  it('raises an office given to one person in one report and to another in the other', () => {
    const [a, b] = pair(
      'Premier Ann Hale named her new cabinet on Monday. Carla Mendes becomes minister of fisheries, while Piet Laan moves to housing.',
      'Premier Ann Hale named her new cabinet on Monday. Piet Laan becomes Minister of Fisheries, and Carla Mendes moves to housing.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Carla Mendes becomes minister of fisheries vs Piet Laan becomes Minister of Fisheries']);
  });

  it('reads the deed after `to` and after another verb (`put the team ahead and then scored … to make it 3-2`)', () => {
    const [a, b] = pair(
      'Dunmore beat Carrow 4-2 on Saturday. Striker Ivo Marek scored the goal that made it 3-2 with five minutes left.',
      'Dunmore beat Carrow 4-2 on Saturday, Ivo Marek adding the fourth. Lena Ostrova put Dunmore ahead from a corner and then scored again to make it 3-2 with five minutes left.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Striker Ivo Marek scored the goal that made it 3-2 with five vs Lena Ostrova put Dunmore ahead from a corner and then scored again to make it 3-2 with five']);
  });
});

describe('no conflict where the deed is not one role of two people', () => {
  const RACE = 'Tomas Berglund won the Harbour Cup road race in Dunmore on Sunday, ahead of Ivo Marek. ';

  it('is silent where one report gives the deed to both people', () => {
    const [a, b] = pair(RACE + 'Marek set the course record on the final climb.', RACE + 'Berglund set the course record on the final climb, and Marek set the course record on the descent.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where the other report gives the deed to two other people', () => {
    const [a, b] = pair(RACE + 'Marek set the course record on the final climb.', RACE + 'Berglund set the course record on the final climb, and Ann Kovac set the course record in the women’s race.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where the other report tells the deed of the first holder too, with other words after it', () => {
    // A deed one person only can do (review 26t: `the … record`), so that only this guard keeps it silent.
    const [a, b] = pair(RACE + 'Marek set the world record at the new stadium.', RACE + 'Berglund set the world record at the new stadium. Marek set the world mark there an hour later.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on a name after a possessive: a body someone has (`her Green Alliance won …`)', () => {
    const [a, b] = pair('The Green Alliance of Anna Tamm won the Estonian election on Sunday.', 'Anna Tamm and her Green Alliance won the Estonian election on Sunday.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on one person named two ways, neither name written in the other report (the spelling check’s)', () => {
    const [a, b] = pair(
      'Dale Pritchard, 52, runs a plumbing firm in Dunmore. Pritchard set the club record for the mile in May.',
      'Dale Pritchett, 52, runs a plumbing firm in Dunmore. Pritchett set the club record for the mile in May.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where the shared words do not open with the deed’s verb (`won the final 6-4 in Dunmore` / `lost the final 6-4 in Dunmore`)', () => {
    const [a, b] = pair(
      'Tomas Berglund and Ivo Marek met on Sunday. Berglund won the final 6-4 in Dunmore.',
      'Tomas Berglund and Ivo Marek met on Sunday. Marek lost the final 6-4 in Dunmore.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

});

describe('who holds the deed in a sentence of several people', () => {
  it('does not read a name followed by `to` as the deed’s doer (`urged Ann Kovac to become party leader`)', () => {
    const [a, b] = pair(
      'Party elders urged Ann Kovac to become party leader on Monday.',
      'Ivo Marek, the housing minister, is to become party leader on Monday. Ann Kovac backed him.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('does not read a verb of saying as a deed (`Kovac said the first vote …` / `Marek said the first vote …`)', () => {
    const [a, b] = pair(
      'Ann Kovac and Ivo Marek spoke on Monday. Kovac said the first vote would cost jobs.',
      'Ann Kovac and Ivo Marek spoke on Monday. Marek said the first vote would cost jobs.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('does not read a surname after a verb as a subject (`beat Varga twice and then scored …`)', () => {
    const [a, b] = pair(
      'Dunmore beat Carrow 4-2 on Saturday. Ivo Marek scored to make it 3-2 with five minutes left.',
      'Dunmore beat Carrow 4-2 on Saturday, with Ivo Marek and keeper Tom Varga on the pitch. Lena Ostrova beat Varga twice and then scored again to make it 3-2 with five minutes left.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Ivo Marek scored to make it 3-2 vs Lena Ostrova beat Varga twice and then scored again to make it 3-2']);
  });

  it('ends a deed where `and` brings another subject (`Kovac made saves and wing Ivo Marek headed in …`)', () => {
    const [a, b] = pair(
      'Dunmore beat Carrow 4-2 on Saturday. Keeper Ann Kovac made three saves and wing Ivo Marek headed in a corner to make it 3-2 with five minutes left.',
      'Dunmore beat Carrow 4-2 on Saturday, with Ivo Marek on the wing. Lena Ostrova scored to make it 3-2 with five minutes left.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Ivo Marek headed in a corner to make it 3-2 with five vs Lena Ostrova scored to make it 3-2 with five']);
  });

  it('finds a holder written in the other report with another letter (`Bærentsen` / `Baerentsen`)', () => {
    const [a, b] = pair(
      'Dunmore beat Carrow 4-2 on Saturday. Anne Baerentsen scored to make it 3-2 with five minutes left.',
      'Dunmore beat Carrow 4-2 on Saturday, with Anne Bærentsen on the wing. Lena Ostrova scored to make it 3-2 with five minutes left.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Anne Baerentsen scored to make it 3-2 vs Lena Ostrova scored to make it 3-2']);
  });
});

describe('a deed of another occasion is no holder of the role (the session-19 final read)', () => {
  it('gives no conflict for last year’s winner told in a relative clause: `Ivo Marek, who won the Harbour Cup last year,`', () => {
    const [a, b] = pair(
      'Tomas Berglund won the Harbour Cup on Sunday. Ivo Marek won the race last year.',
      'Ivo Marek, who won the Harbour Cup last year, finished second on Sunday behind Tomas Berglund.',
    );
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });

  it('nor for a deed dated by its year: `Ivo Marek, who won the Harbour Cup in 2024,`', () => {
    const [a, b] = pair('Tomas Berglund won the Harbour Cup on Sunday.', 'Ivo Marek, who won the Harbour Cup in 2024, finished second on Sunday behind Tomas Berglund.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });
});

describe('review 26t: a deed one person only can do, done, and told by the report', () => {
  const PAIR = 'Tomas Berglund and Ivo Marek raced in Dunmore on Sunday. ';
  const CABINET = 'Carla Mendes and Piet Laan met the premier on Monday. ';

  it('is silent on a deed several people may do: an indefinite one (`scored a penalty kick`)', () => {
    const [a, b] = pair(PAIR + 'Marek scored a penalty kick in the first half.', PAIR + 'Berglund scored a penalty kick late in the game.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });

  it('nor on a definite deed of many (`visited the flooded school`, `voted to close the harbour`)', () => {
    const [a, b] = pair(PAIR + 'Marek visited the flooded school on Monday. Berglund voted to close the harbour.', PAIR + 'Berglund visited the flooded school on Tuesday. Marek voted to close the harbour.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });

  it('nor on a title a team and its player both win', () => {
    const [a, b] = pair('Dunmore beat Carrow on Saturday, Ivo Marek scoring twice. Real Madrid won the league title on Sunday.', 'Ivo Marek scored twice. Marek won the league title on Sunday.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('still raises a deed told with a superlative or an ordinal (`set the fastest lap`, `scored the winning goal`)', () => {
    const [a, b] = pair(PAIR + 'Marek set the fastest lap of the race.', PAIR + 'Berglund set the fastest lap of the race.');
    expect(who(bothWays(a, b)[0])).toEqual(['who: Marek set the fastest lap vs Berglund set the fastest lap']);
    const [c, d] = pair(PAIR + 'Marek scored the winning goal in the second half.', PAIR + 'Berglund scored the winning goal in the second half.');
    expect(who(bothWays(c, d)[0])).toEqual(['who: Marek scored the winning goal vs Berglund scored the winning goal']);
  });

  it('is silent on a deed after `to` that was not done (`failed to set`, `had hoped to become`)', () => {
    const [a, b] = pair(PAIR + 'Berglund set the fastest lap of the race.', PAIR + 'Marek failed to set the fastest lap of the race.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
    const [c, d] = pair(CABINET + 'Mendes becomes minister of fisheries.', CABINET + 'Laan had hoped to become minister of fisheries.');
    expect(who(bothWays(c, d)[0])).toEqual([]);
  });

  it('is silent on a deed told inside a quotation (`“Marek set the fastest lap, not me,” Berglund joked`)', () => {
    const [a, b] = pair(PAIR + 'Berglund set the fastest lap of the race.', PAIR + '“Marek set the fastest lap of the race, not me,” Berglund joked.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });

  it('reads a decade as another occasion (`who became minister of fisheries in the 1990s`)', () => {
    const [a, b] = pair(CABINET + 'Mendes becomes minister of fisheries.', CABINET + 'Laan, who became minister of fisheries in the 1990s, stays on.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });
});

describe('review 26t: the last of a list of subjects holds no role alone', () => {
  it('is silent on `Marek and Berglund set the fastest lap` against `Marek set the fastest lap`', () => {
    const RACE = 'Tomas Berglund won on Sunday, ahead of Ivo Marek. ';
    const [a, b] = pair(RACE + 'Marek and Berglund set the fastest lap of the race.', RACE + 'Marek set the fastest lap of the race.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });
});

describe('review 20a: a word of one holder counts only where the deed is won', () => {
  const TOUR = 'Tomas Berglund and Ivo Marek toured Carrow on Sunday. ';
  const CABINET = 'Carla Mendes and Piet Laan met the premier on Monday. ';

  it('is silent on an ordinal or a superlative of a deed many may share (`attended the opening ceremony`, `visited the largest hospital`)', () => {
    const [a, b] = pair(TOUR + 'Marek attended the opening ceremony at the arena.', TOUR + 'Berglund attended the opening ceremony at the arena.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
    const [c, d] = pair(TOUR + 'Marek visited the largest hospital in the province.', TOUR + 'Berglund visited the largest hospital in the province.');
    const [cd, dc] = bothWays(c, d);
    expect([who(cd), who(dc)]).toEqual([[], []]);
  });

  it('nor on `missed the last train` or `skipped the first day`', () => {
    const [a, b] = pair(TOUR + 'Marek missed the last train back to the capital.', TOUR + 'Berglund missed the last train back to the capital.');
    expect(who(bothWays(a, b)[0])).toEqual([]);
    const [c, d] = pair(TOUR + 'Marek skipped the first day of the conference.', TOUR + 'Berglund skipped the first day of the conference.');
    expect(who(bothWays(c, d)[0])).toEqual([]);
  });

  it('nor on an occasion after a preposition (`won for the first time`)', () => {
    const [a, b] = pair(TOUR + 'Marek won for the first time in a decade.', TOUR + 'Berglund won for the first time in a decade.');
    const [ab, ba] = bothWays(a, b);
    expect([who(ab), who(ba)]).toEqual([[], []]);
  });

  it('still raises a won deed: after a verb of winning (`clinched the deciding set`) or before a result (`posted the best time`)', () => {
    const [a, b] = pair(TOUR + 'Marek clinched the deciding set in the final.', TOUR + 'Berglund clinched the deciding set in the final.');
    expect(who(bothWays(a, b)[0])).toEqual(['who: Marek clinched the deciding set vs Berglund clinched the deciding set']);
    const [c, d] = pair(TOUR + 'Marek posted the best time of the morning.', TOUR + 'Berglund posted the best time of the morning.');
    expect(who(bothWays(c, d)[0])).toEqual(['who: Marek posted the best time vs Berglund posted the best time']);
  });

  it('is silent on an office someone is only likely, tipped or set to take (`is tipped to become minister`)', () => {
    for (const hedge of ['is likely to', 'is unlikely to', 'is tipped to', 'is poised to', 'is the favourite to', 'is set to']) {
      const [a, b] = pair(CABINET + 'Mendes becomes minister of fisheries.', CABINET + `Laan ${hedge} become minister of fisheries.`);
      const [ab, ba] = bothWays(a, b);
      expect([hedge, who(ab), who(ba)]).toEqual([hedge, [], []]);
    }
  });
});

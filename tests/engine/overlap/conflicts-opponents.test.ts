import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 27n (decision 004): whom a player beat in one round of a draw, told of two opponents. Invented sentences. */
const opponent = (found: readonly string[]): string[] => ofKind(found, 'opponent');

const FINAL = 'Marta Kowal won the Harbour Open on Sunday, beating Ines Varga 6-3 6-4 in the final. ';

describe('whom one player beat in one round, told as two people', () => {
  it('raises two opponents beaten in the semi-finals, by different verbs and with words before the name', () => {
    const [a, b] = pair(
      FINAL + 'Kowal had knocked out Spain’s Lucia Ferrer 6-2 6-1 in Saturday’s semi-finals, while Varga needed three sets against Anna Lind.',
      FINAL + 'Kowal had brushed aside Swedish teenager Anna Lind in the semis on Saturday to book her place in the final.',
    );
    const [ab, ba] = bothWays(a, b);
    expect(opponent(ab)).toEqual(['opponent: Kowal had knocked out Spain’s Lucia Ferrer vs Kowal had brushed aside Swedish teenager Anna Lind']);
    expect(opponent(ba)).toEqual(['opponent: Kowal had brushed aside Swedish teenager Anna Lind vs Kowal had knocked out Spain’s Lucia Ferrer']);
  });

  it('reads `He`/`She` opening a sentence as the person the sentence before opens with, after a paragraph that ends in a quotation', () => {
    const [a, b] = pair(
      FINAL + 'Ines Varga spoke after the match: “It was a long week.”\nKowal, who turned professional in 2022, had never reached a final before. She beat Lucia Ferrer 6-2 6-1 in the semi-finals on Saturday.',
      FINAL + 'Kowal had dumped out Anna Lind in Saturday’s semi-final and will climb in the rankings.',
    );
    expect(opponent(bothWays(a, b)[0])).toEqual(['opponent: She beat Lucia Ferrer vs Kowal had dumped out Anna Lind']);
  });
});

describe('no conflict where the two opponents may both be true', () => {
  it('is silent without a round: a player beats many people in one event', () => {
    const [a, b] = pair(FINAL + 'Kowal beat Lucia Ferrer 6-2 6-1 on her way to the title.', FINAL + 'Kowal beat Anna Lind 6-2 6-1 on her way to the title.');
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on two different rounds', () => {
    const [a, b] = pair(FINAL + 'Kowal beat Lucia Ferrer in the quarter-finals.', FINAL + 'Kowal beat Anna Lind in the semi-finals.');
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where a round is told after `to` (the round reached, not the one won)', () => {
    const [a, b] = pair(FINAL + 'Kowal beat Lucia Ferrer to book her place in the final.', FINAL + 'Kowal beat Anna Lind in the final.');
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where one report tells both opponents in that round (a doubles pair)', () => {
    const [a, b] = pair(
      FINAL + 'Kowal beat Lucia Ferrer in the semi-finals, and Kowal beat Anna Lind in the semi-finals too.',
      FINAL + 'Kowal beat Anna Lind in the semi-finals.',
    );
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on a win not had (`had never beaten`) and inside a quotation', () => {
    const [a, b] = pair(FINAL + 'Kowal had never beaten Lucia Ferrer in a semi-final before. “Kowal beat Lucia Ferrer in the semi-final,” her coach joked.', FINAL + 'Kowal beat Anna Lind in the semi-final.');
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });
});

describe('round 28n: the player a `He`/`She` stands for, and the span of the fact', () => {
  it('reads the pronoun after a sentence that ends in a quotation', () => {
    const [a, b] = pair(FINAL + 'Kowal told reporters: “I felt strong all week.” She beat Lucia Ferrer in the semi-finals.', FINAL + 'Kowal had dumped out Anna Lind in Saturday’s semi-final.');
    const [ab, ba] = bothWays(a, b);
    expect(opponent(ab)).toEqual(['opponent: She beat Lucia Ferrer vs Kowal had dumped out Anna Lind']);
    expect(opponent(ba)).toEqual(['opponent: Kowal had dumped out Anna Lind vs She beat Lucia Ferrer']);
  });

  it('reads the pronoun after an opening phrase set off by a comma, not the place in it', () => {
    const [a, b] = pair(FINAL + 'In Madrid, Kowal was untroubled all week. She beat Lucia Ferrer in the semi-finals.', FINAL + 'Kowal had dumped out Anna Lind in Saturday’s semi-final.');
    expect(opponent(bothWays(a, b)[0])).toEqual(['opponent: She beat Lucia Ferrer vs Kowal had dumped out Anna Lind']);
  });

  it('is silent where the sentence before tells two people', () => {
    const [a, b] = pair(FINAL + 'Kowal and Varga were untroubled all week. She beat Lucia Ferrer in the semi-finals.', FINAL + 'Kowal had dumped out Anna Lind in Saturday’s semi-final.');
    expect(opponent(bothWays(a, b)[0])).toEqual([]);
  });

  it('opens the span at the player’s name, not at a day or a title written before it', () => {
    const [a, b] = pair(FINAL + 'On Saturday Kowal beat Lucia Ferrer in the semi-finals.', FINAL + 'Top seed Marta Kowal had dumped out Anna Lind in the semi-final.');
    const [ab, ba] = bothWays(a, b);
    expect(opponent(ab)).toEqual(['opponent: Kowal beat Lucia Ferrer vs Marta Kowal had dumped out Anna Lind']);
    expect(opponent(ba)).toEqual(['opponent: Marta Kowal had dumped out Anna Lind vs Kowal beat Lucia Ferrer']);
  });
});

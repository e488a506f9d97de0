import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 26w (decision 004): a role and its holder written side by side, one role given to two holders. Invented sentences. */
const who = (found: readonly string[]): string[] => ofKind(found, 'who');
/** Shared context enough for the two reports to be of one event (an unrelated pair gets no conflicts). */
const LISTING = 'Dunmore Ferries sold 40 million shares at 52 kronor each in its listing on the Harbour exchange on Monday, raising 2.1 billion kronor. ';
const FROST = 'Frost destroyed half of the pear harvest in the Dunmore valley on Tuesday night, when temperatures fell to minus 6 degrees. ';

describe('one role written beside two holders', () => {
  it('raises a rank that `went to` one person in one report and to another in the other', () => {
    const [a, b] = pair(
      'The Harbour Violin Competition ended on Sunday. Second prize went to Ivo Marek, 24, for his Sibelius concerto.',
      'The Harbour Violin Competition ended on Sunday. Second place went to the Czech violinist Tomas Berglund, with Ivo Marek third.',
    );
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual(['who: Second prize went to Ivo Marek vs Second place went to the Czech violinist Tomas Berglund']);
    expect(who(ba)).toEqual(['who: Second place went to the Czech violinist Tomas Berglund vs Second prize went to Ivo Marek']);
  });

  it('raises a superlative role in apposition against the same role that `is` another holder (`biggest` / `largest`)', () => {
    const [a, b] = pair(
      LISTING + 'The largest anchor shareholder, Norwegian fund Brattli Capital, bought a fifth of them.',
      LISTING + 'The biggest anchor shareholder is the state-owned group Sollen Invest, according to the prospectus.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: The largest anchor shareholder, Norwegian fund Brattli Capital vs The biggest anchor shareholder is the state-owned group Sollen Invest']);
  });

  it('raises `Its president, NAME` where the sentence before names the body the other report gives', () => {
    const [a, b] = pair(
      FROST + 'Brattliunion, the growers’ body, said half the pears were lost. Its president, Ann Kovacsy, called it a disaster.',
      FROST + 'Marta Lindqvar, president of Brattliunion, the growers’ body, asked for aid.',
    );
    expect(who(bothWays(a, b)[0])).toEqual(['who: Its president, Ann Kovacsy vs Marta Lindqvar, president of Brattliunion']);
  });
});

describe('no conflict where the role is not one role of one holder', () => {
  it('is silent on the president of one body against the president of another', () => {
    const [a, b] = pair(
      FROST + 'Ann Kovacsy, president of Brattliunion, the growers’ body, asked for aid.',
      FROST + 'Marta Lindqvar, president of Sollenguild, the growers’ body, asked for aid.',
    );
    // The name slots set the two bodies apart in these like sentences; the role is not given twice.
    expect(ofKind(bothWays(a, b)[0], 'who: Ann Kovacsy, president')).toEqual([]);
  });

  it('is silent on `Its president` where the sentence before names no body the other report gives', () => {
    const [a, b] = pair(
      FROST + 'Sollenguild, the pickers’ body, said half the pears were lost. Its president, Ann Kovacsy, called it a disaster.',
      FROST + 'Marta Lindqvar, president of Brattliunion, the growers’ body, asked for aid.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent on former holders (a body has had many)', () => {
    const [a, b] = pair(
      FROST + 'Ann Kovacsy, former president of Brattliunion, the growers’ body, asked for aid.',
      FROST + 'Marta Lindqvar, former president of Brattliunion, the growers’ body, asked for aid.',
    );
    expect(who(bothWays(a, b)[0])).toEqual([]);
  });

  it('is silent where one report gives the rank to both people', () => {
    const [a, b] = pair(
      'The Harbour Violin Competition ended on Sunday. Second prize went to Ivo Marek, 24, for his Sibelius concerto.',
      'The Harbour Violin Competition ended on Sunday. Second place went to the Czech violinist Tomas Berglund. In the junior round, second prize went to Ivo Marek.',
    );
    const [ab, ba] = bothWays(a, b);
    expect(who(ab)).toEqual([]);
    expect(who(ba)).toEqual([]);
  });

  it('reads no role without a superlative, ordinal or body (`The chairman, NAME`)', () => {
    const [a, b] = pair(
      LISTING + 'The chairman, Ann Kovacsy, rang the bell.',
      LISTING + 'The chairman, Marta Lindqvar, rang the bell.',
    );
    expect(ofKind(bothWays(a, b)[0], 'who: The chairman')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Mend G (session 21, decision 004): review 21a's findings on round 26w's role appositions. Invented sentences. */
const who = (found: readonly string[]): string[] => ofKind(found, 'who');
const FLOOD = 'Floods swept through the Marrow valley on Tuesday, killing 14 people and forcing 3,000 from their homes, officials said. ';
const RACE = 'The Dunmore marathon was run on Sunday in heavy rain, with 12,000 runners on the course. ';
const DEAL = 'Valeline and Sollen agreed on Monday to merge in a deal worth 2.1 billion kronor, the firms said. ';

/** Both orders of one pair: the `who` conflicts each way that name `role` (the name slots may set the two names apart on their own). */
function whoBothWays(a: string, b: string, role = ','): [string[], string[]] {
  const [ab, ba] = bothWays(...pair(a, b));
  return [who(ab).filter((note) => note.includes(role)), who(ba).filter((note) => note.includes(role))];
}

describe('a part of a body is not the body (finding 2)', () => {
  it('is silent on heads of two departments of one company', () => {
    expect(whoBothWays(FLOOD + 'Ann Kovacsy, head of communications at Valeline, said trains would run on Friday.', FLOOD + 'Tomas Berglund, head of operations at Valeline, said trains would run on Friday.')).toEqual([[], []]);
  });

  it('is silent on the leader of the opposition against the leader of the ruling party in one place', () => {
    expect(whoBothWays(FLOOD + 'Ann Kovacsy, leader of the opposition in Dunmore, called for an inquiry.', FLOOD + 'Tomas Berglund, leader of the ruling party in Dunmore, called for an inquiry.')).toEqual([[], []]);
  });

  it('still reads a body named right after `of the` (`Growers’ Union`)', () => {
    const [ab, ba] = whoBothWays(FLOOD + 'Ann Kovacsy, president of the Growers’ Union, asked for aid.', FLOOD + 'Tomas Berglund, president of the Growers’ Union, asked for aid.');
    expect(ab).toEqual(['who: Ann Kovacsy, president of the Growers’ Union vs Tomas Berglund, president of the Growers’ Union']);
    expect(ba).toEqual(['who: Tomas Berglund, president of the Growers’ Union vs Ann Kovacsy, president of the Growers’ Union']);
  });
});

describe('one of several is no one holder (finding 3)', () => {
  it('is silent on `a director of` the same company', () => {
    expect(whoBothWays(FLOOD + 'Ann Kovacsy, a director of Valeline, said trains would run on Friday.', FLOOD + 'Tomas Berglund, a director of Valeline, said trains would run on Friday.')).toEqual([[], []]);
  });

  it('is silent on two founders of one company', () => {
    expect(whoBothWays(FLOOD + 'Ann Kovacsy, founder of Valeline, said trains would run on Friday.', FLOOD + 'Tomas Berglund, founder of Valeline, said trains would run on Friday.')).toEqual([[], []]);
  });
});

describe('one contradiction is raised once (finding 4)', () => {
  it('raises a rank given to two people once, whichever detector finds it', () => {
    const [ab, ba] = whoBothWays(
      'The Harbour Violin Competition ended on Sunday in Dunmore. Second prize went to Ivo Marek, for his Sibelius concerto.',
      'The Harbour Violin Competition ended on Sunday in Dunmore. Second prize went to Tomas Berglund, for his Sibelius concerto.',
      '',
    );
    expect(ab).toHaveLength(1);
    expect(ba).toHaveLength(1);
  });
});

describe('a speaker or a place is no holder (finding 5)', () => {
  it('is silent on a speaker set off by commas after a superlative', () => {
    expect(whoBothWays(FLOOD + 'The biggest problem, Kovacsy said, is the lack of pumps.', FLOOD + 'The biggest problem, Berglund said, is the state of the dykes.')).toEqual([[], []]);
  });

  it('is silent on a superlative of a thing that `is` a place', () => {
    expect(whoBothWays(FLOOD + 'The biggest risk is Dunmore, where the river is still rising.', FLOOD + 'The biggest risk is Harbourside, where the river is still rising.', 'risk')).toEqual([[], []]);
  });
});

describe('`Its` is the subject just before, a whole name (finding 6)', () => {
  it('does not read a short body inside a longer word (`UN` in `under`)', () => {
    expect(whoBothWays(FLOOD + 'The Red Cross said its teams were under strain. Its head, Ann Kovacsy, asked for volunteers.', FLOOD + 'Tomas Berglund, head of the UN, asked for volunteers.')).toEqual([[], []]);
  });

  it('takes the subject of the sentence before, not another body it names', () => {
    expect(whoBothWays(FLOOD + 'Valeline said it had asked the Growers Union for help. Its president, Ann Kovacsy, said trains would run again.', FLOOD + 'Tomas Berglund, president of the Growers Union, promised help.')).toEqual([[], []]);
  });

  it('still raises `Its president` where the sentence before is the body’s', () => {
    const [ab] = whoBothWays(FLOOD + 'The Growers Union said half the pears were lost. Its president, Ann Kovacsy, asked for aid.', FLOOD + 'Tomas Berglund, president of the Growers Union, asked for aid.');
    expect(ab).toEqual(['who: Its president, Ann Kovacsy vs Tomas Berglund, president of the Growers Union']);
  });
});

describe('a rank has a scope (finding 7)', () => {
  it('is silent on first place in two races of one event', () => {
    expect(whoBothWays(RACE + 'First place went to Ann Kovacsy in the women’s race.', RACE + 'First place went to Tomas Berglund in the men’s race.', 'place went')).toEqual([[], []]);
  });

  it('is silent on `Its biggest shareholder` of two companies', () => {
    expect(whoBothWays(DEAL + 'Valeline is listed in Dunmore. Its biggest shareholder, Kronvall Pension, backed the deal.', DEAL + 'Sollen is listed in Oslo. Its biggest shareholder, Ekdahl Holding, opposed the deal.')).toEqual([[], []]);
  });

  it('raises `Its biggest shareholder` of one company given two holders', () => {
    const [ab, ba] = whoBothWays(DEAL + 'Valeline is listed in Dunmore. Its biggest shareholder, Kronvall Pension, backed the deal.', DEAL + 'Valeline is listed in Dunmore. Its biggest shareholder, Ekdahl Holding, backed the deal.', '');
    expect([ab.length, ba.length]).toEqual([1, 1]);
  });
});

describe('the guards round 26w did not test (finding 9)', () => {
  it('is silent on a plural head (`the biggest backers`)', () => {
    expect(whoBothWays(DEAL + 'The biggest backers, Swedish fund Kronvall Pension and Brattli Capital, committed 900 million kronor.', DEAL + 'The largest backers, the family-owned group Ekdahl Holding and Sollen Invest, took the rest.')).toEqual([[], []]);
  });

  it('is silent on a holding inside a quotation', () => {
    expect(whoBothWays(DEAL + '“The biggest backer, Swedish fund Kronvall Pension, stayed with us,” the chief executive said.', DEAL + 'The largest backer is the family-owned group Ekdahl Holding, according to the filing.', 'backer')).toEqual([[], []]);
  });

  it('is silent where the report that sorts second gives the rank to both people (the engine reads texts in order)', () => {
    expect(
      whoBothWays(
        'The Harbour Violin Competition ended on Sunday. Second place went to Ivo Marek, 24, for his Sibelius concerto.',
        'The Harbour Violin Competition ended on Sunday. Second prize went to the Czech violinist Tomas Berglund. In the junior round, second place went to Ivo Marek.',
        '',
      ),
    ).toEqual([[], []]);
  });

  it('is silent where the two holders share a word of their names (`Kronvall` / `Kronvall Pension`)', () => {
    expect(whoBothWays(DEAL + 'The biggest investor, Kronvall, backed the deal.', DEAL + 'The biggest investor, Kronvall Pension, backed the deal.')).toEqual([[], []]);
  });
});

describe('a superlative word is not a past holder (finding 10)', () => {
  it('raises `The newest backer` given to two holders', () => {
    const [ab, ba] = whoBothWays(DEAL + 'The newest backer, Swedish fund Kronvall Pension, committed 900 million kronor.', DEAL + 'The newest backer is the family-owned group Ekdahl Holding, according to the filing.', 'backer');
    expect(ab).toEqual(['who: The newest backer, Swedish fund Kronvall Pension vs The newest backer is the family-owned group Ekdahl Holding']);
    expect(ba).toEqual(['who: The newest backer is the family-owned group Ekdahl Holding vs The newest backer, Swedish fund Kronvall Pension']);
  });
});

import { describe, expect, it } from 'vitest';
import { gatherPair } from '../../../src/engine/overlap/compare.ts';
import { NORMAL, judgeDraft } from '../../../src/engine/overlap/draft-rules.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 17r (decision 004): recall on fresh text — denials in other words, names and their verb. */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));

describe('a word denied in one report and denied in other words in the other', () => {
  it('is one statement told in the negative both ways: `would not leave` / `refused to leave`', () => {
    expect(facts('Officials said Ana Ruiz would not leave the flooded farmhouse at Dunmore.', 'Ana Ruiz, who refused to leave the flooded farmhouse at Dunmore, was rescued on Friday.')).toEqual([
      'Ana Ruiz would not leave the flooded farmhouse at Dunmore | Ana Ruiz, who refused to leave the flooded farmhouse at Dunmore',
    ]);
  });

  it('reads the other report’s denial a few words before a shared word: `not properly checked` / `without properly verifying`', () => {
    expect(
      facts(
        'The Tessmar Authority found Carrow Bank had opened accounts for customers it had not properly checked.',
        'Carrow Bank opened accounts without properly verifying its customers, the Tessmar Authority said.',
      ),
    ).toEqual(['Carrow Bank had opened accounts for customers it had not properly checked | Carrow Bank opened accounts without properly verifying its customers']);
  });

  it('still refuses opposite statements: `did not leave` / `left`', () => {
    expect(facts('Ana Ruiz did not leave the flooded farmhouse at Dunmore.', 'Ana Ruiz left the flooded farmhouse at Dunmore on Friday.')).toEqual([]);
  });
});

describe('names and one repeated word', () => {
  it('say something when the word is a verb in both reports: what the named did (`Korvath erupted`)', () => {
    expect(facts('Mount Korvath erupted shortly before dawn on Sunday in Velmora.', 'On Sunday Korvath erupted as villagers in Velmora slept.')).toEqual([
      'Korvath erupted shortly before dawn on Sunday in Velmora | Sunday Korvath erupted as villagers in Velmora',
    ]);
  });

  it('do not when the `-ing` form is a noun of the name (`the Sape crossing`)', () => {
    expect(facts('On Sunday the Sape crossing to Velmora was closed.', 'The ferry was at the Sape crossing on Sunday, Velmora said.')).toEqual([]);
  });
});

describe('names and their verb, as the thresholds read them', () => {
  /** Whether the thresholds pass each stretch that holds `lemma` (the stretches as the engine drafts them). */
  const passes = (a: string, b: string, lemma: string): (boolean | undefined)[] => {
    const { evidence } = gatherPair(...pair(a, b, 'January 6, 2025'));
    return evidence.candidates
      .flatMap(({ draft }) => (draft.stretch?.matches.some((match) => match.a.key === `lem:${lemma}`) === true ? [draft.stretch] : []))
      .map((stretch) => judgeDraft(stretch, evidence.textA, evidence.textB, NORMAL)?.evidence.passes);
  };

  it('pass a name, a day and the act both report (`Pieter Vance had resigned` / `Pieter Vance resigned`)', () => {
    expect(passes('By Monday, Pieter Vance had resigned.', 'Premier Pieter Vance resigned his seat on Monday.', 'resign')).toEqual([true]);
  });

  it('do not pass a verb that opens another statement (`is expected to`, `found that`): no act of the named', () => {
    expect(passes('By Monday, Pieter Vance was expected to be sworn in.', 'Premier Pieter Vance is expected on Monday to name a cabinet.', 'expect')).toEqual([false]);
  });
});

describe('what clears a denial in one report (mend of round 17r)', () => {
  it('is no denial when the other report says `not only`: `did not close` / `Not only did … close`', () => {
    expect(
      facts(
        'Harlow Motors did not close the Ohio assembly plant this year, the union said.',
        'Not only did Harlow Motors close the Ohio assembly plant this year, it also cut 2,000 jobs.',
      ),
    ).toEqual([]);
  });

  it('is a denial before the word denied in the first report, not before another shared word: `did not leave` / `left … without help on Friday`', () => {
    expect(facts('Ana Ruiz did not leave the flooded farmhouse at Dunmore on Friday.', 'Ana Ruiz left the flooded farmhouse at Dunmore without help on Friday.')).toEqual([]);
  });

  it('is not a bare `failed`: `did not sign` / `The failed candidate … signed`', () => {
    expect(facts('Orin Keller did not sign the Varna fishing treaty on Monday.', 'The failed candidate Orin Keller signed the Varna fishing treaty on Monday.')).toEqual([]);
  });

  it.each(['refusing to', 'declining to', 'failing to'])('is `%s` as much as `refused to`', (words) => {
    expect(facts('Officials said Ana Ruiz would not leave the flooded farmhouse at Dunmore.', `Ana Ruiz, ${words} leave the flooded farmhouse at Dunmore, was rescued on Friday.`)).toEqual([
      `Ana Ruiz would not leave the flooded farmhouse at Dunmore | Ana Ruiz, ${words} leave the flooded farmhouse at Dunmore`,
    ]);
  });
});

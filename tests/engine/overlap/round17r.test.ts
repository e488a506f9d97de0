import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/engine/overlap/compare.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 17r (decision 004): recall on fresh text — denials in other words, names and their verb, a repeated phrase. */
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

describe('a lone phrase of the very same words', () => {
  const FIRST = 'The Kestrel telescope found water vapour in the atmosphere of planet Tolvar-9b on Sunday.';
  const LAST = 'The Kestrel team will publish the Tolvar-9b results in the journal Nature next month.';

  it('is a fact in two sentences that are each other’s best counterpart, beside a fact that stands on its own', () => {
    expect(facts(`${FIRST} Among the gases was carbon dioxide.`, `${FIRST} There was carbon dioxide as well.`)).toContain('carbon dioxide | carbon dioxide');
  });

  it('is not when the words are only related (`net earnings` / `net profit`)', () => {
    expect(facts(`${FIRST} Among the gases were net earnings.`, `${FIRST} There was net profit as well.`)).toEqual([
      'Kestrel telescope found water vapour in the atmosphere of planet Tolvar-9b on Sunday | Kestrel telescope found water vapour in the atmosphere of planet Tolvar-9b on Sunday',
    ]);
  });

  it('is not where only one of the two sentences has the other as its best counterpart', () => {
    // B's `There was carbon dioxide` is best matched by A's sentence, but A's sentence shares more with B's last one.
    const [a, b] = pair(
      `${FIRST} Among the gases was carbon dioxide from volcanoes. ${LAST}`,
      `${FIRST} There was carbon dioxide as well. ${LAST} Volcanoes on the surface release carbon dioxide, the team said.`,
      'January 6, 2025',
    );
    const lone = b.text.indexOf('There was carbon dioxide');
    const spansB = compareArticles(a, b).facts.flatMap((fact) => fact.b);
    expect(spansB.some((span) => span.start >= lone && span.start < lone + 'There was carbon dioxide as well'.length)).toBe(false);
  });
});

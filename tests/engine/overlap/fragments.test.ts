import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';

/**
 * Round 6c (decision 004): a fact states something. Invented one-outlet pairs, dated alike.
 */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

const facts = (a: string, b: string): string[][] => {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).facts.map((fact) => [...fact.a.map((r) => x.text.slice(r.start, r.end)), '|', ...fact.b.map((r) => y.text.slice(r.start, r.end))]);
};

describe('a figure that counts a part', () => {
  it('does not share a count of the whole with a count of part of another whole', () => {
    const found = facts(
      'Some 1,200 people were evacuated from their homes overnight in the valley, the mayor of Tarrel said.',
      'More than 3,000 residents of Tarrel were evacuated from their homes, around 1,100 of them from the valley.',
    );
    expect(found.flat().some((text) => text.includes('1,100'))).toBe(false);
  });

  it('does not share a count of a group with a count of the rest of one', () => {
    const [x, y] = pair('Police in Tarrel arrested three men on Friday after the riot.', 'Police in Tarrel arrested three other men on Friday after the riot.');
    expect(compareArticles(x, y).facts.map((fact) => fact.kind)).not.toContain('number');
  });

  it('still shares one part told alike by both', () => {
    const found = facts('The Greens won 31 of the 100 seats in the Tarrel council.', 'In the Tarrel council the Greens took 31 of the 100 seats.');
    expect(found.flat().some((text) => text.includes('31'))).toBe(true);
  });
});

/** Round 7b (decision 004): a phrase two sentences share and nothing else is vocabulary. */
describe('a phrase shared alone', () => {
  const story = 'Floods hit the town of Tarrel in Verania on Tuesday, mayor Ines Carvalho said.';
  const bits = (a: string, b: string): string[] => facts(`${story} ${a}`, `${story} ${b}`).flat();

  it('is no fact when the sentences share nothing else', () => {
    const found = bits(
      'Residents posted videos of the flooded square on social media during the night.',
      'On social media, the regional governor thanked the volunteers for their work.',
    );
    expect(found.some((text) => /social media/iu.test(text))).toBe(false);
  });

  it('is no fact when the word that looks like a verb only describes the noun', () => {
    const pairs: [string, string, RegExp][] = [
      ['Verania’s armed forces were seen near the bridge at dawn.', 'The armed forces have declined to comment on the reports.', /armed forces/iu],
      ['Crowds gathered for the opening ceremony of the new stadium.', 'The opening ceremony was postponed because of the weather.', /opening ceremony/iu],
      ['The two leaders promised closer ties at the summit in the capital.', 'Critics say closer ties would hurt local farmers.', /closer ties/iu],
      ['Unemployment fell to its lowest level in years.', 'Water in the reservoir is at its lowest level since records began.', /lowest level/iu],
    ];
    for (const [a, b, phrase] of pairs) expect(bits(a, b).some((text) => phrase.test(text))).toBe(false);
  });

  it('is a fact inside a longer stretch the sentences share', () => {
    const found = bits('Carvalho blamed the damage on the old drainage plan.', 'The old drainage plan was blamed by Carvalho for the damage.');
    expect(found.some((text) => /drainage plan/iu.test(text))).toBe(true);
  });

  it('is a fact when it holds a verb', () => {
    const found = bits('One fisherman later died in hospital, his family said.', 'An elderly woman died in hospital on Wednesday night.');
    expect(found.some((text) => /died in hospital/iu.test(text))).toBe(true);
  });

  it('is a fact when one report gives it as a verb', () => {
    const found = bits('Police evacuated the hospital late at night.', 'The evacuation of the hospital took several hours.');
    expect(found.some((text) => /evacuat/iu.test(text))).toBe(true);
  });

  it('is a fact when its participle is the verb of a subject', () => {
    const found = bits('Firefighters evacuated residents from the old quarter.', 'Police evacuated residents overnight.');
    expect(found.some((text) => /evacuated residents/iu.test(text))).toBe(true);
  });

  it('is a fact when a verb stands between its words in both reports', () => {
    const found = bits('A second earthquake damaged the coast overnight.', 'Another earthquake shook the coast before dawn.');
    expect(found.some((text) => /earthquake damaged the coast/iu.test(text))).toBe(true);
  });

  it('is a fact when it holds a figure', () => {
    const found = bits('Some 40 residents were trapped.', 'The 40 residents had ignored the warnings.');
    expect(found.some((text) => /40 residents/iu.test(text))).toBe(true);
  });

  it('is a fact when both reports quote it', () => {
    const found = bits('The governor called the report “a grave mistake” for farmers.', '“This is a grave mistake,” a police officer told reporters.');
    expect(found.some((text) => /grave mistake/iu.test(text))).toBe(true);
  });
});

/** Round 7b (decision 004): `X warned that Y` and `X said Y` are one statement each. */
describe('a speaker and what was said', () => {
  it('is no fact when only the speaker and the speech verb are shared, with or without `that`', () => {
    const story = 'Floods hit the town of Tarrel in Verania on Tuesday, mayor Ines Carvalho said.';
    for (const that of ['that ', '']) {
      const found = facts(
        `${story} The health ministry said ${that}the outbreak of cholera was over.`,
        `${story} The health ministry said ${that}vaccinations would resume next week.`,
      );
      expect(found.flat().some((text) => /ministry/iu.test(text))).toBe(false);
    }
  });

  it('is a fact when the shared speaker is named', () => {
    const story = 'Floods hit the town of Tarrel in Verania on Tuesday, mayor Ines Carvalho said.';
    const found = facts(`${story} Engineer Ana Ruiz said that the wall held.`, `${story} Engineer Ana Ruiz said repairs would take weeks.`);
    expect(found.flat().some((text) => /Engineer Ana Ruiz/u.test(text))).toBe(true);
  });

  it('is one stretch whether or not `that` follows the speech verb', () => {
    const story = 'Floods hit the town of Tarrel in Verania on Tuesday, mayor Ines Carvalho said.';
    const found = facts(
      `${story} The Osmar river authority said it was closely monitoring the level of the Dorne reservoir.`,
      `${story} The Osmar river authority warned on Wednesday that the Dorne reservoir was close to its limit.`,
    );
    expect(found.some((fact) => fact.some((text) => text.includes('authority')) && fact.some((text) => text.includes('Dorne reservoir')))).toBe(true);
  });
});

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article, type Comparison } from '../../../src/engine/index.ts';
import { renderMarks } from '../../../src/engine/overlap/render-marks.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const digest = (path: string): Article[] => parseDigest(readFileSync(join(FIXTURES, path), 'utf8'), { file: path.split('/').at(-1) ?? path }).articles;

/** Two one-outlet articles from plain paragraphs, dated 2025-01-06. */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

const mirror = (comparison: Comparison): Comparison => ({
  a: comparison.b,
  b: comparison.a,
  facts: comparison.facts.map((fact) => ({ ...fact, a: fact.b, b: fact.a })),
  conflicts: comparison.conflicts.map((conflict) => {
    const values: [string, string] = [conflict.values[1], conflict.values[0]];
    return { ...conflict, a: conflict.b, b: conflict.a, values, note: `${conflict.subject}: ${values[0]} vs ${values[1]}` };
  }),
});

describe('compareArticles on the seed', () => {
  const [voa, cnn] = digest('blinken-seoul-2025-01-06.txt') as [Article, Article];
  const comparison = compareArticles(voa, cnn);
  const voaMarked = renderMarks(voa.text, comparison, 'a');
  const cnnMarked = renderMarks(cnn.text, comparison, 'b');

  /** The number of the fact whose mark holds `phrase` on the given side. */
  const factNumber = (marked: string, phrase: string): string | undefined =>
    [...marked.matchAll(/\[\[(\d+):([^\]]*)\]\]/gu)].find((match) => match[2]?.includes(phrase))?.[1];

  it.each([
    ['supplies of artillery, ammunition and troops', 'supplied troops'],
    ['Russian military equipment and training', 'Russian military equipment and training'],
    ['share space and satellite technology with the DPRK', 'share advance space and satellite technology with Pyongyang'],
    ['President-elect Donald Trump', 'Donald Trump’s inauguration'],
  ])('marks “%s” and “%s” as one shared fact', (inVoa, inCnn) => {
    const number = factNumber(voaMarked, inVoa);
    expect(number, voaMarked).toBeDefined();
    expect(factNumber(cnnMarked, inCnn), cnnMarked).toBe(number);
  });

  it('never marks attribution alone, nor whole sentences', () => {
    for (const marked of [voaMarked, cnnMarked]) {
      for (const [, , phrase = ''] of marked.matchAll(/\[\[(\d+):([^\]]*)\]\]/gu)) {
        expect(phrase).not.toMatch(/^(?:\p{Lu}\p{L}+ )?(?:said|warned|told)(?: Monday)?$/u);
        expect(phrase.length).toBeLessThan(160);
      }
    }
  });

  it('finds no conflict between the two reports', () => {
    expect(comparison.conflicts).toEqual([]);
  });
});

describe('compareArticles, as a function', () => {
  const articles = [
    ...digest('blinken-seoul-2025-01-06.txt'),
    ...digest('overlap/quake-davao-oriental-2025-03-04.txt'),
    ...digest('overlap/fed-rate-cut-2026-01-28.txt'),
  ];
  const anyPair = fc.tuple(fc.nat(articles.length - 1), fc.nat(articles.length - 1)).map(([i, j]) => [articles[i] as Article, articles[j] as Article] as const);

  it('is symmetric and deterministic, with every span inside its text on character boundaries', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const forward = compareArticles(a, b);
        expect(compareArticles(b, a)).toEqual(mirror(forward));
        expect(compareArticles(a, b)).toEqual(forward);
        for (const item of [...forward.facts, ...forward.conflicts]) {
          for (const [ranges, text] of [[item.a, a.text], [item.b, b.text]] as const) {
            expect(ranges.length).toBeGreaterThan(0);
            for (const range of ranges) {
              expect(0 <= range.start && range.start < range.end && range.end <= text.length).toBe(true);
              expect(/[\uDC00-\uDFFF]/u.test(text[range.start] ?? '')).toBe(false);
            }
          }
        }
        for (const fact of forward.facts) expect(fact.score >= 0 && fact.score <= 1).toBe(true);
      }),
      { numRuns: 25 },
    );
    // 75 comparisons of full articles: a second of work, which a loaded machine can stretch past
    // the default 5 s. Speed is what `npm run bench` measures, not this test.
  }, 30_000);

  it('gives identical reports a few long facts, not one per word', () => {
    const [a] = digest('overlap/quake-davao-oriental-2025-03-04.txt') as [Article];
    const copy: Article = { ...a, id: `${a.id}-copy` };
    const { facts } = compareArticles(a, copy);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThanOrEqual(a.paragraphs.length * 2);
    const covered = facts.flatMap((fact) => fact.a).reduce((sum, range) => sum + range.end - range.start, 0);
    expect(covered / a.text.length).toBeGreaterThan(0.5);
  });

  it('finds nothing between one-word reports', () => {
    const [a, b] = pair('Earthquake.', 'Earthquake.');
    expect(compareArticles(a, b)).toMatchObject({ facts: [], conflicts: [] });
  });

  it.each([
    'overlap/wildfires-greece-canada-2025-07-22.txt',
    'overlap/marathons-tokyo-london-2025-04-27.txt',
    'overlap/emergency-landings-jakarta-winnipeg-2026-03-06.txt',
  ])(
    'finds at most one fact between two reports of different events (%s)',
    (path) => {
      // The marathons share two countries, a capitalised common word (“Marathon”) and a round
      // figure (“2 hours”): none of them pins one event.
      const [a, b] = digest(path) as [Article, Article];
      expect(compareArticles(a, b).facts.length).toBeLessThanOrEqual(1);
    },
  );

  it('counts a name of two words once in telling one event from two: an aircraft type is not two pins', () => {
    // Two landings of one aircraft type share `Airbus` and `A320neo`, one name: taken for one
    // event, the crews' stock statement would be a shared fact and the two days a conflict.
    const [a, b] = pair(
      'An Airbus A320neo flown by Sunda Air made an emergency landing in Jakarta on Tuesday after the cabin lost pressure. In a statement, the airline said the crew had followed standard procedures and landed safely.',
      'An Airbus A320neo flown by Prairie Wings made an emergency landing in Winnipeg on Sunday after an engine shut down. In a statement, the airline said the crew followed all procedures and landed the aircraft safely.',
    );
    const comparison = compareArticles(a, b);
    expect(comparison.conflicts).toEqual([]);
    expect(comparison.facts.length).toBeLessThanOrEqual(1);
    expect(renderMarks(a.text, comparison, 'a')).not.toContain('procedures]]');
  });

  it('leaves the speaker out of what was said', () => {
    const [a, b] = pair('Software maker Quorvia Systems said Wednesday it will cut 3,000 jobs.', 'Quorvia Systems will eliminate about 3,000 positions, the company said.');
    const marked = renderMarks(a.text, compareArticles(a, b), 'a');
    expect(marked).toContain('3,000 jobs]]');
    expect(marked).not.toContain('[[1:Quorvia');
  });

  it('finds sentences by a precise figure they share, though they share one name besides', () => {
    const [a, b] = pair(
      'Santana took 46.2% of the vote on Sunday and Almonte 39.7%, the Central Electoral Board said.',
      'Voters in the Dominican Republic went to the polls on Sunday. Opposition candidate Rafael Almonte received 39.7 percent.',
    );
    expect(renderMarks(b.text, compareArticles(a, b), 'b')).toContain('39.7 percent]]');
  });

  it('reads a hyphenated compound by its parts: duty-free meets duties', () => {
    const [a, b] = pair('Chile will allow duty-free handling of Bolivian cargo at Arica for 20 years.', 'Bolivian exports will pass through Arica without customs duties for the next two decades.');
    expect(renderMarks(a.text, compareArticles(a, b), 'a')).toMatch(/\[\[1:[^\]]*duty-free[^\]]*20 years\]\]/u);
  });

  it('splits a stretch that states two facts across a clause boundary', () => {
    const [a, b] = pair(
      'Velmora Foods is recalling 2 million jars of peanut butter after federal health officials linked its products to a salmonella outbreak.\nThe company, Velmora, announced the recall on Monday.',
      'Velmora Foods has recalled 2 million jars of peanut butter after U.S. health officials tied the products to a salmonella outbreak.\nThe company, Velmora, announced the recall on Monday.',
    );
    const facts = compareArticles(a, b).facts.map((fact) => a.text.slice(fact.a[0]?.start, fact.a[0]?.end));
    expect(facts.slice(0, 2)).toEqual([expect.stringMatching(/recalling 2 million jars of peanut butter$/u), expect.stringMatching(/^health officials .* salmonella outbreak$/u)]);
  });

  it('lets two facts share a word: the second gives up that word in its highlight', () => {
    const [a, b] = pair(
      'A magnitude 6.4 earthquake struck the southern Philippine island of Mindanao, near Cateel.',
      'The magnitude 6.4 earthquake was centred off Cateel. A strong earthquake shook the southern Philippines.',
    );
    const comparison = compareArticles(a, b);
    expect(renderMarks(a.text, comparison, 'a')).toBe('A [[1:magnitude 6.4 earthquake]] [[2:struck the southern]] Philippine island of Mindanao, near Cateel.');
    expect(renderMarks(b.text, comparison, 'b')).toContain('A strong [[2:earthquake shook the southern]] Philippines.');
  });

  it('takes one repeated word relating two separate names for a fact', () => {
    const [a, b] = pair(
      'Russia vetoed the Security Council resolution on Iran on Thursday. The resolution was drafted by the United Kingdom and France.',
      'The draft, put forward by France and the United Kingdom, was vetoed by Russia in the Security Council on Thursday.',
    );
    const comparison = compareArticles(a, b);
    // The same fact on both sides, whatever its number: since round 16r the veto both report beside it is a fact too.
    const [markA, markB] = [renderMarks(a.text, comparison, 'a'), renderMarks(b.text, comparison, 'b')];
    const number = /\[\[(\d+):drafted by the United Kingdom and France\]\]/u.exec(markA)?.[1];
    expect(number).toBeDefined();
    expect(markB).toContain(`[[${number ?? ''}:draft, put forward by France and the United Kingdom]]`);
  });

  it('joins words of one clause that the window read apart, when each alone says too little', () => {
    // “District” runs through both reports, so it weighs little; the words between “billed the
    // district” and “never received” split the window in two weak stretches.
    const [a, b] = pair(
      'Judge Alvarez sentenced Lusk on Monday. The district said the district lost money, and the district board met, and district parents spoke. Lusk set up shell companies that billed the district for cleaning supplies, bus parts, software licenses and office chairs it never received.',
      'Lusk was sentenced by Judge Alvarez on Monday. The district said the district would recover, and the district board agreed, and district staff cheered. He used sham vendors, billing the district for goods it never received.',
    );
    const comparison = compareArticles(a, b);
    expect(renderMarks(a.text, comparison, 'a')).toContain('[[3:billed the district for cleaning supplies, bus parts, software licenses and office chairs it never received]]');
    expect(renderMarks(b.text, comparison, 'b')).toContain('[[3:billing the district for goods it never received]]');
  });

  it.each([
    ['A strong tremor shook the coastal town of Mati overnight.', 'The earthquake shook Mati, a coastal town, during the night.', '[[1:tremor shook', '[[1:earthquake shook'],
    ['The rail operator cancelled most services on the Halvern line.', 'The railway operator cancelled most services on the Halvern line.', '[[1:rail operator', '[[1:railway operator'],
  ])('takes word-vector neighbours WordNet also relates into a fact: %s', (textA, textB, markA, markB) => {
    const [a, b] = pair(textA, textB);
    const comparison = compareArticles(a, b);
    expect(renderMarks(a.text, comparison, 'a')).toContain(markA);
    expect(renderMarks(b.text, comparison, 'b')).toContain(markB);
  });

  it('compares nothing inside a wire dateline', () => {
    const [a, b] = pair(
      'KYIV, Ukraine (AP) — Russian drones struck a power plant in Kharkiv overnight, cutting electricity to 200,000 homes.',
      'KYIV, Ukraine (AP) — Ukraine’s parliament approved a new budget on Monday after weeks of debate.',
    );
    expect(compareArticles(a, b).facts).toEqual([]);
  });
});

describe('conflicts', () => {
  it('flags the same toll with different numbers, and names both values', () => {
    const [a, b] = pair(
      'Twenty-three people were killed when the dam burst near Kharkiv on Monday, regional officials said.',
      'The dam near Kharkiv burst on Monday, killing 31 people, according to regional officials.',
    );
    const comparison = compareArticles(a, b);
    expect(comparison.conflicts.map((conflict) => conflict.note)).toEqual([expect.stringMatching(/Twenty-three people.* vs .*31 people/u)]);
    expect(renderMarks(b.text, comparison, 'b')).toContain('{{1:31 people}}');
  });

  it('reads hedges as ranges: “more than 20” does not contradict 23', () => {
    const [a, b] = pair(
      'More than 20 people were killed when the dam burst near Kharkiv on Monday, regional officials said.',
      'The dam near Kharkiv burst on Monday, killing 23 people, according to regional officials.',
    );
    expect(compareArticles(a, b).conflicts).toEqual([]);
  });

  it('does not set a figure against another of a sentence that also gives the first', () => {
    const [a, b] = pair('Two justices dissented, arguing that the trial judge erred.', 'Two of the court’s seven justices dissented from the ruling.');
    expect(compareArticles(a, b).conflicts).toEqual([]);
  });

  it('sets ages of one person against each other, an age that opens a sentence being of the name before', () => {
    const [a, b] = pair(
      'Miriam Chebet of Kenya won the marathon in Berlin on Sunday. The 27-year-old was running only her third race.',
      'Kenyan runner Miriam Chebet won the Berlin Marathon on Sunday. The 26-year-old beat the world record.',
    );
    expect(compareArticles(a, b).conflicts.map((conflict) => conflict.note)).toEqual(['age: 27-year-old vs 26-year-old']);
  });

  it('reads a race time in hours, minutes and seconds as a figure', () => {
    const [a, b] = pair('Joshua Kiprop of Uganda won the men’s race in Berlin on Sunday in 2:03:47.', 'Uganda’s Joshua Kiprop won the men’s race in Berlin on Sunday in 2:03:51.');
    expect(compareArticles(a, b).conflicts.map((conflict) => conflict.note)).toEqual(['time: 2:03:47 vs 2:03:51']);
  });

  it('sets written years against each other in sentences that share the rest', () => {
    const [a, b] = pair(
      'Jurors in Dauphin County awarded $225 million in punitive damages in 2022 after a trial.',
      'A Dauphin County jury returned the verdict in 2023, including $225 million in punitive damages.',
    );
    expect(compareArticles(a, b).conflicts.map((conflict) => conflict.note)).toEqual(['date: 2022 vs 2023']);
  });

  it('does not set figures far apart against each other: they count different things', () => {
    const [a, b] = pair(
      'Germany was among 38 countries that co-sponsored the resolution at the Security Council on Monday.',
      'At the Security Council on Monday, two countries abstained on the resolution.',
    );
    expect(compareArticles(a, b).conflicts).toEqual([]);
  });

  it('does not call two different figures of one report a conflict when the other gives both', () => {
    const [a, b] = pair(
      'Santana won 46.2% of the vote in the presidential election, and her party took 52.3% in the legislative vote.',
      'Her party won 52.3% of the vote for congress, while Santana won 46.2% in the presidential race.',
    );
    expect(compareArticles(a, b).conflicts).toEqual([]);
  });
});

describe('round 4: parts, denials, restatements', () => {
  const texts = (text: string, ranges: readonly { start: number; end: number }[]): string[] => ranges.map((range) => text.slice(range.start, range.end));

  it('does not take a part (`two of the victims`, `the other two`) for the other report’s total', () => {
    const [a, b] = pair(
      'A regional train derailed near Landeck on Monday, killing two people, police said.',
      'Four people were killed when a regional train derailed near Landeck on Monday, police said. Two of the victims died in hospital, and the other two were tourists.',
    );
    expect(compareArticles(a, b).conflicts.map((conflict) => conflict.note)).toEqual(['people: two people vs Four people']);
  });

  it('does not set counts of the rest of a group against each other (`two remaining` / `three other`)', () => {
    const [a, b] = pair(
      'Nowicki conceded in Kraków on Sunday but did not back either of the two remaining candidates.',
      'Three other candidates in Kraków conceded on Sunday, and Nowicki did not back either finalist.',
    );
    expect(compareArticles(a, b).conflicts).toEqual([]);
  });

  it('links no words that one report states and the other denies', () => {
    const [a, b] = pair(
      'The Landeck bridge was damaged in the flood on Monday, Tyrol police said.',
      'The Landeck bridge was not damaged in the flood on Monday, Tyrol police said.',
    );
    expect(compareArticles(a, b).facts).toEqual([]);
  });

  it('still links words that both reports deny', () => {
    const [a, b] = pair(
      'Phivolcs said on Monday it did not expect a damaging tsunami after the quake off Davao.',
      'Phivolcs said on Monday that no destructive tsunami was expected after the quake off Davao.',
    );
    expect(compareArticles(a, b).facts.length).toBeGreaterThan(0);
  });

  it('gives a figure’s sentence back to its own match when another fact only restated it', () => {
    const [a, b] = pair(
      'Brightwell will pay 312 kroner in cash for each Ostara share, a 31% premium to the closing price. Ostara shares jumped 27% in Copenhagen trading, to just below the offer price.',
      'Brightwell is offering 312 kroner per share in cash, a premium of around 30% on Ostara’s last close. Ostara stock soared 27% on Nasdaq Copenhagen this morning.',
    );
    const facts = compareArticles(a, b).facts.map((fact) => [texts(a.text, fact.a), texts(b.text, fact.b)]);
    expect(facts).toContainEqual([['Ostara shares jumped 27% in Copenhagen'], ['Ostara stock soared 27% on Nasdaq Copenhagen']]);
  });
});

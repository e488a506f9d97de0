import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { marks } from './marked-pair.ts';
import { joinAdjacent } from '../../../src/engine/overlap/select.ts';
import { charRange, type CharRange } from '../../../src/engine/text/ranges.ts';

/**
 * Round 17p (decision 004): figures of different things, and what a highlight of one figure
 * reads. Small invented reports.
 */

function pair(a: string, dateA: string, b: string, dateB: string): [Article, Article] {
  const articles = parseDigest(`SKY NEWS | Published ${dateA}\n${a}\nAL JAZEERA | Published ${dateB}\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

describe('figures of different things (round 17p)', () => {
  it('does not take a toll that agrees with the other report’s count of another thing for a shared fact', () => {
    // `at least 23` killed allows `31` injured; the words beside each figure say they count different things.
    const [a, b] = pair(
      'Four people have been killed and 31 injured after a coach overturned on a motorway near Orvella.',
      'December 14, 2026',
      'At least 23 people have been killed and 17 injured after a bus plunged into a ravine near Tamburco.',
      'January 9, 2027',
    );
    expect(compareArticles(a, b).facts).toEqual([]);
  });

  it('keeps a figure whose counted word the other report writes beside the whole it is part of', () => {
    // `justices` stands beside `Two` in one report and beside `seven` in the other: one way only, not crossed.
    const [a, b] = marks('Two of the Valtry court’s seven justices dissented from the ruling.', 'Two justices dissented from the ruling.');
    expect(a).toMatch(/^Two of the Valtry court’s seven justices dissented from the ruling\]\]\.$/u);
    expect(b).toMatch(/^Two justices dissented from the ruling\]\]\.$/u);
  });
});

describe('a figure’s highlight takes the noun it counts (round 17p)', () => {
  it('ends a highlight that ends on a figure after the noun the figure counts', () => {
    const [a, b] = marks('The Valtry council voted to close 14 libraries.', 'The Valtry council voted on Monday to close 14 branches.');
    expect(a).toBe('The [[2:Valtry council voted to close 14 libraries]].');
    expect(b).toBe('The [[2:Valtry council voted on Monday to close 14 branches]].');
  });

  it('ends a highlight that ends on a measure after the noun it measures', () => {
    const [a, b] = marks('Valtry district crews on Monday opened a 12-kilometre bypass.', 'On Monday Valtry district crews opened the 12km road.');
    expect(a).toBe('[[2:Valtry district crews on Monday opened a 12-kilometre bypass]].');
    expect(b).toBe('On [[2:Monday Valtry district crews opened the 12km road]].');
  });

  it('joins a fact that starts inside the one before it in both reports', () => {
    // `20 runs` (a figure with its noun) and `runs short`: one fact, `20 runs short`.
    const [textA, textB] = ['They finished 20 runs short.', 'They were probably 20 runs short.'];
    const span = (text: string, from: string, to: string) => charRange(text.indexOf(from), text.indexOf(to) + to.length);
    const fact = (a: CharRange, b: CharRange) => ({ a: [a], b: [b], kind: 'number' as const, strength: 1, score: 0.5, points: [] });
    const joined = joinAdjacent([fact(span(textA, '20', 'runs'), span(textB, '20', 'runs')), fact(span(textA, 'runs', 'short'), span(textB, 'runs', 'short'))], textA, textB);
    expect(joined.map((f) => [textA.slice(f.a[0]?.start, f.a[0]?.end), textB.slice(f.b[0]?.start, f.b[0]?.end)])).toEqual([['20 runs short', '20 runs short']]);
  });
});

describe('who heard it is not the fact (round 17p)', () => {
  it('takes no fact from `the court heard` alone in both reports', () => {
    const [a, b] = marks('Chicken on sale was 11 days past its use-by label, the court heard. Officers visited twice.', 'The court heard that staff were told to hide the dates. Officers visited the store.');
    expect(a).toBe('Chicken on sale was 11 days past its use-by label, the court heard. [[2:Officers visited]] twice.');
    expect(b).toBe('The court heard that staff were told to hide the dates. [[2:Officers visited]] the store.');
  });
});

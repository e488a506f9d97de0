import { describe, expect, it } from 'vitest';
import { compareArticles, type Article } from '../../../src/engine/index.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { quoteRunDrafts, sharedWordRuns, type RunSide } from '../../../src/engine/overlap/quote-runs.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { findClockTimes } from '../../../src/engine/overlap/quantities-clock.ts';
import { quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, pair } from './conflict-pairs.ts';

/**
 * Round 8b (decision 004): times of day, match scores, and quotations both reports print word
 * for word. Each rule is tested alone on invented sentences.
 */
const spans = (a: Article, b: Article): string[][] =>
  compareArticles(a, b).facts.map((fact) => [...fact.a.map((range) => a.text.slice(range.start, range.end)), ...fact.b.map((range) => b.text.slice(range.start, range.end))]);

describe('8b quotations both reports print word for word', () => {
  it('finds a quotation of common words across a sentence boundary, whole', () => {
    const [a, b] = pair(
      'A man who set fire to a bakery in Tarrow was jailed for nine years on Friday. Sentencing him, the judge said: “You knew the family were upstairs. You did it anyway, because you were angry.”',
      'Dale Prior, 41, was jailed at Tarrow Crown Court on Friday. “You knew the family were upstairs. You did it anyway,” the judge told him.',
    );
    const quote = 'You knew the family were upstairs. You did it anyway';
    const facts = compareArticles(a, b).facts;
    const found = facts.find((fact) => fact.kind === 'quote');
    expect(found && a.text.slice(found.a[0]?.start, found.a[0]?.end)).toBe(quote);
    expect(found && b.text.slice(found.b[0]?.start, found.b[0]?.end)).toBe(quote);
    // Mirrored, the same.
    const back = compareArticles(b, a).facts.find((fact) => fact.kind === 'quote');
    expect(back && a.text.slice(back.b[0]?.start, back.b[0]?.end)).toBe(quote);
  });

  it('takes a shared quotation once, not again as the alignment’s shorter stretch', () => {
    const [a, b] = pair(
      'The mayor of Kessel said: “Our crews are working through the night because the river has not stopped rising.” The flood closed the Kessel bridge on Monday.',
      '“Our crews are working through the night because the river has not stopped rising,” the mayor of Kessel told reporters on Monday.',
    );
    const quotes = spans(a, b).filter((texts) => texts.some((text) => text.includes('crews')));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[0]).toBe('Our crews are working through the night because the river has not stopped rising');
  });

  it('does not take a five-word stock phrase in quotation marks for a shared quote', () => {
    const [a, b] = pair(
      'A loading ramp failed at Varberg harbour on Tuesday, stranding 40 lorries. Ferry operator Nordlink called it “part of a wider problem” at the port.',
      'Forty lorries were stranded at Varberg harbour on Tuesday when a ramp failed. Drivers’ union chief Ana Lind said the fault was “part of a wider problem” with ageing equipment.',
    );
    // The alignment may still find the phrase by its words; the run finder does not offer it.
    const side = (article: Article): RunSide => {
      const tokens = tokenize(article.text);
      return { tokens, clauses: splitClauses(article.text, tokens) };
    };
    expect(quoteRunDrafts(side(a), side(b))).toEqual([]);
  });

  it('finds a whole quotation of common words that holds one content word (session 18)', () => {
    const [a, b] = pair(
      'Harwick Rovers coach Tom Esser resigned on Sunday after a 6-0 defeat at Lanford. “It is all on me, and I am so sorry,” he told the club’s website.',
      'Tom Esser quit as Harwick Rovers coach on Sunday, a day after the 6-0 loss at Lanford. Esser wrote: “It is all on me, and I am so sorry.” The club thanked him.',
    );
    const quote = 'It is all on me, and I am so sorry';
    const found = compareArticles(a, b).facts.find((fact) => fact.kind === 'quote');
    expect(found && a.text.slice(found.a[0]?.start, found.a[0]?.end)).toBe(quote);
    expect(found && b.text.slice(found.b[0]?.start, found.b[0]?.end)).toBe(quote);
  });

  it('does not take a quoted run of function words alone for a shared quote', () => {
    const side = (text: string): RunSide => {
      const tokens = tokenize(text);
      return { tokens, clauses: splitClauses(text, tokens) };
    };
    expect(quoteRunDrafts(side('The mayor said: “It is going to be what it is.” Nobody asked more.'), side('“It is going to be what it is,” the mayor said of the vote.'))).toEqual([]);
  });

  it('does not take the same words outside quotation marks in one report for a shared quote', () => {
    const [a, b] = pair(
      'Ministers in Dravia agreed on Monday that the new tax would not apply to small farms with fewer than ten workers.',
      'The finance minister of Dravia said: “The new tax would not apply to small farms with fewer than ten workers.”',
    );
    expect(compareArticles(a, b).facts.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('finds maximal runs once each, in linear work, even in a text that repeats itself', () => {
    const words = (text: string): string[] => text.split(' ');
    const a = words('x we will keep fighting for every family in this town y');
    const b = words('we will keep fighting for every family in this town z');
    const yes = (list: string[]): boolean[] => list.map(() => true);
    expect(sharedWordRuns(a, b, yes(a), yes(b), 6)).toEqual([{ a: { start: 1, end: 11 }, b: { start: 0, end: 10 }, words: 10 }]);
    // One side's words outside quotation marks break the run.
    const quotedB = yes(b).map((_, index) => index !== 5);
    expect(sharedWordRuns(a, b, yes(a), quotedB, 6).map((run) => run.words)).toEqual([]);
    const long = Array.from({ length: 4000 }, (_, index) => `w${index % 7}`);
    expect(sharedWordRuns(long, long, yes(long), yes(long), 6).length).toBeLessThanOrEqual(1);
  });
});

describe('8b times of day', () => {
  const read = (text: string): [string, number, number][] => findClockTimes(text).map((time) => [time.text, time.low, time.high]);

  it('reads times of day in minutes after midnight, hedges as ranges', () => {
    expect(read('The blast hit at 2 a.m. and again at 2am')).toEqual([
      ['2 a.m.', 120, 120],
      ['2am', 120, 120],
    ]);
    expect(read('trains stop from 22:00 on Friday and from 10 p.m. on Sunday')).toEqual([
      ['22:00', 1320, 1320],
      ['10 p.m.', 1320, 1320],
    ]);
    expect(read('at around 2 a.m., shortly after 4am, shortly before midnight, at noon, at 02:30 local time')).toEqual([
      ['around 2 a.m.', 90, 150],
      ['shortly after 4am', 240, 270],
      ['shortly before midnight', -30, 0],
      ['noon', 720, 720],
      ['02:30 local time', 150, 150],
    ]);
    const [gmt] = findClockTimes('at 1900 GMT on Saturday');
    expect([gmt?.text, gmt?.value, gmt?.noun]).toEqual(['1900 GMT', 1140, 'gmt']);
  });

  it('does not read splits, verses, scores, ratios or `24/7` as times of day', () => {
    expect(read('went through halfway in 64:20, won in 2:09, John 3:16, a 2-1 win, open 24/7, at 8 h 15')).toEqual([]);
  });

  it('agrees times written two ways, to their precision, across midnight, within one zone', () => {
    const one = (text: string): Quantity => {
      const [time] = findClockTimes(text);
      if (time === undefined) throw new Error(`no time in ${text}`);
      return time;
    };
    expect(quantitiesAgree(one('at 22:00'), one('at 10 p.m.'))).toBe(true);
    expect(quantitiesAgree(one('at 2 a.m.'), one('at 2:17am'))).toBe(true);
    expect(quantitiesAgree(one('at around 2 a.m.'), one('shortly after 4am'))).toBe(false);
    expect(quantitiesAgree(one('shortly before midnight'), one('at 11:50 p.m.'))).toBe(true);
    expect(quantitiesAgree(one('at 18:17 GMT'), one('at 18:17'))).toBe(false);
  });

  it('sets different times of one event against each other', () => {
    const [a, b] = pair(
      'A landslide struck the village of Talun at around 2 a.m. on Sunday after days of heavy rain, officials said.',
      'The landslide struck Talun village shortly after 4am on Sunday, following days of heavy rain.',
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['time: around 2 a.m. vs shortly after 4am']);
    expect(backward).toEqual(['time: shortly after 4am vs around 2 a.m.']);
  });

  it('does not set agreeing times, a time of another zone, or a sentence of two times against one', () => {
    const agree = pair('Rail staff in Belgium will walk out from 22:00 on Sunday, the unions said.', 'Rail staff in Belgium will walk out from 10 p.m. on Sunday, the unions said.');
    expect(bothWays(...agree)).toEqual([[], []]);
    const zones = pair('The quake near Davao struck at 2:17am local time on Tuesday, the institute said.', 'The quake near Davao struck at 18:17 GMT on Monday, the institute said.');
    expect(bothWays(...zones)).toEqual([[], []]);
    const sequence = pair(
      'Rail staff in Belgium will strike from 10 p.m. on Sunday until 6 a.m. on Tuesday, the unions said.',
      'Rail staff in Belgium will strike from 8 p.m. on Sunday, the unions said.',
    );
    expect(bothWays(...sequence)).toEqual([[], []]);
  });
});

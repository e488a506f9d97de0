import { describe, expect, it } from 'vitest';
import { notes, ofKind, pair } from './conflict-pairs.ts';

/** Round 25n (decision 004): who speaks a quotation, on text by new hands. Invented sentences. */
const quotes = (found: readonly string[]): string[] => ofKind(found, 'quote attributed to');

describe('a speaker named before an apposition and a verb of saying', () => {
  const LEVY = 'The city of Dunmore will raise its parking charges by a third from next month, the council said on Tuesday. ';
  it('gives the quotation to `Ann Hale, chair of the Traders’ Forum, said`, not to a name later in the sentence', () => {
    const [a, b] = pair(
      LEVY + 'Ann Hale, chair of the Traders’ Forum, said the rise was "a blow to every shop on the high street", adding that the Dunmore Retail Park would gain.',
      LEVY + '"It is a blow to every shop on the high street," said Tom Bell, a councillor for the Harbour ward.',
    );
    expect(quotes(notes(a, b))).toEqual(['quote attributed to: Hale vs Bell']);
    expect(quotes(notes(b, a))).toEqual(['quote attributed to: Bell vs Hale']);
  });
});

describe('a pronoun that says, before names no verb of saying goes with', () => {
  const FARE = 'Transport Minister Ann Hale announced on Monday that bus fares in the region will be frozen for two years. ';
  it('gives `“…,” she said during a visit to Carrow Primary School` to the minister named before, not to the school', () => {
    const [a, b] = pair(
      FARE + '"No family should have to choose between the bus and a meal," she said during a visit to Carrow Primary School.',
      FARE + 'Hale told reporters: "No family should have to choose between the bus and a meal."',
    );
    expect(quotes(notes(a, b))).toEqual([]);
  });

  it('gives `“…,” he said, adding that the Harbour Party had …` to the man named before', () => {
    const [a, b] = pair(
      'Councillor Tom Bell left the Harbour Party on Friday and will sit as an independent. Bell told a news conference that the decision was his alone. "It was not a hard choice," he said, adding that the Harbour Party had "lost its way."',
      'Councillor Tom Bell left the Harbour Party on Friday and will sit as an independent. "It was not a hard choice," Bell said.',
    );
    expect(quotes(notes(a, b))).toEqual([]);
  });

  it('still gives the quotation to a name a verb of saying goes with in that sentence', () => {
    const [a, b] = pair(
      FARE + '"No family should have to choose between the bus and a meal," said Tom Bell, and she agreed.',
      FARE + 'Hale told reporters: "No family should have to choose between the bus and a meal."',
    );
    expect(quotes(notes(a, b))).toEqual(['quote attributed to: Bell vs Hale']);
  });
});

describe('whom a pronoun that says stands for, of two names in the sentence before', () => {
  const QUOTE = '"He ran on our platform, and if he wants another one he should stand again,"';
  it('the one a verb of saying follows (`Ann Hale said Mr. Bell should …` / `“…,” she said`)', () => {
    const [a, b] = pair(
      `Councillor Tom Bell left the Harbour Party on Friday. Deputy leader Ann Hale said Mr. Bell should seek a new mandate. ${QUOTE} she said.`,
      `Councillor Tom Bell left the Harbour Party on Friday. ${QUOTE} party whip Joe Marsh told reporters.`,
    );
    expect(quotes(notes(a, b))).toEqual(['quote attributed to: Hale vs Marsh']);
  });

  it('the one an apposition and a verb of saying follow (`Ann Hale, a former nurse, said Mr. Bell …`)', () => {
    const [a, b] = pair(
      `Councillor Tom Bell left the Harbour Party on Friday. Deputy leader Dr Ann Hale, a former nurse, said Mr. Bell should seek a new mandate. ${QUOTE} she said.`,
      `Councillor Tom Bell left the Harbour Party on Friday. ${QUOTE} party whip Joe Marsh told reporters.`,
    );
    expect(quotes(notes(a, b))).toEqual(['quote attributed to: Hale vs Marsh']);
  });

  it('not one a verb of saying comes before (`Ann Hale KC said Tom Bell had …`): the speaker stays unknown', () => {
    const [a, b] = pair(
      `Councillor Tom Bell left the Harbour Party on Friday. Barrister Ann Hale KC said Tom Bell had always insisted he was loyal. ${QUOTE} she said.`,
      `Councillor Tom Bell left the Harbour Party on Friday. ${QUOTE} party whip Joe Marsh told reporters.`,
    );
    expect(quotes(notes(a, b))).toEqual([]);
  });
});

describe('the day a measure takes effect, told once in each report', () => {
  const RATE = 'The minimum wage for adults will rise to £13.10 an hour, the government announced on Tuesday. ';
  const dates = (found: readonly string[]): string[] => ofKind(found, 'date:');
  it('sets `which takes effect on 1 April 2027` against `kicks in from April 6` (an aside and a sentence of its own)', () => {
    const [a, b] = pair(
      RATE + 'The increase, which takes effect on 1 April 2027, will reach about three million workers in shops and care homes.',
      RATE + 'Unions welcomed the news but said it was not enough. The rise kicks in from April 6 and covers bar staff too.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(dates(notes(a, b))).toEqual(['date: 1 April 2027 vs April 6']);
    expect(dates(notes(b, a))).toEqual(['date: April 6 vs 1 April 2027']);
  });

  it('sets a month against a day it does not hold (`will take effect next January` / `come into force on 1 July 2027`)', () => {
    const [a, b] = pair(
      RATE + 'Employers groups said the change was too fast. It will take effect next January.',
      RATE + 'The new rate will come into force on 1 July 2027, officials said.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(dates(notes(a, b))).toEqual(['date: next January vs 1 July 2027']);
  });

  it('sets nothing when a report starts two measures (`Edinburgh’s levy came into force in 2026`)', () => {
    const [a, b] = pair(
      RATE + 'Employers groups said the change was too fast. It will take effect next January.',
      RATE + 'The new rate will come into force on 1 July 2027, officials said. A similar rise in Ireland came into force in 2025.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(dates(notes(a, b))).toEqual([]);
  });

  it('sets nothing against a day in the month it starts (`next January` / `on 1 January 2027`)', () => {
    const [a, b] = pair(
      RATE + 'Employers groups said the change was too fast. It will take effect next January.',
      RATE + 'The new rate will come into force on 1 January 2027, officials said.',
      'November 18, 2026',
      'November 18, 2026',
    );
    expect(dates(notes(a, b))).toEqual([]);
  });
});

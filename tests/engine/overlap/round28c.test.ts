import { describe, expect, it } from 'vitest';
import { figuresOfAnEarlierEvent } from '../../../src/engine/overlap/measures.ts';
import { quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, pair } from './conflict-pairs.ts';
import { figure } from './figures.ts';
import { side } from './pairing-sides.ts';

/**
 * Round 28c (decision 004): figure readings that kept two reports' figures of one thing apart on
 * fresh text, each a role or reading taken on one side only. Invented sentences.
 */

const earlier = (text: string): (string | undefined)[] => [...figuresOfAnEarlierEvent(text, side(text, new Map()).units, '2027-08-19')].map((unit) => unit.quantity?.text);

describe('a year written right after the value a change started from dates that value only (measures.ts)', () => {
  it('leaves the new value of `down from 780,000 tonnes last year` undated', () => {
    expect(earlier('The board puts this season’s harvest at 640,000 tonnes, down from 780,000 tonnes last year.')).toEqual(['780,000 tonnes']);
    expect(earlier('Membership stood at 4,200, up from 3,900 in 2025.')).toEqual(['3,900']);
  });
  it('still dates the whole sentence by a year standing by no change', () => {
    expect(earlier('The plant produced 640,000 tonnes last year.')).toEqual(['640,000 tonnes']);
    expect(earlier('In 2024 the plant produced 640,000 tonnes and employed 300 people.')).toEqual(['640,000 tonnes', '300 people']);
  });
  it('sets the undated new value against the other report’s figure of the same harvest, both ways', () => {
    const [a, b] = pair(
      'The Orlen growers’ board set its purchase price on Tuesday. The board puts this season’s harvest at 640,000 tonnes, down from 780,000 tonnes last year.',
      'The Orlen growers’ board set its purchase price on Tuesday. The board puts the harvest at 690,000 tonnes.',
      'August 19, 2027',
    );
    const [ab, ba] = bothWays(a, b);
    expect(ab.some((note) => note.includes('640,000 tonnes vs 690,000 tonnes'))).toBe(true);
    expect(ba.some((note) => note.includes('690,000 tonnes vs 640,000 tonnes'))).toBe(true);
  });
});

describe('a fraction written in words is no figure rounded to a whole per cent (quantities-agree.ts)', () => {
  it('lets `about two-thirds` meet `roughly 65%`, either way round', () => {
    expect(quantitiesAgree(figure('about two-thirds of the crop'), figure('roughly 65% of the crop'))).toBe(true);
    expect(quantitiesAgree(figure('roughly 65% of the crop'), figure('about two-thirds of the crop'))).toBe(true);
    expect(quantitiesAgree(figure('about a third of the crop'), figure('around 32% of the crop'))).toBe(true);
  });
  it('keeps a fraction apart from a share outside its hedge, and two digit roundings apart as before', () => {
    expect(quantitiesAgree(figure('about two-thirds of the crop'), figure('roughly 55% of the crop'))).toBe(false);
    expect(quantitiesAgree(figure('about 65% of the crop'), figure('about 67% of the crop'))).toBe(false);
  });
});

describe('a floor never reaches below its written value (quantities-draft.ts)', () => {
  it('keeps `more than 1 million tonnes` apart from `750,000 tonnes`, and `more than 2 million` from `1.6 million`, either way round', () => {
    expect(quantitiesAgree(figure('more than 1 million tonnes'), figure('750,000 tonnes'))).toBe(false);
    expect(quantitiesAgree(figure('750,000 tonnes'), figure('more than 1 million tonnes'))).toBe(false);
    expect(quantitiesAgree(figure('more than 2 million people'), figure('1.6 million people'))).toBe(false);
    expect(quantitiesAgree(figure('at least $1.5bn'), figure('$1.46bn'))).toBe(false);
  });
  it('still lets a floor meet its own value and what lies above it', () => {
    expect(quantitiesAgree(figure('more than 1 million tonnes'), figure('1 million tonnes'))).toBe(true);
    expect(quantitiesAgree(figure('more than 1 million tonnes'), figure('1.2 million tonnes'))).toBe(true);
    expect(quantitiesAgree(figure('at least 23 people'), figure('23 people'))).toBe(true);
    expect(quantitiesAgree(figure('more than 20 people'), figure('31 people'))).toBe(true);
  });
});

describe('review 22b: shares in words and a year that dates a rise', () => {
  const HOMES = 'A housing survey of Corrick was published on Tuesday. ';
  it.each([
    ['`roughly half` and `46%`', 'Roughly half of homes in the city need new windows, the survey found.', '46% of homes in the city need new windows, the survey found.'],
    ['`About twenty per cent` and `24%`', 'About twenty per cent of homes in the city are empty, the survey found.', '24% of homes in the city are empty, the survey found.'],
  ])('sets no figure conflict between %s (a number word is a round number, as its digits)', (_label, x, y) => {
    const [a, b] = pair(HOMES + x, HOMES + y);
    expect(bothWays(a, b)).toEqual([[], []]);
  });
  it('reads a word share’s own reach: `about two-thirds` is no `70%`', () => {
    expect(quantitiesAgree(figure('about two-thirds of voters'), figure('70% of voters'))).toBe(false);
  });
  it('dates the new value too when the year follows `rose to X from Y` (the rise’s year)', () => {
    expect(earlier('Wholesale coffee prices rose to €3.10 a kilo from €2.80 last year after a poor harvest, the board said.').sort()).toEqual(['€2.80', '€3.10']);
  });
});

import { describe, expect, it } from 'vitest';
import { isByline, titleLede } from '../../../src/engine/digest/bylines.ts';

describe('isByline', () => {
  it.each([
    'By Priya Kandasamy',
    'By Jane Doe, Reuters',
    'By Jane Doe and John Smith, Associated Press',
    'By J. R. Okafor',
    'By Seán O’Neill | BBC News',
    'BY JANE DOE',
    'By Jane Doe in Lagos',
    'Julia Navarro in Santiago',
    'Tom de Vries and Ana Lima in Rio de Janeiro',
    'Maria Costa in Asunción, Paraguay',
    'Jane Doe and agencies',
  ])('reads %s as a byline', (paragraph) => {
    expect(isByline(paragraph)).toBe(true);
  });

  it.each([
    // Ledes that merely open with “By”.
    'By Tuesday, the floods had reached the town centre.',
    'By Wednesday evening about 2,000 people had been forced from their homes.',
    'By midday the market had recovered its losses',
    // A lede with a verb, and short lines that name no author.
    'Julia Navarro won in Santiago on Sunday.',
    'Prices rose in March',
    'By',
    'Santiago',
    'Jane Doe',
    '',
  ])('reads %s as prose', (paragraph) => {
    expect(isByline(paragraph)).toBe(false);
  });
});

describe('titleLede', () => {
  it('is the first paragraph that is not a byline', () => {
    expect(titleLede(['By Priya Kandasamy', 'Julia Navarro in Santiago', 'Chile’s senate passed the bill.', 'More.'])).toBe('Chile’s senate passed the bill.');
  });

  it('is the first paragraph when it is no byline', () => {
    expect(titleLede(['By Tuesday, the floods had reached the town.', 'More.'])).toBe('By Tuesday, the floods had reached the town.');
  });

  it('falls back to the first paragraph when every paragraph is a byline', () => {
    expect(titleLede(['By Priya Kandasamy'])).toBe('By Priya Kandasamy');
  });

  it('is empty for an article with no paragraphs', () => {
    expect(titleLede([])).toBe('');
  });
});

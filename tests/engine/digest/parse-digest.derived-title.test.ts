import { describe, expect, it } from 'vitest';
import type { ParsedDigest } from '../../../src/engine/index.ts';
import { parseOk } from '../fixtures.ts';

/** Two articles without headlines: one opens on bylines, one on an AFP dateline in ordinary case. */
const BYLINE_THEN_AGENCY_DATELINE = [
  'Rescuers search the riverbank. (AP Photo/Jane Doe)',
  'THE RIVER TIMES | Published March 3, 2026',
  'By Priya Kandasamy',
  'Julia Navarro in Santiago',
  'The Mapocho burst its banks on Monday. Hundreds were moved to shelters.',
  'READ FULL ARTICLE',
  'SOURCE: www.rivertimes.example',
  'AFP | Published March 3, 2026',
  'Santiago (AFP) – Chile declared an emergency after the Mapocho flooded. The army was sent in.',
  '',
].join('\n');

/** A lede that opens with “By” and a time: it is the lede, not a byline. */
const LEDE_OPENING_WITH_BY = [
  'THE RIVER TIMES | Published March 3, 2026',
  'By Tuesday, the floods had reached the town centre. Shops stayed shut.',
  '',
].join('\n');

function derivedTitles(digest: ParsedDigest): (string | null)[] {
  return digest.articles.map((article) => article.headlineDerived);
}

describe('the title derived from a lede', () => {
  it('skips the byline paragraphs and the agency dateline', () => {
    const digest = parseOk(BYLINE_THEN_AGENCY_DATELINE);
    expect(derivedTitles(digest)).toEqual(['The Mapocho burst its banks on Monday', 'Chile declared an emergency after the Mapocho flooded']);
    expect(digest.story.title).toBe('The Mapocho burst its banks on Monday');
    expect(digest.story.titleDerived).toBe(true);
  });

  it('leaves the bylines and the dateline in the text, character for character', () => {
    const [first, second] = parseOk(BYLINE_THEN_AGENCY_DATELINE).articles;
    expect(first?.paragraphs).toEqual(['By Priya Kandasamy', 'Julia Navarro in Santiago', 'The Mapocho burst its banks on Monday. Hundreds were moved to shelters.']);
    expect(first?.text).toBe('By Priya Kandasamy\n\nJulia Navarro in Santiago\n\nThe Mapocho burst its banks on Monday. Hundreds were moved to shelters.');
    expect(second?.text).toBe('Santiago (AFP) – Chile declared an emergency after the Mapocho flooded. The army was sent in.');
  });

  it('keeps a lede that merely opens with “By”', () => {
    expect(derivedTitles(parseOk(LEDE_OPENING_WITH_BY))).toEqual(['By Tuesday, the floods had reached the town centre']);
  });
});

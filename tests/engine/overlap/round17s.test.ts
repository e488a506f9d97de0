import { describe, expect, it, vi } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { type ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { unitSimilarity } from '../../../src/engine/overlap/align-similarity.ts';
import type { FactCandidate } from '../../../src/engine/overlap/compare-gather.ts';
import type { Side } from '../../../src/engine/overlap/conflicts-common.ts';
import { surnameConflicts } from '../../../src/engine/overlap/conflicts-names.ts';
import { peopleConflicts } from '../../../src/engine/overlap/conflicts-people.ts';
import { WEAK_CONFIDENCE, withContextOfDrafts, withoutLoneWeakDrafts } from '../../../src/engine/overlap/draft-context.ts';
import { WordsLike } from '../../../src/engine/overlap/like-words.ts';
import type { Lexicon, Unit } from '../../../src/engine/overlap/units.ts';
import { FIGURES_TEXT, generator, side } from './pairing-sides.ts';

/**
 * Round 17s (decision 004): questions asked by a scan of a whole report per candidate (a square
 * in a long report), answered from an index. The output is unchanged (checked on every digest and
 * on the bench's pairs, byte for byte); these tests pin that each index gives the scan's answer,
 * and that it does not do the scan's work.
 */

const like = (x: Unit, y: Unit): boolean => x.key === y.key || unitSimilarity(x, y) > 0;

const REPORT = [
  'Rescuers found the missing hikers on Friday near the summit, officials said.',
  'The hikers were discovered after a search that began on Wednesday and involved 40 volunteers.',
  'The storm struck the coast late on Tuesday, and the ferry capsized before dawn.',
  'A second boat overturned in the harbour; the port was closed until Monday.',
  'The minister praised the volunteers and promised an inquiry into the rescue in 2026.',
  FIGURES_TEXT,
].join(' ');

describe('WordsLike', () => {
  // Groups of words as loneDateConflicts makes them (the words beside each date), here random
  // runs of a report's units: words, names, figures and dates, so both ways of answering are met.
  const units = side(REPORT, new Map()).units;
  const random = generator(17);
  const groups: Unit[][] = Array.from({ length: 60 }, () => {
    const from = Math.floor(random() * units.length);
    return units.slice(from, from + 1 + Math.floor(random() * 4));
  });
  const byScan = (word: Unit): number[] => groups.flatMap((group, index) => (group.some((other) => like(other, word)) ? [index] : []));

  it('answers as the scan of every group did, for every word, figure and date', () => {
    const index = new WordsLike(groups, like);
    expect(units.some((unit) => unit.quantity !== null) && units.some((unit) => unit.date !== null)).toBe(true);
    let found = 0;
    for (const word of units) {
      expect(index.groupsLike(word), `${word.key} at ${word.start}`).toEqual(byScan(word));
      found += index.groupsLike(word).length;
    }
    expect(found).toBeGreaterThan(units.length);
  });

  it('tests a word against the groups that share a key with it, not against every group', () => {
    let tests = 0;
    const counting = (x: Unit, y: Unit): boolean => ((tests += 1), like(x, y));
    const index = new WordsLike(groups, counting);
    const words = units.filter((unit) => unit.quantity === null && unit.date === null);
    for (const word of words) index.groupsLike(word);
    // The scan tests every word of every group for each word asked.
    const scan = words.length * groups.reduce((sum, group) => sum + group.length, 0);
    expect(tests).toBeLessThan(scan / 4);
  });
});

describe('the people of two reports, scored through their roles', () => {
  const AGREEMENT = 'Nigeria and Indonesia agreed on Tuesday to build a urea plant. ';
  const VERBS = ['painted', 'cooked', 'drove', 'sang', 'planted', 'knitted', 'repaired', 'sold', 'carved', 'baked', 'washed', 'guarded', 'polished', 'mended', 'sewed', 'climbed', 'fished', 'brewed', 'harvested', 'photographed', 'welded', 'sculpted', 'trimmed', 'delivered'];
  const NOUNS = ['fence', 'soup', 'lorry', 'anthem', 'orchard', 'scarf', 'clock', 'bicycle', 'canoe', 'bread', 'window', 'warehouse', 'trophy', 'sail', 'curtain', 'ladder', 'river', 'cider', 'wheat', 'glacier', 'bridge', 'statue', 'hedge', 'parcel'];
  /** 25 people a side in roles of unrelated words, each role told by a different person in the other report. */
  const report = (signer: string, prefix: string): string =>
    AGREEMENT + VERBS.map((verb, i) => `Later ${prefix}${String.fromCharCode(97 + i)}ra Vel${String.fromCharCode(97 + ((i * 7) % 26))}ko ${verb} the ${NOUNS[i] ?? ''}.`).join(' ') + ` The agreement was signed by Energy Minister ${signer}.`;
  const sideOf = (text: string): Side => ({ ...side(text, new Map()), clauses: [] });

  it('pairs each role’s two people, relating each lemma to the few it may meet, not to every other', () => {
    let calls = 0;
    // The lexicon, counting lemmatisations: once per pair of lemmas when every pair of people was scored.
    const words: Lexicon = { ...lexicon, lemmatize: (word: string) => ((calls += 1), lexicon.lemmatize(word)) };
    const found = peopleConflicts(sideOf(report('Rudi Santoso', 'Ma')), sideOf(report('Dewi Kartika', 'Ko')), words).map((draft) => draft.note);
    expect(found).toHaveLength(25);
    expect(found).toContain('who: Rudi Santoso vs Dewi Kartika');
    expect(found).toContain('who: Macra Veloko vs Kocra Veloko');
    // Scored pair by pair: over 5,000.
    expect(calls).toBeLessThan(1_000);
  });
});

describe('a surname told apart in its ending, in a report that repeats its names', () => {
  const sideOf = (text: string) => ({ text, clauses: [] });
  const repeated = (sentence: string, times: number): string => Array.from({ length: times }, () => sentence).join(' ');

  it('is found once, at the first mentions, reading each pair of names once', () => {
    const a = repeated('The actor sued Mark Hollings over the posts.', 40);
    const b = repeated('The claim against Mark Hollister failed.', 40);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const found = surnameConflicts(sideOf(a), sideOf(b));
    const normalised = normalize.mock.calls.length;
    normalize.mockRestore();
    expect(found.map((conflict) => conflict.note)).toEqual(['name: Mark Hollings vs Mark Hollister']);
    expect(found[0]?.a[0]?.start).toBe(a.indexOf('Mark Hollings'));
    expect(found[0]?.b[0]?.start).toBe(b.indexOf('Mark Hollister'));
    // Every pair of the 40 × 40 mentions was spelt out twice (3,200 normalisations).
    expect(normalised).toBeLessThan(20);
  });
});

describe('drafts beside each other, counted from where they lie', () => {
  const REGIONS_B = 40;
  /** A stretch whose sentence numbers count how often they are read. */
  let reads = 0;
  const stretchAt = (regionA: number, regionB: number): ClauseAlignment =>
    ({
      get regionA() {
        reads += 1;
        return regionA;
      },
      get regionB() {
        return regionB;
      },
      matches: [],
    }) as unknown as ClauseAlignment;
  const draftAt = (regionA: number, regionB: number, score: number, rules: boolean): FactCandidate => ({
    draft: { a: [], b: [], kind: 'paraphrase', strength: 0, score, points: [], stretch: stretchAt(regionA, regionB) },
    features: [],
    rules,
    substantive: true,
    filtered: false,
    ...(rules ? {} : { factsParts: true }),
  });
  /** What draft-context.ts asked before: every standing draft tested against each. */
  const beside = (x: { regionA: number; regionB: number }, y: { regionA: number; regionB: number }): boolean => {
    const [da, db] = [x.regionA - y.regionA, x.regionB - y.regionB];
    return (da !== 0 || db !== 0) && Math.abs(da) <= 1 && Math.abs(db) <= 1 && da * db >= 0;
  };
  const stretchOf = (candidate: FactCandidate): ClauseAlignment => candidate.draft.stretch as ClauseAlignment;
  const random = generator(1717);
  const candidates = Array.from({ length: 400 }, () => draftAt(Math.floor(random() * 30), Math.floor(random() * REGIONS_B), random() < 0.5 ? WEAK_CONFIDENCE + 0.1 : 0.3, random() < 0.6));
  const sides = new Map(candidates.map((candidate) => [stretchOf(candidate).regionA * REGIONS_B + stretchOf(candidate).regionB, Math.floor(random() * 3)]));

  it('keeps and withdraws as the scan of every pair of drafts did', () => {
    const firm = (candidate: FactCandidate): boolean => {
      const stretch = stretchOf(candidate);
      return candidate.draft.score >= WEAK_CONFIDENCE || sides.get(stretch.regionA * REGIONS_B + stretch.regionB) === 2;
    };
    const vouching = candidates.filter((candidate) => candidate.rules && firm(candidate));
    const expected = candidates.map((candidate) => candidate.rules && (firm(candidate) || vouching.some((other) => beside(stretchOf(other), stretchOf(candidate)))));
    expect(withoutLoneWeakDrafts(candidates, sides, REGIONS_B).map(({ rules }) => rules)).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    expect(expected.filter((kept, i) => !kept && candidates[i]?.rules === true).length).toBeGreaterThan(0);
  });

  it('reads each draft’s place a few times, not once per pair of drafts', () => {
    reads = 0;
    withContextOfDrafts(candidates, sides, REGIONS_B);
    // The scan read every vouching and standing draft once per draft it was asked for (tens of thousands).
    expect(reads).toBeLessThan(candidates.length * 12);
  });
});

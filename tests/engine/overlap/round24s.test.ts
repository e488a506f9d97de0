import { describe, expect, it } from 'vitest';
import { unitSimilarity } from '../../../src/engine/overlap/align-similarity.ts';
import { figuresOf, figuresStartingIn } from '../../../src/engine/overlap/different-amounts.ts';
import { WordsLike } from '../../../src/engine/overlap/like-words.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { clearTextMemo } from '../../../src/engine/text/memo.ts';
import { FIGURES_TEXT, generator, side } from './pairing-sides.ts';

/**
 * Round 24s (decision 004): questions a long report answered by a scan of all its figures or all
 * its dates per stretch or per word (work that grew as the square of the report), answered from
 * an index or counted only as far as the answer needs. The output is unchanged (every development
 * digest, every held-out set and the bench's pairs, byte for byte); these tests pin that each gives
 * the scan's answer, and that it does not do the scan's work.
 */

const random = generator(24);

describe('figuresStartingIn', () => {
  const SENTENCES = [
    'The council approved 3.5 million euros for 12 schools on Tuesday.',
    'About 40% of the 1,200 workers, some 480 people, walked out at 9 a.m.',
    'Prices rose from $4.10 to $4.35 a gallon, up 6%, over two weeks.',
    'The 26-year-old ran 10 km in 31 minutes and 12 seconds.',
    FIGURES_TEXT,
  ];
  const text = Array.from({ length: 40 }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]).join(' ');

  it('gives the figures a scan finds starting within the ranges, in the report’s order, each once', () => {
    clearTextMemo();
    const figures = figuresOf(text);
    expect(figures.length).toBeGreaterThan(200);
    for (let trial = 0; trial < 300; trial += 1) {
      const ranges = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const from = Math.floor(random() * text.length);
        return { from, to: from + Math.floor(random() * 300) };
      });
      const scan = figures.flatMap((q, k) => (ranges.some(({ from, to }) => q.start >= from && q.start < to) ? [k] : []));
      expect(figuresStartingIn(text, ranges)).toEqual(scan);
    }
  });
});

describe('WordsLike.countLike', () => {
  const like = (x: Unit, y: Unit): boolean => x.key === y.key || unitSimilarity(x, y) > 0;
  const REPORT = ['Rescuers found the hikers on Friday, officials said.', 'The ferry capsized on Tuesday, the coastguard said.', 'The port reopened on Monday, the minister said.', FIGURES_TEXT].join(' ');
  const units = side(REPORT, new Map()).units;

  it('counts, up to its limit, the accepted groups groupsLike gives', () => {
    const groups: Unit[][] = Array.from({ length: 60 }, () => {
      const from = Math.floor(random() * units.length);
      return units.slice(from, from + 1 + Math.floor(random() * 4));
    });
    const index = new WordsLike(groups, like);
    const accept = (at: number): boolean => at % 3 !== 1;
    for (const word of units) {
      const all = index.groupsLike(word).filter(accept).length;
      for (const most of [1, 2, 5]) expect(index.countLike(word, accept, most), `${word.key} at ${word.start}`).toBe(Math.min(all, most));
    }
  });

  it('stops at its limit: a word beside every date of a long report is tested against a few groups, not all', () => {
    // 300 dates, each beside `said` (as loneDateConflicts groups the words beside each date).
    const said = units.find((unit) => unit.key.endsWith('say'));
    expect(said).toBeDefined();
    const groups = Array.from({ length: 300 }, () => [said as Unit]);
    let tests = 0;
    const index = new WordsLike(groups, (x, y) => ((tests += 1), like(x, y)));
    expect(index.countLike(said as Unit, () => true, 2)).toBe(2);
    expect(tests).toBeLessThanOrEqual(2);
    tests = 0;
    expect(index.groupsLike(said as Unit).length).toBe(300);
    expect(tests).toBe(300);
  });
});

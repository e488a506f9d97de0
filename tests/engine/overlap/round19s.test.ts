import { describe, expect, it } from 'vitest';
import { anchoredMatches, stickyAtEither } from '../../../src/engine/overlap/anchored-matches.ts';
import type { Figure } from '../../../src/engine/overlap/conflicts-pairing-figures.ts';
import { FigureGroups } from '../../../src/engine/overlap/figure-groups.ts';
import { WrittenWords, writesWord } from '../../../src/engine/overlap/word-indexes.ts';
import { generator } from './pairing-sides.ts';

/**
 * Round 19s (decision 004): work that grew faster than the text, or scanned the whole of a long
 * report for a rare pattern, read from an index or tried only where its anchor is written. The
 * output is unchanged (every digest and the bench's pairs, byte for byte); these tests pin that
 * each gives the old answer, and that it does not do the old work.
 */

const random = generator(19);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** Random text of the pieces the patterns below care about: letters (one astral), hyphens, spaces, marks. */
function randomText(pieces: readonly string[], length: number): string {
  return Array.from({ length }, () => pick(pieces)).join('');
}

describe('anchoredMatches', () => {
  // The flag pattern of conflicts-venues.ts, as matchAll ran it and as the anchored search runs it.
  const RUN = { word: /^[\p{L}.’']$/u, gap: /^[ \t]$/u, words: 4 };
  const SOURCE = String.raw`(?<![\p{L}-])(((?:[\p{L}.’']+[ \t]+){0,3}[\p{L}.’']+)-(?:flagged|registered))\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)`;
  const pieces = ['the ', 'Marshall ', 'Islands', '-flagged ', '-registered ', 'bulk ', 'carrier ', 'Nordic ', 'Tern', ' ', '\t', '-', ', ', '. ', 'Liberian', 'ex', '’s ', '𝐀', 'é', '\n', 'A', 'b', 'a b c d e '];

  it('finds what matchAll finds, at the same places, on random text', () => {
    for (let trial = 0; trial < 400; trial += 1) {
      const text = randomText(pieces, 5 + Math.floor(random() * 40));
      const all = [...text.matchAll(new RegExp(SOURCE, 'gu'))].map((match) => [match.index, ...match]);
      const anchored = anchoredMatches(text, new RegExp(SOURCE, 'guy'), /-(?:flagged|registered)/g, RUN).map((match) => [match.index, ...match]);
      expect(anchored).toEqual(all);
    }
  });

  it('tries the pattern only before an anchor', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(400)}The Panama-flagged tanker Sea Star ran aground.`;
    const pattern = new RegExp(SOURCE, 'guy');
    let tried = 0;
    const exec = pattern.exec.bind(pattern);
    pattern.exec = (input: string): RegExpExecArray | null => {
      tried += 1;
      return exec(input);
    };
    const found = anchoredMatches(text, pattern, /-(?:flagged|registered)/g, RUN);
    expect(found.map((match) => match[3])).toEqual(['Sea Star']);
    expect(tried).toBeLessThan(40);
  });
});

describe('stickyAtEither', () => {
  const pieces = ['Anna ', 'Berg', ' ', 'Bergman ', 'Anna', 'é', '𝐀', '-', 'xAnna ', '\n', '. '];
  it('answers as the pattern run over the whole text', () => {
    for (let trial = 0; trial < 400; trial += 1) {
      const text = randomText(pieces, 3 + Math.floor(random() * 20));
      const source = String.raw`(?<![\p{L}\p{M}])(?:Anna\s+Berg|Berg\s+Anna)(?![\p{L}\p{M}])`;
      expect(stickyAtEither(text, new RegExp(source, 'uy'), ['Anna', 'Berg'])).toBe(new RegExp(source, 'u').test(text));
    }
  });
});

describe('WrittenWords', () => {
  const pieces = ['Kalniņa', 'Kalni', 'ņa', 'Berg', ' ', '-', '𝐀', 'é', 'e\u0301', '.', 'Bergs'];
  const words = ['Kalniņa', 'Kalni', 'Berg', 'Bergs', 'é', '𝐀', 'e\u0301', 'Berg-', '', 'ņa'];
  const bySet = (text: string, word: string): boolean => new Set(text.match(/[\p{L}\p{M}]+/gu) ?? []).has(word);

  it('writesWord answers as the set of every word does', () => {
    for (let trial = 0; trial < 300; trial += 1) {
      const text = randomText(pieces, 1 + Math.floor(random() * 12));
      for (const word of words) expect(writesWord(text, word), `${text} / ${word}`).toBe(bySet(text, word));
    }
  });

  it('answers the same before and after it reads every word once', () => {
    const text = randomText(pieces, 200);
    const written = new WrittenWords(text);
    for (const word of [...words, ...words, ...words]) expect(written.writes(word)).toBe(bySet(text, word));
  });
});

describe('FigureGroups', () => {
  // Figures as the pairing groups them: a family, a role, a value, and whether it is narrow.
  const families = ['count:people', 'count:homes', 'money:usd'];
  const roles = ['', 'earlier', 'rest'];
  const figures = Array.from({ length: 300 }, () => ({ family: pick(families), role: pick(roles), quantity: { value: Math.round(1 + random() * 10_000) } }) as unknown as Figure);
  const narrow = figures.map(() => random() < 0.7);

  // The loop the pairing ran: every figure of the group, in text order, and of two narrow figures
  // only those within a factor of two.
  const byScan = (family: string, role: string, isNarrow: boolean, low: number, high: number): number[] =>
    figures.flatMap((figure, j) => {
      if (figure.role.includes('rest') || figure.family !== family || figure.role !== role) return [];
      if (isNarrow && narrow[j] === true && (figure.quantity.value < low || figure.quantity.value > high)) return [];
      return [j];
    });

  it('gives the figures the scan kept, in text order', () => {
    const groups = new FigureGroups(figures, narrow);
    for (const family of [...families, 'percent']) {
      for (const role of roles) {
        for (const isNarrow of [true, false]) {
          for (let trial = 0; trial < 20; trial += 1) {
            const value = Math.round(1 + random() * 10_000);
            const [low, high] = [(value / 2) * (1 - 1e-9), value * 2 * (1 + 1e-9)];
            expect(groups.candidates(family, role, isNarrow, low, high)).toEqual(byScan(family, role, isNarrow, low, high));
          }
        }
      }
    }
  });

  it('does not hand a narrow figure the narrow figures far from its value', () => {
    const spread = Array.from({ length: 200 }, (_, j) => ({ family: 'count:people', role: '', quantity: { value: 2 ** (j / 4) } }) as unknown as Figure);
    const groups = new FigureGroups(spread, spread.map(() => true));
    // A value of 1,000 reaches 500 to 2,000: 8 of the 200 (a quarter-octave apart).
    expect(groups.candidates('count:people', '', true, 500, 2000).length).toBeLessThanOrEqual(9);
  });
});

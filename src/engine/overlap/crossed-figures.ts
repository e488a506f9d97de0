import type { UnitMatch } from './align.ts';
import type { Unit } from './units.ts';

/**
 * Figures of different things (decision 004, round 17p). Two reports that count two things in
 * one sentence (`Four people have been killed and 31 injured` / `At least 23 people have been
 * killed and 17 injured`) can have figures that agree across the two things: `at least 23`
 * allows 31. The words each figure counts say which thing it is: when the word written right
 * beside one report's figure is matched to a word the other report writes right beside another
 * figure than its partner (`23 people` ~ `Four people`), the two figures count different things,
 * and their agreement says nothing the two reports share.
 */

/** A figure written as digits or as a number word, at the edge of a stretch of text. */
const NUMBER = String.raw`(?:\d[\d.,]*%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\b)`;
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER}[\s-]+$`, 'iu');
const NUMBER_AFTER = new RegExp(String.raw`^[\s-]+${NUMBER}`, 'iu');
/** Right beside: a space or a hyphen between (`31 injured`, `killing 23`, `1.7-kilometre`). */
const BESIDE = /^[\s-]{1,2}$/u;
/** How far to look for a figure beside a word. */
const REACH = 24;

/** Whether the figure unit and the word unit stand right beside each other, in either order. */
const beside = (figure: Unit, word: Unit, text: string): boolean =>
  word.start >= figure.end ? BESIDE.test(text.slice(figure.end, word.start)) : figure.start >= word.end && BESIDE.test(text.slice(word.end, figure.start));

/**
 * Where a figure is written right beside the word, on the side it faces the figure on (`Four |
 * people`): its character range, or null.
 */
function figureBeside(word: Unit, figureBefore: boolean, text: string): { start: number; end: number } | null {
  if (figureBefore) {
    const from = Math.max(0, word.start - REACH);
    const found = NUMBER_BEFORE.exec(text.slice(from, word.start));
    return found === null ? null : { start: from + found.index, end: word.start };
  }
  const found = NUMBER_AFTER.exec(text.slice(word.end, word.end + REACH));
  return found === null ? null : { start: word.end, end: word.end + found[0].length };
}

/**
 * Whether a figure match counts different things in the two reports: a word beside the figure on
 * one side is matched to a word that, on the other side, stands beside another figure, and not
 * beside the figure's partner, and that the stretch matches to nothing.
 */
export function crossesFigures(match: UnitMatch, matches: readonly UnitMatch[], textA: string, textB: string): boolean {
  if (match.a.quantity === null || match.b.quantity === null) return false;
  const texts = { a: textA, b: textB };
  return (['a', 'b'] as const).every((side) => {
    const other = side === 'a' ? 'b' : 'a';
    const [figure, partner] = [match[side], match[other]];
    return matches.some((word) => {
      if (word === match || word[side].quantity !== null || word[other].quantity !== null) return false;
      if (!beside(figure, word[side], texts[side])) return false;
      if (beside(partner, word[other], texts[other])) return false;
      const another = figureBeside(word[other], figure.start < word[side].start, texts[other]);
      // A figure the stretch matches too is one both give (`33 of the 90 seats` / `33 seats in the 90`).
      return another !== null && !matches.some((m) => m[other].quantity !== null && m[other].start < another.end && another.start < m[other].end);
    });
  });
}

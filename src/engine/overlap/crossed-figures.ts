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

/** The most a small count is (`one`, `two`, `three`): a figure any two sentences may share. */
const SMALL_COUNT = 3;
/** A small count written alone, as a word or a digit (not `an hour`, not the `2` of a `10-2` vote). */
const SMALL_FIGURE = /^(?:[0-3]|one|two|three)(?![\p{L}\p{N}.,])/iu;
/** How many words after a small figure the thing it counts may stand (`two traffic lanes`). */
const COUNTED_WORDS = 3;
/** After `of`, the thing counted stands further on (`two of the court’s seven justices`). */
const PARTITIVE_WORDS = 6;
const WORDS_AFTER = /^(?:[\s-]+[\p{L}\p{N}][\p{L}\p{N}'’-]*)+/u;

/** The words right after a figure, up to punctuation, where what it counts is written: their character range. */
function countedWords(figure: Unit, text: string): { start: number; end: number } {
  // After the figure's own word: the unit takes the noun along when it is read as one (`two countries'`).
  const from = figure.start + (SMALL_FIGURE.exec(text.slice(figure.start, figure.end))?.[0].length ?? 0);
  const run = WORDS_AFTER.exec(text.slice(from, from + 80))?.[0] ?? '';
  const words = [...run.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const reach = words[0]?.[0].toLowerCase() === 'of' ? PARTITIVE_WORDS : COUNTED_WORDS;
  const last = words.slice(0, reach).at(-1);
  return { start: from, end: last === undefined ? from : from + last.index + last[0].length };
}

const isSmallCount = (unit: Unit, text: string): boolean =>
  unit.quantity !== null && unit.quantity.unit === 'count' && !unit.quantity.hedged && unit.quantity.value <= SMALL_COUNT && SMALL_FIGURE.test(text.slice(unit.start, unit.end)) && !/[\p{N}][-–]$/u.test(text.slice(Math.max(0, unit.start - 2), unit.start));

/**
 * A small count both reports give (`two countries' transport` / `carried by two planes`, `one of
 * the mainstays` / `Gibraltar is one`, `One pack` / `one who found mould`) tells something shared
 * only when what it counts is shared too: in the few words right after the figure on both sides
 * (past `of`: `two of the court’s seven justices`), a match of the stretch (`two lanes` / `two
 * traffic lanes`). `three Lithuanian citizens` is read as one unit that `Lithuanians` does not
 * match, so that count is dropped too (round 18p's test pins it). Without it, the figure is any
 * sentence's `one` or `two`. Ordinals are left alone (`first vaccine` /
 * `first time`, `second-busiest` / `second-largest`: what is ranked is often told in other words).
 * Decision 004, round 18p.
 */
export function countsNothingShared(match: UnitMatch, matches: readonly UnitMatch[], textA: string, textB: string): boolean {
  if (!isSmallCount(match.a, textA) || !isSmallCount(match.b, textB)) return false;
  const [afterA, afterB] = [countedWords(match.a, textA), countedWords(match.b, textB)];
  const within = (unit: Unit, range: { start: number; end: number }): boolean => unit.start >= range.start && unit.start < range.end;
  return !matches.some((other) => other !== match && within(other.a, afterA) && within(other.b, afterB));
}

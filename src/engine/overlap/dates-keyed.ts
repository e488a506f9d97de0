import { splitsPair } from '../text/characters.ts';
import { startOfRunsBefore } from '../text/spaces.ts';

/**
 * A date pattern tried only where it can match. Each pattern is costly to try at every character
 * (a look-behind, many alternatives, case folding: a scan of a 100,000-character text took 2–4 ms
 * per pattern, about twenty times a scan for one of its words), but every match holds a keyword
 * (`ago`, a weekday, a month, a year) within a few words of its start. So the keyword is scanned
 * for, and the pattern is tried only at the places from a few words before each keyword up to it.
 */
export interface KeyedPattern {
  /** The pattern (global), whose matches are wanted. */
  pattern: RegExp;
  /** Found (global) in every match of the pattern; two of its finds never overlap. */
  keyword: RegExp;
  /** At most this many runs of non-space characters stand in a match before where its keyword is found. */
  runsBefore: number;
  /** The pattern tried at one place only. */
  sticky: RegExp;
}

/**
 * How many runs of non-space characters a match of `source` can hold: one more than the spaces
 * (`\s+`, `\s*`) it may match, counted over all its alternatives (so never too few), for a source
 * whose other parts match no white space.
 */
export function runsAtMost(source: string): number {
  return (source.match(/\\s[+*]/gu)?.length ?? 0) + 1;
}

export function keyedPattern(pattern: RegExp, keyword: RegExp, runsBefore: number): KeyedPattern {
  if (!pattern.global || !keyword.global) throw new Error('a keyed pattern and its keyword search the whole text');
  return { pattern, keyword, runsBefore, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`) };
}


/**
 * The matches a global search with the pattern finds, in order, found by trying the pattern only
 * at the places a match holding each keyword could start: from the start of the `runsBefore`-th
 * run of non-space characters before where the keyword is found, up to there. A match starting
 * anywhere else would hold no keyword. Each place is tried at most once, and the look back stops
 * at the last place tried: the work is the keyword's scan and a few words per keyword.
 */
export function* keyedMatches({ keyword, runsBefore, sticky }: KeyedPattern, text: string): Generator<RegExpExecArray> {
  // Every place before `settled` has been tried, or lies in a match already given.
  let settled = 0;
  keyword.lastIndex = 0;
  for (let hit = keyword.exec(text); hit !== null; hit = keyword.exec(text)) {
    const at = hit.index;
    let place = startOfRunsBefore(text, at, runsBefore, settled);
    while (place <= at) {
      // Between the two halves of a surrogate pair a unicode pattern never starts a match.
      if (splitsPair(text, place)) {
        place += 1;
        continue;
      }
      sticky.lastIndex = place;
      const match = sticky.exec(text);
      if (match === null) place += 1;
      else {
        yield match;
        place = match.index + Math.max(1, match[0].length);
      }
    }
    settled = Math.max(settled, place);
    if (keyword.lastIndex < settled) keyword.lastIndex = settled;
  }
}

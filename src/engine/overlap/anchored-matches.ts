import { isHighSurrogate, isLowSurrogate, splitsPair } from '../text/characters.ts';

/**
 * `text.matchAll(pattern)` for a pattern whose every match starts in a run of `runChar`
 * characters that ends right before an anchor (`-flagged` after `the Marshall Islands`): the
 * anchors are found first (a literal search), and the pattern is tried only at the positions of
 * the run before each, left to right, resuming after each match as `matchAll` does. The same
 * matches as `matchAll`, at a fraction of the cost on a long text: a pattern that opens with a
 * lookbehind and a class of letters is tried at every position of the text by the engine (a
 * microsecond a character; decision 004, round 19s).
 *
 * `pattern` must be global, sticky and unicode (`guy`); `anchor` global; `run` how far before an
 * anchor a match may start: at most `words` runs of `word` characters, apart by runs of `gap`
 * characters (each a unicode pattern of one character, tested on each code point).
 */
export function anchoredMatches(text: string, pattern: RegExp, anchor: RegExp, run: Run): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let resume = 0;
  anchor.lastIndex = 0;
  for (let at = anchor.exec(text); at !== null; at = anchor.exec(text)) {
    if (at[0] === '') anchor.lastIndex += 1;
    const start = Math.max(runStart(text, at.index, run), resume);
    for (let position = start; position < at.index; position += 1) {
      // Never inside a surrogate pair: `matchAll` steps over code points.
      if (splitsPair(text, position)) continue;
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (match === null) continue;
      found.push(match);
      resume = match.index + Math.max(match[0].length, 1);
      break;
    }
  }
  return found;
}

/** Words before an anchor: runs of `word` characters apart by runs of `gap` characters, at most `words` of them. */
export interface Run {
  word: RegExp;
  gap: RegExp;
  words: number;
}

/** Where the earliest match that reaches the anchor at `end` may start: `run.words` words back at most. */
function runStart(text: string, end: number, run: Run): number {
  let start = end;
  for (let words = 0; words < run.words; words += 1) {
    const wordEnd = start;
    start = back(text, start, run.word);
    if (start === wordEnd) return wordEnd;
    if (words + 1 === run.words) return start;
    const gapEnd = start;
    start = back(text, start, run.gap);
    if (start === gapEnd) return gapEnd;
  }
  return start;
}

/** Where the run of `char` characters that ends at `end` starts (by code points). */
function back(text: string, end: number, char: RegExp): number {
  let start = end;
  for (;;) {
    const width = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (start - width < 0 || !char.test(text.slice(start - width, start))) return start;
    start -= width;
  }
}

/**
 * `pattern.test(text)` for a sticky pattern (`uy`) whose every match starts with one of
 * `openings`, written literally: tried only where one of them is written.
 */
export function stickyAtEither(text: string, pattern: RegExp, openings: readonly string[]): boolean {
  for (const opening of openings) {
    if (opening === '') return testAnywhere(text, pattern);
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      if (splitsPair(text, at)) continue;
      pattern.lastIndex = at;
      if (pattern.test(text)) return true;
    }
  }
  return false;
}
function testAnywhere(text: string, pattern: RegExp): boolean {
  for (let at = 0; at <= text.length; at += 1) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return true;
  }
  return false;
}

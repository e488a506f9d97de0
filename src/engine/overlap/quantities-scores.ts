import { RANGE_DASHES } from './quantities-lexicon.ts';
import { readNumber, type NumberRead } from './quantities-read.ts';
import type { TokenStream } from './quantities-tokens.ts';
import { readUnitAfter } from './quantities-units.ts';
import type { Draft } from './quantities-draft.ts';

/**
 * Two numbers read as one value (quantities-draft.ts `draftAt` asks these first): a split vote, told as
 * its minority (`a 10-2 vote`, `voted 101 to 49`, `46 voted against`), and a score or result
 * (`won 2-1`, `318/7`, `two matches to one`) as one exact value (rounds 15v and 16q).
 */

/** What a split vote is called: `a 10-2 vote`, `the 5-2 decision`, `a 6-3 ruling`. */
const TALLY_NOUNS = ['vote', 'votes', 'decision', 'ruling', 'verdict'];
/**
 * `earned a 3-2 decision over Boston`: a result won or lost is a score, not a vote; and the name
 * after such a verb is a rival, not a person a figure after it gives an age to (`beat Leeds, 3,`:
 * quantities-context.ts `apposedAge`).
 */
export const RESULT_VERBS = ['won', 'win', 'wins', 'earned', 'earn', 'lost', 'lose', 'beat', 'beating', 'claimed', 'secured', 'suffered', 'recorded', 'posted'];

/**
 * A split vote (`a 10-2 vote`, `the state Supreme Court’s 5-2 decision`, `voted 7-2`) counts
 * its minority: the dissents, which other reports give as a count (`drew two dissents`, `Two
 * justices dissented`). Read as that count, with `dissent` as its noun; a score (`won 2-1`) is
 * not a vote and stays unread.
 */
export function readTally(stream: TokenStream, majority: NumberRead): Draft | null {
  const minority = readNumber(stream, majority.last + 2);
  if (minority === null || majority.kind !== 'cardinal' || minority.kind !== 'cardinal' || !stream.touching(majority.last + 1, minority.first)) return null;
  const [n, m] = [majority.value, minority.value];
  if (!Number.isInteger(n) || !Number.isInteger(m) || m < 1 || n <= m || n > 1000) return null;
  if (!stream.isWord(minority.last + 1, ...TALLY_NOUNS) && !stream.isWord(majority.first - 1, 'voted')) return null;
  if (stream.isWord(minority.last + 2, 'over', 'against') || [1, 2, 3].some((back) => stream.isWord(majority.first - back, ...RESULT_VERBS))) return null;
  return { first: majority.first, last: minority.last, spanLast: minority.last, value: m, low: m, high: m, hedged: false, unit: 'count', noun: 'dissent', resolution: 1 };
}

/**
 * `voted 101 to 49`, `by 104 votes to 46`, `passed 60 votes to 38`: a vote told with `to` counts
 * its minority, as `a 101-49 vote` does (`readTally`), so `46 voted against` meets it (round 15v).
 */
export function readVoteTo(stream: TokenStream, majority: NumberRead): Draft | null {
  if (majority.kind !== 'cardinal' || majority.vague !== undefined || majority.scale !== undefined) return null;
  const votes = stream.isWord(majority.last + 1, 'votes') ? majority.last + 1 : null;
  if (votes === null && !stream.isWord(majority.first - 1, 'voted')) return null;
  const to = (votes ?? majority.last) + 1;
  if (!stream.isWord(to, 'to') || !stream.spaced(to - 1, to)) return null;
  const minority = readNumber(stream, to + 1);
  if (minority === null || minority.kind !== 'cardinal' || minority.vague !== undefined || minority.scale !== undefined) return null;
  const [n, m] = [majority.value, minority.value];
  if (!Number.isInteger(n) || !Number.isInteger(m) || n <= m || n > 1000) return null;
  if (stream.isSym(minority.last + 1, '%') || readUnitAfter(stream, minority.last, false) !== null) return null;
  return { first: majority.first, last: minority.last, spanLast: minority.last, value: m, low: m, high: m, hedged: false, unit: 'count', noun: 'dissent', resolution: 1 };
}

/** `46 voted against`, `with 39 voting against`: a count of the votes against is a count of dissents (round 15v). */
export function votedAgainst(stream: TokenStream, last: number): number | null {
  if (!stream.isWord(last + 1, 'voted', 'voting', 'vote', 'votes') || !stream.isWord(last + 2, 'against')) return null;
  return last + 2;
}

/** Words of a result before a score (`beat Aberdeen 2-1`, `lost 1-2`, `led 17-13`): up to three words back. */
const SCORE_VERBS = [...RESULT_VERBS, 'beaten', 'winning', 'losing', 'drew', 'draw', 'drawn', 'led', 'leading', 'trailed', 'trailing', 'sealed', 'clinched', 'defeated'];
/** Nouns of a result after a score: `a 2-1 win`, `a 1-2 defeat`, `the 31-27 victory`. */
const SCORE_NOUNS = ['win', 'wins', 'victory', 'defeat', 'loss', 'draw', 'lead', 'scoreline', 'triumph', 'success', 'thrashing', 'rout', 'aggregate', 'home', 'away', 'up', 'down'];
/** Words a score may stand before (`318/7 in 50 overs`, `three for 61 from ten overs`): no noun it counts. */
const AFTER_A_SCORE = ['in', 'at', 'off', 'from', 'after', 'before', 'and', 'when', 'with', 'as', 'on', 'by', 'to', 'but', 'while', 'against', 'over', 'into', 'during', 'the', 'a', 'an', 'for', 'of', 'then', 'thanks', 'was', 'were', 'is'];
/** The most a side of a score written with a dash is: `112-104` is one, `737-800` a model. */
const MAX_DASH_SCORE = 200;
/** Words before a cricket score with a slash (`reached 318/7`, `at 23/2`, `with 3/61`), which `24/7` does not follow. */
const BEFORE_A_SLASH_SCORE = ['at', 'to', 'with', 'of', 'reached', 'made', 'posted', 'finished', 'were', 'was', 'took', 'returned', 'figures'];

/**
 * A score or result written as two numbers (round 16q): `2-1`, `2–1`, `31-27`, `6-4` (a dash
 * touching both), `318/7`, `3/61` (a slash, after a word that leads to a score), `318 for seven`,
 * `three for 61` (runs for wickets, wickets for runs). One value whatever the order or form: the
 * larger number and the smaller, so `318/7` is `318 for seven` and `3/61` is `three for 61`. A
 * dash between a smaller and a larger number is a range (`3-6 inches`) unless a result is told
 * beside it (`lost 1-2`, `a 1-2 defeat`); a code (`LP 890-47`), a figure with a unit or a noun it
 * counts after it (`5-2 votes` is a tally, read before) stays what it was.
 */
export function readScore(stream: TokenStream, first: NumberRead): Draft | null {
  if (first.kind !== 'cardinal' || first.vague !== undefined || first.scale !== undefined || !Number.isInteger(first.value) || first.value >= 1000) return null;
  const joint = stream.at(first.last + 1);
  if (joint === undefined) return null;
  const dash = RANGE_DASHES.includes(joint.text) && joint.kind === 'sym' && stream.touching(first.last, first.last + 1);
  const forScore = stream.isWord(first.last + 1, 'for') && stream.spaced(first.last, first.last + 1);
  if (!dash && !forScore) return null;
  if (dash && readTally(stream, first) !== null) return null; // `voted 7–2`: a vote
  const second = readNumber(stream, first.last + 2);
  if (second === null || second.kind !== 'cardinal' || second.vague !== undefined || second.scale !== undefined || !Number.isInteger(second.value) || second.value >= 1000) return null;
  if (dash && (!stream.touching(first.last + 1, second.first) || !first.bare || !second.bare)) return null;
  if (forScore && !stream.spaced(first.last + 1, second.first)) return null;
  const [high, low] = first.value >= second.value ? [first.value, second.value] : [second.value, first.value];
  // What follows: no unit, share or noun it counts, no code or further figure run on.
  const next = stream.at(second.last + 1);
  if (next !== undefined && stream.touching(second.last, second.last + 1) && (next.kind === 'word' || next.kind === 'num' || RANGE_DASHES.includes(next.text) || next.text === '/' || next.text === '%')) return null;
  if (readUnitAfter(stream, second.last, false) !== null) return null;
  const resultAfter = stream.isWord(second.last + 1, ...SCORE_NOUNS);
  if (next?.kind === 'word' && !resultAfter && !AFTER_A_SCORE.includes(next.lower)) return null;
  // A set after a set (`6-4, 3-6, 7-5`, `6–4 3–6 7–5`): a score whatever its order.
  const previous = stream.isSym(first.first - 1, ',') ? first.first - 2 : first.first - 1;
  const inASet = dash && stream.at(previous)?.kind === 'num' && RANGE_DASHES.some((d) => stream.isSym(previous - 1, d)) && stream.touching(previous - 1, previous) && stream.touching(previous - 2, previous - 1) && stream.at(previous - 2)?.kind === 'num';
  const before = stream.at(first.first - 1);
  if (!inASet && before !== undefined && (before.kind === 'num' || (before.kind === 'sym' && RANGE_DASHES.includes(before.text) && stream.touching(first.first - 1, first.first)))) return null;
  const resultBefore = [1, 2, 3].some((back) => stream.isWord(first.first - back, ...SCORE_VERBS));
  // `LP 890-47`, `F 16-2` are codes; `beat Sporting CP 2-1`, `PSG 3-0 win` are results.
  const code = before?.kind === 'word' && /^\p{Lu}+$/u.test(before.text) && before.text.length <= 4 && stream.spaced(first.first - 1, first.first);
  if (code && !resultBefore && !resultAfter) return null;
  if (dash && first.value < second.value && !resultBefore && !resultAfter && !inASet) return null;
  // `a Boeing 737-800`: a dash score stays under two hundred (a basketball score does).
  if (dash && high > MAX_DASH_SCORE) return null;
  // `12 for, 2 against` is a vote.
  if (forScore && stream.isWord(second.last + 1, 'against')) return null;
  // Runs for wickets: one number of ten or less, the other more (`three for 61`, `318 for seven`).
  if (forScore && !(low <= 10 && high > 10)) return null;
  return scoreDraft(first.first, second.last, high, low);
}

/** What a score told in words counts: `two matches to one`, `by three goals to nil`. */
const SCORE_UNITS = ['match', 'matches', 'game', 'games', 'goal', 'goals', 'set', 'sets', 'frame', 'frames', 'leg', 'legs', 'try', 'tries', 'bout', 'bouts'];

/**
 * `won the series two matches to one`, `beat them by three goals to one`, `four sets to two`: a
 * score told in words with what it counts, one value with `2-1` (round 16q). `nil` is nought.
 */
export function readScoreInWords(stream: TokenStream, first: NumberRead): Draft | null {
  if (first.kind !== 'cardinal' || first.vague !== undefined || first.scale !== undefined || !Number.isInteger(first.value) || first.value >= 1000) return null;
  if (!stream.isWord(first.last + 1, ...SCORE_UNITS) || !stream.isWord(first.last + 2, 'to') || !stream.spaced(first.last, first.last + 1)) return null;
  const nil = stream.isWord(first.last + 3, 'nil', 'nothing', 'zero');
  const second = nil ? null : readNumber(stream, first.last + 3);
  if (!nil && (second === null || second.kind !== 'cardinal' || second.vague !== undefined || second.scale !== undefined || !Number.isInteger(second.value))) return null;
  if (second !== null && (stream.isSym(second.last + 1, '%') || readUnitAfter(stream, second.last, false) !== null)) return null;
  const low = second?.value ?? 0;
  let last = second?.last ?? first.last + 3;
  if (stream.isWord(last + 1, ...SCORE_UNITS)) last += 1;
  return low <= first.value ? scoreDraft(first.first, last, first.value, low) : null;
}

/** A score as one value: the larger number and the smaller (`readScore`). */
function scoreDraft(first: number, last: number, high: number, low: number): Draft {
  const value = high * 1000 + low;
  return { first, last, spanLast: last, value, low: value, high: value, hedged: false, unit: 'other', noun: 'score', resolution: 0 };
}

/**
 * `reached 318/7`, `in trouble at 23/2`, `with 3/61`: a cricket score with a slash, runs and
 * wickets or wickets and runs (one number of ten or less, the other at least ten), after a word
 * that leads to a score, which `open 24/7` has not (round 16q). The digit reader reads neither
 * number of `a/b`.
 */
export function readSlashScore(stream: TokenStream, index: number): Draft | null {
  const [a, slash, b] = [stream.at(index), stream.at(index + 1), stream.at(index + 2)];
  if (a?.kind !== 'num' || b?.kind !== 'num' || !stream.isSym(index + 1, '/') || slash === undefined || !stream.touching(index, index + 1) || !stream.touching(index + 1, index + 2)) return null;
  if (!/^\d{1,3}$/u.test(a.text) || !/^\d{1,3}$/u.test(b.text) || !stream.isWord(index - 1, ...BEFORE_A_SLASH_SCORE) || !stream.spaced(index - 1, index)) return null;
  const next = stream.at(index + 3);
  if (next !== undefined && stream.touching(index + 2, index + 3) && next.text !== ',' && next.text !== '.' && next.text !== ')' && next.text !== ';') return null;
  if (next?.kind === 'word' && !AFTER_A_SCORE.includes(next.lower)) return null;
  const [x, y] = [Number(a.text), Number(b.text)];
  const [high, low] = x >= y ? [x, y] : [y, x];
  return low <= 10 && high >= 10 ? scoreDraft(index, index + 2, high, low) : null;
}

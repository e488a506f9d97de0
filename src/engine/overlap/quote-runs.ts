import { charRange } from '../text/ranges.ts';
import type { Token } from '../text/tokens.ts';
import type { Clause } from './clauses.ts';
import type { FactDraft, MatchPoint } from './select.ts';

/** One report's words, in order, with whether each stands inside quotation marks. */
export interface RunSide {
  tokens: readonly Token[];
  clauses: readonly Clause[];
  /** Character ranges nothing is compared in (a wire dateline). */
  skip?: readonly { start: number; end: number }[];
}

/** A stretch of words both reports write word for word: [start, end) into each side's word list. */
export interface WordRun {
  a: { start: number; end: number };
  b: { start: number; end: number };
  words: number;
}

/** The length of the word grams runs are seeded from: short enough to find any run of this length or more. */
const GRAM = 5;
/**
 * A gram written more often than this in one report is boilerplate (a repeated slogan, a list):
 * it seeds nothing, so the work stays linear even on a text that repeats itself.
 */
const MAX_GRAM_POSTINGS = 4;

interface Word {
  token: Token;
  quoted: boolean;
}

/** The report's words and figures, in order, marked quoted when their clause is. */
function wordsOf(side: RunSide): Word[] {
  const quoted = new Uint8Array(side.tokens.length);
  for (const clause of side.clauses) if (clause.quoted) quoted.fill(1, clause.first, clause.last);
  const words: Word[] = [];
  // Loops and module-level functions, not arrow functions made per call, here and in `gramIds`:
  // V8 keeps the optimised code of a function made per call only while one lives, so a full
  // garbage collection between two comparisons discards it and the next one compiles it again.
  for (let index = 0; index < side.tokens.length; index += 1) {
    const token = side.tokens[index] as Token;
    if (token.kind === 'punct' || (side.skip !== undefined && startsInAny(side.skip, token.start))) continue;
    words.push({ token, quoted: quoted[index] === 1 });
  }
  return words;
}

function startsInAny(ranges: readonly { start: number; end: number }[], offset: number): boolean {
  for (const range of ranges) if (offset >= range.start && offset < range.end) return true;
  return false;
}

/** A word as runs compare it: lowercase, apostrophes made straight (`don’t` = `don't`). */
const normOf = (word: Word): string => (word.token.kind === 'word' ? word.token.norm : word.token.text.replace(/,/gu, ''));

/**
 * Maximal runs of at least `least` words that both reports write in the same order, where
 * `eligible` holds for every word of the run on both sides (inside quotation marks, say).
 * Punctuation between the words does not count, so a run crosses sentence boundaries (`You
 * knew the children were there. You did it anyway`). Seeded by a hash of word grams; each
 * pair of positions is extended once, along its diagonal, so the work is linear in the
 * length of the reports and of the runs.
 */
export function sharedWordRuns(wordsA: readonly string[], wordsB: readonly string[], eligibleA: readonly boolean[], eligibleB: readonly boolean[], least: number): WordRun[] {
  const gram = Math.min(GRAM, least);
  if (gram < 1) return [];
  const { a: gramsOfA, b: gramsOfB, count } = gramIds(wordsA, wordsB, gram);
  // B's first few positions of each gram, and how often A writes it, by gram number.
  const postings = new Array<number[] | undefined>(count).fill(undefined);
  for (let j = 0; j < gramsOfB.length; j += 1) {
    const id = gramsOfB[j] ?? 0;
    const list = postings[id];
    if (list === undefined) postings[id] = [j];
    else if (list.length <= MAX_GRAM_POSTINGS) list.push(j);
  }
  const countA = new Int32Array(count);
  for (const id of gramsOfA) countA[id] = (countA[id] ?? 0) + 1;
  const same = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < wordsA.length && j < wordsB.length && wordsA[i] === wordsB[j] && eligibleA[i] === true && eligibleB[j] === true;
  const runs: WordRun[] = [];
  // How far each diagonal (i − j) has been followed: a seed inside a run already found adds nothing.
  const reached = new Map<number, number>();
  for (let i = 0; i < gramsOfA.length; i += 1) {
    const id = gramsOfA[i] ?? 0;
    const list = postings[id];
    if (list === undefined || list.length > MAX_GRAM_POSTINGS || (countA[id] ?? 0) > MAX_GRAM_POSTINGS) continue;
    for (const j of list) {
      const diagonal = i - j;
      const done = reached.get(diagonal) ?? -1;
      if (i < done || !same(i, j)) continue;
      // The run may start before its first seed (a gram there was too common to seed).
      let start = i;
      while (start > done && same(start - 1, start - 1 - diagonal)) start -= 1;
      let end = i + 1;
      while (same(end, end - diagonal)) end += 1;
      reached.set(diagonal, end);
      if (end - start >= least) runs.push({ a: { start, end }, b: { start: start - diagonal, end: end - diagonal }, words: end - start });
    }
  }
  return runs;
}

/**
 * Each position's gram (the `gram` words from it) as a number, the same number for the same
 * words on either side: each word is numbered once, then a gram of n words is numbered from its
 * first n − 1 words' number and its last word's, one lookup per word and length. (Joining the
 * words of every gram into a string and hashing it, two or three times per position, grew faster
 * than the text: decision 004, round 9d.)
 */
function gramIds(wordsA: readonly string[], wordsB: readonly string[], gram: number): { a: Int32Array; b: Int32Array; count: number } {
  const wordIds = new Map<string, number>();
  const [ownA, ownB] = [numberWords(wordsA, wordIds), numberWords(wordsB, wordIds)];
  let [prefixesA, prefixesB, count] = [ownA, ownB, wordIds.size];
  // Length n's numbers from length n − 1's (which number at most the positions of both sides).
  for (let length = 2; length <= gram; length += 1) {
    const ids = new Map<number, number>();
    [prefixesA, prefixesB] = [extendGrams(prefixesA, ownA, length, wordIds.size, ids), extendGrams(prefixesB, ownB, length, wordIds.size, ids)];
    count = ids.size;
  }
  return { a: prefixesA, b: prefixesB, count };
}

/** Each word's number in `wordIds`, numbering the words not yet there. */
function numberWords(words: readonly string[], wordIds: Map<string, number>): Int32Array {
  const ids = new Int32Array(words.length);
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at] as string;
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size));
    ids[at] = id;
  }
  return ids;
}

/** The numbers of the grams of `length` words, from those of `length` − 1 words and each last word's own (`wordCount` words numbered). */
function extendGrams(prefixes: Int32Array, own: Int32Array, length: number, wordCount: number, ids: Map<number, number>): Int32Array {
  const out = new Int32Array(Math.max(0, prefixes.length - 1));
  for (let at = 0; at < out.length; at += 1) {
    const key = (prefixes[at] ?? 0) * wordCount + (own[at + length - 1] ?? 0);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[at] = id;
  }
  return out;
}

/** Words that carry nothing alone: a run of them (`it is going to be`) is no statement. */
const FUNCTION_WORDS = new Set(
  'a an the and or but if of to in on at by for from with as into onto than then that this these those it its it\'s is are was were be been being am do does did done have has had having not no nor so too very can could will would shall should may might must i me my we us our you your he him his she her they them their there here what which who whom whose when where why how all any each some such only just also up down out over about off again more most own same other s t don\'t didn\'t doesn\'t won\'t can\'t isn\'t wasn\'t aren\'t weren\'t i\'m we\'re you\'re they\'re it\'s that\'s going get got'.split(' '),
);

/** How many words of a run are not function words. */
const contentWords = (words: readonly string[]): number => words.filter((word) => !FUNCTION_WORDS.has(word)).length;

/** The least length of a shared quoted run that is a quote both reports carry (decision 004, round 8b). */
export const QUOTE_RUN_WORDS = 6;
/**
 * The least content words in it: a run of function words alone (`it is going to be what it
 * is`) is no quote; one content word in six or more words printed word for word is (`It is all on
 * me, and I am so sorry`: session 18, decision 004 "Session 18 together"; round 8b asked for two).
 */
export const QUOTE_RUN_CONTENT = 1;
/** Confidence of a quotation both reports print word for word: as sure as shared wording gets. */
const QUOTE_RUN_SCORE = 0.95;
/**
 * Shared quotations: runs of `QUOTE_RUN_WORDS` words or more that both reports write inside
 * quotation marks, word for word, across sentence boundaries, as `quote` drafts spanning the
 * run on each side. Each word of the run is one exact match, so selection can trim a draft
 * that reaches into a fact already taken.
 */
export function quoteRunDrafts(A: RunSide, B: RunSide): FactDraft[] {
  const [wordsA, wordsB] = [wordsOf(A), wordsOf(B)];
  const [normsA, normsB] = [wordsA.map(normOf), wordsB.map(normOf)];
  const [quotedA, quotedB] = [wordsA.map((word) => word.quoted), wordsB.map((word) => word.quoted)];
  const quotes = sharedWordRuns(normsA, normsB, quotedA, quotedB, QUOTE_RUN_WORDS).filter((run) => contentWords(normsA.slice(run.a.start, run.a.end)) >= QUOTE_RUN_CONTENT);
  return quotes.flatMap((run): FactDraft[] => {
    const points: MatchPoint[] = [];
    for (let k = 0; k < run.words; k += 1) {
      const [a, b] = [wordsA[run.a.start + k]?.token, wordsB[run.b.start + k]?.token];
      if (a === undefined || b === undefined) return [];
      const value = FUNCTION_WORDS.has(normsA[run.a.start + k] ?? '') ? 0.25 : 1;
      points.push({ a: charRange(a.start, a.end), b: charRange(b.start, b.end), value, anchor: true });
    }
    const [first, last] = [points[0], points.at(-1)];
    if (first === undefined || last === undefined) return [];
    const strength = points.reduce((sum, point) => sum + point.value, 0);
    return [{ a: [charRange(first.a.start, last.a.end)], b: [charRange(first.b.start, last.b.end)], kind: 'quote', strength, score: QUOTE_RUN_SCORE, points }];
  });
}

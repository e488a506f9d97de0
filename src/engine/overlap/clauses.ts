import { rangeAt, type CharRange } from '../text/ranges.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';

/** A stretch of a sentence that states one thing: the unit facts are looked for in. */
export interface Clause {
  index: number;
  /** Token range [first, last) into the article's tokens. */
  first: number;
  last: number;
  /** Character range of the clause, from its first to its last token. */
  start: number;
  end: number;
  sentence: number;
  /** Whether the clause sits inside quotation marks. */
  quoted: boolean;
  /** Whether the clause only says who said it or where it comes from (“according to …”). */
  attribution: boolean;
}

const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);
const QUOTES_OPEN = new Set(['“', '‘']);
const QUOTES_CLOSE = new Set(['”', '’']);
/** Words that open a subordinate clause wherever they stand. */
const SUBORDINATORS = new Set(['after', 'amid', 'because', 'while', 'although', 'though', 'whereas', 'unless', 'until', 'despite', 'since']);
/** Words that open a new clause after a comma. */
const AFTER_COMMA = new Set(['and', 'but', 'or', 'yet', 'so', 'which', 'who', 'whom', 'whose', 'where', 'when', 'as', 'before', 'with', 'including', 'according', 'saying', 'adding', 'citing', 'noting']);
const SPEECH_VERBS = /^(?:said|says|say|warned|warns|told|tells|added|adds|noted|notes|stated|states|announced|announces|believe|believes|believed|argued|argues|insisted|insists|claimed|claims|confirmed|confirms|reported|reports|wrote|writes|explained|explains)$/u;

/**
 * Split each sentence into clauses at hard punctuation, quotation marks, subordinators, and
 * commas before a conjunction. Clauses too short to state anything join their neighbour.
 */
export function splitClauses(text: string, tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  const sentences = splitSentences(text);
  let t = 0;
  // `close` changes it: typed so that the checks below are not narrowed to its first value.
  let quoted = false as boolean;
  const straight = straightSingleQuotes(text, tokens);
  // A loop, not `forEach` with an arrow function: the function made per call loses its optimised
  // code at every full garbage collection while no call runs (V8 holds it weakly), and this is the
  // hottest loop of the text's reading.
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex += 1) {
    const sentence = sentences[sentenceIndex] as CharRange;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= sentence.start) t += 1;
    // A quotation left open at the end of a paragraph ends there, unless the next paragraph
    // opens with a quotation mark (a quotation run over paragraphs: its mark reopens it below).
    if (quoted && t > 0 && text.slice(tokens[t - 1]?.end ?? 0, tokens[t]?.start ?? 0).includes('\n') && !opensQuotation(text, tokens[t])) quoted = false;
    let first = t;
    const close = (last: number, nextQuoted: boolean): void => {
      pushClause(clauses, tokens, first, last, sentenceIndex, quoted);
      first = last;
      quoted = nextQuoted;
    };
    for (; t < tokens.length && (tokens[t]?.start ?? Infinity) < sentence.end; t += 1) {
      const token = tokens[t];
      if (token === undefined) continue;
      const previous = tokens[t - 1];
      const lower = token.norm;
      if (token.kind === 'punct') {
        if (QUOTES_OPEN.has(token.text) || (token.text === '"' && !quoted) || (straight?.opens.has(t) === true && !quoted)) {
          close(t, true);
          first = t + 1;
        } else if ((QUOTES_CLOSE.has(token.text) && quoted && !isApostrophe(text, token)) || (straight?.closes.has(t) === true && quoted)) {
          close(t, false);
          first = t + 1;
        } else if (token.text === '"' && quoted) {
          // A mark that opens a paragraph reopens a quotation carried over from the one before
          // (whose closing mark is left out by convention); anywhere else it closes it.
          close(t, opensParagraph(text, token));
          first = t + 1;
        } else if (HARD_BREAKS.has(token.text) && !isClockColon(tokens, t)) {
          close(t, quoted);
          first = t + 1;
        }
      } else if (token.kind === 'word' && t > first) {
        const afterComma = previous?.text === ',';
        if (afterComma && startsAttributionTail(tokens, t, sentence.end)) {
          close(t, quoted);
          continue;
        }
        // An attribution set off by commas in mid-sentence (“…, the board said, up from …”)
        // is a clause of its own.
        const aside = afterComma ? attributionAside(tokens, t, sentence.end) : null;
        if (aside !== null) {
          close(t, quoted);
          t = aside;
          close(t, quoted);
          continue;
        }
        // `that` after a speech verb does not open a clause: `the agency warned that the dam was
        // full` is one statement, as `the agency said the dam was full` is (decision 004, round 7b).
        if (SUBORDINATORS.has(lower) || (afterComma && AFTER_COMMA.has(lower))) close(t, quoted);
      }
    }
    close(t, quoted);
  }
  return mergeShortClauses(clauses, tokens);
}

/**
 * `…, United States Secretary of State Antony Blinken warned Monday.`: a short run after a
 * comma that ends the sentence and holds a speech verb is the attribution, not the fact.
 */
function startsAttributionTail(tokens: readonly Token[], t: number, sentenceEnd: number): boolean {
  let words = 0;
  let speech = false;
  for (let i = t; i < tokens.length && (tokens[i]?.start ?? Infinity) < sentenceEnd; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'punct') {
      if (token.text === ',' || token.text === ';' || QUOTES_OPEN.has(token.text)) return false;
      continue;
    }
    words += 1;
    if (words > 12) return false;
    if (SPEECH_VERBS.test(token.norm)) speech = true;
  }
  return speech;
}

/** Where a short comma-bounded run with a speech verb ends (at its closing comma), or null. */
function attributionAside(tokens: readonly Token[], t: number, sentenceEnd: number): number | null {
  let words = 0;
  let speech = false;
  for (let i = t; i < tokens.length && (tokens[i]?.start ?? Infinity) < sentenceEnd; i += 1) {
    const token = tokens[i];
    if (token === undefined) return null;
    if (token.kind === 'punct') {
      if (token.text === ',') return speech && words <= 6 ? i : null;
      if (QUOTES_OPEN.has(token.text) || token.text === ';') return null;
      continue;
    }
    words += 1;
    if (words > 6) return null;
    if (SPEECH_VERBS.test(token.norm)) speech = true;
  }
  return null;
}

/** `2:09:56`, `10:30`: a colon between touching digits is part of a time, not a break. */
function isClockColon(tokens: readonly Token[], t: number): boolean {
  const [previous, token, next] = [tokens[t - 1], tokens[t], tokens[t + 1]];
  return token?.text === ':' && previous?.kind === 'number' && next?.kind === 'number' && previous.end === token.start && token.end === next.start;
}

/** What may stand before a quotation's opening mark: nothing, a space, a bracket or a dash. */
const BEFORE_OPENING = /^[\s([{—–-]?$/u;
/** Words written with their first letters left out (`'til`, `'cause`, `'em`): an apostrophe, not an opening mark. */
const ELISION = /^(?:til|cause|cos|em|tis|twas|bout)(?![\p{L}\p{M}])/iu;

/**
 * Quotations in straight single quotes, as some house styles and headlines print them (`'We will
 * not stop,' she said`): a `'` with nothing, a space, a bracket or a dash before it and a letter
 * after it opens one; the next `'` in its paragraph with no space before it and no letter or
 * digit after it closes it, when at least two words stand between (round 16q). An apostrophe is
 * neither: inside a word (`Ireland's`, which the tokenizer keeps whole), before digits (`'90s`),
 * around one word (`rock 'n' roll`), before an elided word (`'til`, `'em`), or after a plural
 * possessive's `s` (`the players' union`). Token indices of the marks, or null when the text has no `'`.
 */
function straightSingleQuotes(text: string, tokens: readonly Token[]): { opens: Set<number>; closes: Set<number> } | null {
  if (!text.includes("'")) return null;
  const opens = new Set<number>();
  const closes = new Set<number>();
  let open = -1;
  let words = 0;
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    if (open >= 0 && text.slice(tokens[t - 1]?.end ?? 0, token.start).includes('\n')) open = -1;
    if (token.kind !== 'punct') {
      words += 1;
      continue;
    }
    if (token.text !== "'") continue;
    const before = text[token.start - 1] ?? '';
    const after = text[token.end] ?? '';
    // A plural possessive (`the players' union`) is no closing mark: an `s` before it and a
    // word, not punctuation, after the space.
    const possessive = before === 's' && /^\s+\p{L}/u.test(text.slice(token.end, token.end + 3));
    const closing = open >= 0 && before !== '' && !/\s/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !possessive;
    if (closing && words >= 2) {
      opens.add(open);
      closes.add(t);
    }
    if (closing) open = -1;
    else if (BEFORE_OPENING.test(before) && /\p{L}/u.test(after) && !ELISION.test(text.slice(token.end, token.end + 8))) {
      open = t;
      words = 0;
    }
  }
  return opens.size === 0 ? null : { opens, closes };
}

/** Whether a token is the first of its paragraph: a line break, or nothing, before it. */
function opensParagraph(text: string, token: Token): boolean {
  const before = /[^\S\n]*$/u.exec(text.slice(Math.max(0, token.start - 20), token.start));
  const at = token.start - (before?.[0].length ?? 0);
  return at === 0 || text[at - 1] === '\n';
}

/** A quotation mark that opens its paragraph. */
const opensQuotation = (text: string, token: Token | undefined): boolean => token !== undefined && (QUOTES_OPEN.has(token.text) || token.text === '"') && opensParagraph(text, token);

function isApostrophe(text: string, token: Token): boolean {
  // ’ between letters (it’s, Moscow’s) is an apostrophe, not a closing quote.
  return token.text === '’' && /\p{L}/u.test(text[token.start - 1] ?? '') && /\p{L}/u.test(text[token.end] ?? '');
}

function pushClause(into: Clause[], tokens: readonly Token[], first: number, last: number, sentence: number, quoted: boolean): void {
  let from = first;
  let to = last;
  while (from < to && tokens[from]?.kind === 'punct') from += 1;
  while (to > from && tokens[to - 1]?.kind === 'punct') to -= 1;
  if (to <= from) return;
  into.push({ index: into.length, first: from, last: to, start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0, sentence, quoted, attribution: !quoted && isAttribution(tokens, from, to) });
}

// Module-level, not arrow functions made per call: V8 keeps the optimised code of a function made
// per call only while one lives, so a full garbage collection between two comparisons discarded it.
const isWordToken = (token: Token): boolean => token.kind === 'word';
const isSpeechVerb = (word: Token): boolean => SPEECH_VERBS.test(word.norm);

/** “According to final results from the board”, “Santana told cheering supporters”. */
function isAttribution(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter(isWordToken);
  if (words.length === 0) return false;
  if (words[0]?.norm === 'according') return words.length <= 12;
  // The speech verb ends it (“the board said”, “Santana told cheering supporters”); one with
  // what was said after it (“Quorvia said Wednesday it will cut 3,000 jobs”) is content.
  const verb = words.findIndex(isSpeechVerb);
  return words.length <= 8 && verb >= 0 && verb >= words.length - 3;
}

function wordCount(clause: Clause, tokens: readonly Token[]): number {
  let count = 0;
  for (let i = clause.first; i < clause.last; i += 1) if (tokens[i]?.kind !== 'punct') count += 1;
  return count;
}

/**
 * The clause with these fields, as a literal: in Node 20's V8 a spread's copy (`{ ...clause,
 * index }`) never shares the hidden class of the clauses `pushClause` makes, so every place that
 * reads clauses saw two (and one per clause where a spread adds a field: align.ts `measure`).
 */
function withFields(clause: Clause, index: number, last: number, end: number, attribution: boolean): Clause {
  return { index, first: clause.first, last, start: clause.start, end, sentence: clause.sentence, quoted: clause.quoted, attribution };
}

/** A clause of one or two words ("he said", "Monday") joins the clause before it in its sentence. */
function mergeShortClauses(clauses: Clause[], tokens: readonly Token[]): Clause[] {
  const merged: Clause[] = [];
  for (const clause of clauses) {
    const previous = merged.at(-1);
    if (previous !== undefined && previous.sentence === clause.sentence && previous.quoted === clause.quoted && wordCount(clause, tokens) <= 2) {
      merged[merged.length - 1] = withFields(previous, previous.index, clause.last, clause.end, previous.attribution && clause.attribution);
    } else {
      merged.push(withFields(clause, merged.length, clause.last, clause.end, clause.attribution));
    }
  }
  return merged;
}

/** The clause of a side that holds a character offset (clauses are in text order). */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  return rangeAt(clauses, offset);
}

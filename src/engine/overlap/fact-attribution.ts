import { lemmatize } from '../lexicon/index.ts';
import { readsAsVerb } from '../lexicon/parts-of-speech.ts';
import { SPEECH } from './align.ts';
import type { Unit } from './units.ts';

/**
 * Who told a fact is not the fact (decision 004, round 15h): the attribution a highlight holds,
 * set off by commas or dashes (`, police said`, `, the court heard`, `, according to the
 * ministry`) or inside a relative clause (`a fraud | that investigators say | took …`), is cut out
 * of it, and the fact keeps the pieces either side.
 */

/** Words after which a reporting verb is a noun or a passive (`the report`, `12 states`, `was confirmed dead`). */
export const NOT_BEFORE_A_VERB = /^(?:a|an|the|this|that|its|their|his|her|some|any|no|of|in|on|for|by|with|to|is|are|was|were|be|been|being|\p{N}+)$/iu;
/** A word, with its inner apostrophes (`don't`, `O’Neill`). */
export const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Whether a word, as written, can be a verb. */
export const readsAsVerbWord = (word: string): boolean => readsAsVerb(word, lemmatize(word.toLowerCase()));

/** Reporting verbs an attribution turns on; `the court heard` is one too. */
const ATTRIBUTING = new Set([...SPEECH, 'lem:hear', 'lem:believe', 'lem:allege']);
/** The most words of an attribution set off in a highlight (`, the Lithuanian Foreign Ministry confirmed on Thursday`). */
const ATTRIBUTION_WORDS = 8;
/** The most words after its verb (`told reporters`, `said outside the court`, `said in a statement`). */
const AFTER_THE_VERB = 3;
/** A subject after the verb says what was said (`, saying it would appeal`), not who said it. */
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|it|they|this|there)$/iu;
/** A relative pronoun that may open an attribution inside its clause (`that investigators say`). */
const RELATIVE = /\b(?:that|which)\s+/giu;
/** The most words of a speaker inside a relative clause (`that the state government says`). */
const EMBEDDED_SPEAKER = 4;

/**
 * Where an attribution inside a relative clause ends, read from `from` (after `that`), or -1:
 * one to `EMBEDDED_SPEAKER` words of a speaker, not a pronoun, and a reporting verb with more of
 * the clause after it (`a fraud | that investigators say | took 40 million euros`, `wind farms |
 * that the state government says | will power …`).
 */
function embeddedAttributionEnd(body: string, from: number): number {
  const words = [...body.slice(from).matchAll(WORD)];
  for (let i = 1; i <= EMBEDDED_SPEAKER && i < words.length - 1; i += 1) {
    const word = words[i];
    if (SUBJECT_PRONOUN.test(words[i - 1]?.[0] ?? '') || word === undefined) return -1;
    if (attributes(word[0], words[i - 1]?.[0])) return from + word.index + word[0].length;
  }
  return -1;
}

/** Words that open a place or a time after a reporting verb (`said outside the court`, `said on Tuesday`). */
const PLACE_OR_TIME = /^(?:outside|in|at|on|after|afterwards?|later|earlier|before|during|yesterday|today|tonight|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** The rest of a clause after a piece, up to what closes it (a comma, the sentence's end), when short. */
const CLAUSE_REST = /^[^.,;:!?—–()"“”\n]{0,60}(?=$|[.,;:!?—–)"”\n])/u;
/** Where a piece of a highlight is set off: a comma or a dash, with the spaces around it. */
const SET_OFF = /\s*[,—–]\s*/gu;

/** Whether `word` (after `previous`) is a reporting verb of an attribution: `said`, `says`, `told`, `telling`, `heard`. */
function attributes(word: string, previous: string | undefined): boolean {
  const lemma = lemmatize(word.toLowerCase());
  if (!ATTRIBUTING.has(`lem:${lemma}`) || (previous !== undefined && NOT_BEFORE_A_VERB.test(previous))) return false;
  return readsAsVerb(word, lemma) || word.toLowerCase() === `${lemma}s` || lemma === 'say';
}

/**
 * Whether the words set off after a comma or a dash in a highlight only say who told it
 * (round 15h): `, police said`, `, the court heard`, `, said outside the court`, `, telling
 * reporters`, `, according to the ministry` — a speaker of a few words and a reporting verb, with
 * at most a short place or time after it. No figure, and no `that` or subject after the verb:
 * `, saying it would appeal` tells what was said.
 */
function isAttribution(piece: string, closed: boolean): boolean {
  if (/\p{N}/u.test(piece)) return false;
  const words = [...piece.matchAll(WORD)].map((match) => match[0]);
  if (words.length === 0 || words.length > ATTRIBUTION_WORDS || words.some((word) => word.toLowerCase() === 'that')) return false;
  if (/^according$/iu.test(words[0] ?? '') && /^to$/iu.test(words[1] ?? '')) return true;
  const verb = words.findIndex((word, i) => attributes(word, words[i - 1]));
  if (verb < 0) return false;
  const after = words.slice(verb + 1);
  // A subject or a verb after it is what was said (`, said its pumps failed`).
  if (after.length > AFTER_THE_VERB || after.some((word) => SUBJECT_PRONOUN.test(word) || readsAsVerbWord(word))) return false;
  if (closed) return true;
  // Not set off at its end, it runs on into what was said, which the highlight leaves out: it is
  // the frame of that, and a speaker in it may be what both report (`In a joint statement, | the
  // two foreign ministers said`). Only the verb goes, its speaker before the comma (`Rodrigo Yax,
  // a spokesman, | said`), with a place or time after it (`said outside the court`), or whom it was told.
  return verb === 0 && (after.length === 0 || PLACE_OR_TIME.test(after[0] ?? '') || lemmatize((words[verb] ?? '').toLowerCase()) === 'tell');
}

/**
 * The pieces of a highlight without the attributions set off inside them or at their end
 * (`the fire destroyed 120 homes | , officials said on Tuesday, | and forced …`): who told the fact
 * is not the fact. A piece keeps its words when what is left would hold fewer than `keep` matched
 * words.
 */
export function withoutAttributions(pieces: readonly { start: number; end: number }[], units: readonly Unit[], text: string, keep: number): { start: number; end: number }[] {
  const kept: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    const marks = [...body.matchAll(SET_OFF)];
    const cuts: { start: number; end: number }[] = [];
    marks.forEach((mark, i) => {
      const from = mark.index + mark[0].length;
      const next = marks[i + 1];
      const to = next === undefined ? body.length : next.index;
      // Set off on both sides: by the next comma or dash of the piece, or by what closes the
      // sentence after it; or, at its end, read on to the end of its clause (`, residents | said.`).
      const own = body.slice(from, to);
      const rest = next === undefined ? CLAUSE_REST.exec(text.slice(piece.end)) : null;
      const closed = next !== undefined || rest?.[0] === '';
      if (from < to && (isAttribution(own, closed) || (rest !== null && isAttribution(own + rest[0], true)))) cuts.push({ start: piece.start + mark.index, end: piece.start + to });
    });
    for (const found of body.matchAll(RELATIVE)) {
      const end = embeddedAttributionEnd(body, found.index + found[0].length);
      if (end > 0) cuts.push({ start: piece.start + found.index, end: piece.start + end });
    }
    cuts.sort((x, y) => x.start - y.start);
    const outside = (unit: Unit): boolean => unit.start >= piece.start && unit.end <= piece.end && !cuts.some((cut) => unit.start < cut.end && cut.start < unit.end);
    const left = units.filter(outside).length;
    if (cuts.length === 0 || left < keep) {
      kept.push(piece);
      continue;
    }
    let start = piece.start;
    for (const cut of [...cuts, { start: piece.end, end: piece.end }]) {
      const left = trimmed({ start, end: cut.start }, text);
      if (left.end > left.start) kept.push(left);
      start = Math.max(start, cut.end);
    }
  }
  return kept;
}

/** A piece without the spaces and punctuation a cut left at its edges. */
function trimmed(piece: { start: number; end: number }, text: string): { start: number; end: number } {
  let { start, end } = piece;
  while (start < end && /[\s,;—–-]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;—–-]/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

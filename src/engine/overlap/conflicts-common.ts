import { charRange, type CharRange } from '../text/ranges.ts';
import type { Clause } from './clauses.ts';
import { conflictNote, type Conflict } from './types.ts';
import type { Quantity } from './quantities.ts';
import type { Lexicon, Unit } from './units.ts';

/** What the conflict detectors (conflicts*.ts) share: a report as they read it, a draft, its marks. */

export interface Side {
  text: string;
  /** The report's publication day (`YYYY-MM-DD`). */
  publishedAt: string;
  clauses: readonly Clause[];
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

export type ConflictDraft = Omit<Conflict, 'id'> & { strength: number };

/**
 * A time of day that bounds another: counted from (`since 5am`) or a deadline (`By midday`,
 * `before 9 a.m.`). Like a ceiling, it agrees with many times but gives none of them.
 */
const TIME_BOUNDS = String.raw`(?:since|by|before)`;
export const BOUND_TIME = new RegExp(String.raw`^${TIME_BOUNDS}\b`, 'iu');
/**
 * The bound word before a hedge, which the time's text begins with instead (`by about 7am`: `about
 * 7am`): one list with `BOUND_TIME` (round 20d). conflicts-dates.ts `bound` keeps its own on
 * purpose: it sorts a date's bound word by the end it sets (`from`, `until`, `through`, `after`).
 */
const BOUND_BEFORE_HEDGE = new RegExp(String.raw`(?<!\p{L})${TIME_BOUNDS}\s+$`, 'iu');

/** Whether a quantity is a time of day that bounds another (`BOUND_TIME`), through a hedge too (`by about 7am`, `since around 5am`). */
export const boundsATime = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'clock' && (BOUND_TIME.test(quantity.text) || (quantity.hedged && BOUND_BEFORE_HEDGE.test(text.slice(Math.max(0, quantity.start - 8), quantity.start))));

/** A figure's conflict mark covers the whole mention, counted noun included (“31 people”). */
export const span = (unit: Unit): CharRange => (unit.quantity === null ? charRange(unit.start, unit.end) : charRange(unit.quantity.start, unit.quantity.end));

export function draftOf(kind: Conflict['kind'], subject: string, a: Unit, b: Unit, A: Side, B: Side, strength: number): ConflictDraft {
  const [spanA, spanB] = [span(a), span(b)];
  const values: [string, string] = [A.text.slice(spanA.start, spanA.end), B.text.slice(spanB.start, spanB.end)];
  return { a: [spanA], b: [spanB], kind, subject, values, note: conflictNote(subject, values), strength };
}

/** Two words of one lemma once lemmatised, or of lemmas that share a sense or a frame. */
export function lemmasRelated(a: string, b: string, lexicon: Lexicon): boolean {
  const [la, lb] = [lexicon.lemmatize(a), lexicon.lemmatize(b)];
  if (la === lb) return true;
  const shares = <T>(x: readonly T[], y: readonly T[]): boolean => x.some((item) => y.includes(item));
  return shares(lexicon.senseIds(la), lexicon.senseIds(lb)) || shares(lexicon.frameIds(la), lexicon.frameIds(lb));
}
/**
 * The keys `lemmasRelated` relates a word by, tagged apart: its lemma, its senses, its frames.
 * Two words are related exactly when their keys meet, so an index on these keys finds every word
 * related to one (conflicts-people.ts `RelatedRoles`); `lemmasRelated` answers one pair without
 * building them (round 20d: one relation, its pairwise and its indexed form side by side).
 */
export function relationKeys(word: string, lexicon: Lexicon): string[] {
  const lemma = lexicon.lemmatize(word);
  return [`l ${lemma}`, ...lexicon.senseIds(lemma).map((sense) => `s ${sense}`), ...lexicon.frameIds(lemma).map((frame) => `f ${frame}`)];
}

/** A preposition (or an opening bracket) that makes the name after it a place or an object, not a subject. */
export const GOVERNED = /(?:\b(?:in|at|of|from|by|for|with|to|on|into|near|against|between|under|over|after|before|via|than|like|including)\s+(?:the\s+)?|\(\s*)$/iu;

/** The keys of the run of adjacent name units a name unit stands in, joined. */
export function nameRunKeys(units: readonly Unit[], unit: Unit): string {
  let [first, last] = [units.indexOf(unit), units.indexOf(unit)];
  while (units[first - 1]?.kind === 'name' && units[first - 1]?.last === units[first]?.first) first -= 1;
  while (units[last + 1]?.kind === 'name' && units[last + 1]?.first === units[last]?.last) last += 1;
  return units.slice(first, last + 1).map((other) => other.key).join(' ');
}

/**
 * A character other than printable ASCII, a tab or a line break: a text without one has no accent
 * to take off and is its own NFD (any other text goes through the normaliser, as before).
 */
const NOT_ASCII = /[^\t\n\r -~]/u;
/** The text without its accents (`Tomás` → `Tomas`); ASCII text as it is, unread by the normaliser (decision 004, round 21s). */
export const withoutAccents = (key: string): string => (NOT_ASCII.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '') : key);

/**
 * A name, or a name the reports define between them (`Latvian Centre Alliance (LCA)`: one
 * text alias): an organisation is as much a subject as a person.
 */
export const nameLike = (unit: Unit): boolean => unit.kind === 'name' || unit.key.startsWith('ali:text:');
export const namesOf = (side: Side): Set<string> => new Set(side.units.filter(nameLike).map((unit) => unit.key));

/** `years old`, `year-olds`: eight characters at least, so a shorter figure's text is not tried. */
const YEARS_OLD = /\byears?[-\s]olds?\b/iu;
/** An age: “the 27-year-old”, “a 45-year-old man”, “five-year-olds”, “aged 45” (`Quantity.age`). Ages are compared only as ages of someone. */
export const isAge = (quantity: Quantity): boolean => quantity.age === true || (quantity.text.length >= 8 && YEARS_OLD.test(quantity.text));

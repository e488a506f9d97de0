/**
 * The day a measure takes effect (round 25n): reports of one law, rule or rate say when it starts
 * to apply in a phrase of its own (`takes effect on 1 April 2027`, `kicks in from April 6`, `will
 * take effect next January`, `come into force on 1 July 2027`), often in a sentence the other
 * report has no counterpart for, in an aside, or at another precision: the sentence pairs and the
 * lone rule (conflicts-dates.ts, conflicts-dates-lone.ts) never set them against each other.
 */
import { datesOverlap } from './dates.ts';
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { plannedAndPutOff } from './dates-plans.ts';
import { countedFrom, inAnotherZone, likeWords, tense, writtenAlike } from './conflicts-dates.ts';
import type { Unit } from './units.ts';
import { lemmatize } from '../lexicon/index.ts';
import { partsOfSpeech } from '../lexicon/parts-of-speech.ts';

/** As sure as the lone rule's least (conflicts-dates-lone.ts `LONE_DATE_CONTEXT`). */
const EFFECTIVE_DATE_STRENGTH = 1;

/**
 * A phrase of starting to apply right before a date, its preposition between: `take(s) effect`,
 * `come(s) / came into force`, `enter(s) into force`, `kick(s) in`; or the start as a noun, set
 * for a date (`Entry into force is set for 1 January 2028`, round 26e).
 */
const EFFECT_THEN = /\b(?:entry\s+into\s+force\s+(?:is|was|will\s+be)\s+(?:set|scheduled|planned|due|expected)\s+(?:for|on)|(?:tak(?:e|es|en|ing)|took)\s+effect|(?:come|comes|came|coming)\s+into\s+force|(?:enter|enters|entered|entering)\s+into\s+force|kick(?:s|ed|ing)?\s+in)(?:\s+(?:on|from|in|at))?\s+$/iu;

/**
 * The one date a report gives a measure's start by such a phrase: null when it gives none, or
 * dates that cannot be one (a report that starts two measures, or one in two phases, tells two
 * starts). Not in quotations, in another zone's day, or counted from.
 */
function effectiveDate(side: Side): Unit | null {
  const dates = side.units.filter(
    (unit) =>
      unit.date !== null &&
      unit.date.precision !== 'range' &&
      !unit.quoted &&
      startPhrase(side.text, unit) !== null &&
      !plannedAndPutOff(side.text, unit) &&
      !inAnotherZone(side.text, unit) &&
      !countedFrom(side.text, unit),
  );
  const [first] = dates;
  if (first?.date == null) return null;
  return dates.every((unit) => unit.date !== null && first.date !== null && datesOverlap(unit.date, first.date)) ? first : null;
}

/**
 * Two reports that each give a measure's start once, at dates that cannot be one at any precision
 * (`1 April 2027` / `April 6`, `next January` / `1 July 2027`): one gone by and one to come are
 * two measures' starts, not one told two ways.
 */
export function effectiveDateConflicts(A: Side, B: Side): ConflictDraft[] {
  const [a, b] = [effectiveDate(A), effectiveDate(B)];
  if (a?.date == null || b?.date == null || datesOverlap(a.date, b.date) || writtenAlike(a, A, b, B)) return [];
  const [tenseA, tenseB] = [tense(a.date, A.publishedAt), tense(b.date, B.publishedAt)];
  // Two starts gone by are background (`the trade pact came into force in 2021` / `after the
  // protocol took effect in 2023`), most often of two measures (mend 19a).
  if (tenseA * tenseB < 0 || (tenseA < 0 && tenseB < 0)) return [];
  const [subjectA, subjectB] = [subjectOf(A, a), subjectOf(B, b)];
  // Of one measure: a word of its subject alike (`the rise, which takes effect` / `The 56p an hour
  // rise … kicks in`), or a pronoun for it (`It will take effect`). Not `the new sugar levy takes
  // effect` / `the higher tobacco duty comes into force`: two measures (mend 19a).
  if (subjectA !== null && subjectB !== null && !subjectA.some((x) => subjectB.some((y) => oneMeasure(A, subjectA, x, B, subjectB, y)))) return [];
  return [draftOf('date', 'date', a, b, A, B, EFFECTIVE_DATE_STRENGTH)];
}

/** A sentence that opens on a pronoun subject, a few words of verb before the start phrase (`It will take effect`, `They are due to come into force`). */
const PRONOUN_SUBJECT = /^(?:It|This|They|These|That)\s+(?:\p{Ll}+\s+){0,4}$/u;

/**
 * The words of the sentence before a measure's start phrase (its subject, and what it hangs on
 * for a relative `which takes effect`), or null when a pronoun stands for the measure (`It will
 * take effect`, `They come into force`): then any measure the other report names may be it.
 */
function subjectOf(side: Side, date: Unit): Unit[] | null {
  const opening = side.clauses.find((clause) => clause.sentence === date.sentence);
  if (PRONOUN_SUBJECT.test(side.text.slice(Math.min(opening?.start ?? date.start, date.start), date.start))) return null;
  const units = side.unitsBySentence[date.sentence] ?? [];
  const end = date.start - (startPhrase(side.text, date)?.length ?? 0);
  return units.filter((unit) => unit.kind === 'word' && !unit.quoted && unit.end <= end);
}

/** The start phrase right before a date (`takes effect on `), or null when there is none. */
function startPhrase(text: string, date: Unit): string | null {
  return EFFECT_THEN.exec(text.slice(Math.max(0, date.start - 40), date.start))?.[0] ?? null;
}

/**
 * Two words of two measures' subjects that name one measure: one word (`rise` / `rise`) or like
 * words (`levy` / `tax`), unless each stands right after a word naming its kind that the other
 * does not share (`the new sugar levy` / `the plastic tax`, `the smoking ban` / `the vaping ban`:
 * review 19a's open case, and review 20a's for one noun). `the levy` / `the sugar tax` and `the new
 * levy` / `the sugar tax` may be one: `new` names no kind (mend C, session 20).
 */
function oneMeasure(A: Side, subjectA: readonly Unit[], x: Unit, B: Side, subjectB: readonly Unit[], y: Unit): boolean {
  if (!likeWords(x, y)) return false;
  const [kindA, kindB] = [kindOf(A.text, subjectA, x), kindOf(B.text, subjectB, y)];
  return kindA === null || kindB === null || likeWords(kindA, kindB);
}

/**
 * The word of its clause right before `word`, nothing but a space between, when it names a kind
 * (`sugar` of `sugar levy`, `smoking` of `smoking ban`), else null. Adjectives (`new`, `higher`,
 * `controversial`) and participles (`planned`, `revised`) say which or how, not what kind: one
 * measure is `the new levy` in one report and `the sugar tax` in another (review 20a).
 */
function kindOf(text: string, subject: readonly Unit[], word: Unit): Unit | null {
  const before = subject[subject.indexOf(word) - 1];
  if (before === undefined || before.clause !== word.clause || before.kind !== 'word' || !/^\s+$/u.test(text.slice(before.end, word.start))) return null;
  return namesAKind(text.slice(before.start, before.end)) ? before : null;
}

/**
 * Whether a word before a noun can name a kind of it: a noun in the lexicon that is not mainly an
 * adjective (`sugar`, `plastic`, `smoking`; not `new`, `national`), not a participle in `-ed`
 * (`planned` is `plan`, a noun, as a lemma), or a word the lexicon does not know (`vaping`): as
 * round 26d read every modifier.
 */
function namesAKind(written: string): boolean {
  const lower = written.toLowerCase();
  const lemma = lemmatize(lower);
  if (lemma !== lower && /ed$/u.test(lower)) return false;
  const parts = partsOfSpeech(lemma);
  return parts.length === 0 || (parts.includes('noun') && parts[0] !== 'adjective');
}

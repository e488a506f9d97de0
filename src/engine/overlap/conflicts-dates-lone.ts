/**
 * The one date each report gives an action (round 15c), split from conflicts-dates.ts (mend B,
 * session 17): that file sets the dates of two aligned sentences against each other, this one
 * the dates two whole reports each give one action once.
 */
import { datesOverlap, type DateMention } from './dates.ts';
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { contextStrength, neighbours } from './conflicts-neighbours.ts';
import { bound, countedFrom, inAnotherZone, inflectedVerb, inRelativeAside, likeWords, tense, writtenAt } from './conflicts-dates.ts';
import { ofAnEarlierFigure } from './dates-roles.ts';
import { plannedAndPutOff } from './dates-plans.ts';
import { WordsLike } from './like-words.ts';
import { nounsRelated } from './conflicts-figures.ts';
import type { Lexicon, Unit } from './units.ts';

/**
 * The one date each report gives an action (round 15c): a date that stands by a word (`were
 * found on Friday`, `scheduled to begin in 2029`) that dates nothing else in its report, against
 * the one date the other report sets by that word or a synonym (`were discovered on Thursday, 3
 * June`, `start generating power in 2032`), in sentences that share something besides. A report
 * that dates one action twice (`the plant opened in 1989`, `the Kenitra plant opened in 2022`)
 * tells two of them; dates compare only at one precision (two days, two months, two years), one
 * gone by never against one to come, and not inside quotations, asides, other zones or counted
 * from (`since 2014`).
 */
export function loneDateConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const datedIn = (side: Side): { unit: Unit; units: readonly Unit[]; near: Unit[]; bound: string; written: string }[] =>
    side.unitsBySentence.flatMap((units) =>
      units
        .filter(
          (unit) =>
            unit.date !== null &&
            unit.date.precision !== 'range' &&
            !unit.quoted &&
            (unit.date.precision === 'day' || unit.date.hedged || writtenAt(unit, unit.date.precision, side.text)) &&
            !inAnotherZone(side.text, unit) &&
            !countedFrom(side.text, unit) &&
            !inRelativeAside(side.text, unit) &&
            !ofAnEarlierFigure(side.text, unit) &&
            !plannedAndPutOff(side.text, unit),
        )
        .map((unit) => ({ unit, units, near: neighbours(units, unit), bound: bound(side.text, unit), written: side.text.slice(unit.start, unit.end).toLowerCase() })),
    );
  const [datedA, datedB] = [datedIn(A), datedIn(B)];
  // Only dates of one precision and one bound can conflict: the other report's, grouped so (in
  // their order), read once each (not a pattern run per pair of dates).
  const kind = (dated: { unit: Unit; bound: string }): string => `${dated.unit.date?.precision ?? ''} ${dated.bound}`;
  const ofKindB = new Map<string, (typeof datedB)[number][]>();
  for (const b of datedB) {
    const group = ofKindB.get(kind(b));
    if (group === undefined) ofKindB.set(kind(b), [b]);
    else group.push(b);
  }
  // Whether a word dates one date of its report at a precision, asked once per word and precision:
  // a report may date the launch to a day and another launch to a year (`was launched on Feb. 9`,
  // `Its sister satellite, launched in 2025`): days are set against days. Read from an index of
  // the words beside each date (like-words.ts; round 17s: not a scan of every date per word).
  const known = new Map<Unit, Map<string, boolean>>();
  const [nearA, nearB] = [new WordsLike(datedA.map(({ near }) => near), likeWords), new WordsLike(datedB.map(({ near }) => near), likeWords)];
  const once = (side: Side, word: Unit, precision: string): boolean => {
    const byPrecision = known.get(word) ?? new Map<string, boolean>();
    known.set(word, byPrecision);
    let answer = byPrecision.get(precision);
    if (answer === undefined) {
      const [index, dated] = side === A ? [nearA, datedA] : [nearB, datedB];
      byPrecision.set(precision, (answer = index.countLike(word, (at) => dated[at]?.unit.date?.precision === precision, 2) === 1));
    }
    return answer;
  };
  // Two days are one action's only where the word both stand by is what was done (`were found
  // on Friday` / `were discovered on Thursday, 3 June`), not a thing both name (`the raid`).
  // So is a thing a participle right after it says was done to (`samples taken on Oct. 29` /
  // `Samples collected on November 2`).
  const action = (side: Side, x: Unit, units: readonly Unit[], precision: string): boolean => precision !== 'day' || doneWord(side.text, x) || doneTo(side.text, units, x) || doneWith(side.text, units, x);
  // The words each date of B stands by that date one date of B at its precision and may date an
  // action, indexed, so each date of A reads at once which dates of B stand by a word like one of
  // its own (round 17s: the test of every pair of dates was a square of the words beside dates).
  const datingB = new WordsLike(
    datedB.map(({ unit, units, near }) => {
      const precision = unit.date?.precision ?? '';
      return near.filter((y) => action(B, y, units, precision) && once(B, y, precision));
    }),
    (y, x) => likeWords(x, y),
  );
  const indexOfB = new Map(datedB.map((b, index) => [b, index]));
  const [countsA, countsB] = [countsOf(A), countsOf(B)];
  const drafts: ConflictDraft[] = [];
  for (const a of datedA) {
    let meeting: Set<number> | undefined;
    const ca = countDated(A.text, a.unit, a.units, countsA);
    for (const b of ofKindB.get(kind(a)) ?? []) {
      const [da, db] = [a.unit.date, b.unit.date];
      if (da === null || db === null || da.precision !== db.precision || datesOverlap(da, db) || a.written === b.written || tense(da, A.publishedAt) * tense(db, B.publishedAt) < 0) continue;
      if (da.precision === 'day' && !oneDayOfAction(da, A.publishedAt, db, B.publishedAt)) continue;
      // One count each report gives once, of one thing, done by like words, right before the date
      // (`It shed 300 jobs in January` / `it shed about 300 workers in February`): one event.
      const cb = ca === null ? null : countDated(B.text, b.unit, b.units, countsB);
      if (ca !== null && cb !== null && oneCountedEvent(ca, cb, lexicon)) {
        drafts.push(draftOf('date', 'date', a.unit, b.unit, A, B, COUNT_DATED_STRENGTH));
        continue;
      }
      meeting ??= new Set(a.near.filter((x) => action(A, x, a.units, da.precision) && once(A, x, da.precision)).flatMap((x) => datingB.groupsLike(x)));
      if (!meeting.has(indexOfB.get(b) ?? -1)) continue;
      const context = contextStrength(a.unit.sentence, a.units, b.unit.sentence, b.units, (unit) => unit.date !== null || unit.quantity !== null);
      if (context === null || context.content < LONE_DATE_CONTEXT.content || context.strength < LONE_DATE_CONTEXT.strength) continue;
      drafts.push(draftOf('date', 'date', a.unit, b.unit, A, B, context.strength));
    }
  }
  return drafts;
}
const LONE_DATE_CONTEXT = { content: 1, strength: 1 };
/** The smallest count that says which event it is (`300 positions`): a few (`three people`) recur. */
const TELLING_COUNT = 20;
/** Each report's counts by value, to ask whether it gives a count once (round 24c). */
export function countsOf(side: Pick<Side, 'units'>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const unit of side.units) if (unit.quantity?.unit === 'count') counts.set(unit.quantity.value, (counts.get(unit.quantity.value) ?? 0) + 1);
  return counts;
}
/**
 * The count a date stands right after (`cut 300 positions in January`: the count's span holds
 * its noun, so only the date's preposition is between them), with the word before the count that
 * does what is counted (`cut`): a count of twenty or more that its report gives once. Null when
 * there is none. (An age is no count: it is read as a length of years.)
 */
export function countDated(text: string, date: Unit, units: readonly Unit[], counts: ReadonlyMap<number, number>): CountDated | null {
  let at = units.indexOf(date) - 1;
  while (at >= 0 && units[at]?.quantity === null) at -= 1;
  const [count, verb] = [units[at], units[at - 1]];
  const quantity = count?.quantity;
  if (count === undefined || quantity == null || quantity.unit !== 'count' || quantity.value < TELLING_COUNT || counts.get(quantity.value) !== 1) return null;
  return COUNT_THEN_DATE.test(text.slice(quantity.end, date.start)) ? { count, verb: verb?.clause === count.clause && verb.quantity === null && verb.date === null ? verb : undefined } : null;
}
/** A count a date stands right after, and the word before it that does what is counted. */
export interface CountDated {
  count: Unit;
  verb: Unit | undefined;
}
/** Only the date's preposition between a count (with its noun) and the date. */
const COUNT_THEN_DATE = /^\s+(?:in|on|during)\s+$/u;
/**
 * Two counts of one event: the same figure (not the reach of a hedge: `about 300` / `about 350`),
 * of related things (`jobs` / `workers`, not `engineers` / `customers`), each done by a like
 * word (`shed` / `shed`, not `built` / `approved`).
 */
export function oneCountedEvent(a: CountDated, b: CountDated, lexicon: Lexicon): boolean {
  const [qa, qb] = [a.count.quantity, b.count.quantity];
  if (qa == null || qb == null || qa.value !== qb.value || qa.noun === null || qb.noun === null || !nounsRelated(qa, qb, lexicon)) return false;
  return a.verb !== undefined && b.verb !== undefined && likeWords(a.verb, b.verb);
}
/** A conflict of two dates one count ties to one event is as sure as the lone rule's least (`LONE_DATE_CONTEXT`). */
const COUNT_DATED_STRENGTH = 1;
/** A noun a participle follows (`samples taken`, `Samples collected`): what was done to it. */
function doneTo(text: string, units: readonly Unit[], unit: Unit): boolean {
  const next = units[units.indexOf(unit) + 1];
  return next !== undefined && next.clause === unit.clause && /^\s+$/u.test(text.slice(unit.end, next.start)) && !doneWord(text, unit) && doneWord(text, next);
}
/**
 * A bare noun a verb written as done or in the present takes right before it (`takes effect Oct.
 * 2`, `took office on Monday`): the two words are one action, dated by the day beside them
 * (round 23c; `takes` is no `doneWord`, which reads a final `s` as a plural noun's).
 */
function doneWith(text: string, units: readonly Unit[], unit: Unit): boolean {
  const before = units[units.indexOf(unit) - 1];
  return before !== undefined && before.clause === unit.clause && /^\s+$/u.test(text.slice(before.end, unit.start)) && !doneWord(text, unit) && (doneWord(text, before) || presentVerb(text, before));
}
/** A verb in the present's third person (`takes`): its lemma and an `s`. */
const presentVerb = (text: string, unit: Unit): boolean => unit.key.startsWith('lem:') && text.slice(unit.start, unit.end).toLowerCase() === `${unit.key.slice(4)}s`;
/** A verb written as done (`found`, `discovered`), not as going on (`stopped short of backing`). */
const doneWord = (text: string, unit: Unit): boolean => inflectedVerb(text, unit) && !/ing$/iu.test(text.slice(unit.start, unit.end));
/**
 * Two days that may date one action, each read against its own report's day of publication: not
 * a day to come against one that is not (`reopen on Monday` / `remained closed on Saturday`: what
 * is to happen and what did), nor, in reports published on two days, each report's own day
 * (`closed today` / `closed on Saturday`: each tells what it saw on the day it was written).
 */
function oneDayOfAction(a: DateMention, publishedA: string, b: DateMention, publishedB: string): boolean {
  const [tenseA, tenseB] = [tense(a, publishedA), tense(b, publishedB)];
  if ((tenseA > 0) !== (tenseB > 0)) return false;
  return publishedA.slice(0, 10) === publishedB.slice(0, 10) || tenseA !== 0 || tenseB !== 0;
}

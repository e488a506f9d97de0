import { type ClauseAlignment } from './align.ts';
import { figuresOfAnEarlierEvent, withinFloor } from './measures.ts';
import { onTimeline } from './conflicts-pairing-figures.ts';
import { draftOf, isAge, lemmasRelated, type ConflictDraft, type Side } from './conflicts-common.ts';
import { countedByKin, nounsAgreeAround, nounsRelated } from './figure-nouns.ts';
import { convertedOnOneSide, countsPartOfNamedGroup, inOtherRoles } from './figure-roles.ts';
import { type Known } from './figures-agreed.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import type { Lexicon, Unit } from './units.ts';
import { contextStrength, namedBefore, ofDifferentNames, sharedNeighbours } from './conflicts-neighbours.ts';

/**
 * Number conflicts read sentence pair by sentence pair: two figures of one family and one kind of
 * thing that disagree, beside words that say they are figures of one thing. What the figures count
 * is read in figure-nouns.ts, the roles that keep them apart in figure-roles.ts, the figures both
 * reports give in figures-agreed.ts.
 */
// Read by the slot reader, the date and name conflicts and the comparison from here, as before the split.
export { nounsAgreeAround, nounsRelated } from './figure-nouns.ts';
export { convertedOnOneSide, countsPartOfNamedGroup, inOtherRoles, isPartitive } from './figure-roles.ts';
export { figuresReportedIn, type Known } from './figures-agreed.ts';

/**
 * Whether the report counts the figure's noun (or a noun of its sense) this once, outside
 * quotations (`48 primary schools`, and no other count of schools): the one count of that thing
 * it gives. Two reports that each count a thing once most likely count the same thing, so the
 * sentences need share no more content than the figures' own words (`at 48 primary schools in Taichung` /
 * `carried out at 36 primary schools in the city of Taichung`).
 */
function countedOnce(side: Side, quantity: Quantity, lexicon: Lexicon): boolean {
  const noun = quantity.noun;
  if (quantity.unit !== 'count' || noun === null) return false;
  // The report's counted nouns are read once per comparison, and each noun's answer kept: a
  // scan of every unit for every pair of figures grew with the square of the text.
  let known = countedNouns.get(side);
  if (known === undefined) {
    const nouns = side.units.flatMap((unit) => (unit.quantity?.unit === 'count' && !unit.quoted && unit.quantity.noun !== null ? [unit.quantity.noun] : []));
    known = { nouns, once: new Map() };
    countedNouns.set(side, known);
  }
  let once = known.once.get(noun);
  if (once === undefined) {
    once = known.nouns.filter((counted) => lemmasRelated(counted, noun, lexicon)).length === 1;
    known.once.set(noun, once);
  }
  return once;
}
/** Each report's counted nouns (outside quotations), and which of them it counts once. */
const countedNouns = new WeakMap<Side, { nouns: readonly string[]; once: Map<string, boolean> }>();

/**
 * Whether the figure is the one length of time under a day the report gives, outside quotations
 * and ages (`the 22-year-old`): how long the event it tells lasted.
 */
function onlyDuration(side: Side, quantity: Quantity): boolean {
  if (!shortDuration(quantity)) return false;
  let count = shortDurations.get(side);
  if (count === undefined) {
    count = side.units.filter((unit) => !unit.quoted && unit.quantity !== null && shortDuration(unit.quantity)).length;
    shortDurations.set(side, count);
  }
  return count === 1;
}
const shortDuration = (quantity: Quantity): boolean => quantity.unit === 'duration' && !isAge(quantity) && quantity.value < 1;
/** How many lengths of time under a day each report gives, counted once per report and comparison. */
const shortDurations = new WeakMap<Side, number>();

export function sameFamily(a: Quantity, b: Quantity): boolean {
  if (isAge(a) !== isAge(b)) return false;
  // An age told by a bare figure after a name (`Marta Lindqvist, 41,`, quantities-context.ts
  // `apposedAge`) is one person's: `ageConflicts` sets it against that person's other age only.
  if (isAge(a) && (a.apposed === true || b.apposed === true)) return false;
  // Times of day are set against each other by `clockConflicts`, as dates are.
  if (a.unit === 'clock' || b.unit === 'clock') return false;
  // “the 23rd minute” and “after 26 minutes” count the same clock.
  if (a.unit !== b.unit) return onTimeline(a) && onTimeline(b) && a.noun === b.noun;
  if (a.unit === 'year') return false;
  return a.unit !== 'currency' || a.currency === b.currency;
}

/**
 * Reports that disagree on a figure disagree by a little (23 and 31 dead, 1,400 and 1,700
 * plaintiffs); figures a factor of two or more apart (38 countries co-sponsored, two abstained;
 * 13 minutes after the restart, on 58 minutes; alone from 30km, the final 12 kilometers) are
 * figures of different things, or arithmetic the engine does not do.
 */
const MAX_DISCREPANCY = 2;
export function plausiblyOneFigure(a: Quantity, b: Quantity): boolean {
  if (a.value <= 0 || b.value <= 0 || a.unit === 'percent') return true;
  return Math.max(a.value, b.value) / Math.min(a.value, b.value) <= MAX_DISCREPANCY;
}

/** The name or proper adjective right before a count's noun (`four Polish citizens`, `two Harbourline outlets`). */
const QUALIFIED_NOUN = /\s(\p{Lu}[\p{L}’'-]*)\s+\p{Ll}[\p{L}-]*$/u;
/**
 * Counts of one noun that names give to different groups (`four Polish citizens` / `three
 * Lithuanian citizens`): each qualified by a capitalised word before the noun, and not the same
 * word. Different members of one whole, not one figure told twice. Both must be named: a name
 * only one report writes says nothing of whose the count is (`three Israeli soldiers` / `four
 * soldiers` are one toll told twice; mend A of session 17, as `ofDifferentNames`).
 */
export function ofDifferentGroups(a: Quantity, b: Quantity): boolean {
  if (a.unit !== 'count' || b.unit !== 'count' || a.noun === null || b.noun === null) return false;
  const [x, y] = [QUALIFIED_NOUN.exec(a.text)?.[1], QUALIFIED_NOUN.exec(b.text)?.[1]];
  return x !== undefined && y !== undefined && x.toLowerCase() !== y.toLowerCase();
}

export function numberConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, { agreed, names }: Known, lexicon: Lexicon): ConflictDraft[] {
  const qa = unitsA.filter((unit) => unit.quantity !== null && !agreed.has(unit));
  const qb = unitsB.filter((unit) => unit.quantity !== null && !agreed.has(unit));
  if (qa.length === 0 || qb.length === 0) return [];
  // A figure an earlier year dates tells another event (`The last outbreak, in 2023 and 2024,
  // killed 40 people`; `up from $380 million in 2024`): it is not set against this event's.
  const [earlierA, earlierB] = [figuresOfAnEarlierEvent(A.text, unitsA, A.publishedAt), figuresOfAnEarlierEvent(B.text, unitsB, B.publishedAt)];
  const drafts: ConflictDraft[] = [];
  let context: ClauseAlignment | null | undefined;
  // A figure the other sentence also gives, whatever it counts (“Two justices” / “Two of the
  // court’s seven justices”), is agreed there: it contradicts nothing in that sentence.
  // A hedged figure of another thing (`needed at least 51 votes` beside `55 MPs`) agrees with many
  // figures but gives none of them.
  const givenIn = (unit: Unit, units: readonly Unit[]): boolean =>
    units.some(
      (other) =>
        other.quantity !== null &&
        unit.quantity !== null &&
        sameFamily(unit.quantity, other.quantity) &&
        quantitiesAgree(unit.quantity, other.quantity) &&
        !(other.quantity.hedged && !nounsRelated(unit.quantity, other.quantity, lexicon)),
    );
  for (const a of qa) {
    if (givenIn(a, unitsB)) continue;
    const quantityA = a.quantity as Quantity;
    for (const b of qb) {
      const quantityB = b.quantity as Quantity;
      if (givenIn(b, unitsA) || earlierA.has(a) !== earlierB.has(b)) continue;
      if (!sameFamily(quantityA, quantityB) || !nounsRelated(quantityA, quantityB, lexicon) || !plausiblyOneFigure(quantityA, quantityB)) continue;
      if (quantityA.unit === 'count' && withinFloor(quantityA, quantityB)) continue;
      if (inOtherRoles(A.text, quantityA, B.text, quantityB) || ofDifferentGroups(quantityA, quantityB)) continue;
      // A part of a group the report named before, on one side only (`around 1,100 of them`), is
      // not the other's whole (round 25g); `31 of the 100 seats` names its whole, and may be.
      if (countsPartOfNamedGroup(A.text, quantityA) !== countsPartOfNamedGroup(B.text, quantityB)) continue;
      if (convertedOnOneSide(A.text, unitsA, a, B.text, unitsB, b)) continue;
      const shared = sharedNeighbours(a, unitsA, b, unitsB);
      // Two nouns of one count (`Fifty-four lawmakers` / `55 MPs`, `26,400 participants` / `24,600
      // adults`) are the word beside both, as one noun written twice is.
      const [subject] = shared.length > 0 || !countedByKin(quantityA, quantityB, lexicon) ? shared : [a];
      // The one length of time each report gives (`after 2 hours, 41 minutes` / `a win that had
      // lasted two hours and 16 minutes`) is the event's, whatever words stand beside it.
      const lone = onlyDuration(A, quantityA) && onlyDuration(B, quantityB);
      if ((subject === undefined && !lone) || !nounsAgreeAround(a, unitsA, b, unitsB, lexicon)) continue;
      if (ofDifferentNames(namedBefore(A.text, unitsA, a), namedBefore(B.text, unitsB, b), names.a, names.b)) continue;
      // What the figures stand beside is the evidence that they are figures of one thing: the
      // same counted noun and another word beside both (its verb, its subject) suffice, however
      // common the words are elsewhere in the reports; with less, the sentences must agree.
      context ??= contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.quantity !== null || unit.date !== null);
      if (context === null || context.strength < 1) continue;
      if (context.content < 0.5 && !lone && !(countedOnce(A, quantityA, lexicon) && countedOnce(B, quantityB, lexicon) && nounsRelated(quantityA, quantityB, lexicon))) continue;
      const elapsed = quantityA.unit === 'duration' && quantityA.noun === null ? 'time' : null;
      const noun = quantityA.noun ?? quantityB.noun ?? elapsed ?? (subject === undefined ? 'time' : A.text.slice(subject.start, subject.end).toLowerCase());
      drafts.push(draftOf('number', noun, a, b, A, B, context.strength));
    }
  }
  return drafts;
}

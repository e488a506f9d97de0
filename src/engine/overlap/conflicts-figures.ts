import { type ClauseAlignment } from './align.ts';
import { demandAgainstOutcome, figuresOfAnEarlierEvent, isLeadTime, withinFloor } from './measures.ts';
import { aConversion, aDifference, countsTheRest, inAside, onTimeline, PARTITIVE, partOfAScore, peopleAgainstKind, REST } from './conflicts-pairing-figures.ts';
import { boundsATime, draftOf, isAge, lemmasRelated, type ConflictDraft, type Side } from './conflicts-common.ts';
import { isCeiling } from './quantities-agree.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { FigureIndex } from './quantities-index.ts';
import { shareSubject } from './quantities-shares.ts';
import type { Lexicon, Unit } from './units.ts';
import { contextStrength, namedBefore, neighbours, ofDifferentNames, sharedNeighbours } from './conflicts-neighbours.ts';

/**
 * Both figures count the same kind of thing; with no noun on either side, the context decides.
 * A count of people (`42 people were working`) counts any kind of person (`37 employees were
 * working`, `33 political prisoners`): news gives a group by its role or as people.
 */
export function nounsRelated(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.noun === null || b.noun === null) return true;
  if (lemmasRelated(a.noun, b.noun, lexicon)) return true;
  const [la, lb] = [lexicon.lemmatize(a.noun), lexicon.lemmatize(b.noun)];
  if (LEGISLATORS.has(la) && LEGISLATORS.has(lb)) return true;
  return peopleAgainstKind(la, lb);
}
/** The names a parliament's members go by (`Fifty-four lawmakers` / `55 MPs voted in favour`). */
const LEGISLATORS = new Set(['lawmaker', 'legislator', 'mp', 'mps', 'deputy', 'parliamentarian', 'member', 'congressman', 'congresswoman', 'representative', 'senator', 'mep', 'meps']);
/** Counts of one kind of person told by different nouns: the relations `nounsRelated` adds to the lexicon's. */
function countedByKin(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.unit !== 'count' || b.unit !== 'count' || a.noun === null || b.noun === null || isAge(a) || isAge(b)) return false;
  return !lemmasRelated(a.noun, b.noun, lexicon) && nounsRelated(a, b, lexicon);
}

/** A counted figure with its noun against a bare one: the bare one must stand by that noun. */
export function nounsAgreeAround(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[], lexicon: Lexicon): boolean {
  const [nounA, nounB] = [a.quantity?.noun ?? null, b.quantity?.noun ?? null];
  if ((nounA === null) === (nounB === null)) return true;
  const [noun, bare, units] = nounA !== null ? [nounA, b, unitsB] : [nounB ?? '', a, unitsA];
  if (neighbours(units, bare).some((unit) => unit.key.startsWith('lem:') && lemmasRelated(unit.key.slice(4), noun, lexicon))) return true;
  // A count that leaves its noun to the count before it in the sentence (`at least 30 people were
  // missing and more than 4,000 had been evacuated`) counts that noun.
  const counted = nounA !== null ? a.quantity : b.quantity;
  const elided = elidedNoun(units, bare);
  return counted !== null && elided !== null && nounsRelated({ ...counted, noun: elided }, counted, lexicon);
}

/** The noun a bare count leaves unsaid: that of the nearest count before it in its sentence. */
function elidedNoun(units: readonly Unit[], bare: Unit): string | null {
  if (bare.quantity?.unit !== 'count') return null;
  for (let i = units.indexOf(bare) - 1; i >= 0; i -= 1) {
    const quantity = units[i]?.quantity;
    if (quantity !== null && quantity !== undefined) return quantity.unit === 'count' ? quantity.noun : null;
  }
  return null;
}

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

/**
 * A figure that counts part of a group: one named after it (`two of the victims`, `three of
 * them`) or one set beside the rest (`the other two`, `another three`, `the remaining two`).
 */
export const isPartitive = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (PARTITIVE.test(text.slice(quantity.end, quantity.end + 12)) || REST.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)));
/**
 * The narrower part a fact may not share (select.ts): of a group the report named before
 * (`around 1,100 of them`, `two of whom`). `31 of the 100 seats` names its whole, and is the
 * same count as `31 seats`.
 */
const PART_OF_NAMED_GROUP = /^\s+of\s+(?:them|those|these|whom)\b/iu;
export const countsPartOfNamedGroup = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && PART_OF_NAMED_GROUP.test(text.slice(quantity.end, quantity.end + 12));

/**
 * The figures of one side that the other report also gives somewhere (for the same kind of
 * thing): the two agree on those, whatever else either says. Computed once per comparison.
 */
export function figuresReportedIn(from: Side, other: Side, lexicon: Lexicon): Set<Unit> {
  // A part (`Two of the victims died in hospital`) is not a total: it gives no count of its own.
  // A vague amount (`dozens of people`) agrees with many figures but gives none of them.
  // A ceiling (`a buyback of up to $500 million`, `as much as half a billion`) agrees with every
  // smaller figure but gives none of them either.
  // Figures agree only within one unit (and currency), and only with figures near their value:
  // each is looked for among those alone (quantities-index.ts).
  // A person's age (`Ann Hale, 31,`) is read as an age, a length of years: it agrees with no count of `31 people`.
  const theirs = new FigureIndex(
    other.units.flatMap((unit): Quantity[] => {
      const quantity = unit.quantity;
      // So does a time that bounds another (`since 5am`, `By midday`), through a hedge too (`by about 7am`).
      if (quantity === null || isPartitive(other.text, quantity) || (quantity.hedged && quantity.resolution === 0) || isCeiling(quantity) || boundsATime(other.text, quantity)) return [];
      // A figure joined to a word by a hyphen (`their 17-digit number`, `the 101-seat chamber`)
      // counts that word: it agrees with no count of `17 crashes`.
      const joined = quantity.noun === null && quantity.unit === 'count' ? HYPHEN_NOUN.exec(other.text.slice(quantity.end, quantity.end + 24)) : null;
      return [joined?.[1] === undefined ? quantity : { ...quantity, noun: joined[1].toLowerCase() }];
    }),
    (quantity) => quantity,
  );
  // What each of the other's shares is a share of, read once for the call (`sharesOfOtherThings`).
  const subjects = new Map<Quantity, string | undefined>();
  const subjectOf = (their: Quantity): string | undefined => {
    if (!subjects.has(their)) subjects.set(their, shareSubject(other.text, their)?.word);
    return subjects.get(their);
  };
  const agreed = new Set<Unit>();
  for (const unit of from.units) {
    const quantity = unit.quantity;
    if (quantity === null) continue;
    const mine = shareSubject(from.text, quantity)?.word ?? null;
    const gives = (their: Quantity): boolean => quantitiesAgree(quantity, their) && nounsRelated(quantity, their, lexicon) && !sharesOfOtherThings(mine, their, subjectOf, lexicon);
    if (theirs.some(quantity, gives)) agreed.add(unit);
  }
  return agreed;
}

/**
 * A share with no counted noun whose subject is read (`Turnout was 54.1 per cent`,
 * quantities-shares.ts) is not given by a share of another thing (`claim 53 per cent of CPP
 * assets`, or another's subject): what the other is a share of (its noun, else its subject) is
 * read and unrelated. It narrows only what a share with no noun agrees with (it agreed with any
 * share); a share with a noun agrees as before.
 */
function sharesOfOtherThings(mine: string | null, their: Quantity, subjectOf: (their: Quantity) => string | undefined, lexicon: Lexicon): boolean {
  if (mine === null || their.unit !== 'percent') return false;
  const theirs = their.noun ?? subjectOf(their);
  return theirs !== undefined && !lemmasRelated(mine, theirs, lexicon);
}

const HYPHEN_NOUN = /^-(\p{L}+)(?![\p{L}-])/u;

/** What a comparison knows of both reports before it looks at sentence pairs. */
export interface Known {
  /** The figures each report also gives somewhere (`figuresReportedIn`). */
  agreed: ReadonlySet<Unit>;
  /** The names each report writes. */
  names: { a: ReadonlySet<string>; b: ReadonlySet<string> };
}

/**
 * Readings that keep two figures apart whatever they count: the rest of a group (`160 more`) or
 * part of a score on either side, or a lead time, an aside, a difference (`30 per cent less`,
 * round 24n) on one side only, or a demand against an outcome (`had asked for five years` /
 * `sentenced to three years`, round 26c and mend E of session 20). Asked by the sentence-pair
 * detector and the slot reader alike.
 */
export function inOtherRoles(textA: string, x: Quantity, textB: string, y: Quantity): boolean {
  if (countsTheRest(textA, x) || countsTheRest(textB, y) || partOfAScore(textA, x) || partOfAScore(textB, y)) return true;
  if (demandAgainstOutcome(textA, x, textB, y)) return true;
  return isLeadTime(textA, x) !== isLeadTime(textB, y) || inAside(textA, x) !== inAside(textB, y) || aDifference(textA, x) !== aDifference(textB, y);
}
/**
 * A sum converted in brackets (`NZ$160 million ($92 million)`) on one side only (round 24n;
 * conflicts-pairing-figures.ts `aConversion`): set only against another conversion. Asked, as
 * `inOtherRoles` is, by the sentence-pair detector and the slot reader alike; apart from it as it
 * reads the figure among its sentence's units.
 */
export function convertedOnOneSide(textA: string, unitsA: readonly Unit[], a: Unit, textB: string, unitsB: readonly Unit[], b: Unit): boolean {
  return aConversion(textA, unitsA, unitsA.indexOf(a)) !== aConversion(textB, unitsB, unitsB.indexOf(b));
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

import { charRange, type CharRange } from '../text/ranges.ts';
import { alignRegions, unitSimilarity, type ClauseAlignment } from './align.ts';
import { datesOverlap, type DateMention } from './dates.ts';
import { figuresOfAnEarlierEvent, isLeadTime, measureConflicts, withinFloor } from './measures.ts';
import { contextReader, countsTheRest, inAside, pairedFigureConflicts, partOfAScore, peopleAgainstKind, SAYS_AFTER } from './conflicts-pairing.ts';
export { countsTheRest } from './conflicts-pairing.ts';
import { surnameConflicts } from './conflicts-names.ts';
import { peopleConflicts, PLACE_BEFORE } from './conflicts-people.ts';
import { placeConflicts } from './conflicts-places.ts';
import { tallyConflicts } from './conflicts-tallies.ts';
import { venueConflicts } from './conflicts-venues.ts';
import { nameSlotPairs, slotPairs, type NameRun, type NameSlotPair } from './conflicts-slots.ts';
import { nameConflict, runSpeakerConflict, type QuoteRun } from './conflicts-speakers.ts';
import { draftOf, GOVERNED, isAge, lemmasRelated, nameLike, nameRunKeys, namesOf, withoutAccents, type ConflictDraft, type Side } from './conflicts-common.ts';
import { ageConflicts, roleConflicts, yearsOld } from './conflicts-ages-roles.ts';
import { NamesInRole } from './word-indexes.ts';
import { WordsLike } from './like-words.ts';
import { isCeiling } from './quantities-agree.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { FigureIndex } from './quantities-index.ts';
import { head } from './select.ts';
import { conflictNote, type Conflict } from './types.ts';
import type { Lexicon, Unit } from './units.ts';

/** How much two clauses share apart from the units under test: the “same fact” evidence. */
function contextStrength(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], skip: (unit: Unit) => boolean): ClauseAlignment | null {
  const [best] = alignRegions(regionA, unitsA.filter((unit) => !skip(unit)), regionB, unitsB.filter((unit) => !skip(unit)));
  return best ?? null;
}

/**
 * Both figures count the same kind of thing; with no noun on either side, the context decides.
 * A count of people (`42 people were working`) counts any kind of person (`37 employees were
 * working`, `33 political prisoners`): news gives a group by its role or as people.
 */
function nounsRelated(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
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
function nounsAgreeAround(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[], lexicon: Lexicon): boolean {
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
 * Whose figure it is, as far as names tell: the names its sentence writes before it as a
 * subject, outside attributions and quotations (`The Reds, led by Ana Ruiz, took 31 seats` →
 * the Reds; Ruiz stands after `by`). See `ofDifferentNames`.
 */
function namedBefore(text: string, units: readonly Unit[], unit: Unit): Set<string> {
  const names = new Set<string>();
  let subject = false;
  units.forEach((other, i) => {
    if (other.index >= unit.index || !nameLike(other) || other.attribution || other.quoted) return;
    // A run of names is a subject unless a preposition or a bracket governs it (`published in
    // Nature Geoscience`, `led by the Instituto Andino (IAG)`): then it is where, or by whom.
    const before = units[i - 1];
    // An acronym in brackets after a name (`Latvian Centre Alliance (LCA)`) is that name again.
    const runs = before !== undefined && nameLike(before) && (before.last === other.first || /^\s*\(\s*$/u.test(text.slice(before.end, other.start)));
    if (!runs) subject = !GOVERNED.test(text.slice(Math.max(0, other.start - 24), other.start));
    if (subject) names.add(other.key);
    // A run of names the verb of saying follows (`Sheriff Tom Bell said 29 people were hurt`,
    // `The agency (VEA) said`) is the figure's source, not whose figure it is.
    const next = units[i + 1];
    const runGoesOn = next !== undefined && nameLike(next) && (other.last === next.first || /^\s*\(\s*$/u.test(text.slice(other.end, next.start)));
    if (!runGoesOn && SAYS_AFTER.test(text.slice(other.end, other.end + 40))) {
      for (let j = i; j >= 0; j -= 1) {
        const name = units[j];
        if (name === undefined || !nameLike(name)) break;
        names.delete(name.key);
      }
    }
  });
  return names;
}
/**
 * Figures of different named subjects (`The Blues slumped to 16 seats` / `The Reds won 32
 * seats`): their sentences name no subject in common before them, and each report names the
 * other's subject somewhere (it knows both, and gives the figure to another). A name only one
 * report writes (the lab one report credits) says nothing of whose the figure is.
 */
function ofDifferentNames(x: ReadonlySet<string>, y: ReadonlySet<string>, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0 || [...x].some((key) => y.has(key))) return false;
  return [...x].some((key) => namesB.has(key)) && [...y].some((key) => namesA.has(key));
}

/** The units around a figure, in its clause: what it is a figure of (“killing 23 people”). */
function neighbours(units: readonly Unit[], unit: Unit, reach = 3): Unit[] {
  const at = units.indexOf(unit);
  // The reach counts words that say something: “41 people in 12 states had fallen ill” reaches `ill`.
  // A word another figure counts (`10 men`, `12 states`) belongs to that figure, not to this one.
  // Unless this figure counts it too: in `31 of the 100 seats`, 31 counts seats as well.
  const countedByOther = (i: number): boolean => {
    const before = units[i - 1];
    const noun = units[i]?.key.slice(4);
    return before !== undefined && before !== unit && before.quantity?.noun != null && before.quantity.noun === noun && unit.quantity?.noun !== noun;
  };
  const says = (other: Unit | undefined, i: number): other is Unit => other !== undefined && other.quantity === null && other.date === null && other.baseWeight >= 0.5 && !countedByOther(i);
  const found: Unit[] = [];
  for (const step of [-1, 1]) {
    let taken = 0;
    for (let i = at + step; i >= 0 && i < units.length && taken < reach && units[i]?.clause === unit.clause; i += step) {
      const other = units[i];
      if (!says(other, i)) continue;
      found.push(other);
      taken += 1;
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * Two figures are of the same thing when words beside one match words beside the other: the
 * counted noun, the verb, the subject. The matches, one to one, in the first figure's order;
 * the first names what they are figures of.
 */
function sharedNeighbours(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[]): Unit[] {
  const near = neighbours(unitsB, b);
  const used = new Set<Unit>();
  const shared: Unit[] = [];
  for (const x of neighbours(unitsA, a)) {
    const y = near.find((other) => !used.has(other) && unitSimilarity(x, other) > 0);
    if (y === undefined) continue;
    used.add(y);
    shared.push(x);
  }
  return shared;
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

const TIME_NOUNS = new Set(['minute', 'hour', 'day', 'week', 'month', 'lap', 'round', 'inning', 'over']);

function sameFamily(a: Quantity, b: Quantity): boolean {
  if (isAge(a) !== isAge(b)) return false;
  // Times of day are set against each other by `clockConflicts`, as dates are.
  if (a.unit === 'clock' || b.unit === 'clock') return false;
  // “the 23rd minute” and “after 26 minutes” count the same clock.
  const timeline = (q: Quantity): boolean => (q.unit === 'ordinal' || q.unit === 'duration' || q.unit === 'count') && TIME_NOUNS.has(q.noun ?? '');
  if (a.unit !== b.unit) return timeline(a) && timeline(b) && a.noun === b.noun;
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
function plausiblyOneFigure(a: Quantity, b: Quantity): boolean {
  if (a.value <= 0 || b.value <= 0 || a.unit === 'percent') return true;
  return Math.max(a.value, b.value) / Math.min(a.value, b.value) <= MAX_DISCREPANCY;
}

/**
 * A figure that counts part of a group: one named after it (`two of the victims`, `three of
 * them`) or one set beside the rest (`the other two`, `another three`, `the remaining two`).
 */
const PARTITIVE = /^\s+of\s+(?:the|them|those|these|its|their|his|her|our|whom)\b/iu;
const PART_BEFORE = /\b(?:other|another|remaining)\s+$/iu;
const isPartitive = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (PARTITIVE.test(text.slice(quantity.end, quantity.end + 12)) || PART_BEFORE.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)));
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
function figuresReportedIn(from: Side, other: Side, lexicon: Lexicon): Set<Unit> {
  // A part (`Two of the victims died in hospital`) is not a total: it gives no count of its own.
  // A vague amount (`dozens of people`) agrees with many figures but gives none of them.
  // A ceiling (`a buyback of up to $500 million`, `as much as half a billion`) agrees with every
  // smaller figure but gives none of them either.
  // Figures agree only within one unit (and currency), and only with figures near their value:
  // each is looked for among those alone (quantities-index.ts).
  // A person's age (`Ann Hale, 31,`) counts nothing: it agrees with no count of `31 people`.
  const theirs = new FigureIndex(
    other.units.flatMap((unit): Quantity[] => {
      const quantity = unit.quantity;
      if (quantity === null || isPartitive(other.text, quantity) || (quantity.hedged && quantity.resolution === 0) || isCeiling(quantity)) return [];
      if (!isAge(quantity) && yearsOld(other.text, other.unitsBySentence[unit.sentence] ?? [], unit) !== null) return [];
      // A figure joined to a word by a hyphen (`their 17-digit number`, `the 101-seat chamber`)
      // counts that word: it agrees with no count of `17 crashes`.
      const joined = quantity.noun === null && quantity.unit === 'count' ? HYPHEN_NOUN.exec(other.text.slice(quantity.end, quantity.end + 24)) : null;
      return [joined?.[1] === undefined ? quantity : { ...quantity, noun: joined[1].toLowerCase() }];
    }),
    (quantity) => quantity,
  );
  const agreed = new Set<Unit>();
  for (const unit of from.units) {
    const quantity = unit.quantity;
    if (quantity === null) continue;
    const gives = (their: Quantity): boolean => quantitiesAgree(quantity, their) && nounsRelated(quantity, their, lexicon);
    if (theirs.some(quantity, gives)) agreed.add(unit);
  }
  return agreed;
}

const HYPHEN_NOUN = /^-(\p{L}+)(?![\p{L}-])/u;

/** What a comparison knows of both reports before it looks at sentence pairs. */
interface Known {
  /** The figures each report also gives somewhere (`figuresReportedIn`). */
  agreed: ReadonlySet<Unit>;
  /** The names each report writes. */
  names: { a: ReadonlySet<string>; b: ReadonlySet<string> };
}

/**
 * Readings that keep two figures apart whatever they count: the rest of a group (`160 more`) or
 * part of a score on either side, or a lead time or an aside on one side only. Asked by the
 * sentence-pair detector and the slot reader alike.
 */
function inOtherRoles(textA: string, x: Quantity, textB: string, y: Quantity): boolean {
  if (countsTheRest(textA, x) || countsTheRest(textB, y) || partOfAScore(textA, x) || partOfAScore(textB, y)) return true;
  return isLeadTime(textA, x) !== isLeadTime(textB, y) || inAside(textA, x) !== inAside(textB, y);
}

function numberConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, { agreed, names }: Known, lexicon: Lexicon): ConflictDraft[] {
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
      if (inOtherRoles(A.text, quantityA, B.text, quantityB)) continue;
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

const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.)(?:\s+\d{4})?$/iu;
/** `Jan Sadowski`, `May Ling`: a month's name before a capitalised word is a first name. */
const beforeAName = (text: string, unit: Unit): boolean => /^\s+\p{Lu}/u.test(text.slice(unit.end, unit.end + 3));
/** A period of years written as one (`from 2006 to 2021`, `between 2006 and 2022`, `2006-2021`). */
const PERIOD_TEXT = /^\d{4}\s*(?:(?:to|and|until|through)\s+|[-–]\s*)\d{4}$/iu;
const isPeriod = (unit: Unit): boolean => PERIOD_TEXT.test(unit.date?.text ?? '');
const SPEAKERS_DAY = /^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))$/iu;
const countedFrom = (text: string, unit: Unit): boolean => /\bsince\s+$/iu.test(text.slice(Math.max(0, unit.start - 8), unit.start));
/**
 * A day given with a time in a named zone (`shortly after 5 a.m. local time (2100 GMT on
 * Friday)`) is that zone's day, which may be the day before the local one the other report
 * gives: it is no day of the event to set against another.
 */
const ZONE_BEFORE = /\d\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT)\s+(?:on\s+)?$/u;
const inAnotherZone = (text: string, unit: Unit): boolean => ZONE_BEFORE.test(text.slice(Math.max(0, unit.start - 16), unit.start));
/**
 * A date in a relative clause set off by commas (`The budget, which takes effect Jan. 1, lifts
 * …`) dates that aside's action, not the one the sentence reports: it is set only against a
 * date in such an aside.
 */
const RELATIVE_BEFORE = /,\s+(?:which|who|whose)\s[^,;:.()—–]*$/iu;
const inRelativeAside = (text: string, unit: Unit): boolean =>
  RELATIVE_BEFORE.test(text.slice(Math.max(0, unit.start - 60), unit.start)) && /^[^,;:.()—–]*,/u.test(text.slice(unit.end, unit.end + 60));
/** Both dates stand beside words of their clause, and none of those words meet. */
function datesOfDifferentActions(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[]): boolean {
  const [nearA, nearB] = [neighbours(unitsA, a), neighbours(unitsB, b)];
  if (nearA.length === 0 || nearB.length === 0) return false;
  // A name meets a name only whole: `West` of `West Java` is not `West` of `West Bandung`.
  const meet = (x: Unit, y: Unit): boolean => unitSimilarity(x, y) > 0 && (x.kind !== 'name' || y.kind !== 'name' || nameRunKeys(unitsA, x) === nameRunKeys(unitsB, y));
  return !nearA.some((x) => nearB.some((y) => meet(x, y)));
}

/** One value written alike in both reports (`on Wednesday`, read as two weeks' Wednesdays) is one value. */
const writtenAlike = (a: Unit, A: Side, b: Unit, B: Side): boolean => A.text.slice(a.start, a.end).toLowerCase() === B.text.slice(b.start, b.end).toLowerCase();

/** A date gone by (-1), to come (1), or neither (0: the publication day, or no date) for a report published on `published`. */
const tense = (date: DateMention | null, published: string): number => (date === null ? 0 : date.to < published ? -1 : date.from > published ? 1 : 0);
/** Whether a date is written at its precision: a year as its digits, a month by its name, a period as its two years. */
const writtenAt = (unit: Unit, precision: 'day' | 'month' | 'year' | 'range', text: string): boolean =>
  precision === 'day' || (precision === 'year' && /^\d{4}$/u.test(unit.date?.text ?? '')) || (precision === 'month' && MONTH_NAME.test(unit.date?.text ?? '') && !beforeAName(text, unit)) || (precision === 'range' && isPeriod(unit));
/**
 * Dates of one precision (two days, or two years: `in 2022` / `in 2023`) in sentences that
 * share enough besides them; a sentence with dates of both kinds compares its days.
 */
function dateConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side): ConflictDraft[] {
  // A year counts when written (`in 2022`); `last year` / `this year` is how a report tells time.
  // A relative day inside a quotation (`“… voted for change today”`) is the speaker's day,
  // which the report need not give.
  // A month is written as a name (`since May`, `in March 2025`); a period as its two years
  // (`from 2006 to 2021`, `between 2006 and 2022`).
  const precise = (units: readonly Unit[], precision: 'day' | 'month' | 'year' | 'range'): Unit[] =>
    units.filter((unit) => unit.date !== null && unit.date.precision === precision && !unit.date.hedged && writtenAt(unit, precision, units === unitsA ? A.text : B.text) && !(unit.quoted && SPEAKERS_DAY.test(unit.date.text)) && !inAnotherZone(units === unitsA ? A.text : B.text, unit));
  let [da, db] = [precise(unitsA, 'day'), precise(unitsB, 'day')];
  // Months, years and periods compare only one to one: a sentence that gives two tells a sequence.
  for (const precision of ['month', 'year', 'range'] as const) if (da.length === 0 || db.length === 0) [da, db] = [precise(unitsA, precision), precise(unitsB, precision)];
  if (da.length === 0 || db.length === 0 || (da[0]?.date?.precision !== 'day' && (da.length > 1 || db.length > 1))) return [];
  // Two periods are one when they start and end together; overlapping is not enough.
  const same = (a: DateMention, b: DateMention): boolean => (a.precision === 'range' ? a.from === b.from && a.to === b.to : datesOverlap(a, b));
  if (da.some((a) => db.some((b) => a.date !== null && b.date !== null && same(a.date, b.date)))) return [];
  // A day both write alike (`on Wednesday`, read as two weeks' Wednesdays) is one day.
  if (da.some((a) => db.some((b) => writtenAlike(a, A, b, B)))) return [];
  const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.date !== null);
  if (context === null || context.content < 1.2 || context.strength < 2.2) return [];
  const [a, b] = [da[0], db[0]];
  if (a === undefined || b === undefined) return [];
  // A year counted from (`a record that had stood since 1961`) says how long, not when.
  if (countedFrom(A.text, a) !== countedFrom(B.text, b)) return [];
  // A day dates the action told beside it (`start talks on Monday` / `told supporters early on
  // Sunday`): two days beside words that share nothing are days of two actions.
  if (a.date?.precision === 'day' && datesOfDifferentActions(a, unitsA, b, unitsB)) return [];
  if (inRelativeAside(A.text, a) !== inRelativeAside(B.text, b)) return [];
  // A day gone by and a day to come (`voted Tuesday` / `shuts down the branch on April 1`) are
  // days of two actions: what happened and what is to happen.
  if (a.date?.precision === 'day' && tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0) return [];
  return [draftOf('date', 'date', a, b, A, B, context.strength)];
}

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
function loneDateConflicts(A: Side, B: Side): ConflictDraft[] {
  const datedIn = (side: Side): { unit: Unit; units: readonly Unit[]; near: Unit[]; bound: string; written: string }[] =>
    side.unitsBySentence.flatMap((units) =>
      units
        .filter((unit) => unit.date !== null && unit.date.precision !== 'range' && !unit.quoted && (unit.date.precision === 'day' || unit.date.hedged || writtenAt(unit, unit.date.precision, side.text)) && !inAnotherZone(side.text, unit) && !countedFrom(side.text, unit) && !inRelativeAside(side.text, unit))
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
  const like = (x: Unit, y: Unit): boolean => x.key === y.key || unitSimilarity(x, y) > 0;
  // Whether a word dates one date of its report, asked once per word, read from an index of the
  // words beside each date (like-words.ts; round 17s: not a scan of every date per word).
  const known = new Map<Unit, boolean>();
  const [nearA, nearB] = [new WordsLike(datedA.map(({ near }) => near), like), new WordsLike(datedB.map(({ near }) => near), like)];
  const once = (dated: WordsLike, word: Unit): boolean => {
    let answer = known.get(word);
    if (answer === undefined) known.set(word, (answer = dated.groupsLike(word).length === 1));
    return answer;
  };
  // Two days are one action's only where the word both stand by is what was done (`were found
  // on Friday` / `were discovered on Thursday, 3 June`), not a thing both name (`the raid`).
  const action = (side: Side, x: Unit, precision: string): boolean => precision !== 'day' || doneWord(side.text, x);
  // The words each date stands by that date one date of their report and may date an action:
  // B's indexed, so each date of A reads at once which dates of B stand by a word like one of its
  // own (round 17s: the test of every pair of dates was a square of each report's words beside dates).
  const datingB = new WordsLike(
    datedB.map(({ unit, near }) => near.filter((y) => action(B, y, unit.date?.precision ?? '') && once(nearB, y))),
    (y, x) => like(x, y),
  );
  const indexOfB = new Map(datedB.map((b, index) => [b, index]));
  const drafts: ConflictDraft[] = [];
  for (const a of datedA) {
    let meeting: Set<number> | undefined;
    for (const b of ofKindB.get(kind(a)) ?? []) {
      const [da, db] = [a.unit.date, b.unit.date];
      if (da === null || db === null || da.precision !== db.precision || datesOverlap(da, db) || a.written === b.written || tense(da, A.publishedAt) * tense(db, B.publishedAt) < 0) continue;
      if (da.precision === 'day' && !oneDayOfAction(da, A.publishedAt, db, B.publishedAt)) continue;
      meeting ??= new Set(a.near.filter((x) => action(A, x, da.precision) && once(nearA, x)).flatMap((x) => datingB.groupsLike(x)));
      if (!meeting.has(indexOfB.get(b) ?? -1)) continue;
      const context = contextStrength(a.unit.sentence, a.units, b.unit.sentence, b.units, (unit) => unit.date !== null || unit.quantity !== null);
      if (context === null || context.content < LONE_DATE_CONTEXT.content || context.strength < LONE_DATE_CONTEXT.strength) continue;
      drafts.push(draftOf('date', 'date', a.unit, b.unit, A, B, context.strength));
    }
  }
  return drafts;
}
const LONE_DATE_CONTEXT = { content: 1, strength: 1 };
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
/**
 * What the word before a date makes of it: the start of a period (`from January`, `since`), its
 * end or a deadline (`by 2030`, `until`, `before 2029`), or a point (`in December`, `between March
 * and November 2021`'s `and`): a start and a point are two different moments.
 */
function bound(text: string, unit: Unit): string {
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, unit.start - 16), unit.start))?.[1]?.toLowerCase() ?? '';
  return /^(?:from|since|starting|beginning)$/u.test(word) ? 'start' : /^(?:by|until|till|before|through)$/u.test(word) ? 'end' : /^(?:after)$/u.test(word) ? 'after' : 'point';
}

/**
 * Times of day (`around 2 a.m.` / `shortly after 4am`), as `dateConflicts` sets days: one time
 * of a zone in each sentence (a sentence with two tells a sequence: `from 10 p.m. … until 6
 * a.m.`), sentences that share as much besides as days need, times that cannot be one (ranges
 * widened by their precision), and a time the other report gives nowhere. A time inside a
 * quotation is the speaker's.
 */
const CLOCK_CONTEXT = { content: 1.2, strength: 1.6 };
const LONE_CLOCK_CONTEXT = { content: 0.5, strength: 0.5 };
/**
 * Whether `time` is the only time of day the report gives beside a word like `word` (`capsized`,
 * `overturned`): a report that times one action twice tells two of them (`the first boat capsized
 * at 5 a.m. … the second capsized at 7 a.m.`). Reports time few things, so this reads them all.
 */
function timedOnce(side: Side, word: Unit): boolean {
  let timed = clockNeighbours.get(side);
  if (timed === undefined) {
    timed = side.unitsBySentence.flatMap((units) => units.filter((unit) => unit.quantity?.unit === 'clock' && !unit.quoted).map((unit) => neighbours(units, unit).filter((other) => inflectedVerb(side.text, other))));
    clockNeighbours.set(side, timed);
  }
  return timed.filter((near) => near.some((other) => other.key === word.key || unitSimilarity(other, word) > 0)).length === 1;
}
/** The action words beside each time of day a report gives, read once per report and comparison. */
const clockNeighbours = new WeakMap<Side, Unit[][]>();
/**
 * A word written as a verb's past or participle (`capsized`, `struck`, `overturned`): its form is
 * not its lemma, nor the lemma's plural (`boats`). What a time of day dates is an action.
 */
function inflectedVerb(text: string, unit: Unit): boolean {
  if (!unit.key.startsWith('lem:')) return false;
  const written = text.slice(unit.start, unit.end).toLowerCase();
  const lemma = unit.key.slice(4);
  return written !== lemma && !written.endsWith('s');
}
function clockConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, { agreed }: Known): ConflictDraft[] {
  const times = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.quantity?.unit === 'clock' && !unit.quoted);
  const [ta, tb] = [times(unitsA), times(unitsB)];
  for (const a of ta) {
    const zone = a.quantity?.noun ?? null;
    const [oneA, oneB] = [ta.filter((unit) => (unit.quantity?.noun ?? null) === zone), tb.filter((unit) => (unit.quantity?.noun ?? null) === zone)];
    const [x, y] = [oneA[0], oneB[0]];
    if (oneA.length !== 1 || oneB.length !== 1 || x === undefined || y === undefined || x.quantity === null || y.quantity === null) continue;
    if (agreed.has(x) || agreed.has(y) || quantitiesAgree(x.quantity, y.quantity)) continue;
    // The times stand by one word on both sides (`struck around 2 a.m.` / `struck shortly after
    // 4am`), and the sentences share a fact's worth besides: what numberConflicts asks of figures.
    const shared = sharedNeighbours(x, unitsA, y, unitsB);
    if (shared.length === 0) continue;
    const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.date !== null || unit.quantity !== null);
    // The time of the one thing each report times once (`The ferry capsized shortly after 5 a.m.` /
    // `The ship overturned around 7 a.m.`): the word both times stand by dates nothing else in
    // either report, so the sentences need share no more than a figure's do.
    const least = shared.some((word) => inflectedVerb(A.text, word) && timedOnce(A, word) && timedOnce(B, word)) ? LONE_CLOCK_CONTEXT : CLOCK_CONTEXT;
    if (context === null || context.content < least.content || context.strength < least.strength) return [];
    return [draftOf('date', 'time', x, y, A, B, context.strength)];
  }
  return [];
}

/**
 * A date a report tells as one: with a figure, a month or a day of the week (`on Sunday`, `last
 * September`, `in 2029`), not the report's own way of telling time (`this week`, `last year`).
 */
const toldAsADate = (date: DateMention): boolean => /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu.test(date.text);
/** Two sentences that tell the same thing (compare.ts, `stronglyAlignedPairs`), with their stretches. */
export interface StrongPair {
  regionA: number;
  regionB: number;
  stretches: readonly ClauseAlignment[];
}
/**
 * Dates of one kind: two days, two months, two years (`in December` / `from January`, `in 2029` /
 * `in 2030`), or a part of a year against either (`by the end of 2027` / `in 2028`); a span of
 * several years (`in 1980 and 1995`, `the 1970s`) dates no one thing.
 */
function comparableDates(a: DateMention, b: DateMention): boolean {
  if (a.precision === 'day' || b.precision === 'day') return a.precision === b.precision;
  const withinAYear = (date: DateMention): boolean => Date.parse(date.to) - Date.parse(date.from) <= 366 * 86_400_000;
  return withinAYear(a) && withinAYear(b) && (a.precision === b.precision || a.precision === 'range' || b.precision === 'range');
}
/** The least a stretch shares for its one differing slot to be read: a fact's strength. */
const SLOT_STRENGTH = 1.6;
/**
 * Values that fill the same slot of two sentences telling the same thing (conflicts-slots.ts),
 * where no detector spoke: the alignment is the evidence that they are one value told twice, so
 * no word need stand beside both and the sentences need share no more than the stretch. The
 * role readers the detectors use still keep apart what cannot be one value (an earlier event's
 * figure, a part of a group, a lead time, an aside, a quotation, another zone's day).
 */
function slotConflicts(stretches: readonly ClauseAlignment[], strongPairs: readonly StrongPair[], A: Side, B: Side, { agreed, names }: Known, lexicon: Lexicon): ConflictDraft[] {
  const comparable = (a: Unit, b: Unit): boolean => {
    if (a.date !== null && b.date !== null) return comparableDates(a.date, b.date) && toldAsADate(a.date) && toldAsADate(b.date);
    const [x, y] = [a.quantity, b.quantity];
    if (x === null || y === null) return false;
    if (x.unit === 'clock' || y.unit === 'clock') return x.unit === y.unit && (x.noun ?? null) === (y.noun ?? null);
    return sameFamily(x, y) && plausiblyOneFigure(x, y);
  };
  // A report that gives the other's date anywhere (outside quotations) agrees with it.
  const datedIn = (date: DateMention, side: Side): boolean => side.units.some((unit) => unit.date !== null && !unit.quoted && unit.date.precision === date.precision && datesOverlap(unit.date, date));
  const judge = (a: Unit, b: Unit, unitsA: readonly Unit[], unitsB: readonly Unit[], strength: number): ConflictDraft | null => {
    if (a.quoted || b.quoted || writtenAlike(a, A, b, B)) return null;
    // Values of different named subjects (`Holmqvist was fourth at halfway` / `Harcourt was fifth at halfway`).
    if (ofDifferentNames(namedBefore(A.text, unitsA, a), namedBefore(B.text, unitsB, b), names.a, names.b)) return null;
    if (a.date !== null && b.date !== null) {
      if (datesOverlap(a.date, b.date) || datedIn(a.date, B) || datedIn(b.date, A)) return null;
      if (inAnotherZone(A.text, a) || inAnotherZone(B.text, b) || countedFrom(A.text, a) !== countedFrom(B.text, b) || inRelativeAside(A.text, a) !== inRelativeAside(B.text, b)) return null;
      if (tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0) return null;
      if (datesOfDifferentActions(a, unitsA, b, unitsB)) return null;
      return draftOf('date', 'date', a, b, A, B, strength);
    }
    const [x, y] = [a.quantity, b.quantity];
    if (x === null || y === null || agreed.has(a) || agreed.has(b) || quantitiesAgree(x, y) || !nounsRelated(x, y, lexicon) || !nounsAgreeAround(a, unitsA, b, unitsB, lexicon)) return null;
    if (isPartitive(A.text, x) || isPartitive(B.text, y) || inOtherRoles(A.text, x, B.text, y)) return null;
    if (figuresOfAnEarlierEvent(A.text, unitsA, A.publishedAt).has(a) !== figuresOfAnEarlierEvent(B.text, unitsB, B.publishedAt).has(b)) return null;
    if (x.unit === 'count' && withinFloor(x, y)) return null;
    if (x.unit === 'clock') return draftOf('date', 'time', a, b, A, B, strength);
    return draftOf('number', x.noun ?? y.noun ?? 'figure', a, b, A, B, strength);
  };
  const drafts: ConflictDraft[] = [];
  for (const stretch of stretches) {
    const [unitsA, unitsB] = [A.unitsBySentence[stretch.regionA] ?? [], B.unitsBySentence[stretch.regionB] ?? []];
    for (const { a, b, strength } of slotPairs(stretch, unitsA, unitsB, SLOT_STRENGTH, comparable)) {
      const draft = judge(a, b, unitsA, unitsB, strength);
      if (draft !== null) drafts.push(draft);
    }
  }
  // The one local time of day each report gives, outside quotations, is the event's (as the one
  // length of time each gives is, `onlyDuration`): two that cannot be one conflict wherever they
  // stand. A report that gives two times tells a sequence, and keeps to the detectors.
  const localTimes = (side: Side): Unit[] => side.units.filter((unit) => unit.quantity?.unit === 'clock' && unit.quantity.noun === null && !unit.quoted);
  const [timesA, timesB] = [localTimes(A), localTimes(B)];
  const [onlyA, onlyB] = [timesA[0], timesB[0]];
  if (timesA.length === 1 && timesB.length === 1 && onlyA !== undefined && onlyB !== undefined) {
    const [unitsA, unitsB] = [A.unitsBySentence[onlyA.sentence] ?? [], B.unitsBySentence[onlyB.sentence] ?? []];
    // The times stand by one word, or its synonym, on both sides (`open to traffic at 4pm` /
    // `Traffic will be allowed through from 6 p.m.`): beside words of kin alone they time two
    // actions (`The ferry capsized …` / `Rescue boats arrived …`).
    const sameAction = neighbours(unitsA, onlyA).some((x) => neighbours(unitsB, onlyB).some((y) => unitSimilarity(x, y) >= 0.8));
    const draft = sameAction ? judge(onlyA, onlyB, unitsA, unitsB, 1) : null;
    if (draft !== null) drafts.push(draft);
  }
  // Two sentences that tell the same thing (compare.ts, `stronglyAlignedPairs`), each giving one
  // value of a kind: the one value each gives of it is one slot, wherever each sentence puts it.
  for (const { regionA, regionB, stretches: told } of strongPairs) {
    const [unitsA, unitsB] = [A.unitsBySentence[regionA] ?? [], B.unitsBySentence[regionB] ?? []];
    // A value counts in a clause the two sentences share: the rest of a long sentence may tell another thing.
    const clausesA = new Set(told.flatMap(({ matches }) => matches.map((match) => match.a.clause)));
    const clausesB = new Set(told.flatMap(({ matches }) => matches.map((match) => match.b.clause)));
    const strength = Math.max(0, ...told.map((stretch) => stretch.strength + (stretch.besides ?? 0)));
    const values = (units: readonly Unit[]): Unit[] => units.filter((unit) => (unit.quantity !== null || unit.date !== null) && !unit.quoted);
    const [valuesA, valuesB] = [values(unitsA), values(unitsB)];
    for (const a of valuesA) {
      const rivals = valuesB.filter((b) => comparable(a, b));
      const [b] = rivals;
      if (rivals.length !== 1 || b === undefined || valuesA.filter((other) => comparable(other, b)).length !== 1) continue;
      if (!clausesA.has(a.clause) || !clausesB.has(b.clause)) continue;
      const draft = judge(a, b, unitsA, unitsB, strength);
      if (draft !== null) drafts.push(draft);
    }
  }
  return drafts;
}

/** The words of a text or a name, lower-cased, without accents, hyphenated words also in their parts. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of withoutAccents(text).toLowerCase().split(/[^\p{L}\p{M}-]+/u)) {
    if (word === '') continue;
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) words.add(part);
  }
  return words;
}

/**
 * Names that fill the same slot of two sentences telling the same thing (conflicts-slots.ts,
 * `nameSlotPairs`): who did it, where, which ship. Two names are one when they share a key or a
 * word (`Solheim` / `Ingrid Solheim`); they conflict only when neither report writes the other's
 * name anywhere (a report that names both may give them two roles).
 */
function nameSlotConflicts(stretches: readonly ClauseAlignment[], A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [textA, textB] = [wordsOf(A.text), wordsOf(B.text)];
  const drafts: ConflictDraft[] = [];
  const textOf = (side: Side, run: NameRun): string => side.text.slice(run.start, run.end);
  /**
   * A person: the run ends in two words the dictionary does not know (`Ingrid Solheim`, not `New
   * Democrats`), and no preposition of place governs it (`below the Cerro Quiltay`).
   */
  const person = (side: Side, run: NameRun): boolean => {
    const words = textOf(side, run).split(/\s+/u).slice(-2);
    if (PLACE_BEFORE.test(side.text.slice(Math.max(0, run.start - 40), run.start))) return false;
    return words.length === 2 && words.every((word) => /^\p{Lu}/u.test(word) && !lexicon.isKnownWord(lexicon.lemmatize(word.toLowerCase())));
  };
  /**
   * Whether a report gives the name in that role too: it writes a word of the name in a clause
   * that also holds the word the slot is bound by (`Solheim cut the ribbon` against `Nakken cut
   * the ribbon`, in a report that has Solheim pull out: not in that role).
   */
  // Through an index of each report's name words and clauses (word-indexes.ts): read once, not once per pair.
  const [rolesA, rolesB] = [new NamesInRole(A.units, A.text, wordsOf), new NamesInRole(B.units, B.text, wordsOf)];
  const inRole = (side: Side, words: ReadonlySet<string>, role: readonly Unit[]): boolean => (side === A ? rolesA : rolesB).holds(words, role);
  const judge = (pair: NameSlotPair): ConflictDraft | null => {
    const { a, b, bounds, strength } = pair;
    // A person against a body or a place (`NDP Leader Priya Ramdas` / `New Democrats`) is no one slot.
    if (person(A, a) !== person(B, b)) return null;
    const [namedA, namedB] = [wordsOf(textOf(A, a)), wordsOf(textOf(B, b))];
    // A report that writes the other's name gives it another role, or the same: only two
    // people (a first name and a surname each) are told apart by the role, other names by
    // whether the other report writes them at all.
    if (person(A, a)) {
      if (inRole(B, namedA, bounds.map((match) => match.b)) || inRole(A, namedB, bounds.map((match) => match.a))) return null;
    } else {
      if ([...namedA].some((word) => textB.has(word)) || [...namedB].some((word) => textA.has(word))) return null;
      // A place or a body qualifies the word beside it (`the hospital in Lleida`, `the port of
      // Rajin`: which one of several); it fills the one slot when matches that say something hold
      // it on both sides (`a flooded road near Castlebar in County Mayo`).
      if (!pair.closed || bounds.some((match) => match.a.weight < 0.5 || match.b.weight < 0.5)) return null;
    }
    const values: [string, string] = [textOf(A, a), textOf(B, b)];
    return { a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength };
  };
  for (const stretch of stretches) {
    const [unitsA, unitsB] = [A.unitsBySentence[stretch.regionA] ?? [], B.unitsBySentence[stretch.regionB] ?? []];
    for (const pair of nameSlotPairs(stretch, unitsA, unitsB, SLOT_STRENGTH)) {
      const draft = judge(pair);
      if (draft !== null) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * Conflicts: the same kind of fact with different values. Two clauses that share enough
 * besides the figure (or date) but give figures that cannot be the same amount; a quote both
 * reports carry, attributed to different people.
 */
export function findConflicts(
  pairs: readonly { regionA: number; regionB: number }[],
  quotes: readonly ClauseAlignment[],
  A: Side,
  B: Side,
  lexicon: Lexicon,
  runs: readonly QuoteRun[] = [],
  stretches: readonly ClauseAlignment[] = [],
  strongPairs: readonly StrongPair[] = [],
): Omit<Conflict, 'id'>[] {
  const drafts: ConflictDraft[] = [];
  const known: Known = { agreed: new Set([...figuresReportedIn(A, B, lexicon), ...figuresReportedIn(B, A, lexicon)]), names: { a: namesOf(A), b: namesOf(B) } };
  for (const { regionA, regionB } of pairs) {
    const unitsA = A.unitsBySentence[regionA] ?? [];
    const unitsB = B.unitsBySentence[regionB] ?? [];
    drafts.push(...numberConflicts(regionA, unitsA, regionB, unitsB, A, B, known, lexicon), ...dateConflicts(regionA, unitsA, regionB, unitsB, A, B), ...clockConflicts(regionA, unitsA, regionB, unitsB, A, B, known));
  }
  drafts.push(...ageConflicts(A, B), ...roleConflicts(A, B), ...placeConflicts(A, B), ...tallyConflicts(A, B), ...surnameConflicts(A, B), ...venueConflicts(A, B));
  // Tolls told through different words (`has killed 26 people` / `has claimed 34 lives`).
  for (const { measure, a, b } of measureConflicts(A, B)) drafts.push(draftOf('number', measure, a, b, A, B, 1));
  for (const quote of quotes) {
    const conflict = nameConflict(quote, A, B);
    if (conflict !== null) drafts.push(conflict);
  }
  for (const run of runs) {
    const conflict = runSpeakerConflict(run, A, B);
    if (conflict !== null) drafts.push(conflict);
  }
  // One conflict per mention on each side: the best-supported.
  drafts.sort((x, y) => y.strength - x.strength || head(x.a).start - head(y.a).start || head(x.b).start - head(y.b).start);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: Omit<Conflict, 'id'>[] = [];
  for (const draft of drafts) {
    const [a, b] = [head(draft.a).start, head(draft.b).start];
    // One quotation given to the same two speakers in two places (`“We are …,” said Péter
    // Ronkay` … `That, Ronkay added, “has …”`) is one conflict, marked at each.
    const same = draft.subject === 'quote attributed to' ? kept.find((other) => other.subject === draft.subject && other.values[0] === draft.values[0] && other.values[1] === draft.values[1]) : undefined;
    if (same !== undefined) {
      same.a = [...same.a, ...draft.a.filter((range) => !same.a.some((other) => other.start === range.start))];
      same.b = [...same.b, ...draft.b.filter((range) => !same.b.some((other) => other.start === range.start))];
      continue;
    }
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, subject: draft.subject, values: draft.values, note: draft.note });
  }
  // People paired by the role beside their names (conflicts-people.ts), and figures paired by
  // what they quantify (conflicts-pairing.ts), where no detector spoke: the detectors above keep
  // what they find (the general method alone finds less at their precision).
  // A person a detector already named in a role (`Justice Thomas Keane`) is that detector's.
  const named = (ranges: readonly CharRange[], at: CharRange): boolean => ranges.some((range) => range.start < at.end && at.start < range.end);
  const people = peopleConflicts(A, B, lexicon).filter((draft) => !kept.some((other) => named(other.a, head(draft.a)) || named(other.b, head(draft.b))));
  // So is a name a detector already set in a role (`pilot, Ann Hale`), for the name slots.
  const slotNames = nameSlotConflicts(stretches, A, B, lexicon).filter((draft) => !kept.some((other) => named(other.a, head(draft.a)) || named(other.b, head(draft.b))));
  for (const draft of [...slotConflicts(stretches, strongPairs, A, B, known, lexicon), ...loneDateConflicts(A, B), ...slotNames, ...people, ...pairedFigureConflicts(A, B, lexicon, known.agreed, contextReader(A, B, pairs))]) {
    const [a, b] = [head(draft.a).start, head(draft.b).start];
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, subject: draft.subject, values: draft.values, note: draft.note });
  }
  return kept;
}

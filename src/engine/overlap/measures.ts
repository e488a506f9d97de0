import { FROM_BEFORE_A_CHANGE } from './change-verbs.ts';
import type { DateMention } from './dates.ts';
import type { Quantity } from './quantities.ts';
import { quantitiesAgree } from './quantities.ts';
import type { Unit } from './units.ts';

/**
 * The measures news reports give one figure for and tell in many ways: a death toll (`has
 * killed 26 people`, `has claimed 34 lives`, `34 deaths`, `Twenty-six people have died`) and a
 * count of infections (`infected 1,187`, `1,187 cases`, `41 people had fallen ill`). Two figures
 * of one measure need no shared word to be figures of one thing: the verb or noun that makes
 * each a toll says so.
 */
export type Measure = 'deaths' | 'cases';

interface MeasureSide {
  text: string;
  /** The report's publication day (`YYYY-MM-DD`): a year before it is another event's. */
  publishedAt: string;
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

export interface MeasureConflict {
  measure: Measure;
  a: Unit;
  b: Unit;
}

const DEATH_NOUNS = new Set(['death', 'fatality', 'dead']);
/** `claimed 34 lives`, `lost 34 lives`; `claimed 34 seats` is no toll. */
const LIFE_NOUNS = new Set(['life', 'victim']);
const COUNTED_PEOPLE = new Set(['people', 'person', 'resident', 'child', 'man', 'woman', 'passenger', 'worker', 'patient', 'villager', 'civilian', 'miner', 'student']);
const KILL_BEFORE = /\b(?:kill(?:s|ed|ing)?|left)\s+$/iu;
const CLAIM_BEFORE = /\b(?:claim(?:s|ed|ing)?|los[et](?:s|ing)?|cost(?:s|ing)?)\s+$/iu;
const DIED_AFTER = /^\s*(?:(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:died|been\s+killed|perished)|(?:died|perished)|(?:were|are|was|have\s+been)\s+(?:killed|dead|confirmed\s+dead)|dead)\b/iu;
const CASE_NOUNS = new Set(['case', 'infection']);
const INFECT_BEFORE = /\b(?:infect(?:s|ed|ing)?|sicken(?:s|ed|ing)?)\s+$/iu;
const ILL_AFTER = /^\s*(?:(?:have|has|had)\s+(?:now\s+)?(?:fallen\s+ill|been\s+infected|become\s+ill)|fell\s+ill|(?:were|are)\s+infected)\b/iu;
/** A toll's figure, not a rate or a share: `new cases` a day is another measure. */
const NEW_BEFORE = /\bnew\s*$/iu;

/** Which measure a figure gives, from the verb before it or after its noun and from its noun. */
export function measureOf(text: string, quantity: Quantity): Measure | null {
  if (quantity.unit !== 'count' || quantity.hedged && quantity.resolution === 0) return null;
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 40);
  const noun = quantity.noun;
  const people = noun === null || COUNTED_PEOPLE.has(noun);
  if (noun !== null && DEATH_NOUNS.has(noun)) return 'deaths';
  if (noun !== null && LIFE_NOUNS.has(noun) && (CLAIM_BEFORE.test(before) || KILL_BEFORE.test(before))) return 'deaths';
  if (people && (KILL_BEFORE.test(before) && !/\bleft\s+$/iu.test(before) || DIED_AFTER.test(after))) return 'deaths';
  if (/\bleft\s+$/iu.test(before) && /^\s*dead\b/iu.test(after)) return 'deaths';
  if (/\bnew\b/iu.test(quantity.text) || NEW_BEFORE.test(before) || /^\s*new\b/iu.test(after)) return null;
  if (noun !== null && CASE_NOUNS.has(noun)) return 'cases';
  if (people && (INFECT_BEFORE.test(before) || ILL_AFTER.test(after))) return 'cases';
  return null;
}

const SINCE_BEFORE = /\bsince\s+(?:\p{L}+\s+)?$/iu;

/**
 * The figures of one sentence that are told of an earlier event: a figure the earlier year is
 * written after (`up from $380 million in 2024`, `compared with 59.4% in 2022`) is the only one
 * that year dates; a year standing by no figure (`The last outbreak, in 2023, killed 40 people`)
 * dates them all. A period that runs up to the last years (`images taken between 2000 and 2024`,
 * published in 2026) is how long a study looked, not another event; an earlier period
 * (`from 2014 to 2016`) is another event, and so are years of an event (`in 2023 and 2024`).
 */
export function figuresOfAnEarlierEvent(text: string, units: readonly Unit[], publishedAt: string): ReadonlySet<Unit> {
  // Asked of one sentence by the figure pairing and by every sentence pair it is in (conflicts.ts):
  // read once per sentence's units.
  const known = earlierOf.get(units);
  if (known !== undefined && known.text === text && known.publishedAt === publishedAt) return known.figures;
  const figures = readFiguresOfAnEarlierEvent(text, units, publishedAt);
  earlierOf.set(units, { text, publishedAt, figures });
  return figures;
}
const earlierOf = new WeakMap<readonly Unit[], { text: string; publishedAt: string; figures: ReadonlySet<Unit> }>();

function readFiguresOfAnEarlierEvent(text: string, units: readonly Unit[], publishedAt: string): Set<Unit> {
  const published = Number(publishedAt.slice(0, 4));
  const figures = units.filter((unit) => unit.quantity !== null);
  const earlier = new Set<Unit>();
  // The value a change started from (`The maximum fine was doubled from 10 million euros`,
  // `raised the limit from 50 to 70`) is what it was before: an earlier state, not this one.
  for (const figure of figures) if (FROM_BEFORE_A_CHANGE.test(text.slice(Math.max(0, figure.start - 48), figure.start))) earlier.add(figure);
  for (const unit of units) {
    const date = unit.date;
    if (date === null || SINCE_BEFORE.test(text.slice(Math.max(0, date.start - 24), date.start))) continue;
    // A year compared with (`Turnout stood at 68.1 percent, lower than in 2022`) has no figure here.
    if (THAN_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start))) continue;
    if (![...date.text.matchAll(/\b(?:1[89]|20)\d\d\b/gu)].some((year) => Number(year[0]) < published) && !inAnEarlierYear(date, published, publishedAt)) continue;
    if (date.precision === 'range' && PERIOD_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start)) && Number(date.to.slice(0, 4)) >= published - RECENT_YEARS) continue;
    const dated = figures.filter((figure) => figure.end <= date.start).at(-1);
    const between = text.slice(dated?.quantity?.end ?? 0, date.start);
    // The value a change started from, told apart from the new one (`, down from 780,000 tonnes
    // last year`, `up from 3,900 in 2025`), its year right after it: the year is that value's, not
    // the new one's (round 28c). After `rose to X from Y last year` the year may date the rise, so
    // it dates both (review 22b).
    const ofTheStart = dated !== undefined && earlier.has(dated) && /^\s*$/u.test(between) && APART_FROM_BEFORE.test(text.slice(Math.max(0, dated.start - 16), dated.start));
    if (dated?.quantity != null && (DATED_BY_AFTER.test(between) || ofTheStart)) earlier.add(dated);
    else for (const figure of figures) earlier.add(figure);
  }
  return earlier;
}
/** A start value set apart from the new one: `up from`, `down from` (`, down from 780,000 tonnes`). */
const APART_FROM_BEFORE = /\b(?:up|down)\s+from\s+(?:an?\s+|the\s+)?$/iu;
const THAN_BEFORE = /\bthan\s+(?:in\s+)?$/iu;
/** A month or year the report counts back to (`In January last year`, `last year`): an earlier year, unwritten. */
const inAnEarlierYear = (date: DateMention, published: number, publishedAt: string): boolean =>
  (date.precision === 'month' || date.precision === 'year') && /\blast\s+year\b/iu.test(date.text) && Number(date.to.slice(0, 4)) < published && !lastFullYear(date, publishedAt);
/**
 * In a report of the year's first quarter, `last year` alone is the year just ended, the one whose
 * figures are being reported (`waited almost 52 minutes on average last year`, published in March):
 * the report's own period, not an earlier event beside it (round 20g). A month of last year stays earlier.
 */
const FIRST_QUARTER = 3;
const lastFullYear = (date: DateMention, publishedAt: string): boolean =>
  date.precision === 'year' && /^last\s+year$/iu.test(date.text.trim()) && Number(publishedAt.slice(5, 7)) <= FIRST_QUARTER;
/** A period is written `between 2000 and 2024` or `from 2000 to 2024`; `in 2023 and 2024` gives two years of an event. */
const PERIOD_BEFORE = /\b(?:between|from)\s+$/iu;
/** A period that ends this many years before publication, or later, reaches the present. */
const RECENT_YEARS = 2;
/** What may stand between a figure and the year that dates it: `in`, `in the third quarter of`. */
const DATED_BY_AFTER = /^\s*(?:in|of|for|during)\s+[^,;:.\d]{0,28}$/iu;

/** A part of a toll (`two of the victims`, `including four children`) is not the toll. */
const PART = /^\s+of\s+(?:the|them|those|these|whom)\b/iu;
const PART_BEFORE = /\b(?:other|another|remaining|including|among\s+them)\s+$/iu;

function tolls(side: MeasureSide): { unit: Unit; measure: Measure }[] {
  const found: { unit: Unit; measure: Measure }[] = [];
  const earlier = new Map<number, ReadonlySet<Unit>>();
  const ofAnEarlierEvent = (unit: Unit): boolean => {
    let figures = earlier.get(unit.sentence);
    if (figures === undefined) earlier.set(unit.sentence, (figures = figuresOfAnEarlierEvent(side.text, side.unitsBySentence[unit.sentence] ?? [], side.publishedAt)));
    return figures.has(unit);
  };
  for (const unit of side.units) {
    const quantity = unit.quantity;
    if (quantity === null) continue;
    if (PART.test(side.text.slice(quantity.end, quantity.end + 12)) || PART_BEFORE.test(side.text.slice(Math.max(0, quantity.start - 16), quantity.start))) continue;
    if (ofAnEarlierEvent(unit)) continue;
    const measure = measureOf(side.text, quantity);
    if (measure !== null) found.push({ unit, measure });
  }
  return found;
}

/**
 * A toll given as a floor (`killing at least nine people`) is the count so far: a larger toll
 * (`17 people were confirmed dead`) is a later count, not a contradiction.
 */
const FLOOR = /^(?:at\s+least|no\s+fewer\s+than|a\s+minimum\s+of)\b/iu;
export const withinFloor = (a: Quantity, b: Quantity): boolean => (FLOOR.test(a.text) && b.value >= a.value) || (FLOOR.test(b.text) && a.value >= b.value);

/** Reports that disagree on a toll disagree by a little; a factor of two apart is another toll. */
const plausiblyOne = (a: Quantity, b: Quantity): boolean => a.value > 0 && b.value > 0 && Math.max(a.value, b.value) / Math.min(a.value, b.value) <= 2;

/**
 * For each measure, the first figure of each report that the other report gives nowhere for that
 * measure, when the two could be one figure told differently: at most one conflict per measure.
 */
export function measureConflicts(A: MeasureSide, B: MeasureSide): MeasureConflict[] {
  const [tollsA, tollsB] = [tolls(A), tolls(B)];
  const conflicts: MeasureConflict[] = [];
  for (const measure of ['deaths', 'cases'] as const) {
    const [ofA, ofB] = [tollsA.filter((toll) => toll.measure === measure), tollsB.filter((toll) => toll.measure === measure)];
    const agrees = (x: Unit, others: readonly { unit: Unit }[]): boolean =>
      others.some((other) => x.quantity !== null && other.unit.quantity !== null && (quantitiesAgree(x.quantity, other.unit.quantity) || withinFloor(x.quantity, other.unit.quantity)));
    const openA = ofA.filter((toll) => !agrees(toll.unit, ofB));
    const openB = ofB.filter((toll) => !agrees(toll.unit, ofA));
    // A report that gives the other's figure somewhere for this measure is not contradicting it.
    if (openA.length !== ofA.length || openB.length !== ofB.length) continue;
    pairing: for (const a of openA) {
      for (const b of openB) {
        if (a.unit.quantity === null || b.unit.quantity === null || !plausiblyOne(a.unit.quantity, b.unit.quantity)) continue;
        conflicts.push({ measure, a: a.unit, b: b.unit });
        break pairing;
      }
    }
  }
  return conflicts;
}

/**
 * A figure someone asked for (`prosecutors had asked for five years`, `called for a 9% rise`,
 * `sought a prison term of eight years`) is a demand, and a figure given (`sentenced … to three
 * years`, `awarded 12 million euros`) an outcome: a demand is set apart from an outcome, never
 * from another demand however worded, nor from a figure told plainly (round 26c, mend E of
 * session 20). Between the verb and the figure: an article, a noun or two and `of`, a hedge.
 */
const BETWEEN = String.raw`\s+(?:(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){1,2}of\s+|an?\s+|the\s+)?(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?$`;
const ASKED_BEFORE = new RegExp(String.raw`\b(?:(?:ask|call|push|press|appeal)(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|want(?:ed|s|ing)?|demand(?:ed|s|ing)?|request(?:ed|s|ing)?)` + BETWEEN, 'iu');
const GIVEN_BEFORE = new RegExp(String.raw`\b(?:(?:sentenc|jail|imprison)(?:ed|es|ing)?\b[^.;:!?]{0,60}?\s(?:to|for)|award(?:ed|s|ing)?(?:\s+(?:him|her|them|the\s+[\p{L}-]+))?|(?:will|would)\s+(?:get|receive)|(?:was|were|been|be)\s+given|gave\s+(?:him|her|them|it)|handed(?:\s+down)?|fined)` + BETWEEN, 'iu');
const before = (text: string, quantity: Quantity, width: number): string => text.slice(Math.max(0, quantity.start - width), quantity.start);
export const isDemanded = (text: string, quantity: Quantity): boolean => ASKED_BEFORE.test(before(text, quantity, 48));
export const isGiven = (text: string, quantity: Quantity): boolean => GIVEN_BEFORE.test(before(text, quantity, 96));
/** A demand on one side, an outcome on the other: two figures of different things. */
export const demandAgainstOutcome = (textA: string, x: Quantity, textB: string, y: Quantity): boolean =>
  (isDemanded(textA, x) && isGiven(textB, y)) || (isGiven(textA, x) && isDemanded(textB, y));

/**
 * A time that says how early something must happen (`at least 72 hours in advance`, `three
 * days’ notice`, `48 hours ahead of`) is a lead time, not how long something lasts (`walking out
 * for 48 hours`): two such figures are of different things and never conflict.
 */
const LEAD_AFTER = /^(?:['’]s?)?\s*(?:in\s+advance|ahead|beforehand|(?:of\s+)?(?:prior\s+)?notice|before(?:\s+(?:the|a|an|it|they|each|any))?\b)/iu;
export function isLeadTime(text: string, quantity: Quantity): boolean {
  if (quantity.unit !== 'duration') return false;
  return LEAD_AFTER.test(text.slice(quantity.end, quantity.end + 24));
}

import { charRange } from '../text/ranges.ts';
import type { ClauseAlignment } from './align.ts';
import { isAge, lemmasRelated } from './conflicts-common.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { isCeiling } from './quantities-agree.ts';
import { currenciesConvert, dollarKeys } from './quantities-rates.ts';
import { FigureIndex } from './quantities-index.ts';
import { BARE_CROWNS, MEASURE_UNITS, MEASURES, singularize } from './quantities-lexicon.ts';
import { measureKeys } from './quantities-units.ts';
import type { FactDraft } from './select.ts';
import type { Lexicon, Unit } from './units.ts';

/**
 * A figure two reports of one event give in different forms, alone in its sentence pair: `about
 * a third of its normal trains` / `roughly 33% of the usual timetable`, `the ninth rail strike`
 * / `the year’s ninth disruption`, `Around 900,000 passengers` / `Nearly a million people`.
 * Words around it rarely match (paraphrase), but a share, a high ordinal or a large count that
 * each report gives once, and that only one figure of the other agrees with, is one fact.
 */

/** People counted under many names: `passengers`, `people`, `residents` count one kind of thing. */
const PEOPLE = new Set(['people', 'person', 'passenger', 'resident', 'commuter', 'traveller', 'traveler', 'worker', 'employee', 'voter', 'patient', 'user', 'customer', 'member', 'student', 'child', 'adult', 'citizen', 'inhabitant', 'visitor', 'spectator', 'fan']);

const related = (a: string | null, b: string | null, lexicon: Lexicon): boolean => {
  if (a === null || b === null) return false;
  if (PEOPLE.has(a) && PEOPLE.has(b)) return true;
  if (lemmasRelated(a, b, lexicon)) return true;
  // Kin too (`city` / `town`, looser than senses): a figure each report gives once needs a looser tie than a conflict.
  const kinB = lexicon.kinIds(lexicon.lemmatize(b));
  return lexicon.kinIds(lexicon.lemmatize(a)).some((kin) => kinB.includes(kin));
};

/** A measure written in a customary (imperial/US) unit: `1,000 square miles`, `104F`. */
const isCustomary = (quantity: Quantity): boolean =>
  quantity.text.split(/[^\p{L}]+/u).some((word) => {
    const lower = word.toLowerCase();
    const written = lower === 'mi' ? 'mile' : lower === 'f' ? 'fahrenheit' : MEASURES.get(singularize(lower));
    return written !== undefined && MEASURE_UNITS.get(written)?.customary === true;
  });

/** Written to the unit, not rounded: `49,812`, not `almost 50,000` or `5,000`. */
const isExact = (quantity: Quantity): boolean => !quantity.hedged && quantity.resolution === 1 && quantity.value % 100 !== 0;

/**
 * A count of a thousand or more that neither report gives a noun (`a crowd of almost 50,000` /
 * `in front of 49,812`): what it counts only the words around it say, and those differ. An exact
 * count that the other report rounds is one figure; two round figures (`the crowd at about
 * 5,000` / `deployed roughly 5,000`) agree by chance too often to be a fact alone.
 */
const unnamedCount = (a: Quantity, b: Quantity): boolean => a.noun === null && b.noun === null && Math.min(a.value, b.value) >= 1000 && (isExact(a) || isExact(b));

/** The figure as written, in steps of its last digit: `two years` 2, `18 months` 18, `$1.8 million` 18. */
const written = (q: Quantity): number => (q.resolution > 0 ? Math.round(q.value / q.resolution) : 0);

/** Which figures qualify: a share not 50% or 100%, an ordinal from third on, a count of a hundred or more (of one kind, or see `unnamedCount`), a measure converted between metric and customary units, a sum (in one currency or two) or a length of time. */
export function qualifies(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.unit !== b.unit || !(quantitiesAgree(a, b) || currenciesConvert(a, b))) return false;
  if (a.unit === 'percent') return a.value > 0 && a.value < 100 && Math.abs(a.value - 50) > 1;
  if (a.unit === 'ordinal') return a.value >= 3;
  if (a.unit === 'count') return a.value >= 100 && (related(a.noun, b.noun, lexicon) || unnamedCount(a, b));
  // A length, area, volume, mass or temperature one report gives in metric units and the other
  // converts (`2,600 square kilometres` / `1,000 square miles`): a conversion is written to
  // different digits, so a measure each report gives once is one figure. Two in one system are
  // no conversion (`run 18 kilometres` / `queues of up to 18 km`).
  if (a.unit === 'other') return measureKeys(a).length > 0 && a.noun === b.noun && isCustomary(a) !== isCustomary(b);
  // A sum or a length of time (`a 14-minute contest` / `nearly a quarter of an hour`, `a $1.8
  // million shortfall` / `a gap of nearly $2 million`), round 19f: not one or two of its unit
  // on both sides (`two years` / `a two-year fight` are any story's), not a ceiling (`up to $9.6
  // billion` allows any sum below), not an age (`aged 65` may be anyone's: conflicts-ages-roles.ts).
  if (a.unit === 'duration' || a.unit === 'currency') return (written(a) > 2 || written(b) > 2) && !isCeiling(a) && !isCeiling(b) && !isAge(a) && !isAge(b);
  return false;
}

/** The figure with the noun it counts when that follows within a few words (`a third of its normal trains`). */
function figureSpan(unit: Unit, units: readonly Unit[], text: string): { start: number; end: number } {
  const quantity = unit.quantity as Quantity;
  let end = quantity.end;
  const at = units.indexOf(unit);
  const noun = quantity.noun;
  // The noun as written (`services` for `service`, which WordNet keeps as a lemma of its own).
  const isNoun = (other: Unit): boolean => noun !== null && text.slice(other.start, other.end).toLowerCase().startsWith(noun);
  for (let i = at + 1; i < units.length && i <= at + 4; i += 1) {
    const next = units[i];
    if (next === undefined || next.clause !== unit.clause || next.quantity !== null || next.date !== null) break;
    if (!isNoun(next)) continue;
    end = Math.max(end, next.end);
    // A noun read as its modifier (`the usual timetable`) takes the word it modifies.
    const after = units[i + 1];
    if (after !== undefined && after.clause === unit.clause && after.quantity === null && after.date === null && after.start - next.end === 1) end = after.end;
    break;
  }
  // An ordinal's noun may be compound (`ninth rail strike`): take the word after the one it read.
  if (quantity.unit === 'ordinal') {
    const next = units[at + 1];
    const after = units[at + 2];
    if (next !== undefined && after !== undefined && after.clause === unit.clause && after.quantity === null && after.start - next.end <= 1) end = Math.max(end, after.end);
  }
  // The word before it in its clause says what the figure is (`bank’s 2% goal`, `dropped by
  // more than four-fifths`), as for a figure a fact shares alone.
  const before = units[at - 1];
  const start = before !== undefined && before.clause === unit.clause && before.quantity === null && quantity.start - before.end <= 24 ? before.start : quantity.start;
  return { start, end: Math.max(end, unit.end) };
}

/**
 * Each report's figures, indexed once per comparison by unit and value (quantities-index.ts):
 * the uniqueness test runs per sentence pair, and reads only the figures near its own.
 */
const FIGURES = new WeakMap<readonly Unit[], FigureIndex<Unit>>();
function figuresOf(units: readonly Unit[]): FigureIndex<Unit> {
  let figures = FIGURES.get(units);
  if (figures === undefined) {
    figures = new FigureIndex(
      units.filter((unit) => unit.quantity !== null),
      (unit) => unit.quantity as Quantity,
    );
    FIGURES.set(units, figures);
  }
  return figures;
}

/**
 * A report's sums by currency (bare crowns, which are counts, by their word), indexed once per
 * report: `converting` reads only the sums of other currencies (session 16: it had scanned
 * every unit of the report for each lone conversion).
 */
const SUMS = new WeakMap<readonly Unit[], ReadonlyMap<string, readonly Quantity[]>>();
const currencyOf = (q: Quantity): string | undefined => (q.unit === 'currency' ? q.currency : q.unit === 'count' && q.noun !== null && BARE_CROWNS.has(q.noun) ? q.noun : undefined);
function sumsOf(units: readonly Unit[]): ReadonlyMap<string, readonly Quantity[]> {
  let sums = SUMS.get(units);
  if (sums === undefined) {
    const byCurrency = new Map<string, Quantity[]>();
    for (const unit of units) {
      const currency = unit.quantity === null ? undefined : currencyOf(unit.quantity);
      if (currency === undefined) continue;
      const listed = byCurrency.get(currency);
      if (listed === undefined) byCurrency.set(currency, [unit.quantity as Quantity]);
      else listed.push(unit.quantity as Quantity);
    }
    SUMS.set(units, (sums = byCurrency));
  }
  return sums;
}

/** How many sums of a report, in other currencies, `q` may be a conversion of (a sum never converts to its own currency). */
function converting(q: Quantity, units: readonly Unit[]): number {
  let count = 0;
  for (const [currency, sums] of sumsOf(units)) if (currency !== currencyOf(q)) for (const sum of sums) if (currenciesConvert(q, sum)) count += 1;
  return count;
}

export interface FigureSide {
  text: string;
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

/**
 * The draft for a sentence pair whose only evidence is one figure, when that figure qualifies
 * and is the one figure each report gives that agrees with the other's.
 */
export function loneFigureDraft(alignment: ClauseAlignment, A: FigureSide, B: FigureSide, lexicon: Lexicon, strength: number): FactDraft | null {
  // A sum in two currencies is matched as less than the same figure (align.ts), but alone it is as telling.
  const figures = alignment.matches.filter((match) => match.a.quantity !== null && match.b.quantity !== null && (match.similarity === 1 || currenciesConvert(match.a.quantity, match.b.quantity)));
  if (figures.length !== 1 || alignment.matches.length > 2) return null;
  const [match] = figures;
  if (match === undefined) return null;
  const [qa, qb] = [match.a.quantity as Quantity, match.b.quantity as Quantity];
  if (!qualifies(qa, qb, lexicon)) return null;
  // Agreeing with exactly one figure of the other report, on each side.
  // A sum matched as a conversion must be the one sum of the other report it may be in any
  // currency; one matched as the same figure, the one in its own (a report that gives `€6.8
  // million` and `£5.9million` beside it tells one sum twice).
  const converted = !quantitiesAgree(qa, qb);
  const agreeing = (q: Quantity, units: readonly Unit[]): number =>
    figuresOf(units).count(q, (unit) => unit.quantity !== null && unit.quantity.unit === q.unit && quantitiesAgree(q, unit.quantity), 2) + (converted ? converting(q, units) : 0);
  if (agreeing(qa, B.units) !== 1 || agreeing(qb, A.units) !== 1) return null;
  const spanA = figureSpan(match.a, A.unitsBySentence[match.a.sentence] ?? [], A.text);
  const spanB = figureSpan(match.b, B.unitsBySentence[match.b.sentence] ?? [], B.text);
  return {
    a: [charRange(spanA.start, spanA.end)],
    b: [charRange(spanB.start, spanB.end)],
    kind: 'number',
    strength,
    score: 0.5,
    points: [{ a: charRange(match.a.start, match.a.end), b: charRange(match.b.start, match.b.end), value: match.value }],
  };
}

/**
 * Keys a figure is found by whatever its form: a share to the whole percent (`a third` and
 * `33%` both `~percent:33`), an ordinal from third on by its value. The candidate index adds
 * them to a figure's exact key, so sentence pairs that share only such a figure are aligned.
 */
export function figureKeys(quantity: Quantity): string[] {
  // A sum by its value in dollars, so one told in two currencies is found (round 20g).
  const sum = dollarKeys(quantity);
  if (sum.length > 0) return sum;
  if (quantity.unit === 'percent' && quantity.value > 0 && quantity.value < 100) return [`~percent:${Math.round(quantity.value)}`];
  if (quantity.unit === 'ordinal' && quantity.value >= 3) return [`~ordinal:${quantity.value}`];
  // A hedged count (`Around 900,000`, `Nearly a million`) by its order of magnitude, to a half:
  // by the half-decades either side of it, so that two figures close together across a boundary
  // (`around 175,000`, 10^5.24, and `some 180,000`, 10^5.26) still share one.
  if (quantity.unit === 'count' && quantity.hedged && quantity.resolution > 0 && quantity.value >= 100) {
    const halves = Math.log10(quantity.value) * 2;
    const [below, above] = [Math.floor(halves) / 2, Math.ceil(halves) / 2];
    return below === above ? [`~count:${below}`] : [`~count:${below}`, `~count:${above}`];
  }
  return [];
}

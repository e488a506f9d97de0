import { findClockTimes } from './quantities-clock.ts';
import { draftAt } from './quantities-draft.ts';
import { round } from './quantities-hedges.ts';
import { BARE_CROWNS, CROWN_CURRENCIES, CROWN_MONEY_FLOOR } from './quantities-lexicon.ts';
import { TokenStream, tokenize } from './quantities-tokens.ts';
import type { Unit } from './quantities-units.ts';

export { quantitiesAgree } from './quantities-agree.ts';
export type { Unit } from './quantities-units.ts';

/**
 * A number as a report states it.
 *
 * The span is what a reader would highlight: hedge + currency + number + scale + unit, and for
 * counts and ordinals the noun phrase right after it ("nearly 1,000 homes", "89th minute",
 * "more than $1.2 billion", "52.3%"). A noun reached only through "of the" is not in the span
 * ("79 of the 128 drones" → "79" and "128 drones", both with noun `drone`).
 */
export interface Quantity {
  start: number;
  end: number;
  /**
   * Normalised value: percent as written (52.3), percentage points (25 basis points → 0.25),
   * currency in whole units (`$1.2bn` → 1.2e9), durations in days (`two weeks` → 14),
   * years as the year. For a range it is the midpoint; for a vague amount, its lower bound.
   */
  value: number;
  /** The range the mention allows; see `hedgeRange` for the hedges. `high` may be Infinity. */
  low: number;
  high: number;
  /** Inexact: a hedge, a range or a vague amount ("dozens"). */
  hedged: boolean;
  unit: Unit;
  currency?: string;
  /** Lowercase singular head noun after the number (or after "of the"); for durations and measures, the unit. */
  noun: string | null;
  /**
   * The bound a `just under` (high) or `just over` (low) hedge, or a floor (`more than`, `at least`,
   * `or more`, `20+`: low; round 28c), makes strict: the value lies on that side of the written
   * figure, so no rounding slack is added past it.
   */
  strict?: 'low' | 'high';
  /** Bounded only from above by its hedge (`up to 10%`, `as much as $500 million`, `fewer than 50`). */
  ceiling?: true;
  /** An age read from the words before it (`aged 38`, `older than 65`, `children under 15`; round 15v). */
  age?: true;
  /** An age told by its figure alone after a name or of `who` (`Marta Lindqvist, 41,`; quantities-context.ts `apposedAge`). */
  apposed?: true;
  /** Place value of the last written digit in normalised units (`1.2bn` → 1e8, `2.7%` → 0.1); 0 for words like `half`, `dozens`. */
  resolution: number;
  text: string;
}


/** Every quantity in the text, in order. Pure and deterministic. */
export function findQuantities(text: string): Quantity[] {
  const stream = new TokenStream(text, tokenize(text));
  const quantities: Quantity[] = [];
  for (let index = 0; index < stream.tokens.length; index += 1) {
    const draft = draftAt(stream, index);
    if (draft === null) continue;
    if ('skipTo' in draft) {
      index = Math.max(index, draft.skipTo);
      continue;
    }
    const startToken = stream.at(draft.first);
    const endToken = stream.at(draft.spanLast);
    if (startToken === undefined || endToken === undefined) continue;
    const { value, low, high, hedged, unit, noun, resolution } = draft;
    const quantity: Quantity = { start: startToken.start, end: endToken.end, value, low, high, hedged, unit, noun, resolution, text: text.slice(startToken.start, endToken.end) };
    if (draft.currency !== undefined) quantity.currency = draft.currency;
    if (draft.strict !== undefined) quantity.strict = draft.strict;
    if (draft.ceiling === true) quantity.ceiling = true;
    if (draft.age === true) quantity.age = true;
    if (draft.apposed === true) quantity.apposed = true;
    quantities.push(quantity);
    index = Math.max(index, draft.last);
  }
  fillNounsAcrossOf(text, quantities);
  settleBareCrowns(quantities);
  return withClockTimes(joinDurations(text, quantities), findClockTimes(text));
}

/** The figures and the times of day, in text order; a figure inside a time (`1900 GMT`) is the time's. */
function withClockTimes(quantities: readonly Quantity[], times: readonly Quantity[]): Quantity[] {
  if (times.length === 0) return [...quantities];
  const outside = quantities.filter((quantity) => !times.some((time) => quantity.start < time.end && time.start < quantity.end));
  return [...outside, ...times].sort((x, y) => x.start - y.start);
}

const DURATION_GLUE = /^(?:\s+|,\s*|,?\s+and\s+)$/u;

/**
 * `2 hours, 9 minutes, 18 seconds`, `2hr 09min 18sec`, `1 minute and 44 seconds`: one
 * elapsed time written in descending units is one figure, the sum of its parts, precise to its
 * last part. Read apart, `2 hours` would agree with any time between one and a half and two
 * and a half hours.
 */
function joinDurations(text: string, quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = joined.at(-1);
    const continues =
      previous !== undefined && previous.unit === 'duration' && quantity.unit === 'duration' && quantity.value < previous.resolution * 1.001 && DURATION_GLUE.test(text.slice(previous.end, quantity.start));
    if (previous === undefined || !continues) {
      joined.push(quantity);
      continue;
    }
    joined[joined.length - 1] = {
      ...previous,
      end: quantity.end,
      value: round(previous.value + quantity.value),
      low: round(previous.low + quantity.low),
      high: round(previous.high + quantity.high),
      hedged: previous.hedged || quantity.hedged,
      resolution: quantity.resolution,
      text: text.slice(previous.start, quantity.end),
    };
  }
  return joined;
}

/**
 * `71 billion Danish crowns … the previous estimate of 59 billion crowns`: a report names its
 * crown currency once in full and then writes it bare. A bare crown takes the crown currency the
 * report names nearest before it (or, failing that, first after it); with none named, it stays
 * a count of crowns. The English `crown` is more than money (`three crowns` may be titles, or a
 * king's): it takes the currency only from a thousand (`2 billion crowns`); `kroner`, `kronor`
 * and the like are only money.
 */
function settleBareCrowns(quantities: Quantity[]): void {
  const named = quantities.filter((quantity) => quantity.unit === 'currency' && quantity.currency !== undefined && CROWN_CURRENCIES.has(quantity.currency));
  const first = named[0];
  if (first === undefined) return;
  for (const quantity of quantities) {
    if (quantity.unit !== 'count' || quantity.noun === null || !BARE_CROWNS.has(quantity.noun)) continue;
    if (quantity.noun === 'crown' && quantity.value < CROWN_MONEY_FLOOR) continue;
    const before = named.filter((other) => other.start < quantity.start).at(-1) ?? first;
    quantity.unit = 'currency';
    quantity.currency = before.currency as string;
    quantity.noun = null;
  }
}


const OF_GAP = /^\s+(?:out\s+)?of(?:\s+(?:the|its|their|his|her|our|these|those|a\s+total\s+of))?\s+$/i;

/** "79 of the 128 drones": the first number counts what the second does. */
function fillNounsAcrossOf(text: string, quantities: Quantity[]): void {
  for (let i = quantities.length - 2; i >= 0; i -= 1) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a === undefined || b === undefined || a.noun !== null || (a.unit !== 'count' && a.unit !== 'percent')) continue;
    const gap = text.slice(a.end, b.start);
    if (b.unit === 'count' && OF_GAP.test(gap)) a.noun = b.noun;
  }
}

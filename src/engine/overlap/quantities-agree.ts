import { MINUTES_A_DAY, zoneShifts } from './quantities-clock.ts';
import { BARE_CROWNS, CROWN_CURRENCIES, CROWN_MONEY_FLOOR, FRACTIONS } from './quantities-lexicon.ts';
import type { Quantity } from './quantities.ts';

/**
 * Whether two quantities can be the same amount: the same unit family (and currency, and measure
 * for `other`) and ranges that intersect once each is widened by just under half its last written
 * digit. So `1.2bn` (1.15–1.25 bn) meets `$1,200 million`, `52%` meets `52.3%`, but `2.7%` misses
 * `2.9%`, and neighbours such as `23`/`24` or `2.7`/`2.8` do not touch.
 */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  if (bareCrowns(a) && namedCrowns(b)) return rangesMeet(a, b);
  if (bareCrowns(b) && namedCrowns(a)) return rangesMeet(a, b);
  if (a.unit !== b.unit) return placeAndTally(a, b) || placeAndTally(b, a);
  if (a.unit === 'currency' && a.currency !== b.currency) return false;
  if (a.unit === 'other' && a.noun !== b.noun) return false;
  // Times of day meet in one zone, or two the table knows (`0940 GMT` / `9.40am UK time`), never a
  // zone and none (`18:17 GMT` is no local time); and across midnight (`shortly before midnight`
  // meets `11:50 p.m.`).
  if (a.unit === 'clock') {
    return zoneShifts(a.noun, b.noun).some((zone) => [0, MINUTES_A_DAY, -MINUTES_A_DAY].some((day) => rangesMeet(a, { ...b, low: b.low + zone + day, high: b.high + zone + day })));
  }
  return rangesMeet(a, b);
}

/**
 * `his 17th of the campaign` / `his tally for the season to 17`: a place in digits and a bare
 * count of nothing named, from three (`first` and `second` are every story's), are one figure
 * (decision 004, round 14r).
 */
const placeAndTally = (a: Quantity, b: Quantity): boolean =>
  a.unit === 'ordinal' && b.unit === 'count' && b.noun === null && a.value === b.value && a.value >= 3 && /\d/u.test(a.text);

/**
 * `5.1 billion kroner` in a report that names no crown currency stays a count of crowns
 * (quantities.ts `settleBareCrowns`); the other report's `NOK 5.1 billion` says which. The English
 * `crown` counts as money only from `CROWN_MONEY_FLOOR`, as there.
 */
const bareCrowns = (q: Quantity): boolean => q.unit === 'count' && q.noun !== null && BARE_CROWNS.has(q.noun) && (q.noun !== 'crown' || q.value >= CROWN_MONEY_FLOOR);
const namedCrowns = (q: Quantity): boolean => q.unit === 'currency' && q.currency !== undefined && CROWN_CURRENCIES.has(q.currency);

function rangesMeet(a: Quantity, b: Quantity): boolean {
  // Each figure's approximate step, read once for both questions below.
  const [stepA, stepB] = [approximateStep(a), approximateStep(b)];
  if (roundedApart(a, stepA, b, stepB)) return false;
  [a, b] = [approximated(a, stepA), approximated(b, stepB)];
  const slackA = slackOf(a);
  const slackB = slackOf(b);
  // Two ceilings (`up to 10%`, `up to 5%`) are one figure only if they name one ceiling: both
  // allow 0–5%, but a cap of 10% and a cap of 5% are two caps.
  if (isCeiling(a) && isCeiling(b)) return Math.abs(a.high - b.high) <= Math.max(slackA, slackB);
  // `just under 59` (strict high) meets 58.9 but not 59.4: no slack past a strict bound.
  const [lowA, highA] = [a.strict === 'low' ? a.low : a.low - slackA, a.strict === 'high' ? a.high : a.high + slackA];
  const [lowB, highB] = [b.strict === 'low' ? b.low : b.low - slackB, b.strict === 'high' ? b.high : b.high + slackB];
  return Math.max(lowA, lowB) <= Math.min(highA, highB);
}

/**
 * Just under half the last written digit; none for a hedged time of day, whose hedge already
 * reaches as far as its rounding (`shortly after 6am` is 6:00–6:30, not 5:30–7:00:
 * quantities-clock.ts `narrowing`).
 */
const slackOf = (q: Quantity): number => (q.unit === 'clock' && q.hedged ? 0 : q.resolution * 0.499);

/** An approximate hedge written before or after the figure (`about`, `roughly`, `or so`). */
const APPROXIMATE = /^(?:~|about|around|roughly|approximately|approx\.?|some|circa|an estimated|estimated|in the region of|on the order of)\s|\sor so$/iu;
/**
 * An approximate figure (`about 70 million`, `roughly 84 million`, `about £1.18bn`) reaches as
 * far as its hedge or its rounding, whichever is wider, not both: its hedge (a tenth of the
 * value) is already the rounding of a figure written to one digit. And a figure written to more
 * digits than its hedge needs is known to them: the hedge reaches two steps of its last digit
 * (`roughly 84 million` 82–86 million, `about 2.9 million` 2.7–3.1 million, `about £1.18bn`
 * £1.16–1.20bn), as the writer who knew 3.2 million would have written it, or the coarser
 * `about 3 million` (session 19: half the next coarser digit, five steps, let `about 2.9 million`
 * meet `3.2 million`).
 */
export function approximated(q: Quantity, step: number | null = approximateStep(q)): Quantity {
  if (step === null) return q;
  const half = Math.min(q.value - q.low, q.high - q.value);
  // A last significant digit of 5 is rounding to fives (`about 2,500`, `about 45 minutes`, `about 75%`): five steps (mend 19a).
  const fives = Math.abs(Math.round(q.value / step)) % 10 === 5;
  const reach = Math.max(Math.min(half, (fives ? 5 : 2) * step), step * 0.499);
  return { ...q, low: q.value - reach, high: q.value + reach, resolution: 0 };
}

/** The step of an approximate figure's last significant digit, or null for any other figure. */
function approximateStep(q: Quantity): number | null {
  if (!q.hedged || q.resolution <= 0 || q.strict !== undefined || q.ceiling === true || q.unit === 'clock' || !APPROXIMATE.test(q.text)) return null;
  const half = Math.min(q.value - q.low, q.high - q.value);
  if (!(half > 0) || Math.abs(q.high - q.value - (q.value - q.low)) > q.resolution * 1e-6 + Math.abs(q.value) * 1e-9) return null;
  // The last significant digit: a whole number's trailing zeros are rounding (`about 7,000`).
  let step = q.resolution;
  if (!/\d[.,·]\d*0(?!\d)/u.test(q.text.replace(/(\d),(\d{3})/gu, '$1$2'))) for (let digits = Math.round(q.value / q.resolution); digits !== 0 && digits % 10 === 0; digits /= 10) step *= 10;
  return step;
}

/**
 * `about six metres` / `around 5m`: two approximate figures rounded to one step are two
 * roundings of one value only when they write the same figure; each hedge's reach is for a
 * figure told another way (round 25g).
 */
function roundedApart(a: Quantity, stepA: number | null, b: Quantity, stepB: number | null): boolean {
  if (stepA === null || stepB === null || Math.abs(stepA - stepB) > stepA * 1e-6) return false;
  // A share written as a fraction in words (`about two-thirds`, `about a third`) was rounded to no
  // per-cent step, so it is not set apart from a figure one step away (round 28c; review 22b: number
  // words and `half` keep their round number's step).
  if (wordShare(a) || wordShare(b)) return false;
  return Math.abs(a.value - b.value) >= stepA * 0.999;
}

/** A share written as a fraction in words: `two-thirds`, `a quarter`, `half` (quantities-lexicon.ts `FRACTIONS`). */
const WORD_SHARE = new RegExp(String.raw`\b(?:${[...FRACTIONS.keys()].join('|')})\b`, 'iu');
const wordShare = (q: Quantity): boolean => q.unit === 'percent' && WORD_SHARE.test(q.text);

/** `up to 10%`, `fewer than 50`, `as many as 200`: a hedged figure that allows anything below it. */
export const isCeiling = (q: Quantity): boolean => q.ceiling === true;

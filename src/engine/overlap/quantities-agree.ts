import { MINUTES_A_DAY } from './quantities-clock.ts';
import { BARE_CROWNS, CROWN_CURRENCIES } from './quantities-lexicon.ts';
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
  // Times of day meet only in one zone (`18:17 GMT` is no local time), and across midnight
  // (`shortly before midnight` meets `11:50 p.m.`).
  if (a.unit === 'clock') return a.noun === b.noun && [0, MINUTES_A_DAY, -MINUTES_A_DAY].some((shift) => rangesMeet(a, { ...b, low: b.low + shift, high: b.high + shift }));
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
 * `crown` counts as money only from a thousand, as there.
 */
const bareCrowns = (q: Quantity): boolean => q.unit === 'count' && q.noun !== null && BARE_CROWNS.has(q.noun) && (q.noun !== 'crown' || q.value >= 1000);
const namedCrowns = (q: Quantity): boolean => q.unit === 'currency' && q.currency !== undefined && CROWN_CURRENCIES.has(q.currency);

function rangesMeet(a: Quantity, b: Quantity): boolean {
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

/** `up to 10%`, `fewer than 50`, `as many as 200`: a hedged figure that allows anything below it. */
export const isCeiling = (q: Quantity): boolean => q.ceiling === true;

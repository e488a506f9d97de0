import { approximated } from './quantities-agree.ts';
import { BARE_CROWNS, CROWN_CONVERSION_FLOOR, DOLLAR_PREFIXES } from './quantities-lexicon.ts';
import type { Quantity } from './quantities.ts';

/**
 * One amount told in two currencies (decision 004, round 19f): `175 million euros` / `about $190
 * million`, `€180 million` / `around £155m`, `£8.4m` / `9.8 million euros`. Reports convert an
 * amount for their readers at the day's rate and round it; a shipped table of yearly rates says
 * whether two amounts can be one.
 */

/** The table's first and newest year (session 16): `RATE_YEARS` lists one rate a year between them. */
export const FIRST_RATE_YEAR = 2019;
export const NEWEST_RATE_YEAR = 2025;

/** Units of a currency per US dollar, as the Fed quotes most; `dollarsPer` turns them round. */
const perDollar = (...units: number[]): number[] => units.map((unit) => 1 / unit);
/** US dollars per unit, as the Fed quotes the euro, the pound and the Australasian dollars. */
const dollarsPer = (...dollars: number[]): number[] => dollars;

/**
 * US dollars per unit, one a year from `FIRST_RATE_YEAR` to `NEWEST_RATE_YEAR` (session 16,
 * replacing round 19f's single mid-2025 rate with a 12% tolerance, which the yen's 2022 fall
 * from ~115 to ~150 a dollar and the pound's ~20% fall had already broken). Provenance: yearly
 * averages of the Federal Reserve's H.10 / G.5A rates (the IRS's yearly average table agrees to
 * the digits given), written from memory to two or three significant digits — trust them to
 * about 2%; 2025 is the first half of the year only, approximate, and the rates of the Gulf
 * (SAR, AED, QAR) and of Hong Kong are their pegs. Written as each is quoted (`perDollar(109, …)`
 * yen a dollar), stored as dollars per unit.
 *
 * No rate for currencies that lose value with high inflation or devaluation, whose past years say
 * nothing of the next (the lira, the Argentine peso, the naira, the Egyptian pound, the Pakistani
 * rupee, the taka, the shilling, the forint, and the Colombian and Chilean pesos, the real and the
 * rand, whose yearly averages spread 30–90% across the table's years): a currency with no rate
 * converts to none. Of those kept, the yen spreads widest (~107 to ~151 a dollar, 42%); a test
 * keeps every other within that, and fails once the newest development digest is more than two
 * years past `NEWEST_RATE_YEAR` (time to add a year).
 *
 * A conversion only ever says two amounts may be one: it makes no conflict (conflicts compare
 * amounts of one currency), so a rate that is off costs at most a fact.
 */
//                                           2019    2020    2021    2022    2023    2024    2025 H1
export const RATE_YEARS: ReadonlyMap<string, readonly number[]> = new Map([
  ['USD', dollarsPer(1, 1, 1, 1, 1, 1, 1)],
  ['EUR', dollarsPer(1.12, 1.142, 1.183, 1.053, 1.081, 1.082, 1.09)],
  ['GBP', dollarsPer(1.277, 1.284, 1.376, 1.237, 1.244, 1.278, 1.3)],
  ['AUD', dollarsPer(0.695, 0.69, 0.751, 0.694, 0.664, 0.66, 0.635)],
  ['NZD', dollarsPer(0.659, 0.65, 0.705, 0.635, 0.615, 0.607, 0.58)],
  ['JPY', perDollar(109, 106.8, 109.8, 131.5, 140.5, 151.4, 148)],
  ['CNY', perDollar(6.91, 6.9, 6.45, 6.73, 7.08, 7.19, 7.26)],
  ['INR', perDollar(70.4, 74.1, 73.9, 78.6, 82.6, 83.7, 86)],
  ['KRW', perDollar(1166, 1180, 1144, 1292, 1306, 1364, 1420)],
  ['CHF', perDollar(0.994, 0.939, 0.914, 0.955, 0.899, 0.88, 0.86)],
  ['CAD', perDollar(1.327, 1.341, 1.254, 1.301, 1.35, 1.37, 1.41)],
  ['HKD', perDollar(7.84, 7.76, 7.77, 7.83, 7.83, 7.8, 7.8)],
  ['SGD', perDollar(1.364, 1.38, 1.344, 1.379, 1.343, 1.336, 1.33)],
  ['TWD', perDollar(30.9, 29.5, 28, 29.8, 31.2, 32.1, 31.5)],
  ['ILS', perDollar(3.56, 3.44, 3.23, 3.36, 3.69, 3.7, 3.6)],
  ['DKK', perDollar(6.67, 6.54, 6.29, 7.08, 6.89, 6.89, 6.85)],
  ['SEK', perDollar(9.46, 9.21, 8.58, 10.12, 10.61, 10.57, 10.2)],
  ['NOK', perDollar(8.8, 9.42, 8.6, 9.61, 10.56, 10.75, 10.6)],
  ['ISK', perDollar(122.6, 135.4, 127, 135.3, 137.9, 137.9, 134)],
  ['PLN', perDollar(3.84, 3.9, 3.86, 4.46, 4.2, 3.98, 3.9)],
  ['CZK', perDollar(22.9, 23.2, 21.7, 23.4, 22.2, 23.2, 23)],
  ['RON', perDollar(4.24, 4.24, 4.16, 4.69, 4.57, 4.58, 4.6)],
  ['MXN', perDollar(19.3, 21.5, 20.3, 20.1, 17.8, 18.3, 19.8)],
  ['SAR', perDollar(3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75)],
  ['AED', perDollar(3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725)],
  ['QAR', perDollar(3.64, 3.64, 3.64, 3.64, 3.64, 3.64, 3.64)],
  ['IDR', perDollar(14148, 14582, 14308, 14850, 15237, 15850, 16300)],
  ['MYR', perDollar(4.14, 4.2, 4.14, 4.4, 4.56, 4.58, 4.4)],
  ['THB', perDollar(31, 31.3, 32, 35.1, 34.8, 35.3, 33.8)],
  ['VND', perDollar(23200, 23200, 23160, 23270, 23800, 24900, 25600)],
]);

/**
 * How far the day's rate may stand from the year's average, either way, rounding included: the
 * rates of one year are compared with each other, so the tolerance is the move within a year and
 * the writer's rounding, not the move across years. Below 8.9%, or rovakka's `around 260 million
 * euros` meets Bloomberg's `$335 million` at 2021's euro (a test).
 */
export const RATE_TOLERANCE = 0.08;

/** Dollars of other countries: a report's bare `$` or `dollars` may be its own country's (`$4.1 billion` in Sydney is A$4.1bn). */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD']);
/** Letters that name a dollar's country before `$` (`US$`, `A$`, `HK$`): quantities-lexicon.ts `DOLLAR_PREFIXES`'s, and `U.S.`. */
const DOLLAR_LETTERS = [...DOLLAR_PREFIXES.keys()].map((prefix) => prefix.toUpperCase()).concat('USD', 'U\\.S\\.');
/** A dollar written with its country (`US$`, `USD`, `U.S. dollars`, `A$`): not bare. */
const NAMED_DOLLAR = new RegExp(
  `(?:\\b(?:${DOLLAR_LETTERS.join('|')})\\s?\\$|\\b(?:${[...DOLLARS].join('|')})\\b|\\b(?:U\\.?S\\.?|American|Australian|Canadian|New Zealand|Singapore|Hong Kong)\\s+dollars?\\b)`,
  'u',
);
const bareDollar = (q: Quantity): boolean => q.currency === 'USD' && !NAMED_DOLLAR.test(q.text);

/**
 * The range a figure's hedge allows, in dollars (`about $190 million` 181–200 million: see
 * `approximated`). Not widened by its last digit: `€2 million` is no `$3 million`, though
 * rounding to the million allows both 2.5 million.
 */
function inDollars(q: Quantity, rate: number): { low: number; high: number } {
  const near = approximated(q);
  return { low: near.low * rate, high: near.high * rate };
}

/**
 * Whether two amounts in different currencies can be one amount converted: in dollars at one
 * year's rates of the table (any year: the report's date is not read), the two written values lie
 * within `RATE_TOLERANCE` of each other, or the ranges their hedges allow meet at the table's
 * central rates. A hedge and the
 * tolerance do not add up: `around 260 million euros` is no `$335 million`. A bare dollar and
 * another country's dollar also meet at face value. Amounts of one currency are
 * `quantitiesAgree`'s, and never meet here.
 */
export function currenciesConvert(a: Quantity, b: Quantity): boolean {
  const crownsA = bareCrowns(a);
  if (crownsA.length > 0) return crownsA.some((currency) => currenciesConvert({ ...a, unit: 'currency', currency, noun: null }, b));
  const crownsB = bareCrowns(b);
  if (crownsB.length > 0) return crownsB.some((currency) => currenciesConvert(a, { ...b, unit: 'currency', currency, noun: null }));
  if (a.unit !== 'currency' || b.unit !== 'currency' || a.currency === undefined || b.currency === undefined || a.currency === b.currency) return false;
  if (!(a.value > 0) || !(b.value > 0)) return false;
  const [ratesA, ratesB] = [RATE_YEARS.get(a.currency), RATE_YEARS.get(b.currency)];
  if (ratesA !== undefined && ratesB !== undefined) {
    if (ratesA.some((rateA, year) => withinTolerance((a.value * rateA) / (b.value * (ratesB[year] ?? Number.NaN))))) return true;
    // A hedge reaches a tenth either way, as far as most rates moved across the table's years:
    // its range is taken at the table's central rate, not at the year that suits it best (at
    // 2021's euro, `around 260 million euros` would reach `$335 million`).
    if (meet(inDollars(a, central(ratesA)), inDollars(b, central(ratesB)))) return true;
  }
  // `$4.1 billion` in a report that writes its own dollars bare, against `A$4.1 billion`.
  const faceValue = (bareDollar(a) && DOLLARS.has(b.currency)) || (bareDollar(b) && DOLLARS.has(a.currency));
  return faceValue && meet(inDollars(a, 1), inDollars(b, 1));
}

const withinTolerance = (ratio: number): boolean => ratio <= 1 + RATE_TOLERANCE && ratio >= 1 / (1 + RATE_TOLERANCE);
/** A currency's central rate over the table's years: the geometric mean of its yearly rates. */
const central = (rates: readonly number[]): number => Math.exp(rates.reduce((sum, rate) => sum + Math.log(rate), 0) / rates.length);

/**
 * The currencies a count of crowns (`about 28 million kronor`, which quantities.ts
 * `settleBareCrowns` leaves a count in a report that names no crown currency) may be, by its
 * word's form (quantities-lexicon.ts `BARE_CROWNS`); the English `crowns` only from
 * `CROWN_CONVERSION_FLOOR`.
 */
const bareCrowns = (q: Quantity): readonly string[] =>
  q.unit === 'count' && q.noun !== null && (q.noun !== 'crown' || q.value >= CROWN_CONVERSION_FLOOR) ? (BARE_CROWNS.get(q.noun) ?? []) : [];

const meet = (x: { low: number; high: number }, y: { low: number; high: number }): boolean => Math.max(x.low, y.low) <= Math.min(x.high, y.high);

/** Bands of a dollar value, in logarithm: two values `RATE_TOLERANCE` apart or less share one. */
const BAND = Math.log10(1 + RATE_TOLERANCE);

/**
 * Keys an amount is found by in any currency (round 20g): its value in dollars at each year's
 * rates, by the band it falls in and the next one up, so two amounts that `currenciesConvert`
 * by the tolerance in some year (`1,020,000 euros` / `£870,000`) share a key and the candidate
 * index offers their sentence pair (bands as wide as the tolerance, as round 20g set them: the
 * two values of that year lie at most one band apart). Bare crowns take every currency their
 * word may be. None without a rate.
 */
export function dollarKeys(q: Quantity): string[] {
  const currencies = q.unit === 'currency' && q.currency !== undefined ? [q.currency] : bareCrowns(q);
  const keys = new Set<string>();
  if (!(q.value > 0)) return [];
  for (const currency of currencies) {
    for (const rate of RATE_YEARS.get(currency) ?? []) {
      const band = Math.floor(Math.log10(q.value * rate) / BAND);
      keys.add(`~usd:${band}`).add(`~usd:${band + 1}`);
    }
  }
  return [...keys];
}

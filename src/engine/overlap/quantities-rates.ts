import { approximated } from './quantities-agree.ts';
import type { Quantity } from './quantities.ts';

/**
 * One amount told in two currencies (decision 004, round 19f): `175 million euros` / `about $190
 * million`, `€180 million` / `around £155m`, `£8.4m` / `9.8 million euros`. Reports convert an
 * amount for their readers at the day's rate and round it; a shipped table of approximate rates
 * says whether two amounts can be one.
 *
 * The rates are US dollars per unit, rounded, as they stood around mid-2025 (ECB and Federal
 * Reserve reference rates, 2024–2025 averages). They need not be current: `RATE_TOLERANCE`
 * allows any rate within 12% of the table's, wider than the euro, the pound or the yen moved
 * against the dollar in any year of the last decade. Currencies of high inflation (the lira, the
 * Argentine peso, the naira, the Egyptian pound) have no rate: a year moves them further.
 *
 * A conversion only ever says two amounts may be one: it makes no conflict (conflicts compare
 * amounts of one currency), so a rate that is off costs at most a fact.
 */
const USD_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['USD', 1], ['EUR', 1.1], ['GBP', 1.28], ['JPY', 0.0067], ['CNY', 0.139], ['INR', 0.0118], ['KRW', 0.00073],
  ['CHF', 1.14], ['CAD', 0.73], ['AUD', 0.66], ['HKD', 0.128], ['ILS', 0.27], ['NZD', 0.6], ['SGD', 0.75],
  ['DKK', 0.147], ['SEK', 0.095], ['NOK', 0.093], ['ISK', 0.0072], ['PLN', 0.255], ['CZK', 0.044], ['HUF', 0.0027],
  ['RON', 0.22], ['BRL', 0.18], ['MXN', 0.053], ['CLP', 0.00105], ['COP', 0.00024], ['ZAR', 0.055], ['KES', 0.0077],
  ['SAR', 0.267], ['AED', 0.272], ['QAR', 0.275], ['PKR', 0.0036], ['BDT', 0.0083], ['IDR', 0.000062], ['MYR', 0.22],
  ['THB', 0.029], ['VND', 0.00004], ['TWD', 0.031],
]);

/** How far the day's rate may stand from the table's, either way. */
export const RATE_TOLERANCE = 0.12;

/** Dollars of other countries: a report's bare `$` or `dollars` may be its own country's (`$4.1 billion` in Sydney is A$4.1bn). */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD']);
/** A dollar written with its country (`US$`, `USD`, `U.S. dollars`, `A$`): not bare. */
const NAMED_DOLLAR = /(?:\b(?:US|USD|U\.S\.|A|AU|C|CA|HK|NZ|S)\s?\$|\b(?:USD|AUD|CAD|NZD|SGD|HKD)\b|\b(?:U\.?S\.?|American|Australian|Canadian|New Zealand|Singapore|Hong Kong)\s+dollars?\b)/u;
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
 * Whether two amounts in different currencies can be one amount converted: in dollars at the
 * table's rates, the two written values lie within `RATE_TOLERANCE` of each other, or the
 * ranges their hedges allow meet. A hedge and the tolerance do not add up: `around 260 million
 * euros` is no `$335 million` (29% apart at the table's rate). A bare dollar and another
 * country's dollar also meet at face value. Amounts of one currency are `quantitiesAgree`'s, and
 * never meet here.
 */
export function currenciesConvert(a: Quantity, b: Quantity): boolean {
  const crownsA = bareCrowns(a);
  if (crownsA.length > 0) return crownsA.some((currency) => currenciesConvert({ ...a, unit: 'currency', currency, noun: null }, b));
  const crownsB = bareCrowns(b);
  if (crownsB.length > 0) return crownsB.some((currency) => currenciesConvert(a, { ...b, unit: 'currency', currency, noun: null }));
  if (a.unit !== 'currency' || b.unit !== 'currency' || a.currency === undefined || b.currency === undefined || a.currency === b.currency) return false;
  if (!(a.value > 0) || !(b.value > 0)) return false;
  const [rateA, rateB] = [USD_PER_UNIT.get(a.currency), USD_PER_UNIT.get(b.currency)];
  if (rateA === undefined || rateB === undefined) return false;
  const ratio = (a.value * rateA) / (b.value * rateB);
  if (ratio <= 1 + RATE_TOLERANCE && ratio >= 1 / (1 + RATE_TOLERANCE)) return true;
  if (meet(inDollars(a, rateA), inDollars(b, rateB))) return true;
  // `$4.1 billion` in a report that writes its own dollars bare, against `A$4.1 billion`.
  const faceValue = (bareDollar(a) && DOLLARS.has(b.currency)) || (bareDollar(b) && DOLLARS.has(a.currency));
  return faceValue && meet(inDollars(a, 1), inDollars(b, 1));
}

/**
 * Crowns a report names by their bare word only (`about 28 million kronor`; quantities.ts
 * `settleBareCrowns` leaves them a count): the word's form says whose they may be, `kronor` and
 * `krona` Swedish, `kroner` and `krone` Danish or Norwegian, `koruna` Czech, `kronur` Icelandic.
 * The English `crowns` says nothing, and is read as money from a million only.
 */
const CROWN_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['kronor', ['SEK']], ['krona', ['SEK']], ['kroner', ['DKK', 'NOK']], ['krone', ['DKK', 'NOK']], ['koruna', ['CZK']], ['korun', ['CZK']],
  ['kronur', ['ISK']], ['crown', ['DKK', 'NOK', 'SEK', 'CZK']],
]);
const bareCrowns = (q: Quantity): readonly string[] =>
  q.unit === 'count' && q.noun !== null && (q.noun !== 'crown' || q.value >= 1e6) ? (CROWN_FORMS.get(q.noun) ?? []) : [];

const meet = (x: { low: number; high: number }, y: { low: number; high: number }): boolean => Math.max(x.low, y.low) <= Math.min(x.high, y.high);

/** Bands of a dollar value, in logarithm: two values `RATE_TOLERANCE` apart or less share one. */
const BAND = Math.log10(1 + RATE_TOLERANCE);

/**
 * Keys an amount is found by in any currency (round 20g): its value in dollars at the table's
 * rates, by the band it falls in and the next one up, so two amounts that `currenciesConvert`
 * by the tolerance (`1,020,000 euros` / `£870,000`) share a key and the candidate index offers
 * their sentence pair. Bare crowns take every currency their word may be. None without a rate.
 */
export function dollarKeys(q: Quantity): string[] {
  const currencies = q.unit === 'currency' && q.currency !== undefined ? [q.currency] : bareCrowns(q);
  const keys = new Set<string>();
  for (const currency of currencies) {
    const rate = USD_PER_UNIT.get(currency);
    if (rate === undefined || !(q.value > 0)) continue;
    const band = Math.floor(Math.log10(q.value * rate) / BAND);
    keys.add(`~usd:${band}`).add(`~usd:${band + 1}`);
  }
  return [...keys];
}

import { MOVED_TO } from './change-verbs.ts';
import { BARE_CROWNS, BIG_SCALES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_DAYS, LETTER_CURRENCIES, MEASURE_UNITS, MEASURES, NATIONAL_CURRENCIES, singularize, WATT_HOURS, withoutPossessive } from './quantities-lexicon.ts';
import type { TokenStream } from './quantities-tokens.ts';

export type Unit = 'percent' | 'percentage-point' | 'currency' | 'count' | 'ordinal' | 'year' | 'duration' | 'clock' | 'other';

/** A unit written after a number: the tokens it takes and what it does to the value. */
export interface UnitRead {
  unit: Unit;
  /** Index of the unit's last token. */
  last: number;
  /** Multiply the written value by this: basis points → 0.01 percentage points, weeks → 7 days. */
  factor: number;
  currency?: string;
  /** The unit as a noun, for durations and measures: `year`, `metre` (a measure's SI unit). */
  noun?: string;
  /** Added after the factor (°F → °C). */
  offset?: number;
  /** A measure's range of factors when its unit is ambiguous (`ton`). */
  between?: readonly [number, number];
  /** A customary unit: its figure is known to `CUSTOMARY_ROUNDING` of its value at least. */
  customary?: boolean;
}

/**
 * A measure in its family's SI unit (`MEASURE_UNITS`): `km` → metres ×1,000; squared for an
 * area (`square miles`, `sq km`, `km²`), cubed for a volume (`cubic metres`, in litres).
 */
export function measureRead(written: string, last: number, power: 1 | 2 | 3 = 1): UnitRead {
  const unit = MEASURE_UNITS.get(written);
  if (unit === undefined || (power > 1 && unit.si !== 'metre')) return { unit: 'other', last, factor: 1, noun: written };
  const read: UnitRead = { unit: 'other', last, factor: unit.factor ** power, noun: unit.si };
  if (power === 2) read.noun = 'square metre';
  if (power === 3) [read.noun, read.factor] = ['litre', unit.factor ** 3 * 1000];
  if (unit.offset !== undefined) read.offset = unit.offset;
  if (unit.between !== undefined) read.between = unit.between;
  if (unit.customary === true) read.customary = true;
  return read;
}

/** `square kilometres`, `sq mi`, `cubic metres`, `2,600-square-kilometre`: the unit after `square`. */
function readPowerMeasure(stream: TokenStream, at: number, first: string): UnitRead | null {
  const power = first === 'square' || first === 'sq' ? 2 : first === 'cubic' ? 3 : null;
  if (power === null) return null;
  const hyphen = stream.isSym(at + 1, '-') && stream.touching(at, at + 1) && stream.touching(at + 1, at + 2);
  const next = hyphen ? at + 2 : at + 1;
  if (!hyphen && !stream.spaced(at, next)) return null;
  const word = stream.at(next)?.lower ?? '';
  const written = word === 'mi' ? 'mile' : MEASURES.get(singularize(word));
  return written === undefined ? null : measureRead(written, next, power);
}

/** `40°C`, `104 °F`, `40 degrees Celsius`: a temperature; a bare `°` or `degrees` stays a degree. */
function readTemperature(stream: TokenStream, at: number, degreeSign: boolean): UnitRead | null {
  const scale = stream.at(at + 1);
  if (scale?.kind !== 'word' || !(stream.touching(at, at + 1) || stream.spaced(at, at + 1))) return degreeSign ? { unit: 'other', last: at, factor: 1, noun: 'degree' } : null;
  const written = scale.lower === 'c' || scale.lower === 'celsius' || scale.lower === 'centigrade' ? 'celsius' : scale.lower === 'f' || scale.lower === 'fahrenheit' ? 'fahrenheit' : null;
  if (written === null) return degreeSign ? { unit: 'other', last: at, factor: 1, noun: 'degree' } : null;
  return measureRead(written, at + 1);
}

/**
 * `km/h`, `km/hr`, `kilometres per hour`, `miles an hour`: a length per hour after the length
 * unit at `at` is a speed (round 15v). Returns the speed's last token, or null.
 */
export function perHour(stream: TokenStream, at: number): number | null {
  if (stream.isSym(at + 1, '/') && stream.touching(at, at + 1) && stream.touching(at + 1, at + 2) && stream.isWord(at + 2, 'h', 'hr')) return at + 2;
  if (stream.spaced(at, at + 1) && stream.isWord(at + 1, 'per', 'an') && stream.spaced(at + 1, at + 2) && stream.isWord(at + 2, 'hour')) return at + 2;
  return null;
}

/** A length read as a measure becomes a speed when an hour divides it. */
export function speedRead(read: UnitRead, stream: TokenStream): UnitRead {
  if (read.noun !== 'metre' || read.unit !== 'other' || read.factor < 1000) return read;
  const end = perHour(stream, read.last);
  if (end === null) return read;
  return measureRead(read.factor === 1000 ? 'kph' : 'mph', end);
}

/** A currency written before the number: `$`, `US$`, `€`, `USD `. Returns its first token. */
export function readCurrencyBefore(stream: TokenStream, first: number): { currency: string; first: number } | null {
  const before = first - 1;
  const symbol = stream.at(before);
  if (symbol?.kind === 'sym' && stream.touching(before, first)) {
    const currency = CURRENCY_SYMBOLS.get(symbol.text);
    if (currency === undefined) return null;
    const prefix = stream.at(before - 1);
    if (symbol.text === '$' && prefix?.kind === 'word' && stream.touching(before - 1, before) && prefix.text === prefix.text.toUpperCase()) {
      const local = DOLLAR_PREFIXES.get(prefix.lower);
      if (local !== undefined) return { currency: local, first: before - 1 };
    }
    return { currency, first: before };
  }
  // `R$ 95 million`, `US$ 5m`: a dollar with its country's letters may stand apart from the figure.
  if (symbol?.kind === 'sym' && symbol.text === '$' && stream.spaced(before, first)) {
    const prefix = stream.at(before - 1);
    const local = prefix?.kind === 'word' && stream.touching(before - 1, before) && prefix.text === prefix.text.toUpperCase() ? DOLLAR_PREFIXES.get(prefix.lower) : undefined;
    if (local !== undefined) return { currency: local, first: before - 1 };
  }
  // A code spaced from the figure or written against it (`USD 5m`, `DKK312`).
  if (symbol?.kind === 'word' && CURRENCY_CODES.has(symbol.text) && (stream.spaced(before, first) || stream.touching(before, first))) return { currency: symbol.text, first: before };
  const letters = symbol?.kind === 'word' ? LETTER_CURRENCIES.get(symbol.text) : undefined;
  if (letters !== undefined && (stream.spaced(before, first) || stream.touching(before, first))) return { currency: letters, first: before };
  return null;
}

function word(stream: TokenStream, index: number, previous: number): string | null {
  const token = stream.at(index);
  return token?.kind === 'word' && stream.spaced(previous, index) ? token.lower : null;
}

/** Time units written short, by their full noun: `4 min` counts minutes as `four minutes` does (round 17n). */
const SHORT_TIME_UNITS: ReadonlyMap<string, string> = new Map([['sec', 'second'], ['secs', 'second'], ['min', 'minute'], ['mins', 'minute'], ['h', 'hour'], ['hr', 'hour'], ['hrs', 'hour']]);

/** The word after the one at `at`, joined to it by a hyphen or a space (`light-years`, `megawatt hours`), or null. */
function nextJoined(stream: TokenStream, at: number): number | null {
  return stream.isSym(at + 1, '-') && stream.touching(at, at + 1) && stream.touching(at + 1, at + 2) ? at + 2 : stream.spaced(at, at + 1) ? at + 1 : null;
}

/** The unit after the number's last token, or null for a bare count. */
export function readUnitAfter(stream: TokenStream, last: number, vague: boolean): UnitRead | null {
  const next = last + 1;
  if (stream.isSym(next, '°') && (stream.touching(last, next) || stream.spaced(last, next))) return readTemperature(stream, next, true);
  if (stream.isSym(next, '%') && (stream.touching(last, next) || stream.spaced(last, next))) return { unit: 'percent', last: next, factor: 1 };
  const hyphenated = stream.isSym(next, '-') && stream.touching(last, next) && stream.touching(next, next + 1);
  const at = hyphenated ? next + 1 : next;
  // A word touching the digits got here only if the digit reader let it (`50bps`).
  const first = hyphenated || (stream.touching(last, at) && stream.isWord(at)) ? stream.at(at)?.lower ?? null : word(stream, at, last);
  if (first === null) return null;
  const second = word(stream, at + 1, at);
  if (first === 'percent' || first === 'pct') {
    if (second === 'point' || second === 'points') return { unit: 'percentage-point', last: at + 1, factor: 1 };
    return { unit: 'percent', last: at, factor: 1 };
  }
  if (first === 'per' && second === 'cent') return { unit: 'percent', last: at + 1, factor: 1 };
  if (first === 'percentage' && (second === 'point' || second === 'points')) return { unit: 'percentage-point', last: at + 1, factor: 1 };
  if (first === 'basis' && (second === 'point' || second === 'points')) return { unit: 'percentage-point', last: at + 1, factor: 0.01 };
  if (first === 'bps' || first === 'bp') return { unit: 'percentage-point', last: at, factor: 0.01 };
  if (!hyphenated) {
    const currency = readCurrencyAfter(stream, at, last, vague);
    if (currency !== null) return currency;
  } else if (BIG_SCALES.has(stream.at(last)?.lower ?? '')) {
    // `a 5-million-euro grant`: a currency joined to a large scale is money (round 17n), as a
    // unit joined to a bare figure need not be (`a 10-pound baby`).
    const currency = CURRENCY_WORDS.get(first);
    if (currency !== undefined) return { unit: 'currency', last: at, factor: 1, currency };
    // `a 400-million-krone grant`: crowns of a country the report may name elsewhere, counted as `400 million kroner` is.
    if (BARE_CROWNS.has(first)) return { unit: 'count', last: at, factor: 1, noun: first };
  }
  // `40 metric tons` is 40 tonnes, not a count of tons.
  if (first === 'metric' && (second === 'ton' || second === 'tons' || second === 'tonne' || second === 'tonnes') && stream.spaced(at, at + 1)) return measureRead('tonne', at + 1, 1);
  // `41 light-years`, `48 light years`: a distance, not years (round 20g).
  if (first === 'light') {
    const joined = nextJoined(stream, at);
    if (joined !== null && stream.isWord(joined, 'year', 'years')) return measureRead('light-year', joined, 1);
  }
  // `1.5 billion kilowatt-hours`, `120 megawatt hours`: energy, as `kWh` is, not the power `kilowatt` (round 26c).
  const energy = WATT_HOURS.get(singularize(first));
  if (energy !== undefined) {
    const joined = nextJoined(stream, at);
    if (joined !== null && stream.isWord(joined, 'hour', 'hours')) return measureRead(energy, joined, 1);
  }
  // `12 fl oz`, `8 fluid ounces`: a volume, not the mass `oz` (session 16).
  if ((first === 'fl' || first === 'fluid') && (second === 'oz' || second === 'ounce' || second === 'ounces')) return measureRead('fluid ounce', at + 1, 1);
  const singular = singularize(first);
  // `one week's notice`, `a fortnight's delay`: a duration in the possessive is that duration.
  const period = DURATION_DAYS.has(singular) ? singular : withoutPossessive(first);
  const days = DURATION_DAYS.get(period);
  if (days !== undefined) {
    // `12-year-old`: the age is a duration too; take `-old` into the mention (`-olds`: an age group).
    const old = hyphenated && stream.isSym(at + 1, '-') && stream.touching(at, at + 1) && (stream.isWord(at + 2, 'old') || stream.isWord(at + 2, 'olds'));
    return { unit: 'duration', last: old ? at + 2 : at, factor: days, noun: SHORT_TIME_UNITS.get(period) ?? period };
  }
  const power = readPowerMeasure(stream, at, first);
  if (power !== null) return power;
  const measure = MEASURES.get(singular);
  if (measure === 'degree') return readTemperature(stream, at, true);
  // `gusts of 40 knots` is a speed, `tied 40 knots` a count (session 16).
  if (measure === 'knot' && !isSpeedContext(stream, last, at)) return null;
  if (measure !== undefined) return speedRead(measureRead(measure, stream.isSym(at + 1, '²') && stream.touching(at, at + 1) ? at + 1 : at, stream.isSym(at + 1, '²') && stream.touching(at, at + 1) ? 2 : 1), stream);
  return null;
}

/** Words that make knots a speed: wind, a vessel, its course (`gusts of 40 knots`, `the ship slowed to 12 knots`, `40 knots across the deck`). */
const SPEED_WORDS: ReadonlySet<string> = new Set([
  'wind', 'winds', 'windspeed', 'gust', 'gusts', 'gusting', 'gusted', 'breeze', 'gale', 'gales', 'storm', 'hurricane', 'typhoon', 'cyclone', 'sustained',
  'speed', 'speeds', 'fast', 'sail', 'sails', 'sailed', 'sailing', 'ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'ferry',
  'tanker', 'carrier', 'yacht', 'aircraft', 'plane', 'steaming', 'steamed', 'cruising', 'cruise', 'deck', 'blowing', 'blew', 'blow', 'slowed', 'accelerated',
  'travelling', 'traveling', 'moving', 'headwind', 'tailwind', 'crosswind', 'airspeed', 'current', 'currents',
]);

/** Whether a speed word stands within six words before the figure or three after its unit (`at` right before it counts too: `moving at 14 knots`). */
function isSpeedContext(stream: TokenStream, last: number, unit: number): boolean {
  const near = (index: number): boolean => {
    const token = stream.at(index);
    return token?.kind === 'word' && SPEED_WORDS.has(token.lower);
  };
  for (let index = last - 1; index >= 0 && index >= last - 7; index -= 1) if (near(index)) return true;
  for (let index = unit + 1; index <= unit + 3; index += 1) if (near(index)) return true;
  return stream.isWord(last - 1, 'at');
}

/** `dollars`, `US dollars`, `euros`, `USD`, and after a vague amount `of dollars` (`billions of dollars`). */
function readCurrencyAfter(stream: TokenStream, at: number, last: number, vague: boolean): UnitRead | null {
  let index = at;
  if (vague && stream.isWord(index, 'of') && stream.spaced(index, index + 1)) index += 1;
  if (stream.isWord(index, 'us') && stream.spaced(index, index + 1) && stream.isWord(index + 1, 'dollars', 'dollar')) index += 1;
  const token = stream.at(index);
  if (token?.kind !== 'word' || !stream.spaced(index === at ? last : index - 1, index)) return null;
  const next = stream.at(index + 1);
  const national = next?.kind === 'word' && stream.spaced(index, index + 1) ? NATIONAL_CURRENCIES.get(`${token.lower} ${next.lower}`) : undefined;
  if (national !== undefined) return { unit: 'currency', last: index + 1, factor: 1, currency: national };
  const currency = CURRENCY_WORDS.get(token.lower) ?? (CURRENCY_CODES.has(token.text) ? token.text : undefined);
  if (currency === undefined) return null;
  // `won` is also a verb ("of the 40 seats, 23 won"): money only before `(` or in/of/for/worth.
  if (token.lower === 'won' && !stream.isWord(index + 1, 'in', 'of', 'for', 'worth') && !stream.isSym(index + 1, '(')) return null;
  return { unit: 'currency', last: index, factor: 1, currency };
}

/** Words that make a temperature a change of temperature: `rose by 2C`, `2C warmer`, `a rise of 1.2°C`. */
const CHANGE_BEFORE: ReadonlySet<string> = new Set(['by', 'up', 'climb', 'increase', 'warming', 'cooling', 'jump', ...MOVED_TO]);
const CHANGE_AFTER = new Set(['warmer', 'cooler', 'higher', 'lower', 'above', 'below', 'hotter', 'colder', 'more', 'less', 'of']);

/**
 * Whether a temperature (tokens `first`..`last`) is a difference, not a reading: a rise of 2°F
 * is 1.1°C (no offset), while a reading of 104°F is 40°C. Looks up to four words back
 * (`have climbed more than 2 degrees Fahrenheit`) and one word on (`2C warmer`).
 */
export function isTemperatureChange(stream: TokenStream, first: number, last: number): boolean {
  for (let back = 1; back <= 4; back += 1) {
    const token = stream.at(first - back);
    if (token === undefined || token.kind !== 'word') break;
    if (CHANGE_BEFORE.has(token.lower)) return true;
  }
  const next = stream.at(last + 1);
  return next?.kind === 'word' && stream.spaced(last, last + 1) && CHANGE_AFTER.has(next.lower);
}

const SI_NOUNS: ReadonlySet<string> = new Set(['metre', 'square metre', 'litre', 'kg', 'celsius', 'watt', 'watt-hour', 'km/h']);

/**
 * Keys a measure is found by in either system (`3,900 square kilometres`, `1,500 square
 * miles`): its SI unit and its order of magnitude to a half, by the half-decades either side
 * of it, so two converted figures close together across a boundary still share one.
 */
export function measureKeys(quantity: { unit: Unit; noun: string | null; value: number }): string[] {
  if (quantity.unit !== 'other' || quantity.noun === null || !SI_NOUNS.has(quantity.noun) || !(quantity.value > 0)) return [];
  const halves = Math.log10(quantity.value) * 2;
  const [below, above] = [Math.floor(halves) / 2, Math.ceil(halves) / 2];
  return below === above ? [`~${quantity.noun}:${below}`] : [`~${quantity.noun}:${below}`, `~${quantity.noun}:${above}`];
}

/**
 * The words that the quantity finder knows: number words, scales, currencies (quantities-currencies.ts),
 * units, hedges.
 * Written here rather than taken from a package: the one candidate (`words-to-numbers`) rewrites
 * text without giving offsets and pulls in a fuzzy-matching dependency; the vocabulary is small.
 */

export const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words after a number: `1.2 million`, `twelve hundred`, `1.2bn`. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);


/**
 * `m` and `b` are millions and billions only beside a currency (`£40m`), else metres and the like;
 * so are `mil` and `bil` (`RM12.2mil`, round 15v).
 */
export const CURRENCY_ONLY_SCALES: ReadonlyMap<string, number> = new Map([['m', 1e6], ['b', 1e9], ['mil', 1e6], ['bil', 1e9]]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80],
  ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

/** The scales a figure is multiplied by in words, joined or not (`two million`, `a $5-million grant`). */
export const BIG_SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion']);

/** Fractions written as words; `a third` is an ordinal unless `of` follows (`a third of voters`). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['quarter', 1 / 4], ['third', 1 / 3], ['quarters', 1 / 4], ['thirds', 1 / 3],
  ['fifth', 1 / 5], ['fifths', 1 / 5], ['sixth', 1 / 6], ['sixths', 1 / 6], ['eighth', 1 / 8], ['eighths', 1 / 8],
  ['tenth', 1 / 10], ['tenths', 1 / 10],
]);
/** Fractions that are also ordinals (`a third time`, `the fifth round`): a share only before `of`. */
export const ORDINAL_FRACTIONS: ReadonlySet<string> = new Set(['third', 'fifth', 'sixth', 'eighth', 'tenth']);

export { CURRENCY_SYMBOLS, DOLLAR_PREFIXES, LETTER_CURRENCIES, CURRENCY_CODES, NATIONAL_CURRENCIES, BARE_CROWNS, CROWN_MONEY_FLOOR, CROWN_CONVERSION_FLOOR, CROWN_CURRENCIES, CURRENCY_WORDS } from './quantities-currencies.ts';

/** A word without its possessive `'s` (`fortnight's` → `fortnight`): the tokens keep it on the word. */
export const withoutPossessive = (word: string): string => word.replace(/['’]s$/u, '');
/** Whether a word is written in the possessive (`town's`, `island’s`). */
export const isPossessive = (word: string): boolean => /['’]s$/u.test(word);

/** Durations are normalised to days so that `two weeks` meets `14 days`. */
export const DURATION_DAYS: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 86400], ['minute', 1 / 1440], ['hour', 1 / 24], ['day', 1],
  ['sec', 1 / 86400], ['secs', 1 / 86400], ['min', 1 / 1440], ['mins', 1 / 1440], ['h', 1 / 24], ['hr', 1 / 24], ['hrs', 1 / 24], ['week', 7], ['fortnight', 14],
  ['month', 365.25 / 12], ['year', 365.25], ['decade', 3652.5], ['century', 36525],
]);

/** Units of measure by the words that write them (singular); `MEASURE_UNITS` says what each is in SI. */
export const MEASURES: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['mile', 'mile'], ['metre', 'metre'], ['meter', 'metre'],
  ['kg', 'kg'], ['kilogram', 'kg'], ['kilo', 'kg'], ['tonne', 'tonne'], ['ton', 'ton'], ['degree', 'degree'], ['foot', 'foot'],
  ['feet', 'foot'], ['acre', 'acre'], ['hectare', 'hectare'], ['barrel', 'barrel'], ['mph', 'mph'], ['magnitude', 'magnitude'],
  ['cm', 'cm'], ['centimetre', 'cm'], ['centimeter', 'cm'], ['mm', 'mm'], ['millimetre', 'mm'], ['millimeter', 'mm'],
  ['ft', 'foot'], ['yard', 'yard'], ['inch', 'inch'], ['gram', 'gram'], ['lb', 'lb'], ['lbs', 'lb'],
  // Small masses, as doses and concentrations give them (`412 µg/m³`, `614 micrograms per cubic metre`, `5 mg`).
  ['mg', 'mg'], ['milligram', 'mg'], ['µg', 'µg'], ['μg', 'µg'], ['mcg', 'µg'], ['microgram', 'µg'],
  ['litre', 'litre'], ['liter', 'litre'], ['gallon', 'gallon'], ['celsius', 'celsius'], ['fahrenheit', 'fahrenheit'],
  // Power and energy (`4,600MW`, `1.2 gigawatts`, `300 GWh`) and speed (`46.3 kph`, `mph`; `km/h` in
  // quantities-units.ts `perHour`): round 15v.
  ['watt', 'W'], ['kw', 'kW'], ['kilowatt', 'kW'], ['mw', 'MW'], ['megawatt', 'MW'], ['gw', 'GW'], ['gigawatt', 'GW'],
  ['terawatt', 'TW'], ['wh', 'Wh'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['kph', 'kph'], ['kmh', 'kph'],
  // Ounces (of gold, of a drug) and knots (wind, a ship's speed): round 19f.
  ['ounce', 'ounce'], ['oz', 'ounce'], ['knot', 'knot'],
  // Distances between stars (round 20g); `light-year` is read from two words in quantities-units.ts.
  ['parsec', 'parsec'],
]);

/** Watts written out, by the energy their hour is (`kilowatt-hours` is `kWh`, `watt-hours` is `Wh`): read off `MEASURES`. */
export const WATT_HOURS: ReadonlyMap<string, string> = new Map([...MEASURES].filter(([word]) => word.endsWith('watt')).map(([word, unit]) => [word, `${unit}h`]));

/**
 * What a unit of measure is in its family's SI unit, which becomes the quantity's noun: the
 * same length, area, volume, mass or temperature then agrees in either system (`150 metres`,
 * `nearly 500 feet`; `3,900 square kilometres`, `1,500 square miles`). An area is a length
 * squared (`square`, `sq`, `²`); a hectare and an acre are areas.
 */
export interface MeasureUnit {
  si: string;
  factor: number;
  /** Added after the factor: °F → °C. */
  offset?: number;
  /** A customary (imperial/US) unit: see `CUSTOMARY_ROUNDING`. */
  customary?: boolean;
  /** A `ton` is short (907 kg), metric (1,000 kg) or long (1,016 kg): the range of factors it may mean. */
  between?: readonly [number, number];
}

export const MEASURE_UNITS: ReadonlyMap<string, MeasureUnit> = new Map<string, MeasureUnit>([
  ['km', { si: 'metre', factor: 1000 }], ['metre', { si: 'metre', factor: 1 }], ['cm', { si: 'metre', factor: 0.01 }],
  ['mm', { si: 'metre', factor: 0.001 }], ['mile', { si: 'metre', factor: 1609.344, customary: true }],
  ['foot', { si: 'metre', factor: 0.3048, customary: true }], ['yard', { si: 'metre', factor: 0.9144, customary: true }],
  ['inch', { si: 'metre', factor: 0.0254, customary: true }],
  ['hectare', { si: 'square metre', factor: 1e4 }], ['acre', { si: 'square metre', factor: 4046.8564224, customary: true }],
  ['kg', { si: 'kg', factor: 1 }], ['gram', { si: 'kg', factor: 0.001 }], ['mg', { si: 'kg', factor: 1e-6 }], ['µg', { si: 'kg', factor: 1e-9 }], ['tonne', { si: 'kg', factor: 1000 }],
  ['ton', { si: 'kg', factor: 1000, customary: true, between: [907.18474, 1016.0469088] }],
  ['lb', { si: 'kg', factor: 0.45359237, customary: true }],
  ['litre', { si: 'litre', factor: 1 }], ['gallon', { si: 'litre', factor: 3.785411784, customary: true }],
  // A fluid ounce (`12 fl oz`) is a volume, US (29.57 ml) or imperial (28.41 ml), never the mass `oz` (session 16).
  ['fluid ounce', { si: 'litre', factor: 0.0295735295625, customary: true, between: [0.0284130625, 0.0295735295625] }],
  ['celsius', { si: 'celsius', factor: 1 }], ['fahrenheit', { si: 'celsius', factor: 5 / 9, offset: -160 / 9, customary: true }],
  ['W', { si: 'watt', factor: 1 }], ['TW', { si: 'watt', factor: 1e12 }], ['Wh', { si: 'watt-hour', factor: 1 }],
  ['kW', { si: 'watt', factor: 1e3 }], ['MW', { si: 'watt', factor: 1e6 }], ['GW', { si: 'watt', factor: 1e9 }],
  ['kWh', { si: 'watt-hour', factor: 1e3 }], ['MWh', { si: 'watt-hour', factor: 1e6 }], ['GWh', { si: 'watt-hour', factor: 1e9 }],
  ['TWh', { si: 'watt-hour', factor: 1e12 }],
  ['kph', { si: 'km/h', factor: 1 }], ['mph', { si: 'km/h', factor: 1.609344, customary: true }],
  // An ounce is avoirdupois (28.35 g) or, for precious metals, troy (31.10 g); a knot is a nautical mile an hour.
  ['ounce', { si: 'kg', factor: 0.028349523125, customary: true, between: [0.028349523125, 0.0311034768] }],
  ['knot', { si: 'km/h', factor: 1.852, customary: true }],
  // A light year is 9.4607e15 m, a parsec 3.2616 light years; each is given rounded in the other.
  ['light-year', { si: 'metre', factor: 9.4607e15, customary: true }], ['parsec', { si: 'metre', factor: 3.0857e16, customary: true }],
]);

/**
 * A figure in a customary unit is mostly a conversion of a metric one (or the metric one of
 * it), rounded by whoever converted it: `150 metres` is written `nearly 500 feet` (492). Such a
 * figure is taken as known to this share of its value, at least.
 */
export const CUSTOMARY_ROUNDING = 0.03;

/**
 * How a hedge turns the written value v into the range a reader allows:
 * - approx (about, around, roughly, some, approximately, an estimated, or so): v ± 10%, and a
 *   share no more than `PERCENT_APPROX_SPREAD` points either side (`spread`, from the caller).
 * - nearly (nearly, almost, close to, not quite): [0.85v, v], and no more than one step of the
 *   last written digit below v (`nearly 39` is 38 and some; `step`, from the caller).
 * - justUnder (just under, just below, just shy of) and justOver (just over, just above): v
 *   and 3% below or above it, and no further than that one step: the value is on that side of
 *   v, and close to it.
 *   The bound at v is strict (see `Quantity.strict`): `just under 59` never meets 59.4.
 * - slightlyMore (slightly more than, a little more than, a little over): [v, 1.15v].
 * - more (more than, over, upwards of, -plus, 20+) and atLeast (at least, no fewer than, or
 *   more): [v, 1.6v]. Strictly a floor, but news rounds down to a round number and gives the
 *   count it has: "more than 20 killed" sits with 31, while "at least 23" against "41" is a
 *   difference a reader wants flagged. v itself is allowed because the written number is rounded.
 * - upTo (fewer than, less than, under, up to, as many as, at most): [0, v].
 */
/**
 * How far a hedged share reaches: `about 61 per cent` is 58–64, not 55–67. Shares are written to
 * the point, so a tenth of the value (six points at 61, nine at 90) would let a hedged share meet
 * another share of the same story (`turnout was 66.1%` / `turnout in the city was about 61%`).
 */
export const PERCENT_APPROX_SPREAD = 3;

export type HedgeKind = 'approx' | 'nearly' | 'justUnder' | 'justOver' | 'slightlyMore' | 'more' | 'atLeast' | 'upTo';

export function hedgeRange(kind: HedgeKind, v: number, step = Infinity, spread = Infinity): [number, number] {
  switch (kind) {
    case 'approx': return [Math.max(v * 0.9, v - spread), Math.min(v * 1.1, v + spread)];
    // `nearly 39 percent` is 38 and some, `just over 36 percent` 36 and some: within one step of
    // the last written digit (`just over 82,000`: under 83,000), never past the share allowed.
    case 'nearly': return [Math.max(v * 0.85, v - step), v];
    case 'justUnder': return [Math.max(v * 0.97, v - step), v];
    case 'justOver': return [v, Math.min(v * 1.03, v + step)];
    case 'slightlyMore': return [v, v * 1.15];
    case 'more': return [v, v * 1.6];
    case 'atLeast': return [v, v * 1.6];
    case 'upTo': return [0, v];
  }
}

/** Hedges written before the number, longest first so that `just over` wins over `over`. */
export const HEDGES_BEFORE: readonly (readonly [string, HedgeKind])[] = [
  ['in the region of', 'approx'], ['on the order of', 'approx'], ['a little more than', 'slightlyMore'],
  ['slightly more than', 'slightlyMore'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'],
  ['a minimum of', 'atLeast'], ['a maximum of', 'upTo'], ['capped at', 'upTo'], ['no more than', 'upTo'], ['as many as', 'upTo'],
  ['as much as', 'upTo'], ['just shy of', 'justUnder'], ['just under', 'justUnder'], ['just below', 'justUnder'],
  ['not quite', 'nearly'], ['close to', 'nearly'], ['just over', 'justOver'], ['just above', 'justOver'],
  ['a little over', 'slightlyMore'], ['more than', 'more'], ['upwards of', 'more'], ['in excess of', 'more'],
  ['at least', 'atLeast'], ['fewer than', 'upTo'], ['less than', 'upTo'], ['up to', 'upTo'], ['at most', 'upTo'],
  ['an estimated', 'approx'], ['approximately', 'approx'], ['estimated', 'approx'], ['roughly', 'approx'],
  ['around', 'approx'], ['about', 'approx'], ['some', 'approx'], ['circa', 'approx'], ['approx', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['over', 'more'], ['above', 'more'], ['exceeding', 'more'],
  ['under', 'upTo'], ['below', 'upTo'],
];

/**
 * Vague amounts: `dozens` → [24, 99], `hundreds` → [200, 999], `thousands` → [2,000, 9,999], and
 * `tens of` / `hundreds of` before a plural scale (`tens of thousands` → [20,000, 99,999]).
 */
export const VAGUE: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]],
  ['millions', [2e6, 9999999]], ['billions', [2e9, 9999999999]], ['trillions', [2e12, 9999999999999]],
]);

/** `several hundred` → 3–9 hundred; `a few thousand` → 2–5 thousand. */
export const FEW: ReadonlyMap<string, readonly [number, number]> = new Map([['several', [3, 9]], ['few', [2, 5]]]);

/** The months' names, lower-case, in calendar order. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The months' names cut short (`Jan`, `Sept`). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** The weekdays' names, lower-case, from Sunday (as `weekdayOf` counts them). */
export const WEEKDAY_NAMES: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that end a noun phrase after a number: function words, verbs of reporting, `ago`. */
export const NOT_NOUNS: ReadonlySet<string> = new Set(
  ('a an the and or but nor of in on at to for from by with without into onto over under about after before ' +
    'during since until than as that which who whom whose this these those it its they them their he she his her ' +
    'we our you your i me my is are was were be been being has have had do does did will would can could may might ' +
    'shall should must said say says ago per each apiece while when where if so then there here not no also only ' +
    'just more less most least other another such what all both either neither up down out off again too very ' +
    'percent per cent pct vs versus v overnight earlier later today yesterday tonight apiece respectively ' +
    'across among amongst amid amidst between through throughout within beyond toward towards despite along alongside behind beneath underneath via upon including excluding').split(' '),
);

/**
 * Past participles that news uses as nouns right after a count: “23 killed”, “180 injured”.
 * Any other `-ed` word right after a number is a verb (“31,412 watched”), not what is counted.
 */
export const PARTICIPLE_NOUNS: ReadonlySet<string> = new Set(
  ('killed injured wounded dead missing displaced arrested detained evacuated hospitalized hospitalised ' +
    'affected stranded infected confirmed rescued unaccounted employed unemployed registered enrolled').split(' '),
);

/** Common irregular past tenses: after a number they are the verb, not the noun counted. */
export const PAST_TENSE_VERBS: ReadonlySet<string> = new Set(
  ('saw took made went came gave told left won lost got put ran fell rose hit set led held met paid sent spent ' +
    'built brought bought kept found thought became began stood heard sold grew drew flew fled knew wrote struck').split(' '),
);

/** Skipped between a number and its noun: `23 more people`, `five other soldiers`. */
export const NOUN_FILLERS: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'further', 'extra', 'fewer', 'fresh']);

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'people'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['lives', 'life'],
  ['feet', 'foot'], ['police', 'police'], ['news', 'news'], ['series', 'series'], ['species', 'species'],
  ['wives', 'wife'], ['knives', 'knife'], ['halves', 'half'], ['centuries', 'century'], ['mice', 'mouse'],
]);

/** A simple singular: `drones` → `drone`, `casualties` → `casualty`, `buses` → `bus`. */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length <= 3 || /(?:ss|us|is|ics)$/.test(lower)) return lower;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes|uses)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** Dashes that join two numbers: a range (`3-6`), a score or a split vote (`2–1`). */
export const RANGE_DASHES = ['-', '–', '—'];

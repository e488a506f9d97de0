import { DECIDED, MOVED_TO } from './change-verbs.ts';
import { CUSTOMARY_ROUNDING, DURATION_DAYS, hedgeRange, PERCENT_APPROX_SPREAD, RANGE_DASHES, type HedgeKind } from './quantities-lexicon.ts';
import { agedBefore, ageBound, apposedAge, decadeOfLife, isListNumber, isRankNumber, metresNotMillions, readFractionUnit, readRangeEnd, temperatureSign } from './quantities-context.ts';
import { hedgeAfter, hedgeBefore, round, stepOf } from './quantities-hedges.ts';
import { findNoun, findNounAfterOf, isYearContext, isYearValue, looksCounted } from './quantities-nouns.ts';
import { readNumber, type NumberRead } from './quantities-read.ts';
import { readScore, readScoreInWords, readSlashScore, readTally, readVoteTo, votedAgainst } from './quantities-scores.ts';
import type { TokenStream } from './quantities-tokens.ts';
import { isTemperatureChange, measureRead, readCurrencyBefore, readUnitAfter, speedRead, type Unit } from './quantities-units.ts';
import type { Quantity } from './quantities.ts';

/**
 * One quantity read at a token (`quantities.ts` `findQuantities` asks at each): its number, range,
 * unit, hedges and noun, in token positions, or the tokens to skip.
 */

/** A quantity while it is read: token positions instead of character offsets. */
export type Draft = Omit<Quantity, 'start' | 'end' | 'text'> & {
  first: number;
  last: number;
  spanLast: number;
};

/** A number that is not a quantity (list numbering, a score): skip to its last token. */
interface Skip {
  skipTo: number;
}

/** A decided value is exact: its rounding slack shrinks to this share of its last digit. */
const SET_VALUE_SLACK = 0.01;
/** The figure a decision sets: `cut to 2.5%`, `will be reduced to 2 per cent`, `set at €71`. */
const setByDecision = (stream: TokenStream, first: number): boolean => stream.isWord(first - 1, 'to', 'at') && stream.isWord(first - 2, ...DECIDED);

/**
 * `one in four jars`, `1 in 10`, `three out of five voters`, `one in every three`: a share, as
 * `a quarter` or `25%` is (with a hedge before it: `almost one in four`).
 */
function readOneIn(stream: TokenStream, read: NumberRead): Draft | null {
  if (read.kind !== 'cardinal' || read.vague !== undefined || read.resolution !== 1 || !Number.isInteger(read.value) || read.value < 1) return null;
  let at = read.last + 1;
  if (!stream.spaced(read.last, at)) return null;
  // `12 out of 40 passengers` counts people; `nine out of ten` (a whole of ten or less) is a share.
  const outOf = stream.isWord(at, 'out') && stream.isWord(at + 1, 'of');
  if (stream.isWord(at, 'in')) at += 1;
  else if (outOf) at += 2;
  else return null;
  if (stream.isWord(at, 'every')) at += 1;
  const whole = readNumber(stream, at);
  if (whole === null || whole.kind !== 'cardinal' || whole.vague !== undefined || whole.resolution !== 1 || whole.scale !== undefined) return null;
  if (!(whole.value > read.value) || whole.value > (outOf ? 10 : 1000) || stream.isSym(whole.last + 1, '%') || readUnitAfter(stream, whole.last, false) !== null) return null;
  const value = round((read.value / whole.value) * 100);
  const direct = findNoun(stream, whole.last + 1);
  const noun = direct?.noun ?? findNounAfterOf(stream, whole.last + 1);
  // `seven in 10`, `nine out of ten` round a share to tenths: 70% give or take a tenth of its value
  // (it meets `71%`). `one in five`, `one in four` may be exact (`a sample of one in five
  // households`) and stay to the point (round 15v).
  const resolution = whole.value === 10 && read.value >= 2 ? round(value / 10) : 1;
  const draft: Draft = { first: read.first, last: whole.last, spanLast: whole.last, value, low: value, high: value, hedged: false, unit: 'percent', noun, resolution };
  // The hedge, as on a fraction (`almost a quarter`): its step is the share itself.
  const before = hedgeBefore(stream, read.first);
  if (before !== null) {
    const [low, high] = towardTheNextShare(before.kind, read.value, whole.value, hedgeRange(before.kind, value, stepOf(value, value, false), PERCENT_APPROX_SPREAD));
    [draft.first, draft.low, draft.high, draft.hedged] = [before.first, round(low), round(high), true];
    if (before.kind === 'justUnder' || before.kind === 'justOver') draft.strict = before.kind === 'justUnder' ? 'high' : 'low';
    if (before.kind === 'upTo') draft.ceiling = true;
  }
  return draft;
}

/**
 * A share told in words (`one in five`) is the simplest that is near the figure: a writer with
 * 22.4% says `just over one in five`, as one with 23% would; 25% would be `one in four`. So a
 * hedge toward a neighbour share (`just over`, `a little over`, `just under`, `nearly`) reaches up
 * to halfway to it, the next share with one part fewer or more in the whole (`one in four`,
 * `one in six`), when that is further than the hedge's own step.
 */
function towardTheNextShare(kind: HedgeKind, part: number, whole: number, [low, high]: [number, number]): [number, number] {
  const share = (of: number): number => (part / of) * 100;
  if ((kind === 'justOver' || kind === 'slightlyMore') && whole - 1 > part) return [low, Math.max(high, (share(whole) + share(whole - 1)) / 2)];
  if (kind === 'justUnder' || kind === 'nearly') return [Math.min(low, (share(whole) + share(whole + 1)) / 2), high];
  return [low, high];
}

export function draftAt(stream: TokenStream, index: number): Draft | Skip | null {
  const slashScore = readSlashScore(stream, index);
  if (slashScore !== null) return slashScore;
  const read = readNumber(stream, index);
  if (read === null) return null;
  if (decadeOfLife(stream, read)) return { skipTo: read.last };
  if (isListNumber(stream, read)) return { skipTo: read.last };
  const share = readOneIn(stream, read) ?? readVoteTo(stream, read);
  if (share !== null) return share;
  const score = readScore(stream, read) ?? readScoreInWords(stream, read);
  if (score !== null) return score;
  const currencyBefore = read.kind === 'cardinal' ? readCurrencyBefore(stream, read.first) : null;
  const range = readRangeEnd(stream, read);
  if (range === null && RANGE_DASHES.some((d) => stream.isSym(read.last + 1, d)) && stream.touching(read.last, read.last + 1) && stream.at(read.last + 2)?.kind === 'num') {
    return readTally(stream, read) ?? { skipTo: read.last + 2 }; // a score or a code: 3-0, 9-11
  }
  let number = range?.end ?? read;
  let unitRead = read.kind === 'fraction' ? readFractionUnit(stream, read) : read.kind === 'cardinal' ? readUnitAfter(stream, number.last, number.vague !== undefined) : null;
  // `two years and a half`, `a year and a half`: the half follows the unit.
  const half = unitRead?.unit === 'duration' && range === null && number.vague === undefined && stream.spaced(unitRead.last, unitRead.last + 1) ? stream.phraseAt(unitRead.last + 1, 'and a half') : null;
  if (unitRead !== null && half !== null && number.resolution >= 1) {
    number = { ...number, value: number.value + 0.5, resolution: 0.5 };
    unitRead = { ...unitRead, last: half };
  }
  if (unitRead === null && range === null && read.kind === 'cardinal' && read.measure === undefined && currencyBefore === null) unitRead = unitOfTheNext(stream, number);
  if (read.kind === 'fraction' && unitRead === null) return { skipTo: read.last };
  if (read.measure !== undefined) {
    const squared = stream.isSym(read.last + 1, '²') && stream.touching(read.last, read.last + 1);
    unitRead = speedRead(measureRead(read.measure, squared ? read.last + 1 : read.last, squared ? 2 : 1), stream);
  }
  const metres = range === null && unitRead === null && currencyBefore === null ? metresNotMillions(stream, read) : null;
  if (metres !== null) [number, unitRead] = [metres, measureRead('metre', metres.last)];
  const readAsAge = range === null && unitRead === null && currencyBefore === null && read.kind === 'cardinal' && read.vague === undefined;
  // `Luca Ferrandi, 17,`: an age in apposition, its span the figure alone (round 24c).
  const agedWord = readAsAge ? agedBefore(stream, read.first) : null;
  const apposed = readAsAge && agedWord === null && apposedAge(stream, read);
  const aged = agedWord ?? (apposed ? read.first : null);
  if (aged !== null) unitRead = { unit: 'duration', last: read.last, factor: DURATION_DAYS.get('year') ?? YEAR_DAYS, noun: 'year' };
  const sign = unitRead?.noun === 'celsius' ? temperatureSign(stream, read.first, unitRead.last) : null;
  if (sign !== null && range !== null) return { skipTo: number.last }; // `-4 to -10°F`: which ends are below zero is unclear
  if (sign !== null && unitRead !== null) unitRead = { ...unitRead, last: sign.last };
  const signed = sign === null ? 1 : -1;
  const currency = currencyBefore?.currency ?? unitRead?.currency;
  if ((number.needsCurrency || (metres === null && read.needsCurrency)) && currency === undefined) return { skipTo: number.last }; // 40m: metres or millions? (`metresNotMillions`)
  let unit: Unit = currency !== undefined ? 'currency' : unitRead?.unit ?? (read.kind === 'ordinal' || isRankNumber(stream, read) ? 'ordinal' : 'count');
  let first = sign?.first ?? currencyBefore?.first ?? read.first;
  let last = unitRead?.last ?? number.last;
  const factor = unitRead?.factor ?? 1;
  // A temperature below zero is a reading (a change is written with a word: `fell 4°F`), and so
  // is the level a move reaches (`fell to 14°F`); any other temperature after a word of change
  // is a difference, with no offset.
  const reachedFirst = hedgeBefore(stream, first)?.first ?? first;
  const reading = sign !== null || (stream.isWord(reachedFirst - 1, 'to') && stream.isWord(reachedFirst - 2, ...MOVED_TO));
  const offset = unitRead?.offset === undefined || (!reading && isTemperatureChange(stream, reachedFirst, unitRead.last)) ? 0 : unitRead.offset;
  const [lowFactor, highFactor] = unitRead?.between ?? [factor, factor];
  let low = (range?.low ?? read.vague?.[0] ?? number.value) * lowFactor * signed + offset;
  let high = (number.vague?.[1] ?? number.value) * highFactor * signed + offset;
  let hedged = range !== null || read.vague !== undefined;
  if (range?.between === true) first = stream.isWord(first - 1, 'between') ? first - 1 : first;
  const after = hedgeAfter(stream, last);
  const before = range?.between === true ? null : hedgeBefore(stream, first) ?? (aged === null ? null : ageBound(stream, aged));
  // A hedge on a temperature below zero widens its distance from zero (`nearly -20°C`, `about
  // 14°F`), and no bound of it is strict or a ceiling.
  const belowZero = low < 0 && high < 0;
  for (const hedge of [before, after]) {
    if (hedge === null) continue;
    const step = stepOf(number.value, number.resolution, number.decimals !== undefined) * factor;
    const spread = unit === 'percent' ? PERCENT_APPROX_SPREAD : Infinity;
    if (belowZero) [low, high] = [-hedgeRange(hedge.kind, -low, step, spread)[1], -hedgeRange(hedge.kind, -high, step, spread)[0]];
    else [low, high] = [hedgeRange(hedge.kind, low, step, spread)[0], hedgeRange(hedge.kind, high, step, spread)[1]];
    hedged = true;
  }
  // A floor (`more than 1 million tonnes`, `at least 23`, `20+`) never reaches below its written
  // value, however coarsely it is written: the rounding slack of `1 million` (half a million) let
  // it meet `750,000 tonnes` (round 28c).
  const floor = [before?.kind, after?.kind].some((kind) => kind === 'more' || kind === 'atLeast');
  const strict = belowZero ? undefined : before?.kind === 'justUnder' ? 'high' : before?.kind === 'justOver' || floor ? 'low' : undefined;
  const ceiling = !belowZero && (before?.kind === 'upTo' || after?.kind === 'upTo');
  first = aged ?? before?.first ?? first;
  last = after?.last ?? last;
  if (read.kind === 'decade') [unit, low, high] = ['year', read.value < 100 ? 1900 + read.value : read.value, (read.value < 100 ? 1900 + read.value : read.value) + 9];
  // A bare four-digit number is a year unless it plainly counts something: `killed 2000 people`.
  const yearLike = unit === 'count' && read.bare && number.bare && before === null && after === null && isYearValue(read.value);
  if (yearLike && (isYearContext(stream, first - 1) || !looksCounted(stream, last + 1))) unit = 'year';
  let value = number.value * factor * signed + offset;
  if (read.vague !== undefined) value = low;
  else if (range !== null || read.kind === 'decade') value = Number.isFinite(high) ? (low + high) / 2 : low;
  const against = unit === 'count' && unitRead === null && after === null ? votedAgainst(stream, last) : null;
  const direct = unitRead?.noun === undefined && against === null ? findNoun(stream, last + 1) : null;
  let noun = against === null ? unitRead?.noun ?? direct?.noun ?? null : 'dissent';
  if (noun === null && (unit === 'percent' || unit === 'currency' || unit === 'count')) noun = findNounAfterOf(stream, last + 1);
  const spanLast = (unit === 'count' || unit === 'ordinal') && direct !== null ? direct.last : last;
  // A range is told to the finer of its ends (`between 4.5% and 5%`: to a tenth), the first end
  // scaled as the range scaled it (`1.5 to 2 million`).
  const firstResolution = range === null || read.value === 0 ? Infinity : read.resolution * (range.low / read.value);
  const draft: Draft = { first, last, spanLast, value: round(value), low: round(low), high: round(high), hedged, unit, noun, resolution: round(Math.min(number.resolution, firstResolution) * factor) };
  if (unit === 'percent' && read.kind === 'fraction') draft.resolution = 1;
  // `a quarter of an hour`, `half an hour`: a round fraction of a unit is a figure to a tenth
  // either way, so it meets `14 minutes` and `28 minutes` (round 15v).
  if (unit === 'duration' && read.kind === 'fraction' && range === null) draft.resolution = round(Math.abs(draft.value) * FRACTION_OF_A_UNIT_ROUNDING);
  // A rate or price set by a decision (`the 3% rate will be cut to 2.5%`, `reduced to 2 per cent`)
  // is the value decided, written whole: no rounding of a nearby value, so `2 per cent` is not `2.5%`.
  if (!hedged && before === null && after === null && (unit === 'percent' || unit === 'currency') && setByDecision(stream, first)) draft.resolution = round(draft.resolution * SET_VALUE_SLACK);
  if (unitRead?.customary === true) draft.resolution = round(Math.max(draft.resolution, Math.abs(draft.value) * CUSTOMARY_ROUNDING));
  if (currency !== undefined) draft.currency = currency;
  if (strict !== undefined) draft.strict = strict;
  if (ceiling) draft.ceiling = true;
  if (aged !== null) draft.age = true;
  if (apposed) draft.apposed = true;
  return draft;
}

/**
 * A bare number joined by `and` or `or` to one that has a unit (`jumps of 144.5 and 136 metres`,
 * `2 or 3 km`) is a figure of that unit, written once for both (round 24n); its span stays the
 * number. A percentage, a time of day or a sum of money is left alone (`5 and 10%` reads each);
 * so is a year, a whole number from 1800 to 2100 after a year's word (`opened in 2019 and 40 km
 * more`; not `jumps of 144 and 136 metres`, mend D), and a number before a scale the other has (`1
 * or 2 billion tonnes`: the first is no tonne; mend C, session 18).
 */
function unitOfTheNext(stream: TokenStream, number: NumberRead): ReturnType<typeof readUnitAfter> {
  const join = number.last + 1;
  if (!stream.isWord(join, 'and', 'or') || !stream.spaced(number.last, join)) return null;
  if (number.bare && isYearValue(number.value) && isYearContext(stream, number.first - 1)) return null;
  const next = readNumber(stream, join + 1);
  if (next === null || next.kind !== 'cardinal' || next.vague !== undefined || next.measure !== undefined || (next.scale ?? 1) !== 1 || !stream.spaced(join, next.first)) return null;
  const unit = readUnitAfter(stream, next.last, false);
  if (unit === null || unit.unit === 'percent' || unit.unit === 'clock' || unit.currency !== undefined) return null;
  return { ...unit, last: number.last };
}

const YEAR_DAYS = 365.25;
/** A duration written as a fraction of a unit (`half an hour`) is known to this share of its value either way, as a resolution. */
const FRACTION_OF_A_UNIT_ROUNDING = 0.2;

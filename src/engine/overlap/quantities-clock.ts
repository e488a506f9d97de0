import type { Quantity } from './quantities.ts';

/**
 * Times of day as values (decision 004, round 8b): `2 a.m.`, `2am`, `10:30 p.m.`, `22:00`,
 * `1900 GMT`, `noon`, `midnight`, in minutes after midnight. A time written to the hour
 * (`2 a.m.`) is precise to the hour, as `1.2bn` is to the hundred million: `quantitiesAgree`
 * widens it by just under half an hour each way, so `2 a.m.` meets `2:17am` and `22:00` meets
 * `10 p.m.`. Hedges make ranges: `around 2 a.m.` is 1:30–2:30, `shortly after 4am` 4:00–4:30,
 * `shortly before 3am` 2:30–3:00.
 *
 * A time with a zone (`18:17 GMT`, `1900 UTC`) keeps the zone as its noun and meets only times of
 * that zone: `2:17am local time` and `18:17 GMT` may be one moment, which the engine cannot tell
 * without the zone's offset. A plain 24-hour reading (`22:00`) is a time only where it is told
 * as one: after `at`, `from`, `until`, `around`, … or before `local time`, `GMT`, `hours`; so
 * `went through halfway in 64:20`, a race's `2:09`, a verse (`John 3:16`) or a ratio stay what
 * they were. Scores (`2-1`), `24/7` and `8 h 15` are never read here.
 */

export const MINUTES_A_DAY = 1440;
/** Place value of a time written to the hour, in minutes. */
const HOUR = 60;

const ZONES = /^\s*(?:(GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)\b|(UK|British|London)\s+time\b)/u;

/**
 * Zones by their offsets from UTC, in minutes (round 19f): `0940 GMT` is `9.40am UK time`, and
 * `19:40 BST` is `18:40 GMT`. UK time is GMT in winter and BST in summer: either. Zones whose
 * letters name more than one (`CST` is American and Chinese, `IST` Indian, Irish and Israeli)
 * meet only their own letters.
 */
const ZONE_OFFSETS: ReadonlyMap<string, readonly number[]> = new Map([
  ['gmt', [0]], ['utc', [0]], ['uk', [0, 60]], ['bst', [60]], ['cet', [60]], ['cest', [120]], ['eet', [120]], ['eest', [180]],
  ['est', [-300]], ['edt', [-240]], ['cdt', [-300]], ['mst', [-420]], ['mdt', [-360]], ['pst', [-480]], ['pdt', [-420]],
  ['jst', [540]], ['aest', [600]], ['aedt', [660]],
]);

/**
 * What to add to a time of zone `b` to read it in zone `a`: none between times of one zone (or
 * two without), the offsets' differences between two zones the table knows, and no way at all
 * between a zone and a time without one (`18:17 GMT` is no local time).
 */
export function zoneShifts(a: string | null, b: string | null): readonly number[] {
  if (a === b) return [0];
  const [offsetsA, offsetsB] = [a === null ? undefined : ZONE_OFFSETS.get(a), b === null ? undefined : ZONE_OFFSETS.get(b)];
  if (offsetsA === undefined || offsetsB === undefined) return [];
  return offsetsA.flatMap((offsetA) => offsetsB.map((offsetB) => offsetA - offsetB));
}
const LOCAL = /^\s*local\s+time\b/iu;
/** Words after which a bare `22:00` or `noon` is a time of day. */
const CLOCK_BEFORE = /(?<!\p{L})(?:at|from|until|till|to|by|before|after|around|about|approximately|roughly|since|between|and|or|past|shortly|just|soon|circa|c\.)\s+$/iu;

interface Hedge {
  pattern: RegExp;
  /** The range around the written time, in minutes, for a time written to the hour. */
  low: number;
  high: number;
  /** The reach scales with the written time's step (`narrowing`): `about 7.30am` is 7:15–7:45, not 7:00–8:00. */
  scales?: true;
}

/** Hedges written before a time, longest first. */
const HEDGES: readonly Hedge[] = [
  { pattern: /(?<!\p{L})(?:shortly|just|soon|moments?|minutes)\s+(?:after|past)\s+$/iu, low: 0, high: 30, scales: true },
  { pattern: /(?<!\p{L})(?:shortly|just|moments?|minutes)\s+before\s+$/iu, low: -30, high: 0, scales: true },
  { pattern: /(?<!\p{L})(?:around|about|approximately|roughly|circa|some|nearly|almost)\s+$/iu, low: -30, high: 30, scales: true },
  // `from 10 p.m. … until 6 a.m.` gives the ends of a period: each is a point.
  { pattern: /(?<!\p{L})(?:after|past|since)\s+$/iu, low: 0, high: 6 * HOUR },
  { pattern: /(?<!\p{L})(?:before|by)\s+$/iu, low: -6 * HOUR, high: 0 },
];

/**
 * How far a hedge reaches from a time, as a share of its reach from a time written to the hour:
 * a time is rounded to the step its minutes are written to, and a hedge on it is as loose as
 * that rounding. `about 3 a.m.` is 2:30–3:30, `about 7.30am` 7:15–7:45, `about 11:15 am`
 * 11:07–11:22, `about 11:17 am` ±5 minutes. So `shortly after 6am` (6:00–6:30) and `about
 * 7.30am` no longer meet, nor `shortly after 10:30 am` (10:30–10:45) and `about 11:15 am`.
 */
function narrowing(minutes: number, resolution: number): number {
  if (resolution >= HOUR) return 1;
  const past = minutes % HOUR;
  const step = past === 0 ? HOUR : past % 30 === 0 ? 30 : past % 15 === 0 ? 15 : 10;
  return step / HOUR;
}

/** `2 a.m.`, `2am`, `10:30 p.m.`, `5.42pm` (British), `12 noon`: a twelve-hour time. */
const TWELVE = /(?<![\d:.,])(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\.?(?![\p{L}\d])/giu;
/** `23.42 GMT`, `17.15 local time`: a twenty-four-hour time written with a point, read only with its zone. */
const DOTTED = /(?<![\d:.,])([01]?\d|2[0-3])\.([0-5]\d)(?![\d:]|[.,]\d)(?=\s*(?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)\b|local\s+time\b))/giu;
/** `22:00`, `02:30`: a twenty-four-hour time of two parts, not one of three (`2:09:56`). */
const TWENTY_FOUR = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)/gu;
/** `1900 GMT`, `0600 UTC`: four digits with a zone. */
const MILITARY = /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC)\b)/gu;
const NAMED = /(?<![\p{L}])(noon|midday|midnight)(?![\p{L}])/giu;

interface Reading {
  start: number;
  end: number;
  minutes: number;
  resolution: number;
}

function readings(text: string): Reading[] {
  const found: Reading[] = [];
  for (const match of text.matchAll(TWELVE)) {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) continue;
    const minute = match[2] === undefined ? 0 : Number(match[2]);
    const pm = (match[3] ?? '').toLowerCase() === 'p';
    found.push({ start: match.index, end: match.index + match[0].length, minutes: (hour % 12) * HOUR + (pm ? 12 * HOUR : 0) + minute, resolution: match[2] === undefined ? HOUR : 1 });
  }
  const toldAsTime = (start: number, end: number): boolean => CLOCK_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ZONES.test(text.slice(end, end + 8)) || LOCAL.test(text.slice(end, end + 12)) || /^\s*(?:hours|hrs|h)\b/u.test(text.slice(end, end + 7));
  for (const match of text.matchAll(TWENTY_FOUR)) {
    const end = match.index + match[0].length;
    // `10:30 p.m.` was read above; `3:16` after a name is a verse or a reference.
    if (/^\s*[ap]\.?\s?m\b/iu.test(text.slice(end, end + 6)) || !toldAsTime(match.index, end)) continue;
    found.push({ start: match.index, end, minutes: Number(match[1]) * HOUR + Number(match[2]), resolution: 1 });
  }
  for (const match of text.matchAll(DOTTED)) {
    found.push({ start: match.index, end: match.index + match[0].length, minutes: Number(match[1]) * HOUR + Number(match[2]), resolution: 1 });
  }
  for (const match of text.matchAll(MILITARY)) {
    found.push({ start: match.index, end: match.index + match[0].length, minutes: Number(match[1]) * HOUR + Number(match[2]), resolution: 1 });
  }
  for (const match of text.matchAll(NAMED)) {
    const end = match.index + match[0].length;
    // `the midnight deadline` is a time too, but `noon` as a name or in `high noon` is rarer than
    // the cost of a false time: only a named time told as one counts.
    if (!CLOCK_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    // `12 noon`: the digits were read already.
    if (found.some((other) => other.end <= match.index && /^\s*$/u.test(text.slice(other.end, match.index)))) continue;
    found.push({ start: match.index, end, minutes: (match[1] ?? '').toLowerCase() === 'midnight' ? 0 : 12 * HOUR, resolution: 1 });
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Every time of day the text writes, as a `clock` quantity: value, range and hedge in minutes after midnight. */
export function findClockTimes(text: string): Quantity[] {
  const times: Quantity[] = [];
  let reach = -1;
  for (const reading of readings(text)) {
    if (reading.start < reach) continue;
    const before = text.slice(Math.max(0, reading.start - 24), reading.start);
    const hedge = HEDGES.map((candidate) => ({ candidate, match: candidate.pattern.exec(before) })).find(({ match }) => match !== null);
    const start = hedge?.match === null || hedge === undefined ? reading.start : reading.start - before.length + hedge.match.index;
    let end = reading.end;
    const zone = ZONES.exec(text.slice(end, end + 8));
    const local = zone === null ? LOCAL.exec(text.slice(end, end + 12)) : null;
    end += zone?.[0].length ?? local?.[0].length ?? 0;
    const share = hedge?.candidate.scales === true ? narrowing(reading.minutes, reading.resolution) : 1;
    const low = reading.minutes + (hedge?.candidate.low ?? 0) * share;
    const high = reading.minutes + (hedge?.candidate.high ?? 0) * share;
    times.push({
      start,
      end,
      value: (low + high) / 2,
      low,
      high,
      hedged: hedge !== undefined,
      unit: 'clock',
      noun: zone === null ? null : zone[2] !== undefined ? 'uk' : (zone[1] ?? '').toLowerCase(),
      resolution: reading.resolution,
      text: text.slice(start, end),
    });
    reach = end;
  }
  return times;
}

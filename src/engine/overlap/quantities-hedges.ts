import { HEDGES_BEFORE, type HedgeKind } from './quantities-lexicon.ts';
import type { TokenStream } from './quantities-tokens.ts';

/**
 * The hedges around a figure (`about`, `more than`, `or so`, `20+`) and the step of its last digit
 * a hedge widens it by, for the quantity finder (`quantities-draft.ts`).
 */

/**
 * Words after which `over` gives the matter in dispute, not a lower bound: `sued over five videos`,
 * `a row over three contracts`, `concerns over two reactors`.
 */
const OVER_A_MATTER = [
  'sue', 'sues', 'sued', 'suing', 'suit', 'lawsuit', 'row', 'rows', 'dispute', 'disputes', 'clash', 'clashed', 'feud',
  'quarrel', 'protest', 'protests', 'protested', 'concern', 'concerns', 'fears', 'anger', 'outrage', 'criticism',
  'probe', 'inquiry', 'investigation', 'complaint', 'complaints', 'resigned', 'apologised', 'apologized',
];
/**
 * Verbs that take their object before `over` the matter (`arrested two men over three killings`,
 * `fined the club over two incidents`); straight after them `over` is a bound (`arrested over 300
 * fans`).
 */
const OVER_AFTER_AN_OBJECT = ['sue', 'sues', 'sued', 'suing', 'charged', 'arrested', 'fined', 'jailed', 'convicted', 'detained', 'investigated', 'questioned', 'criticised', 'criticized', 'blamed', 'attacked'];

/** A word of dispute just before `over`, or a verb of one before its object (`sued the blogger over`). */
function overAMatter(stream: TokenStream, over: number): boolean {
  if (stream.isWord(over - 1, ...OVER_A_MATTER)) return true;
  for (let at = over - 1; at >= Math.max(0, over - 4); at -= 1) {
    if (!stream.isWord(at) || !stream.spaced(at, at + 1)) return false;
    if (at < over - 1 && stream.isWord(at, ...OVER_AFTER_AN_OBJECT)) return true;
  }
  return false;
}

export function hedgeBefore(stream: TokenStream, first: number): { kind: HedgeKind; first: number } | null {
  if (stream.isSym(first - 1, '~')) return { kind: 'approx', first: first - 1 };
  for (const [phrase, kind] of HEDGES_BEFORE) {
    const start = stream.phraseBefore(first - 1, phrase);
    if (start === null || !stream.spaced(first - 1, first)) continue;
    if (phrase === 'over' && overAMatter(stream, start)) return null;
    return { kind, first: start };
  }
  return null;
}

export function hedgeAfter(stream: TokenStream, last: number): { kind: HedgeKind; last: number } | null {
  if (stream.isSym(last + 1, '+') && stream.touching(last, last + 1)) return { kind: 'more', last: last + 1 };
  if (stream.isSym(last + 1, '-') && stream.touching(last, last + 1) && stream.isWord(last + 2, 'plus', 'odd') && stream.touching(last + 1, last + 2)) {
    return { kind: 'more', last: last + 2 };
  }
  if (!stream.spaced(last, last + 1)) return null;
  if (stream.phraseAt(last + 1, 'or so') !== null) return { kind: 'approx', last: last + 2 };
  if (stream.phraseAt(last + 1, 'or more') !== null) return { kind: 'atLeast', last: last + 2 };
  if (stream.isWord(last + 1, 'odd')) return { kind: 'more', last: last + 1 };
  return null;
}

/**
 * One step of a written figure's last significant digit: `36` → 1, `2.7` → 0.1, `1,200` → 100,
 * `82,000` → 1,000 (trailing zeros of a whole number are rounding, not digits; `2.70` → 0.01). Infinity for
 * words without a place (`half`, `dozens`).
 */
export function stepOf(value: number, resolution: number, decimalsWritten: boolean): number {
  if (!(resolution > 0) || !Number.isFinite(value)) return Infinity;
  if (decimalsWritten) return resolution; // `2.70`, `10.0%`, `1.20 million`: the zeros were written on purpose
  let step = resolution;
  let digits = Math.round(value / resolution);
  while (digits !== 0 && digits % 10 === 0) {
    digits /= 10;
    step *= 10;
  }
  return step;
}

export function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/**
 * How alike two units are (split from align.ts, round 20d): figures and dates by value, words by
 * key, then by WordNet sense, frame, kin and news-vector neighbours, each weighted below.
 */
import { datesOverlap } from './dates.ts';
import { quantitiesAgree } from './quantities.ts';
import { currenciesConvert } from './quantities-rates.ts';
import type { Unit } from './units.ts';

const SYNONYM = 0.8;
const RELATED = 0.6;
/** Near kin in WordNet's hierarchy: a kind and its class, or two kinds of one narrow class. */
const KIN = 0.5;
/**
 * Neighbours among news-trained word vectors that WordNet also relates through some sense
 * (`strike`, `walkout`; `earthquake`, `tremor`): between kin and frames. Measured on the
 * development set at 0.45–0.7: 0.55 and 0.59 best (decision 004, round 6a).
 */
const NEAR = 0.55;

function intersects<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const item of a) if (b.includes(item)) return true;
  return false;
}

export function unitSimilarity(a: Unit, b: Unit): number {
  if (a.quantity !== null || b.quantity !== null) {
    if (a.quantity === null || b.quantity === null) return 0;
    // One amount in two currencies (quantities-rates.ts, round 19f).
    return quantitiesAgree(a.quantity, b.quantity) ? 1 : currenciesConvert(a.quantity, b.quantity) ? SYNONYM : 0;
  }
  if (a.date !== null || b.date !== null) {
    if (a.date === null || b.date === null || !datesOverlap(a.date, b.date)) return 0;
    return a.date.precision === 'day' && b.date.precision === 'day' ? 1 : 0.6;
  }
  if (a.key === b.key) return 1;
  if (intersects(a.senses, b.senses)) return SYNONYM;
  if (intersects(a.frames, b.frames)) return RELATED;
  if (intersects(a.kin, b.kin)) return KIN;
  if (intersects(a.near, b.near)) return NEAR;
  return 0;
}

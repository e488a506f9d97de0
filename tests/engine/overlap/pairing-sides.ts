import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { numberConflicts } from '../../../src/engine/overlap/conflicts-figures.ts';
import { figuresOf, type PairingSide } from '../../../src/engine/overlap/conflicts-pairing-figures.ts';
import { tallyConflicts } from '../../../src/engine/overlap/conflicts-tallies.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { readUnits } from '../../../src/engine/overlap/units-read.ts';
import { numberKeys, type Unit } from '../../../src/engine/overlap/units.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/** Helpers the speed rounds' tests share (round13s.test.ts, round15s.test.ts). */

/** A small deterministic generator, so a failure names the case that failed. */
export function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A report read as the figure pairing reads it (compare.ts `prepare`, without datelines). */
export function side(text: string, ids: Map<string, number>): PairingSide {
  const tokens = tokenize(text);
  const clauses = splitClauses(text, tokens);
  const units = readUnits(tokens, clauses, findQuantities(text), findDates(text, '2026-05-01'), lexicon);
  units.forEach((unit, index) => {
    unit.index = index;
  });
  numberKeys(units, ids);
  const unitsBySentence: Unit[][] = [];
  for (const unit of units) (unitsBySentence[unit.sentence] ??= []).push(unit);
  for (let i = 0; i < unitsBySentence.length; i += 1) unitsBySentence[i] ??= [];
  return { text, publishedAt: '2026-05-01', units, unitsBySentence };
}

/**
 * The sentence-pair detector alone (conflicts-figures.ts `numberConflicts`), on two one-sentence
 * reports, nothing known beforehand: the notes of its conflicts (rounds 21c and 24n).
 */
export function detect(a: string, b: string): string[] {
  const known = { agreed: new Set<Unit>(), names: { a: new Set<string>(), b: new Set<string>() } };
  const [A, B] = [side(a, new Map()), side(b, new Map())];
  const sideOf = (x: PairingSide) => ({ ...x, clauses: splitClauses(x.text, tokenize(x.text)) });
  return numberConflicts(0, A.unitsBySentence[0] ?? [], 0, B.unitsBySentence[0] ?? [], sideOf(A), sideOf(B), known, lexicon).map((draft) => draft.note);
}

/** Each figure of a text as the quantity reader reads it: `text unit noun low-high` (rounds 24n, mend C of session 18). */
export const readFigures = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`} ${q.low}-${q.high}`);

/** The roles the figure pairing reads each figure of a report with (conflicts-pairing-figures.ts `figuresOf`). */
export const roles = (text: string): string[] => figuresOf(side(text, new Map()), lexicon, new Map()).map((figure) => `${figure.quantity.text}:${figure.role}`);

/** The notes of the tally reader alone (conflicts-tallies.ts `tallyConflicts`) on two texts. */
export const tally = (a: string, b: string): string[] => tallyConflicts({ text: a, clauses: splitClauses(a, tokenize(a)) }, { text: b, clauses: splitClauses(b, tokenize(b)) }).map((conflict) => conflict.note);

/**
 * Figures of many kinds and hedges, for the tests that pin which pairs the figure pairing may set
 * aside before reading them (rounds 13s and 15s): such pairs must never agree.
 */
export const FIGURES_TEXT = [
  'About 1,200 people fled; 1,180 were counted later, and more than 1,000 left by bus, nearly 2,500 in all.',
  'Up to 500 homes and fewer than 50 shops were hit; between 20 and 30 roads closed; dozens of cars burned.',
  'The bill was $1.2bn, or $1,200 million; €300m came from Brussels and £2.5bn from London, some $2.6bn.',
  'It took 2 hours and 41 minutes; 5 km of road, 11 km of rail, roughly 20 km of pipe; 0 people died, 3 were hurt.',
  'Thousands marched; hundreds of thousands watched; tens of thousands signed; 40,000 or 90,000 by other counts; 200 or 600 more.',
  // Round 16c's approximate hedges reach half the next coarser digit: further than the slack.
  'About 10,000 people came, some 4,900 stayed; roughly 84 million against about 70 million; about £1.18bn or £1,240m.',
].join(' ');

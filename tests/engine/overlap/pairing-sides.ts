import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import type { PairingSide } from '../../../src/engine/overlap/conflicts-pairing.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { numberKeys, readUnits, type Unit } from '../../../src/engine/overlap/units.ts';
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

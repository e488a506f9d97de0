import type { DateMention } from './dates.ts';
import type { Quantity } from './quantities.ts';

/** The language knowledge units need: lemmas, synonyms, aliases, weights, event frames. */
export interface Lexicon {
  lemmatize(word: string): string;
  senseIds(lemma: string): readonly number[];
  /** Whether WordNet knows the lemma: a common word, or a well-known place or thing. */
  isKnownWord(lemma: string): boolean;
  /** Near kin in WordNet's hierarchy: a kind and its narrow class meet (`harbour`, `port`). */
  kinIds(lemma: string): readonly number[];
  /** Neighbours among news-trained word vectors, one key per pair (see lexicon's neighbourKeys). */
  neighbourKeys?(lemma: string): readonly string[];
  matchAlias(words: readonly string[], i: number): { key: string; length: number } | null;
  lemmaWeight(lemma: string): number;
  frameIds(lemma: string): readonly string[];
  /** A multi-word frame entry (“lift off”, “lay off”, “vote against”) starting at lemmas[i]. */
  matchFramePhrase(lemmas: readonly string[], i: number): { frames: readonly string[]; length: number } | null;
}

export type UnitKind = 'word' | 'alias' | 'name' | 'quantity' | 'date';

/**
 * One thing a clause mentions: a content word, a named entity (possibly several tokens), a
 * quantity or a date. Function words are not units.
 */
export interface Unit {
  index: number;
  clause: number;
  sentence: number;
  /** Whether the unit stands inside a quotation. */
  quoted: boolean;
  /** Whether the unit is part of an attribution (who said it, according to whom). */
  attribution: boolean;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Character range [start, end). */
  start: number;
  end: number;
  kind: UnitKind;
  /** The key exact matches use: `lem:supply`, `ali:country:KP`, `qty`, `date`. */
  key: string;
  senses: readonly number[];
  /** Near-kin ids (see Lexicon.kinIds): a looser relation than senses. */
  kin: readonly number[];
  /** Word-vector neighbour keys (see Lexicon.neighbourKeys): looser still than kin. */
  near: readonly string[];
  frames: readonly string[];
  quantity: Quantity | null;
  date: DateMention | null;
  /** What it meets others by (see `keysOf`): computed once, as every sentence pair asks. */
  keys: readonly string[];
  /** The same keys as small numbers, given by the comparison (`numberKeys`): cheaper to look up. */
  keyIds: readonly number[];
  /** What the unit says, 0..1, before and after discounting concepts both texts repeat. */
  baseWeight: number;
  weight: number;
  /**
   * A person written as an office the reports give one holder (`the French president` for
   * Macron: see text-aliases.ts). It meets the holder's name, but who a quote is attributed to
   * is read from the office itself (conflicts.ts, `officeConflict`).
   */
  byTitle: boolean;
}

/** A name, or an alias of one (a capital for its country, an acronym for its body). */
export const isEntityUnit = (unit: Unit): boolean => unit.kind === 'name' || unit.kind === 'alias';

/** A figure, date or name: what ties words to one event, and what no trim of a fact takes out. */
export const isPinnedUnit = (unit: Unit): boolean => unit.quantity !== null || unit.date !== null || isEntityUnit(unit);

/**
 * Give every key of the units a number, the same number for the same key across all the units
 * numbered with one `ids` table (one comparison's): sentence pairs then look keys up by number.
 */
export function numberKeys(units: readonly Unit[], ids: Map<string, number>): void {
  for (const unit of units) {
    if (unit.keys.length === 0) continue;
    // A loop, not `map` with an arrow function made per call (see `readUnits`).
    const keyIds: number[] = [];
    for (const key of unit.keys) keyIds.push(keyId(key, ids));
    unit.keyIds = keyIds;
  }
}

/** A key's number in one comparison's `ids` table, given the next free one when it is new. */
export function keyId(key: string, ids: Map<string, number>): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/**
 * A concept that runs through many clauses of both reports (the story's protagonist, its
 * country) says less about any one fact: its weight falls with the number of clauses that
 * mention it. Names and places also weigh a little less than what is done or said.
 */
export function weighUnits(sides: readonly { units: Unit[]; clauseCount: number }[]): void {
  const clausesByKey = new Map<string, number>();
  let clauseCount = 0;
  for (const side of sides) {
    // The clause each key was last counted in: a side's units come in clause order, so a key
    // is counted once per clause.
    const lastClause = new Map<string, number>();
    for (const unit of side.units) {
      if (unit.kind === 'quantity' || unit.kind === 'date') continue;
      if (lastClause.get(unit.key) === unit.clause) continue;
      lastClause.set(unit.key, unit.clause);
      clausesByKey.set(unit.key, (clausesByKey.get(unit.key) ?? 0) + 1);
    }
    clauseCount += side.clauseCount;
  }
  const common = Math.max(4, clauseCount / 10);
  for (const side of sides) {
    for (const unit of side.units) {
      const df = clausesByKey.get(unit.key) ?? 1;
      const specificity = df <= common ? 1 : common / df;
      const entityFactor = unit.kind === 'alias' || unit.kind === 'name' ? 0.8 : 1;
      // Who said it is not what was said: attributions barely count toward a fact.
      const attributionFactor = unit.attribution ? 0.25 : 1;
      unit.weight = unit.baseWeight * specificity * entityFactor * attributionFactor;
    }
  }
}

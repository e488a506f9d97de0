import type { CharRange } from '../text/ranges.ts';

export type FactKind = 'quote' | 'number' | 'paraphrase' | 'entity' | 'date';

/** A fact both reports state: where each says it, what kind it is, how sure the engine is. */
export interface SharedFact {
  id: string;
  a: CharRange[];
  b: CharRange[];
  kind: FactKind;
  /** Confidence, 0..1. */
  score: number;
}

/** The same kind of fact with different values: `deaths: 23 vs 31`. */
export interface Conflict {
  id: string;
  a: CharRange[];
  b: CharRange[];
  kind: 'number' | 'date' | 'name';
  note: string;
}

export interface Comparison {
  a: string;
  b: string;
  facts: SharedFact[];
  conflicts: Conflict[];
}

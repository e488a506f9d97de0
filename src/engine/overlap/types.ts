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
  /** What the values are of: `people`, `date`, `quote attributed to`. */
  subject: string;
  /** Each report's wording of the value, a's first. */
  values: [string, string];
  /** `subject: a's value vs b's value`. */
  note: string;
}

export function conflictNote(subject: string, values: readonly [string, string]): string {
  return `${subject}: ${values[0]} vs ${values[1]}`;
}

export interface Comparison {
  a: string;
  b: string;
  facts: SharedFact[];
  conflicts: Conflict[];
}

/** Any comparison's shape, with branded ranges (the engine's) or plain ones (parsed from JSON). */
interface SidedComparison {
  a: string;
  b: string;
  facts: readonly { a: unknown; b: unknown }[];
  conflicts: readonly { a: unknown; b: unknown; subject: string; values: readonly [string, string]; note: string }[];
}

/**
 * The comparison seen from the other side: every fact's and conflict's ends swapped, each
 * conflict's values swapped and its note rebuilt from them. compare(b, a) is this of compare(a, b).
 */
export function mirrorComparison<T extends SidedComparison>(comparison: T): T {
  return {
    ...comparison,
    a: comparison.b,
    b: comparison.a,
    facts: comparison.facts.map((fact) => ({ ...fact, a: fact.b, b: fact.a })),
    conflicts: comparison.conflicts.map((conflict) => {
      const values: [string, string] = [conflict.values[1], conflict.values[0]];
      return { ...conflict, a: conflict.b, b: conflict.a, values, note: conflictNote(conflict.subject, values) };
    }),
  };
}

/**
 * The figure pairing's pair table (scripts/fit-figure-pairing.ts, step 1 and 2): the development
 * digests, every pair of their reports gathered by the engine with the pairing observed, each
 * observed pair labelled by the gold.
 */
import { someOverlap, type Span } from '../../src/cli/eval/spans.ts';
import { gatherPair } from '../../src/engine/overlap/compare.ts';
import type { ObservedPair } from '../../src/engine/overlap/conflicts-pairing.ts';
import { head } from '../../src/engine/overlap/select.ts';
import { loadDevelopmentDigests, type DevelopmentDigest } from '../dev-digests.ts';

export type Digest = DevelopmentDigest;

/** A reference conflict's or fact's spans in the two reports, in the engine's order of the two. */
export interface Reference {
  a: readonly Span[];
  b: readonly Span[];
}

/** One comparison of two reports as the pairing sees it, in the engine's order of the two. */
export interface Comparison {
  digest: number;
  pairs: ObservedPair[];
  /** 1 when the two figures are one quantity by the gold (`label`), else 0. */
  labels: number[];
  /** Whether a pair's label is 1 by a shared fact alone (no reference conflict holds both figures). */
  factOnly: boolean[];
  /** The detectors' conflicts' first mentions (the pairing raises none on a mention they used). */
  usedA: Set<number>;
  usedB: Set<number>;
  /** The reference conflicts of the two reports, and which the detectors touch. */
  references: Reference[];
  touchedByDetectors: boolean[];
  /** The detectors' conflicts that touch no reference conflict. */
  unmatchedByDetectors: number;
}

export const loadDigests: () => Digest[] = loadDevelopmentDigests;

/** The scorer's rule for a predicted conflict that touches a reference one: at least a character shared on each side. */
export const touches = (a: readonly Span[], b: readonly Span[], reference: Reference): boolean => someOverlap(a, reference.a, 1) && someOverlap(b, reference.b, 1);

/** Whether `span` lies within one of `spans`. */
const within = (span: Span, spans: readonly Span[]): boolean => spans.some((outer) => outer.start <= span.start && span.end <= outer.end);

/** Whether both figures lie within the reference's spans, each in its report (the label's rule: a touch is not enough). */
export const holds = (reference: Reference, a: Span, b: Span): boolean => within(a, reference.a) && within(b, reference.b);

/**
 * A pair's label (step 2): 1 when both figures lie within one reference conflict of the two
 * reports, or their values agree and both lie within one reference fact (a shared number);
 * `factOnly` when only the second holds.
 */
export function label(pair: ObservedPair, references: readonly Reference[], facts: readonly Reference[]): { label: number; factOnly: boolean } {
  if (references.some((reference) => holds(reference, pair.a, pair.b))) return { label: 1, factOnly: false };
  const fact = pair.agree && facts.some((reference) => holds(reference, pair.a, pair.b));
  return { label: fact ? 1 : 0, factOnly: fact };
}

/** The pair table: every comparison of every digest, its pairs labelled. */
export function gatherTable(digests: readonly Digest[]): Comparison[] {
  const table: Comparison[] = [];
  digests.forEach((digest, d) => {
    const { articles } = digest.parsed;
    articles.forEach((first, i) => {
      articles.slice(i + 1).forEach((second) => {
        let pairs: ObservedPair[] = [];
        const { evidence } = gatherPair(first, second, undefined, false, {
          observe: (observed) => {
            pairs = observed;
          },
        });
        const spansOf = (entry: { spans: ReadonlyMap<string, readonly Span[]> }): Reference | null => {
          const [a, b] = [entry.spans.get(evidence.a), entry.spans.get(evidence.b)];
          return a === undefined || b === undefined ? null : { a, b };
        };
        const references = digest.gold.conflicts.flatMap((conflict) => spansOf(conflict) ?? []);
        const facts = digest.gold.facts.flatMap((fact) => spansOf(fact) ?? []);
        const labelled = pairs.map((pair) => label(pair, references, facts));
        table.push({
          digest: d,
          pairs,
          labels: labelled.map((entry) => entry.label),
          factOnly: labelled.map((entry) => entry.factOnly),
          usedA: new Set(evidence.conflicts.map((conflict) => head(conflict.a).start)),
          usedB: new Set(evidence.conflicts.map((conflict) => head(conflict.b).start)),
          references,
          touchedByDetectors: references.map((reference) => evidence.conflicts.some((conflict) => touches(conflict.a, conflict.b, reference))),
          unmatchedByDetectors: evidence.conflicts.filter((conflict) => !references.some((reference) => touches(conflict.a, conflict.b, reference))).length,
        });
      });
    });
  });
  return table;
}

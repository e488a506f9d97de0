import type { ClauseAlignment } from './align.ts';
import type { FactCandidate } from './compare.ts';

/**
 * A draft read against the rest of the two reports (decision 004, round 15r). The hand-set
 * thresholds read a stretch alone; what the two reports align on around it tells a statement
 * retold from a phrase two reports share by chance. Counted on development (sets 1–19): weak
 * drafts the rules keep hit a reference fact 9% of the time when neither sentence is the
 * other's best counterpart and no neighbouring sentence pair holds a fact, against 17–74% for
 * the same drafts with either.
 */

/** Below this confidence (select.ts `confidence`: a strength under about 2) a draft is weak. */
export const WEAK_CONFIDENCE = 0.6;

/** A sentence pair the hand-set gathering aligns, with its stretches (compare.ts `aligned`). */
export interface AlignedPair {
  regionA: number;
  regionB: number;
  alignments: readonly ClauseAlignment[];
}

const shared = (alignment: ClauseAlignment | undefined): number => (alignment === undefined ? 0 : alignment.strength + (alignment.besides ?? 0));

/**
 * On how many sides (0–2) each pair (as `regionA * regionsB + regionB`) is its sentence's best
 * counterpart: it shares at least as much in all (every matched unit of the two sentences) as
 * the sentence shares with any other sentence of the other report.
 */
export function bestSides(pairs: readonly AlignedPair[], regionsB: number): Map<number, number> {
  const mostA = new Map<number, number>();
  const mostB = new Map<number, number>();
  for (const { regionA, regionB, alignments } of pairs) {
    const value = shared(alignments[0]);
    mostA.set(regionA, Math.max(mostA.get(regionA) ?? 0, value));
    mostB.set(regionB, Math.max(mostB.get(regionB) ?? 0, value));
  }
  const sides = new Map<number, number>();
  for (const { regionA, regionB, alignments } of pairs) {
    const value = shared(alignments[0]);
    sides.set(regionA * regionsB + regionB, (value >= (mostA.get(regionA) ?? 0) ? 1 : 0) + (value >= (mostB.get(regionB) ?? 0) ? 1 : 0));
  }
  return sides;
}

/**
 * The candidates with the rules' verdict withdrawn from a weak draft that stands alone: its two
 * sentences are neither's best counterpart, and no sentence pair next to it (one sentence on,
 * or back, in either report or both, the same way) holds a draft the rules keep. A phrase two
 * sentences about other things share (`coalition agreement`, `electric vehicles`) looks like a
 * short true fact; a short true fact is told where the reports run side by side. A lone figure
 * (no stretch) is judged as before.
 */
export function withoutLoneWeakDrafts(candidates: readonly FactCandidate[], sides: ReadonlyMap<number, number>, regionsB: number): FactCandidate[] {
  const kept: { regionA: number; regionB: number }[] = [];
  for (const { rules, draft } of candidates) if (rules && draft.stretch !== undefined) kept.push(draft.stretch);
  const supported = (regionA: number, regionB: number): boolean =>
    kept.some((other) => {
      const [da, db] = [other.regionA - regionA, other.regionB - regionB];
      return (da !== 0 || db !== 0) && Math.abs(da) <= 1 && Math.abs(db) <= 1 && da * db >= 0;
    });
  return candidates.map((candidate) => {
    const { stretch } = candidate.draft;
    if (!candidate.rules || stretch === undefined || candidate.draft.score >= WEAK_CONFIDENCE) return candidate;
    const { regionA, regionB } = stretch;
    if ((sides.get(regionA * regionsB + regionB) ?? 0) > 0 || supported(regionA, regionB)) return candidate;
    return { ...candidate, rules: false };
  });
}

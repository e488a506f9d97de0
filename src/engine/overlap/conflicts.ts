import { charRange, type CharRange } from '../text/ranges.ts';
import { alignRegions, type ClauseAlignment } from './align.ts';
import type { Clause } from './clauses.ts';
import { datesOverlap } from './dates.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { head } from './select.ts';
import type { Conflict } from './types.ts';
import type { Lexicon, Unit } from './units.ts';

export interface Side {
  text: string;
  clauses: readonly Clause[];
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

type ConflictDraft = Omit<Conflict, 'id'> & { strength: number };

/** How much two clauses share apart from the units under test: the “same fact” evidence. */
function contextStrength(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], skip: (unit: Unit) => boolean): ClauseAlignment | null {
  const [best] = alignRegions(regionA, unitsA.filter((unit) => !skip(unit)), regionB, unitsB.filter((unit) => !skip(unit)));
  return best ?? null;
}

function nounsRelated(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.noun === null || b.noun === null) return true;
  const [la, lb] = [lexicon.lemmatize(a.noun), lexicon.lemmatize(b.noun)];
  if (la === lb) return true;
  const shares = <T>(x: readonly T[], y: readonly T[]): boolean => x.some((item) => y.includes(item));
  return shares(lexicon.senseIds(la), lexicon.senseIds(lb)) || shares(lexicon.frameIds(la), lexicon.frameIds(lb));
}

function sameFamily(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || a.unit === 'year') return false;
  return a.unit !== 'currency' || a.currency === b.currency;
}

const span = (unit: Unit): CharRange => charRange(unit.start, unit.end);

function numberConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const qa = unitsA.filter((unit) => unit.quantity !== null);
  const qb = unitsB.filter((unit) => unit.quantity !== null);
  if (qa.length === 0 || qb.length === 0) return [];
  const drafts: ConflictDraft[] = [];
  // A figure the other report gives anywhere (for the same kind of thing) is one they agree on.
  const reportedIn = (quantity: Quantity, side: Side): boolean =>
    side.units.some((unit) => unit.quantity !== null && quantitiesAgree(quantity, unit.quantity) && nounsRelated(quantity, unit.quantity, lexicon));
  for (const a of qa) {
    const quantityA = a.quantity as Quantity;
    if (reportedIn(quantityA, B)) continue;
    for (const b of qb) {
      const quantityB = b.quantity as Quantity;
      if (reportedIn(quantityB, A)) continue;
      if (!sameFamily(quantityA, quantityB) || !nounsRelated(quantityA, quantityB, lexicon)) continue;
      const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.quantity !== null || unit.date !== null);
      const nounsGiven = quantityA.noun !== null && quantityB.noun !== null;
      if (context === null || context.content < (nounsGiven ? 0.5 : 0.9) || context.strength < (nounsGiven ? 1 : 1.6)) continue;
      const noun = quantityA.noun ?? quantityB.noun ?? 'figure';
      drafts.push({ a: [span(a)], b: [span(b)], kind: 'number', note: `${noun}: ${A.text.slice(a.start, a.end)} vs ${B.text.slice(b.start, b.end)}`, strength: context.strength });
    }
  }
  return drafts;
}

function dateConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side): ConflictDraft[] {
  const da = unitsA.filter((unit) => unit.date !== null && unit.date.precision === 'day');
  const db = unitsB.filter((unit) => unit.date !== null && unit.date.precision === 'day');
  if (da.length === 0 || db.length === 0) return [];
  if (da.some((a) => db.some((b) => a.date !== null && b.date !== null && datesOverlap(a.date, b.date)))) return [];
  const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.date !== null);
  if (context === null || context.content < 1.2 || context.strength < 2.2) return [];
  const [a, b] = [da[0], db[0]];
  if (a === undefined || b === undefined) return [];
  return [{ a: [span(a)], b: [span(b)], kind: 'date', note: `date: ${A.text.slice(a.start, a.end)} vs ${B.text.slice(b.start, b.end)}`, strength: context.strength }];
}

/** The names that speak in a sentence, outside its quotations: who a quote is attributed to. */
function speakers(side: Side, clause: Clause): Unit[] {
  return (side.unitsBySentence[clause.sentence] ?? []).filter((unit) => !unit.quoted && unit.kind === 'name');
}

function nameConflict(quote: ClauseAlignment, A: Side, B: Side): ConflictDraft | null {
  const [first] = quote.matches;
  if (first === undefined) return null;
  const [clauseA, clauseB] = [A.clauses[first.a.clause], B.clauses[first.b.clause]];
  if (clauseA === undefined || clauseB === undefined || !clauseA.quoted || !clauseB.quoted) return null;
  const [sa, sb] = [speakers(A, clauseA), speakers(B, clauseB)];
  if (sa.length === 0 || sb.length === 0) return null;
  const keysB = new Set(sb.map((unit) => unit.key));
  if (sa.some((unit) => keysB.has(unit.key))) return null;
  const [a, b] = [sa.at(-1), sb.at(-1)];
  if (a === undefined || b === undefined) return null;
  return { a: [span(a)], b: [span(b)], kind: 'name', note: `quote attributed to ${A.text.slice(a.start, a.end)} vs ${B.text.slice(b.start, b.end)}`, strength: quote.strength };
}

/**
 * Conflicts: the same kind of fact with different values. Two clauses that share enough
 * besides the figure (or date) but give figures that cannot be the same amount; a quote both
 * reports carry, attributed to different people.
 */
export function findConflicts(
  pairs: readonly { regionA: number; regionB: number }[],
  quotes: readonly ClauseAlignment[],
  A: Side,
  B: Side,
  lexicon: Lexicon,
): Omit<Conflict, 'id'>[] {
  const drafts: ConflictDraft[] = [];
  for (const { regionA, regionB } of pairs) {
    const unitsA = A.unitsBySentence[regionA] ?? [];
    const unitsB = B.unitsBySentence[regionB] ?? [];
    drafts.push(...numberConflicts(regionA, unitsA, regionB, unitsB, A, B, lexicon), ...dateConflicts(regionA, unitsA, regionB, unitsB, A, B));
  }
  for (const quote of quotes) {
    const conflict = nameConflict(quote, A, B);
    if (conflict !== null) drafts.push(conflict);
  }
  // One conflict per mention on each side: the best-supported.
  drafts.sort((x, y) => y.strength - x.strength || head(x.a).start - head(y.a).start || head(x.b).start - head(y.b).start);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: Omit<Conflict, 'id'>[] = [];
  for (const draft of drafts) {
    const [a, b] = [head(draft.a).start, head(draft.b).start];
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, note: draft.note });
  }
  return kept;
}

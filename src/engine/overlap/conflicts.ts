import { charRange, type CharRange } from '../text/ranges.ts';
import { alignRegions, unitSimilarity, type ClauseAlignment } from './align.ts';
import type { Clause } from './clauses.ts';
import { datesOverlap } from './dates.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { head } from './select.ts';
import { conflictNote, type Conflict } from './types.ts';
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

function lemmasRelated(a: string, b: string, lexicon: Lexicon): boolean {
  const [la, lb] = [lexicon.lemmatize(a), lexicon.lemmatize(b)];
  if (la === lb) return true;
  const shares = <T>(x: readonly T[], y: readonly T[]): boolean => x.some((item) => y.includes(item));
  return shares(lexicon.senseIds(la), lexicon.senseIds(lb)) || shares(lexicon.frameIds(la), lexicon.frameIds(lb));
}

/** Both figures count the same kind of thing; with no noun on either side, the context decides. */
function nounsRelated(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.noun === null || b.noun === null) return true;
  return lemmasRelated(a.noun, b.noun, lexicon);
}

/** A counted figure with its noun against a bare one: the bare one must stand by that noun. */
function nounsAgreeAround(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[], lexicon: Lexicon): boolean {
  const [nounA, nounB] = [a.quantity?.noun ?? null, b.quantity?.noun ?? null];
  if ((nounA === null) === (nounB === null)) return true;
  const [noun, bare, units] = nounA !== null ? [nounA, b, unitsB] : [nounB ?? '', a, unitsA];
  return neighbours(units, bare).some((unit) => unit.key.startsWith('lem:') && lemmasRelated(unit.key.slice(4), noun, lexicon));
}

/** The units around a figure, in its clause: what it is a figure of (“killing 23 people”). */
function neighbours(units: readonly Unit[], unit: Unit, reach = 3): Unit[] {
  const at = units.indexOf(unit);
  return units.slice(Math.max(0, at - reach), at + reach + 1).filter((other) => other !== unit && other.clause === unit.clause && other.quantity === null && other.date === null && other.baseWeight >= 0.5);
}

/**
 * Two figures are of the same thing when a word beside one matches a word beside the other;
 * that word (beside the first figure) names what they are figures of.
 */
function sharedSubject(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[]): Unit | null {
  const near = neighbours(unitsB, b);
  return neighbours(unitsA, a).find((x) => near.some((y) => unitSimilarity(x, y) > 0)) ?? null;
}

const TIME_NOUNS = new Set(['minute', 'hour', 'day', 'week', 'month', 'lap', 'round', 'inning', 'over']);

function sameFamily(a: Quantity, b: Quantity): boolean {
  // “the 23rd minute” and “after 26 minutes” count the same clock.
  const timeline = (q: Quantity): boolean => (q.unit === 'ordinal' || q.unit === 'duration' || q.unit === 'count') && TIME_NOUNS.has(q.noun ?? '');
  if (a.unit !== b.unit) return timeline(a) && timeline(b) && a.noun === b.noun;
  if (a.unit === 'year') return false;
  return a.unit !== 'currency' || a.currency === b.currency;
}

/** A figure's conflict mark covers the whole mention, counted noun included (“31 people”). */
const span = (unit: Unit): CharRange => (unit.quantity === null ? charRange(unit.start, unit.end) : charRange(unit.quantity.start, unit.quantity.end));

function draftOf(kind: Conflict['kind'], subject: string, a: Unit, b: Unit, A: Side, B: Side, strength: number): ConflictDraft {
  const [spanA, spanB] = [span(a), span(b)];
  const values: [string, string] = [A.text.slice(spanA.start, spanA.end), B.text.slice(spanB.start, spanB.end)];
  return { a: [spanA], b: [spanB], kind, subject, values, note: conflictNote(subject, values), strength };
}

/**
 * The figures of one side that the other report also gives somewhere (for the same kind of
 * thing): the two agree on those, whatever else either says. Computed once per comparison.
 */
function figuresReportedIn(from: Side, other: Side, lexicon: Lexicon): Set<Unit> {
  const theirs = other.units.filter((unit) => unit.quantity !== null);
  const agreed = new Set<Unit>();
  for (const unit of from.units) {
    const quantity = unit.quantity;
    if (quantity === null) continue;
    if (theirs.some((their) => their.quantity !== null && quantitiesAgree(quantity, their.quantity) && nounsRelated(quantity, their.quantity, lexicon))) agreed.add(unit);
  }
  return agreed;
}

function numberConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, agreed: ReadonlySet<Unit>, lexicon: Lexicon): ConflictDraft[] {
  const qa = unitsA.filter((unit) => unit.quantity !== null && !agreed.has(unit));
  const qb = unitsB.filter((unit) => unit.quantity !== null && !agreed.has(unit));
  if (qa.length === 0 || qb.length === 0) return [];
  const drafts: ConflictDraft[] = [];
  let context: ClauseAlignment | null | undefined;
  // A figure the other sentence also gives, whatever it counts (“Two justices” / “Two of the
  // court’s seven justices”), is agreed there: it contradicts nothing in that sentence.
  const givenIn = (unit: Unit, units: readonly Unit[]): boolean =>
    units.some((other) => other.quantity !== null && unit.quantity !== null && sameFamily(unit.quantity, other.quantity) && quantitiesAgree(unit.quantity, other.quantity));
  for (const a of qa) {
    if (givenIn(a, unitsB)) continue;
    const quantityA = a.quantity as Quantity;
    for (const b of qb) {
      const quantityB = b.quantity as Quantity;
      if (givenIn(b, unitsA)) continue;
      if (!sameFamily(quantityA, quantityB) || !nounsRelated(quantityA, quantityB, lexicon)) continue;
      const subject = sharedSubject(a, unitsA, b, unitsB);
      if (subject === null || !nounsAgreeAround(a, unitsA, b, unitsB, lexicon)) continue;
      context ??= contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.quantity !== null || unit.date !== null);
      if (context === null || context.content < 0.5 || context.strength < 1) continue;
      const noun = quantityA.noun ?? quantityB.noun ?? A.text.slice(subject.start, subject.end).toLowerCase();
      drafts.push(draftOf('number', noun, a, b, A, B, context.strength));
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
  return [draftOf('date', 'date', a, b, A, B, context.strength)];
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
  return draftOf('name', 'quote attributed to', a, b, A, B, quote.strength);
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
  const agreed = new Set([...figuresReportedIn(A, B, lexicon), ...figuresReportedIn(B, A, lexicon)]);
  for (const { regionA, regionB } of pairs) {
    const unitsA = A.unitsBySentence[regionA] ?? [];
    const unitsB = B.unitsBySentence[regionB] ?? [];
    drafts.push(...numberConflicts(regionA, unitsA, regionB, unitsB, A, B, agreed, lexicon), ...dateConflicts(regionA, unitsA, regionB, unitsB, A, B));
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
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, subject: draft.subject, values: draft.values, note: draft.note });
  }
  return kept;
}

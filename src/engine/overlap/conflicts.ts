import { type CharRange } from '../text/ranges.ts';
import { type ClauseAlignment } from './align.ts';
import { measureConflicts } from './measures.ts';
import { contextReader, pairedFigureConflicts, type PairingOptions } from './conflicts-pairing.ts';
export { countsTheRest } from './conflicts-pairing-figures.ts';
import { surnameConflicts } from './conflicts-names.ts';
import { peopleConflicts } from './conflicts-people.ts';
import { placeConflicts } from './conflicts-places.ts';
import { tallyConflicts } from './conflicts-tallies.ts';
import { venueConflicts } from './conflicts-venues.ts';
import { nameConflict, runSpeakerConflict, type QuoteRun } from './conflicts-speakers.ts';
import { draftOf, namesOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { ageConflicts, roleConflicts } from './conflicts-ages-roles.ts';
import { head } from './select.ts';
import { type Conflict } from './types.ts';
import type { Lexicon } from './units.ts';
import { figuresReportedIn, numberConflicts, type Known } from './conflicts-figures.ts';
import { clockConflicts, dateConflicts } from './conflicts-dates.ts';
import { loneDateConflicts } from './conflicts-dates-lone.ts';
import { effectiveDateConflicts } from './conflicts-dates-effective.ts';
import { startTimeConflicts } from './conflicts-clock-start.ts';
import { timesTwoEvents } from './clock-events.ts';
import { roleHolderConflicts } from './conflicts-role-holders.ts';
import { opponentConflicts } from './conflicts-opponents.ts';
import { roleAppositionConflicts } from './conflicts-role-appositions.ts';
import { lonePeriodConflicts } from './conflicts-periods.ts';
import { nameSlotConflicts, slotConflicts, type StrongPair } from './conflicts-slot-values.ts';
export type { StrongPair } from './conflicts-slot-values.ts';
export { countsPartOfNamedGroup } from './conflicts-figures.ts';

/**
 * Conflicts: the same kind of fact with different values. Two clauses that share enough
 * besides the figure (or date) but give figures that cannot be the same amount; a quote both
 * reports carry, attributed to different people. `pairing`: the figure pairing's model and
 * observer (conflicts-pairing.ts `PairingOptions`; the committed model by default).
 */
export function findConflicts(
  pairs: readonly { regionA: number; regionB: number }[],
  quotes: readonly ClauseAlignment[],
  A: Side,
  B: Side,
  lexicon: Lexicon,
  runs: readonly QuoteRun[] = [],
  stretches: readonly ClauseAlignment[] = [],
  strongPairs: readonly StrongPair[] = [],
  pairing: PairingOptions = {},
): Omit<Conflict, 'id'>[] {
  const drafts: ConflictDraft[] = [];
  const known: Known = { agreed: new Set([...figuresReportedIn(A, B, lexicon), ...figuresReportedIn(B, A, lexicon)]), names: { a: namesOf(A), b: namesOf(B) } };
  for (const { regionA, regionB } of pairs) {
    const unitsA = A.unitsBySentence[regionA] ?? [];
    const unitsB = B.unitsBySentence[regionB] ?? [];
    drafts.push(...numberConflicts(regionA, unitsA, regionB, unitsB, A, B, known, lexicon), ...dateConflicts(regionA, unitsA, regionB, unitsB, A, B), ...clockConflicts(regionA, unitsA, regionB, unitsB, A, B, known));
  }
  drafts.push(...ageConflicts(A, B), ...roleConflicts(A, B), ...placeConflicts(A, B), ...tallyConflicts(A, B), ...surnameConflicts(A, B), ...venueConflicts(A, B));
  // Tolls told through different words (`has killed 26 people` / `has claimed 34 lives`).
  for (const { measure, a, b } of measureConflicts(A, B)) drafts.push(draftOf('number', measure, a, b, A, B, 1));
  for (const quote of quotes) {
    const conflict = nameConflict(quote, A, B);
    if (conflict !== null) drafts.push(conflict);
  }
  for (const run of runs) {
    const conflict = runSpeakerConflict(run, A, B);
    if (conflict !== null) drafts.push(conflict);
  }
  // One conflict per mention on each side: the best-supported.
  drafts.sort((x, y) => y.strength - x.strength || head(x.a).start - head(y.a).start || head(x.b).start - head(y.b).start);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: Omit<Conflict, 'id'>[] = [];
  for (const draft of drafts) {
    const [a, b] = [head(draft.a).start, head(draft.b).start];
    // Times of two events of one story are no conflict, whichever reader set them (clock-events.ts, round 28t).
    if (timesTwoEvents(draft, A, B)) continue;
    // One quotation given to the same two speakers in two places (`“We are …,” said Péter
    // Ronkay` … `That, Ronkay added, “has …”`) is one conflict, marked at each.
    const same = draft.subject === 'quote attributed to' ? kept.find((other) => other.subject === draft.subject && other.values[0] === draft.values[0] && other.values[1] === draft.values[1]) : undefined;
    if (same !== undefined) {
      same.a = [...same.a, ...draft.a.filter((range) => !same.a.some((other) => other.start === range.start))];
      same.b = [...same.b, ...draft.b.filter((range) => !same.b.some((other) => other.start === range.start))];
      continue;
    }
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, subject: draft.subject, values: draft.values, note: draft.note });
  }
  // People paired by the role beside their names (conflicts-people.ts), and figures paired by
  // what they quantify (conflicts-pairing.ts), where no detector spoke: the detectors above keep
  // what they find (the general method alone finds less at their precision).
  // A person a detector already named in a role (`Justice Thomas Keane`) is that detector's.
  const named = (ranges: readonly CharRange[], at: CharRange): boolean => ranges.some((range) => range.start < at.end && at.start < range.end);
  const people = peopleConflicts(A, B, lexicon).filter((draft) => !kept.some((other) => named(other.a, head(draft.a)) || named(other.b, head(draft.b))));
  // So is a name a detector already set in a role (`pilot, Ann Hale`), for the name slots.
  const slotNames = nameSlotConflicts(stretches, A, B, lexicon).filter((draft) => !kept.some((other) => named(other.a, head(draft.a)) || named(other.b, head(draft.b))));
  for (const draft of [...slotConflicts(stretches, strongPairs, A, B, known, lexicon), ...loneDateConflicts(A, B, lexicon), ...effectiveDateConflicts(A, B), ...startTimeConflicts(A, B), ...lonePeriodConflicts(A, B), ...slotNames, ...people, ...roleHolderConflicts(A, B, lexicon), ...opponentConflicts(A, B, lexicon), ...roleAppositionConflicts(A, B, lexicon), ...pairedFigureConflicts(A, B, lexicon, known.agreed, contextReader(A, B, pairs), pairing)]) {
    const [a, b] = [head(draft.a).start, head(draft.b).start];
    if (usedA.has(a) || usedB.has(b) || timesTwoEvents(draft, A, B)) continue;
    usedA.add(a);
    usedB.add(b);
    kept.push({ a: draft.a, b: draft.b, kind: draft.kind, subject: draft.subject, values: draft.values, note: draft.note });
  }
  return kept;
}

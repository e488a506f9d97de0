import { charRange } from '../text/ranges.ts';
import { SPEECH, type ClauseAlignment, type UnitMatch } from './align.ts';
import { NORMAL, confidence } from './draft-rules.ts';
import type { FactDraft } from './select.ts';
import { isPinnedUnit, type Unit } from './units.ts';

/**
 * A denial both reports make (decision 004, round 18r). `No arrests had been made` / `No one has
 * been arrested`, `was not identified` / `The buyer has not been named`, `No one was injured` /
 * `no one was hurt`: the statement is the denial, and the one word both share says little by
 * itself (a stretch of one unit, refused by the thresholds and shorter than any reference). The
 * denial, written before the shared word on both sides, is the second thing they share.
 */

/**
 * A denial before a unit, within its clause: `not`, `never`, `no`, `none`, `nobody`, `nothing`,
 * `n't`, then at most three words (`No one has been arrested`, `has not been named`, `No
 * arrests`). Its start is where the highlight begins. `not only` / `not just` add, not deny
 * (`Not only did it reopen`), as in draft-filters.ts.
 */
const DENIAL_BEFORE = /(?:(?<!\p{L})(?:not|never|no|none|nobody|nothing)|\p{L}n['’]t)(?!\s+(?:only|just)(?!\p{L}))(?:\s+[\p{L}'’-]+){0,3}\s+$/iu;
/** How far back a denial is looked for (three short words and the denial). */
const REACH = 40;

/** Where the denial of `unit` starts in `text`, or -1 when none stands before it in its clause. */
export function denialStart(text: string, unit: Unit): number {
  const from = Math.max(0, unit.start - REACH);
  const before = text.slice(from, unit.start);
  // Within its clause: nothing across a sentence or clause mark.
  const cut = Math.max(...['.', '!', '?', ';', ':', ',', '—'].map((mark) => before.lastIndexOf(mark)));
  const clause = before.slice(cut + 1);
  const found = DENIAL_BEFORE.exec(clause);
  if (found === null) return -1;
  const start = from + cut + 1 + found.index;
  // A capital denial inside a sentence names a side (`the No side`, `a No vote`): a label, not a denial.
  if (/^\p{Lu}/u.test(found[0]) && /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return -1;
  // `n't` belongs to its verb (`hasn't`): the highlight starts at the verb.
  return found[0].match(/^\p{L}n['’]t/iu) === null ? start : start - (clause.slice(0, found.index).match(/\p{L}*$/u)?.[0].length ?? 0);
}

/**
 * A word of what is done or said (no name, figure, day, attribution or reporting verb), on the
 * same side of a quotation mark in both: a speaker's own denial (`“I’ve never been out on
 * strike”`) is not the report's (`berths are not affected by the strike`).
 */
const isDeniable = (match: UnitMatch): boolean =>
  !isPinnedUnit(match.a) && !isPinnedUnit(match.b) && !match.a.attribution && !match.b.attribution && !SPEECH.has(match.a.key) && !SPEECH.has(match.b.key) && match.a.quoted === match.b.quoted;

/** A report's text and its units by sentence. */
export interface DenialSide {
  text: string;
  unitsBySentence: readonly (readonly Unit[])[];
}

/**
 * Whether a denial found before a matched unit is the unit's own: a denial is the first word's it
 * stands before, so every unit between it and the unit must be matched too (`no compulsory
 * redundancies` / `no forced redundancies`), not another word's (`not affected by the strike`,
 * `not been invited back`).
 */
function ownDenial(side: DenialSide, unit: Unit, start: number, matches: readonly UnitMatch[], of: 'a' | 'b'): boolean {
  if (start < 0) return false;
  const between = (side.unitsBySentence[unit.sentence] ?? []).filter((other) => other.start > start && other.start < unit.start);
  return between.every((other) => matches.some((match) => match[of] === other));
}

/** What a denial both make adds to a stretch: one more unit, anchored as the very same word. */
const DENIAL_VALUE = 1;

/**
 * The draft of a stretch the thresholds refuse when a word of it is denied in both reports and
 * the denial, counted as one more shared unit, lifts it to a fact: its highlight runs from each
 * side's denial to the end of the stretch. Null otherwise.
 */
export function sharedDenialDraft(alignment: ClauseAlignment, A: DenialSide, B: DenialSide): FactDraft | null {
  let denied: { match: UnitMatch; startA: number; startB: number } | null = null;
  for (const match of alignment.matches) {
    if (!isDeniable(match)) continue;
    const [startA, startB] = [denialStart(A.text, match.a), denialStart(B.text, match.b)];
    const [ownA, ownB] = [ownDenial(A, match.a, startA, alignment.matches, 'a'), ownDenial(B, match.b, startB, alignment.matches, 'b')];
    // One word alone needs its own denial on both sides; a stretch of more says more by itself.
    if (startA >= 0 && startB >= 0 && ((ownA && ownB) || alignment.matches.length >= 2)) {
      denied = { match, startA, startB };
      break;
    }
  }
  if (denied === null) return null;
  const strength = alignment.strength + DENIAL_VALUE;
  const anchors = alignment.anchors + 1;
  const content = alignment.content;
  if (strength < NORMAL.strength || anchors < NORMAL.anchors || content < NORMAL.content || alignment.matches.length + 1 < NORMAL.units) return null;
  const { spanA, spanB } = alignment;
  return {
    a: [charRange(Math.min(denied.startA, spanA.start), Math.max(spanA.end, denied.match.a.end))],
    b: [charRange(Math.min(denied.startB, spanB.start), Math.max(spanB.end, denied.match.b.end))],
    kind: 'paraphrase',
    strength,
    score: confidence(strength, false),
    points: alignment.matches.map((match) => ({ a: charRange(match.a.start, match.a.end), b: charRange(match.b.start, match.b.end), value: match.value })),
  };
}

import { charRange, type CharRange } from '../text/ranges.ts';
import { ConflictsByPlace } from './conflicts-by-place.ts';
import { NORMAL } from './draft-rules.ts';
import { apartFromOtherAmounts } from './fact-amounts.ts';
import { SMALL, TENS } from './quantities-lexicon.ts';
import { head, overlaps, type FactDraft, type MatchPoint } from './select.ts';

// Where a shared fact meets a conflict of the same sentences (decision 004): its highlight gives
// up the clause that holds the value the two reports disagree on, at its end (round 20k) or at its
// start; a fact that is only the frame of a conflict, or whose figures are all the conflict's
// values, gives way to the conflict, which shows it (round 24h, mended in session 18's mend D), as
// does one that holds the conflict's values and nothing of its own beside them (round 25p).

/** The spans of a conflict on each side. */
type ConflictSpans = { a: readonly CharRange[]; b: readonly CharRange[] };

/** Whether a conflict's spans on one side (at least one) all lie within a fact's span there. */
const within = (ranges: readonly CharRange[], span: CharRange): boolean => ranges.length > 0 && ranges.every((range) => range.start >= span.start && range.end <= span.end);

/** A clause boundary inside a highlight: a comma, semicolon or colon, or a joining word. */
const CLAUSE_BOUNDARY = /\s*(?:[,;:]\s+(?:and|but|while|as|with)?\s*|\s+(?:and|but|while|whereas)\s+)/gu;
const MIN_KEPT_CHARS = 8;

/**
 * Whether a boundary `CLAUSE_BOUNDARY` found in `part` breaks a clause: a joining word between two
 * capitalised words (`Energy and Mineral Resources Minister`) is inside a name and breaks none.
 */
function breaksAClause(part: string, match: RegExpExecArray | RegExpMatchArray): boolean {
  const index = match.index ?? 0;
  const inAName = /\p{Lu}\p{L}*$/u.test(part.slice(0, index)) && /^\p{Lu}/u.test(part.slice(index + match[0].length)) && !/[,;:]/u.test(match[0]);
  return !inAName;
}

/** Where the last clause boundary before `limit` lies within `span`, or null. */
function lastBoundary(text: string, span: CharRange, limit: number): number | null {
  const part = text.slice(span.start, limit);
  let found: number | null = null;
  for (const match of part.matchAll(CLAUSE_BOUNDARY)) if (match.index > 0 && breaksAClause(part, match)) found = span.start + match.index;
  return found;
}

/**
 * A fact's highlight that runs on into a clause where the two reports disagree (`factory opened
 * in 1989 and employed more than 1,500 people` / `plant opened in 1989 and employed 1,100 people`)
 * ends before that clause on both sides: what they share is told before it, what follows is the
 * conflict. Only when both sides break there, and each keeps two matched words of the fact. Then
 * a highlight that begins in such a value starts after its clause (`startAfterConflict`), and a
 * fact that only frames a conflict or rests on its values is dropped (`framesAConflict`), and so is
 * one that holds a conflict and names or counts nothing else (`onlyConflicts`).
 */
export function apartFromConflicts(facts: readonly FactDraft[], conflicts: readonly ConflictSpans[], texts: { a: string; b: string }): FactDraft[] {
  // Each question below is about conflicts with a span on side A in or beside the fact's (round 25s).
  const byPlace = new ConflictsByPlace(conflicts);
  return apartFromOtherAmounts(facts, texts).map((fact) => {
    if (fact.a.length !== 1 || fact.b.length !== 1) return fact;
    const [spanA, spanB] = [head(fact.a), head(fact.b)];
    const conflict = byPlace.meeting(spanA.start, spanA.end).find((one) => within(one.a, spanA) && within(one.b, spanB));
    if (conflict === undefined) return fact;
    const cutA = lastBoundary(texts.a, spanA, Math.min(...conflict.a.map((range) => range.start)));
    const cutB = lastBoundary(texts.b, spanB, Math.min(...conflict.b.map((range) => range.start)));
    if (cutA === null || cutB === null || cutA - spanA.start < MIN_KEPT_CHARS || cutB - spanB.start < MIN_KEPT_CHARS) return fact;
    const kept = fact.points.filter((point) => point.a.end <= cutA && point.b.end <= cutB);
    if (kept.length < NORMAL.units) return fact;
    return { ...fact, a: [charRange(spanA.start, cutA)], b: [charRange(spanB.start, cutB)], points: kept };
  }).map((fact) => startAfterConflict(fact, byPlace, texts)).filter((fact) => !framesAConflict(fact, byPlace, texts) && !onlyConflicts(fact, byPlace, texts));
}

/** Where the first clause boundary after `after` within `span` ends, or null. */
function firstBoundaryEnd(text: string, span: CharRange, after: number): number | null {
  const part = text.slice(after, span.end);
  for (const match of part.matchAll(CLAUSE_BOUNDARY)) if (breaksAClause(part, match)) return after + match.index + match[0].length;
  return null;
}

/**
 * A fact's highlight that begins in a value the two reports disagree on (`people had been injured,
 * four of them critically` / `people were injured in the storm, four of them critically`, the
 * counts of the injured differing) begins after the clause that holds it, on both sides, when
 * both sides break there and each keeps two matched words of the fact.
 */
function startAfterConflict(fact: FactDraft, byPlace: ConflictsByPlace<ConflictSpans>, texts: { a: string; b: string }): FactDraft {
  if (fact.a.length !== 1 || fact.b.length !== 1) return fact;
  const [spanA, spanB] = [head(fact.a), head(fact.b)];
  // The conflict's value opens the highlight (it starts at or before it) and ends inside it.
  const early = (ranges: readonly CharRange[], span: CharRange): boolean => ranges.length > 0 && ranges.every((range) => range.start <= span.start && range.end > span.start && range.end <= span.end);
  const conflict = byPlace.meeting(spanA.start, spanA.start).find((one) => early(one.a, spanA) && early(one.b, spanB));
  if (conflict === undefined) return fact;
  const fromA = firstBoundaryEnd(texts.a, spanA, Math.max(...conflict.a.map((range) => range.end)));
  const fromB = firstBoundaryEnd(texts.b, spanB, Math.max(...conflict.b.map((range) => range.end)));
  if (fromA === null || fromB === null || spanA.end - fromA < MIN_KEPT_CHARS || spanB.end - fromB < MIN_KEPT_CHARS) return fact;
  const kept = fact.points.filter((point) => point.a.start >= fromA && point.b.start >= fromB);
  if (kept.length < NORMAL.units) return fact;
  return { ...fact, a: [charRange(fromA, spanA.end)], b: [charRange(fromB, spanB.end)], points: kept };
}

/** The most words of a frame that stands beside a conflict's values (`first detected`, `serve as acting mayor`). */
const FRAME_WORDS = 4;
/** The most characters between such a frame and the conflict's value: a few words, no punctuation. */
const FRAME_GAP = 12;
/** A gap that holds a joining word joins two clauses (`people were killed | and 30 were injured`): the frame is a clause of its own (mend D). */
const JOINING_WORD = /\b(?:and|but|while|whereas|or)\b/iu;
/** A number written in words (`twelve`, `twenty-one`) is a figure of the phrase's own (mend D). */
const hasNumberWord = (phrase: string): boolean => phrase.toLowerCase().split(/[^\p{L}]+/u).some((word) => SMALL.has(word) || TENS.has(word));

/**
 * Whether a highlight of one span is only the frame of a conflict's value on `side` (round 24h):
 * at most `FRAME_WORDS` words, no name or figure of its own (no capital, no digit, no number
 * word), and the conflict's value beside it in the same clause, no joining word between (`first
 * detected | on Tuesday` / `first detected | on Monday`; `Ana Ruiz will | serve as acting mayor` /
 * `Ben Okafor will | serve as interim mayor`).
 */
function frameOfConflict(span: CharRange, ranges: readonly CharRange[], text: string): boolean {
  const phrase = text.slice(span.start, span.end);
  if (phrase.split(/\s+/u).length > FRAME_WORDS || /[\p{Lu}\p{N}]/u.test(phrase) || hasNumberWord(phrase)) return false;
  return ranges.some((range) => {
    const gap = range.start >= span.end ? text.slice(span.end, range.start) : range.end <= span.start ? text.slice(range.end, span.start) : null;
    return gap !== null && gap.length <= FRAME_GAP && !/[,;:.!?—–]/u.test(gap) && !JOINING_WORD.test(gap);
  });
}

/**
 * A fact that is only the frame of a conflict on both sides states what the two reports disagree
 * about, not a fact they share: the conflict shows it (round 24h). A frame that names someone
 * (`Belarus released` beside two counts of prisoners) says who did it, and stays a fact.
 */
const framesAConflict = (fact: FactDraft, byPlace: ConflictsByPlace<ConflictSpans>, texts: { a: string; b: string }): boolean =>
  nearFact(fact, byPlace).some(
    (conflict) =>
      (fact.a.length === 1 && fact.b.length === 1 && frameOfConflict(head(fact.a), conflict.a, texts.a) && frameOfConflict(head(fact.b), conflict.b, texts.b)) ||
      figuresInDispute(fact, conflict, texts),
  );

/**
 * The conflicts `framesAConflict` may find for a fact: a frame's conflict has a span within
 * `FRAME_GAP` of the fact's one span on side A, and a disputed figure's a span over the figure's
 * point there (round 25s).
 */
function nearFact(fact: FactDraft, byPlace: ConflictsByPlace<ConflictSpans>): ConflictSpans[] {
  let [from, to] = [Infinity, -Infinity];
  for (const range of [...fact.a, ...fact.points.map((point) => point.a)]) [from, to] = [Math.min(from, range.start), Math.max(to, range.end)];
  return from > to ? [] : byPlace.meeting(from - FRAME_GAP, to + FRAME_GAP);
}

/**
 * Whether a figure fact's figures are all the values a conflict disputes, on both sides (round
 * 24h): `law, approved by 141 votes to 63` / `approved the law … by 146 votes to 63`, the tally
 * told two ways. The fact rests on the figures the reports disagree on; what is left (`approved`,
 * `law`) is the frame of the conflict, which shows it.
 */
function figuresInDispute(fact: FactDraft, conflict: ConflictSpans, texts: { a: string; b: string }): boolean {
  if (fact.kind !== 'number') return false;
  // A figure is a point on a quantity or a date (`with twelve abstentions`, `on Monday`), or one
  // written in digits (mend D).
  const figures = fact.points.filter((point) => point.figure === true || /\p{N}/u.test(texts.a.slice(point.a.start, point.a.end)) || /\p{N}/u.test(texts.b.slice(point.b.start, point.b.end)));
  return figures.length > 0 && figures.every((point) => conflict.a.some((range) => overlaps(range, point.a)) && conflict.b.some((range) => overlaps(range, point.b)));
}

/**
 * Whether a fact of one span a side holds raised conflicts' values inside it on both sides and
 * nothing of its own outside them: no matched word with a capital (a name), a digit or a figure
 * (round 25p). `teachers found they worked an average of 52 hours a week` / `teachers are
 * working 54-hour weeks` states the disputed hours, not a fact the reports share; the conflict
 * shows it. Round 24h's frame (a few words beside the values) is the case where the values lie
 * outside the highlight; round 20k's cut at a clause boundary runs first, so a second clause
 * with a statement of its own has already been parted from the conflict. A fact with more
 * than `FRAME_WORDS` undisputed matched words tells something beside the values and stays.
 */
function onlyConflicts(fact: FactDraft, byPlace: ConflictsByPlace<ConflictSpans>, texts: { a: string; b: string }): boolean {
  if (fact.a.length !== 1 || fact.b.length !== 1) return false;
  // A conflict held within the fact has its side-A spans inside the fact's: among those meeting it.
  const held = byPlace.meeting(head(fact.a).start, head(fact.a).end).filter((conflict) => within(conflict.a, head(fact.a)) && within(conflict.b, head(fact.b)));
  if (held.length === 0) return false;
  const disputed = (point: MatchPoint): boolean => held.some((conflict) => conflict.a.some((range) => overlaps(range, point.a)) || conflict.b.some((range) => overlaps(range, point.b)));
  const marked = (text: string, range: CharRange): boolean => /[\p{Lu}\p{N}]/u.test(text.slice(range.start, range.end));
  const ownMark = (point: MatchPoint): boolean => point.figure === true || marked(texts.a, point.a) || marked(texts.b, point.b);
  // Many undisputed matched words tell a statement beside the value (`A landslide on Tuesday
  // buried part of the mountain road and cut off several villages` / `… on Wednesday …`), named
  // or not: only a frame's few words give way (mend B of session 19).
  const undisputed = fact.points.filter((point) => !disputed(point));
  return undisputed.length <= FRAME_WORDS && !undisputed.some(ownMark);
}

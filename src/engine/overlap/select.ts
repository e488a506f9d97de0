import { charRange, type CharRange } from '../text/ranges.ts';
import type { ClauseAlignment } from './align.ts';
import { NORMAL, rangeOf } from './draft-rules.ts';
import { carryingSpans, carryingUnits } from './fact-span.ts';
import type { FactKind } from './types.ts';
import { SpanIndex } from './span-index.ts';

/** A fact under construction: its spans on each side and what supports it. */
export interface FactDraft {
  a: CharRange[];
  b: CharRange[];
  kind: FactKind;
  strength: number;
  score: number;
  /** The matched units behind it, one range on each side with its value: what a trim keeps. */
  points: readonly MatchPoint[];
  /**
   * The stretch it highlights: an accepted fact highlights the phrase of it that carries the
   * fact (fact-span.ts), read only then. Selection weighs the whole stretch.
   */
  stretch?: ClauseAlignment;
}

export interface MatchPoint {
  a: CharRange;
  b: CharRange;
  value: number;
  /** The very same word, figure or day on both sides (not a name, synonym, kin or frame). */
  anchor?: boolean;
  /** A quantity or a date on either side (`twelve abstentions`, `Monday`): a figure of the fact. */
  figure?: boolean;
}
/** A draft always has at least one span per side. */
export function head(ranges: readonly CharRange[]): CharRange {
  const first = ranges[0];
  if (first === undefined) throw new RangeError('a fact needs a span on each side');
  return first;
}

/** Whether two ranges share a character. */
export const overlaps = (x: CharRange, y: CharRange): boolean => x.start < y.end && y.start < x.end;

/**
 * An accepted fact highlights the phrase that carries it in place of its stretch, when its
 * stretch came through selection whole (not trimmed or clipped to another fact).
 */
function narrowed(fact: FactDraft, from: FactDraft, texts: { a: string; b: string }): FactDraft {
  const { stretch, ...rest } = fact;
  if (stretch === undefined || fact.a[0] !== from.a[0] || fact.b[0] !== from.b[0]) return rest;
  const [a, b] = [carryingSpans(stretch, 'a', texts.a), carryingSpans(stretch, 'b', texts.b)];
  return { ...rest, a: [...a.map((r) => charRange(r.start, r.end)), ...fact.a.slice(1)], b: [...b.map((r) => charRange(r.start, r.end)), ...fact.b.slice(1)] };
}

/**
 * Keep the strongest drafts (or the likeliest, `order` 'score'). A draft that restates an accepted fact on one side (the same
 * sentence in one report, another place in the other) becomes an extra span of that fact;
 * one that overlaps it on both sides is a duplicate.
 */
export function selectFacts(drafts: readonly FactDraft[], texts: { a: string; b: string }, order: 'strength' | 'score' = 'strength'): FactDraft[] {
  // By the learned probability when the drafts carry one (`score`), ties by strength as before.
  const first = (x: FactDraft, y: FactDraft): number => (order === 'score' ? y.score - x.score : 0) || y.strength - x.strength;
  const sorted = [...drafts].sort((x, y) => first(x, y) || head(x.a).start - head(y.a).start || head(x.b).start - head(y.b).start);
  const accepted: FactDraft[] = [];
  // The accepted facts' spans on each side, by position: overlaps are looked up, not scanned for.
  const spans = { a: new SpanIndex<FactDraft>(), b: new SpanIndex<FactDraft>() };
  const acceptedAt = new Map<FactDraft, number>();
  const touchesAccepted = (x: FactDraft): boolean => spans.a.overlapping(x.a).length > 0 || spans.b.overlapping(x.b).length > 0;
  // Spans added to a fact as restatements: a reading of a sentence through another one's words.
  const restated = new Set<CharRange>();
  // The draft each accepted fact came from: its stretch, before any trim.
  const origins = new Map<FactDraft, FactDraft>();
  const accept = (draft: FactDraft, candidate: FactDraft): void => {
    const fact = { ...draft, a: [...draft.a], b: [...draft.b] };
    acceptedAt.set(fact, accepted.length);
    accepted.push(fact);
    origins.set(fact, candidate);
    for (const side of ['a', 'b'] as const) for (const range of fact[side]) spans[side].add(range, fact, acceptedAt.get(fact) ?? 0);
  };
  for (const candidate of sorted) {
    let draft = candidate;
    // A restatement span gives way to a draft that reads the same words against a sentence of
    // its own, and touches no accepted fact otherwise (`Ostara shares jumped 27%`, restated
    // through the offer for each Ostara share, meets `Ostara stock soared 27%`).
    if (draft.kind === 'number') {
      for (const { fact, side, range } of releaseRestated(spans, restated, draft)) {
        fact[side].splice(fact[side].indexOf(range), 1);
        spans[side].remove(range, fact);
      }
    }
    const onA = spans.a.firstOverlapping(draft.a);
    const onB = spans.b.firstOverlapping(draft.b);
    if (onA !== undefined && onB !== undefined) continue;
    const grazed = onA ?? onB;
    if (grazed !== undefined) {
      const side = onA !== undefined ? 'a' : 'b';
      const other = side === 'a' ? 'b' : 'a';
      // What the draft says outside the accepted words may stand as a fact of its own (a long
      // sentence with two facts)…
      const trimmed = trimOff(draft, grazed[side], side);
      const alone = trimmed !== null && !touchesAccepted(trimmed);
      const clipped = trimmed === null ? clipSharedEdge(draft, grazed[side], side, texts[side]) : null;
      if (trimmed !== null && alone) {
        draft = trimmed;
      } else if (clipped !== null && !touchesAccepted(clipped)) {
        draft = clipped;
      } else {
        // …else a draft covering mostly the same words on the shared side is a restatement: it
        // adds a span, the stretch of the other report that matched those words. One that only
        // grazes the accepted fact is a weaker reading of the same words, and is dropped.
        const inside = draft.points.filter((point) => grazed[side].some((range) => overlaps(range, point[side])));
        // A restatement says the same thing: names alone (`Kitwe and Ndola`) and a related word
        // (`reopening` / `opened`) do not make a sentence about schools one about clinics.
        if (coverage(head(draft[side]), grazed[side]) >= 0.5 && inside.some((point) => point.anchor !== false)) {
          // …unless it tells a figure of its own that the accepted stretch only passes over, at a
          // place of the other report the fact does not reach (no accepted fact touches the draft's
          // other side, or it would have been dropped above): a second fact of a long sentence.
          if (ownFigureFact(draft, grazed, side)) {
            accept(draft, candidate);
            continue;
          }
          const range = inside.length > 0 ? restatedRange(draft, inside, other, texts[other]) : head(draft[other]);
          restated.add(range);
          grazed[other].push(range);
          spans[other].add(range, grazed, acceptedAt.get(grazed) ?? 0);
        }
        continue;
      }
    }
    accept(draft, candidate);
  }
  return accepted.map((fact) => wholeWords(narrowed(fact, origins.get(fact) ?? fact, texts), texts));
}

// Letters, digits and combining marks: a decomposed accent (`e` + U+0301) belongs to its letter.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * A highlight starts and ends on a word's edge: a figure read apart from the letters joined to
 * it (`180` of `180s`, `400` of `400kg`, `1980` of `1980s`) takes its whole word (round 26x).
 */
function wholeWords(fact: FactDraft, texts: { a: string; b: string }): FactDraft {
  const widen = (range: CharRange, text: string): CharRange => {
    let start: number = range.start;
    let end: number = range.end;
    if (end <= start) return range;
    while (start > 0 && WORD_CHARACTER.test(text.charAt(start - 1)) && WORD_CHARACTER.test(text.charAt(start))) start -= 1;
    while (end < text.length && WORD_CHARACTER.test(text.charAt(end - 1)) && WORD_CHARACTER.test(text.charAt(end))) end += 1;
    return start === range.start && end === range.end ? range : charRange(start, end);
  };
  return { ...fact, a: fact.a.map((range) => widen(range, texts.a)), b: fact.b.map((range) => widen(range, texts.b)) };
}

/** Least matched units a draft inside an accepted stretch must read apart from that fact's own. */
const OWN_FIGURE_FACT_UNITS = 3;

/**
 * `The broker was sentenced on Thursday to four years in prison … for selling fake bottles` is
 * accepted against `a broker has been jailed for selling fake bottles`; a later sentence of the
 * other report, `sentenced him to four years in prison`, meets the same words. Mostly not the
 * words the accepted fact matched (its matches on this side), three units or more of its own and
 * a figure among them: a fact of its own, not a restatement of the accepted one (round 26x).
 */
function ownFigureFact(draft: FactDraft, accepted: FactDraft, side: 'a' | 'b'): boolean {
  const own = draft.points.filter((point) => !accepted.points.some((taken) => overlaps(taken[side], point[side])));
  const inside = draft.points.filter((point) => accepted[side].some((range) => overlaps(range, point[side])));
  const reread = inside.length - inside.filter((point) => own.includes(point)).length;
  return 2 * reread < inside.length && own.length >= OWN_FIGURE_FACT_UNITS && own.some((point) => point.figure === true);
}

/** The phrase that carries a restatement's matched words in the other report (fact-span.ts). */
function restatedRange(draft: FactDraft, inside: readonly MatchPoint[], side: 'a' | 'b', text: string): CharRange {
  const units = (draft.stretch?.matches ?? []).map((match) => match[side]).filter((unit) => inside.some((point) => point[side].start === unit.start && point[side].end === unit.end));
  const kept = units.length === inside.length ? carryingUnits(units, text) : [];
  return kept.length > 0 ? rangeOf(kept) : rangeOf(inside.map((point) => point[side]));
}

/**
 * Restatement spans a draft overlaps, when it overlaps nothing else of an accepted fact, on
 * either side: what it would take back. Empty when the draft touches a fact's own spans.
 */
function releaseRestated(
  spans: { a: SpanIndex<FactDraft>; b: SpanIndex<FactDraft> },
  restated: ReadonlySet<CharRange>,
  draft: FactDraft,
): { fact: FactDraft; side: 'a' | 'b'; range: CharRange }[] {
  const found: { fact: FactDraft; side: 'a' | 'b'; range: CharRange }[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const { range, owner } of spans[side].overlapping(draft[side])) {
      if (!restated.has(range)) return [];
      found.push({ fact: owner, side, range });
    }
  }
  // A fact keeps at least one span on each side.
  return found.every(({ fact, side }) => fact[side].length > found.filter((other) => other.fact === fact && other.side === side).length) ? found : [];
}

/** Least share of its evidence a trimmed draft must keep; it must also pass the normal strength. */
const TRIM_KEEPS = 0.5;

/** The draft without the matches that fall inside `taken` on `side`, or null when too little is left. */
function trimOff(draft: FactDraft, taken: readonly CharRange[], side: 'a' | 'b'): FactDraft | null {
  const kept = draft.points.filter((point) => !taken.some((range) => overlaps(range, point[side])));
  const strength = kept.reduce((sum, point) => sum + point.value, 0);
  if (kept.length < NORMAL.units || strength < Math.max(NORMAL.strength, draft.strength * TRIM_KEEPS)) return null;
  const span = (of: 'a' | 'b'): CharRange => rangeOf(kept.map((point) => point[of]));
  // The trimmed span must not reach back over the accepted words.
  if (taken.some((range) => overlaps(range, span(side)))) return null;
  return { ...draft, a: [span('a')], b: [span('b')], strength, points: kept };
}

/**
 * `A magnitude 6.4 earthquake struck the southern Philippines` states two facts that share
 * one word: `magnitude 6.4 earthquake` (accepted) and `earthquake struck the southern
 * Philippines` / `earthquake shook the southern Philippines`. A draft that passed the
 * thresholds whole, and reaches into an accepted fact on one side by a single matched unit at
 * its edge, keeps its evidence and gives up only that word's place in the highlight: its span
 * on that side starts (or ends) where the accepted fact's does. What stays must still hold an
 * exact match of its own, so a fact never rests on the shared word alone.
 */
function clipSharedEdge(draft: FactDraft, taken: readonly CharRange[], side: 'a' | 'b', text: string): FactDraft | null {
  const inside = draft.points.filter((point) => taken.some((range) => overlaps(range, point[side])));
  const outside = draft.points.filter((point) => !inside.includes(point));
  if (inside.length !== 1 || outside.length < 1 || draft.points.length < NORMAL.units) return null;
  if (outside.reduce((sum, point) => sum + point.value, 0) < SHARED_EDGE_KEEPS) return null;
  const own = head(draft[side]);
  const rest = rangeOf(outside.map((point) => point[side]));
  let start: number = own.start;
  let end: number = own.end;
  for (const range of taken) {
    if (!overlaps(range, own)) continue;
    if (range.start <= rest.start && range.end <= rest.start) start = Math.max(start, range.end);
    else if (range.start >= rest.end) end = Math.min(end, range.start);
    else return null;
  }
  // The highlight starts and ends on a word, not on the space or comma the clip left.
  while (start < end && /[\s\p{P}]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s\p{P}]/u.test(text.charAt(end - 1))) end -= 1;
  if (end - start < MIN_CLIPPED_CHARS) return null;
  const spans = { a: draft.a, b: draft.b, [side]: [charRange(start, end)] };
  return { ...draft, a: [...spans.a], b: [...spans.b], points: outside };
}

/** What a draft keeps beside the shared word: at least one exact match of a content word. */
const SHARED_EDGE_KEEPS = 1;
const MIN_CLIPPED_CHARS = 8;

/** The share of `range` that `ranges` cover. */
function coverage(range: CharRange, ranges: readonly CharRange[]): number {
  const length = range.end - range.start;
  if (length === 0) return 0;
  let covered = 0;
  for (const other of ranges) covered += Math.max(0, Math.min(range.end, other.end) - Math.max(range.start, other.start));
  return Math.min(1, covered / length);
}

/** Nothing but spaces, punctuation and quotation marks between two spans. */
function onlyGlue(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 12 && /^[\s\p{P}]*$/u.test(text.slice(from, to));
}

/**
 * Whether `next` continues `span`: only glue between them, or it starts inside it (a figure's
 * highlight that takes the noun it counts, where the next fact starts: round 17p).
 */
const continues = (text: string, span: CharRange, next: CharRange): boolean => onlyGlue(text, span.end, next.start) || (next.start >= span.start && next.start < span.end);

/**
 * Facts that continue one another in both reports (a quote split at a comma) become one.
 */
export function joinAdjacent(facts: FactDraft[], textA: string, textB: string): FactDraft[] {
  const single = (fact: FactDraft): boolean => fact.a.length === 1 && fact.b.length === 1;
  const sorted = [...facts].sort((x, y) => head(x.a).start - head(y.a).start);
  const joined: FactDraft[] = [];
  for (const fact of sorted) {
    const previous = joined.at(-1);
    if (previous !== undefined && single(previous) && single(fact)) {
      const [pa, pb, fa, fb] = [head(previous.a), head(previous.b), head(fact.a), head(fact.b)];
      if (continues(textA, pa, fa) && continues(textB, pb, fb)) {
        joined[joined.length - 1] = {
          a: [charRange(pa.start, Math.max(pa.end, fa.end))],
          b: [charRange(pb.start, Math.max(pb.end, fb.end))],
          kind: previous.kind === fact.kind ? fact.kind : previous.kind === 'quote' || fact.kind === 'quote' ? 'quote' : 'paraphrase',
          strength: previous.strength + fact.strength,
          score: Math.max(previous.score, fact.score),
          points: [...previous.points, ...fact.points],
        };
        continue;
      }
    }
    joined.push(fact);
  }
  return joined;
}

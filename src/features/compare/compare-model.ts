import { splitSentences, type Article, type ComparisonData } from '../../engine/index.ts';
import { splitsPair } from '../../engine/text/characters.ts';

export type Side = 'a' | 'b';
export const SIDES: readonly Side[] = ['a', 'b'];
export const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

export interface Span {
  start: number;
  end: number;
}

/** A shared fact or a conflict, numbered in reading order. */
export interface Item {
  id: string;
  type: 'fact' | 'conflict';
  /** 1-based, within its type, in the order the left-hand report tells them. */
  number: number;
  kind: string;
  /** Confidence 0..1 for facts; null for conflicts. */
  score: number | null;
  note: string | null;
  /** For conflicts: what the values are of (`people`, `date`) and each report's value. */
  subject: string | null;
  values: Record<Side, string> | null;
  spans: Record<Side, Span[]>;
  /** What each report says, one string per span. */
  wording: Record<Side, string[]>;
}

/** A sentence with no shared fact and no conflict in it: what only this report tells. */
export interface UniqueSentence extends Span {
  id: string;
  text: string;
}

export interface SideModel {
  unique: UniqueSentence[];
  sentenceCount: number;
  /** Sentences that carry at least one highlighted fact. */
  sharedSentenceCount: number;
}

export interface CompareModel {
  facts: Item[];
  conflicts: Item[];
  /** Facts then conflicts in reading order: what `n` and `p` step through. */
  sequence: Item[];
  /** Facts the strictness setting hides. */
  hiddenFactCount: number;
  sides: Record<Side, SideModel>;
}

const firstStart = (spans: readonly Span[]): number => spans.reduce((min, span) => Math.min(min, span.start), Number.POSITIVE_INFINITY);
const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;
const byReading = (x: Item, y: Item): number =>
  firstStart(x.spans.a) - firstStart(y.spans.a) || firstStart(x.spans.b) - firstStart(y.spans.b) || x.id.localeCompare(y.id);

/**
 * An offset moved off the middle of a surrogate pair (an emoji, a maths letter): a mark that
 * cut one in two would show two broken halves. Offsets are UTF-16 code units (the engine's and
 * JavaScript's), so data from elsewhere can land between the halves.
 */
function toCharBoundary(text: string, offset: number, direction: -1 | 1): number {
  return splitsPair(text, offset) ? offset + direction : offset;
}

/** Spans clipped to the text and widened to whole characters, in reading order. */
function spansIn(text: string, spans: readonly Span[]): Span[] {
  return spans
    .map((span) => ({
      start: toCharBoundary(text, Math.max(0, span.start), -1),
      end: toCharBoundary(text, Math.min(text.length, span.end), 1),
    }))
    .filter((span) => span.end > span.start)
    .sort((x, y) => x.start - y.start);
}

function sideModel(article: Article, items: readonly Item[], side: Side, facts: readonly Item[]): SideModel {
  const sentences = splitSentences(article.text);
  const marked = items.flatMap((item) => item.spans[side]);
  const factSpans = facts.flatMap((item) => item.spans[side]);
  const unique: UniqueSentence[] = [];
  let sharedSentenceCount = 0;
  sentences.forEach((sentence, index) => {
    if (factSpans.some((span) => overlaps(span, sentence))) sharedSentenceCount += 1;
    if (!marked.some((span) => overlaps(span, sentence))) {
      unique.push({ id: `${side}-s${index + 1}`, start: sentence.start, end: sentence.end, text: article.text.slice(sentence.start, sentence.end) });
    }
  });
  return { unique, sentenceCount: sentences.length, sharedSentenceCount };
}

/**
 * Everything the view shows, derived once per comparison and strictness: facts at or above
 * the minimum confidence and every conflict, numbered in reading order; per side, the
 * sentences no highlight touches.
 */
export function buildCompareModel(a: Article, b: Article, comparison: ComparisonData | null, minScore: number): CompareModel {
  const texts: Record<Side, string> = { a: a.text, b: b.text };
  type Raw = { id: string; a: Span[]; b: Span[]; kind: string; subject?: string; values?: [string, string] };
  const toItem = (type: Item['type'], raw: Raw, score: number | null, note: string | null): Item => {
    const spans = { a: spansIn(texts.a, raw.a), b: spansIn(texts.b, raw.b) };
    const wording = { a: spans.a.map((span) => texts.a.slice(span.start, span.end)), b: spans.b.map((span) => texts.b.slice(span.start, span.end)) };
    const values = raw.values === undefined ? null : { a: raw.values[0], b: raw.values[1] };
    return { id: raw.id, type, number: 0, kind: raw.kind, score, note, subject: raw.subject ?? null, values, spans, wording };
  };
  const allFacts = comparison?.facts ?? [];
  const facts = allFacts
    .filter((fact) => fact.score >= minScore)
    .map((fact) => toItem('fact', fact, fact.score, null))
    .filter((item) => item.spans.a.length > 0 && item.spans.b.length > 0)
    .sort(byReading)
    .map((item, index) => ({ ...item, number: index + 1 }));
  const conflicts = (comparison?.conflicts ?? [])
    .map((conflict) => toItem('conflict', conflict, null, conflict.note))
    .filter((item) => item.spans.a.length > 0 && item.spans.b.length > 0)
    .sort(byReading)
    .map((item, index) => ({ ...item, number: index + 1 }));
  const items = [...facts, ...conflicts];
  return {
    facts,
    conflicts,
    sequence: [...items].sort(byReading),
    hiddenFactCount: allFacts.length - facts.length,
    sides: { a: sideModel(a, items, 'a', facts), b: sideModel(b, items, 'b', facts) },
  };
}

/** `Fact 2` / `Conflict 1`: how the view names an item everywhere. */
export function itemLabel(item: Item): string {
  return `${item.type === 'fact' ? 'Fact' : 'Conflict'} ${item.number}`;
}

export function kindLabel(item: Item): string {
  return item.kind.charAt(0).toUpperCase() + item.kind.slice(1);
}

export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** Shorten at a word boundary with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

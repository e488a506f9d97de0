import type { Article } from '../schema.ts';
import { datelineLength } from '../text/dateline.ts';
import { memoByText } from '../text/memo.ts';
import { rangeAt } from '../text/ranges.ts';
import { tokenize } from '../text/tokens.ts';
import { unitSimilarity } from './align-similarity.ts';
import { splitClauses, type Clause } from './clauses.ts';
import type { Side } from './conflicts-common.ts';
import { findDates, type DateMention } from './dates.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { FigureIndex } from './quantities-index.ts';
import type { TextAliases } from './text-aliases.ts';
import { sharedNamePins } from './relatedness.ts';
import { readUnits } from './units-read.ts';
import type { Lexicon, Unit } from './units.ts';

export interface Prepared extends Side {
  clauses: readonly Clause[];
  units: Unit[];
  unitsByClause: Unit[][];
  unitsBySentence: Unit[][];
}

export function prepare(article: Article, words: Lexicon, aliases?: TextAliases, tokens = tokenize(article.text)): Prepared {
  const text = article.text;
  // What depends on the text alone is read once while the text is among those recently
  // compared (text/memo.ts): the app compares one article with each of the story's others.
  const clauses = memoByText<readonly Clause[]>(text, 'clauses', () => splitClauses(text, tokens));
  const quantities = memoByText<readonly Quantity[]>(text, 'quantities', () => findQuantities(text));
  const dates = memoByText<readonly DateMention[]>(text, `dates:${article.publishedAt}`, () => findDates(text, article.publishedAt));
  const datelines = datelineRanges(article.paragraphs);
  const units = outside(readUnits(tokens, clauses, quantities, dates, words, aliases), datelines);
  units.forEach((unit, index) => {
    unit.index = index;
  });
  const unitsByClause: Unit[][] = clauses.map(() => []);
  for (const unit of units) unitsByClause[unit.clause]?.push(unit);
  const sentenceCount = (clauses.at(-1)?.sentence ?? -1) + 1;
  const unitsBySentence: Unit[][] = Array.from({ length: sentenceCount }, () => []);
  for (const unit of units) unitsBySentence[unit.sentence]?.push(unit);
  return { text, publishedAt: article.publishedAt, clauses, units, unitsByClause, unitsBySentence };
}

/** The units that start in none of the ranges (in text order, apart), each found by halving (`rangeAt`). */
function outside(units: Unit[], ranges: readonly { start: number; end: number }[]): Unit[] {
  return ranges.length === 0 ? units : units.filter((unit) => rangeAt(ranges, unit.start) === undefined);
}

/**
 * Where a wire dateline opens a paragraph (`KYIV, Ukraine (AP) — `): a place tag of the
 * desk, not a fact of the story, so nothing in it is compared.
 */
function datelineRanges(paragraphs: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const length = datelineLength(paragraph);
    if (length > 0) ranges.push({ start: offset, end: offset + length });
    offset += paragraph.length + 2;
  }
  return ranges;
}

/**
 * Whether the reports share what pins them to one event: names and places, days, figures.
 * Two reports of different events share only vocabulary, and get much stricter thresholds.
 */
export function shareAnEvent(A: Prepared, B: Prepared, words: Lexicon, needed: number): boolean {
  let pins = sharedNamePins(A.units, B.units, words);
  const days = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.date?.precision === 'day');
  const daysB = days(B.units);
  if (days(A.units).some((a) => daysB.some((b) => unitSimilarity(a, b) === 1))) pins += 1;
  // A round figure (“2 hours”, “10”) turns up in unrelated reports; two written digits pin.
  const figures = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.quantity !== null && unit.quantity.unit !== 'ordinal' && unit.baseWeight > 1);
  const figuresB = new FigureIndex(figures(B.units), (unit) => unit.quantity as Quantity);
  if (figures(A.units).some((a) => a.quantity !== null && figuresB.some(a.quantity, (b) => unitSimilarity(a, b) === 1))) pins += 1;
  return pins >= needed;
}

/** Whether the lexicon has an alias for an acronym (`US`, `u.s.`, `eu`) or for the whole name it stands for. */
export function knownAlias(acronym: string, name: readonly string[], words: Lexicon): boolean {
  const lower = acronym.toLowerCase();
  const dotted = lower.replace(/(?<=.)(?=.)/gu, '.');
  return [lower, dotted, `${dotted}.`].some((form) => words.matchAlias([form], 0) !== null) || words.matchAlias(name, 0)?.length === name.length;
}

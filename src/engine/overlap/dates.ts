import { isoOf, parseIsoDay } from './dates-calendar.ts';
import { findCalendarDates, type DateCandidate } from './dates-patterns.ts';
import { findRelativeDates } from './dates-relative.ts';

/**
 * A date a report mentions, as the inclusive range of days it can denote. Choices, resolved
 * against the article date:
 * - A weekday alone ("Monday", "on Monday") is the one on or before the article date (0–6 days
 *   back: news reports the past), unless the words before it in its sentence are future ("will",
 *   "is due to", "expected to", "scheduled") — then the one on or after. "last Monday" is 1–7 days
 *   back, "next/coming Monday" 1–7 days ahead.
 * - A day or month without a year ("Jan. 6", "Dec. 18", "in March") is the occurrence nearest the
 *   article date; "last March" is the latest March before the article's month, "next March" the first after.
 * - "the 18th" (after on/by/until/since/from/before/after) is the 18th of the nearest month.
 * - A year alone is a date only in a date context ("in 2022", "since 2020", "early 2022").
 *   "early"/"mid"/"late" take a third of the year or month and mark the mention hedged.
 * - "N days ago" is that day. "N weeks/months/years ago" is N ± ½ unit (written amounts are
 *   rounded); a hedge replaces that with its own range ("nearly three years ago" → 2.55–3 years).
 * - "this/last/next week" are Monday–Sunday weeks; "this/last/next month/year" calendar ones;
 *   "earlier this week" runs to the article date, "later this week" from it.
 * - "yesterday", "last night" → the day before; "today", "tonight", "this morning" → the article date.
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Inclusive ISO days. */
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year' | 'range';
  hedged: boolean;
}

/**
 * Longest first at each start; then drop any candidate that overlaps one already kept. Every kept
 * one starts at or before the candidate, so a candidate with any length overlaps one of them
 * exactly when it starts before the furthest end among them: one comparison each, not one per
 * kept date. (An empty candidate, which no pattern makes, is checked against each kept one.)
 */
export function chooseCandidates(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  let reach = -Infinity;
  for (const candidate of sorted) {
    const clash =
      candidate.start < candidate.end ? candidate.start < reach : kept.some((other) => candidate.start < other.end && other.start < candidate.end);
    if (clash) continue;
    kept.push(candidate);
    reach = Math.max(reach, candidate.end);
  }
  return kept;
}

/** Every date the text mentions, in order, resolved against `articleDate` (`YYYY-MM-DD`). */
export function findDates(text: string, articleDate: string): DateMention[] {
  const anchor = parseIsoDay(articleDate);
  const candidates = [...findCalendarDates(text, anchor), ...findRelativeDates(text, anchor)];
  return chooseCandidates(candidates).map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    from: isoOf(candidate.from),
    to: isoOf(candidate.to),
    precision: candidate.from === candidate.to ? 'day' : candidate.precision,
    hedged: candidate.hedged,
  }));
}

/** Whether two date mentions can denote the same day(s): their inclusive ranges intersect. */
export function datesOverlap(a: DateMention, b: DateMention): boolean {
  return a.from <= b.to && b.from <= a.to;
}

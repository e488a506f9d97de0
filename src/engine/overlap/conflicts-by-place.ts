import { charRange, type CharRange } from '../text/ranges.ts';
import { SpanIndex } from './span-index.ts';

/**
 * A comparison's conflicts found by where their spans lie on side A (decision 004, round 25s).
 * Each shared fact asks which conflicts stand in or beside its highlight (fact-conflicts.ts):
 * read against every conflict, that grew with the facts times the conflicts, both growing with
 * the reports (10× from 4,000 to 16,000 words). A fact's question is about spans near its own, so
 * the spans are indexed by place once (span-index.ts, as fact selection's are; mend B of session
 * 19) and each question reads those that can meet its window.
 */
export class ConflictsByPlace<T extends { a: readonly CharRange[] }> {
  /**
   * Every span on side A, owned and ordered by its conflict's number, one character on: a span
   * `[start, end)` meets `[from, to]` (ends included, an empty span too) exactly when, moved one
   * on, it overlaps `[from, to + 2)` — and a window that starts before the text starts at 0.
   */
  private readonly spans = new SpanIndex<number>();

  constructor(private readonly conflicts: readonly T[]) {
    conflicts.forEach((conflict, number) => {
      for (const range of conflict.a) this.spans.add(charRange(range.start + 1, range.end + 1), number, number);
    });
  }

  /**
   * The conflicts with a span on side A that meets `[from, to]`, ends included (a span that
   * touches either end counts, an empty one too), each once, in the order they were given: a
   * search over them finds what a search over all the conflicts finds, whenever what it looks for
   * implies such a span.
   */
  meeting(from: number, to: number): T[] {
    if (to < Math.max(from, 0)) return [];
    const numbers = new Set(this.spans.overlapping([charRange(Math.max(from, 0), to + 2)]).map((span) => span.owner));
    return [...numbers].sort((x, y) => x - y).map((number) => this.conflicts[number] as T);
  }
}

import type { CharRange } from '../text/ranges.ts';

/**
 * A comparison's conflicts found by where their spans lie on side A (decision 004, round 25s).
 * Each shared fact asks which conflicts stand in or beside its highlight (fact-conflicts.ts):
 * read against every conflict, that grew with the facts times the conflicts, both growing with
 * the reports (10× from 4,000 to 16,000 words). A fact's question is about spans near its own, so
 * the spans are sorted by start once and each question reads those that can meet its window.
 */
export class ConflictsByPlace<T extends { a: readonly CharRange[] }> {
  /** Every span on side A, as [start, end, conflict's number], sorted by start. */
  private readonly spans: (readonly [number, number, number])[] = [];
  /** The longest span: a span that meets a window starts at most this far before it. */
  private readonly longest: number = 0;

  constructor(private readonly conflicts: readonly T[]) {
    for (let number = 0; number < conflicts.length; number += 1) {
      for (const range of conflicts[number]?.a ?? []) {
        this.spans.push([range.start, range.end, number]);
        this.longest = Math.max(this.longest, range.end - range.start);
      }
    }
    this.spans.sort((x, y) => x[0] - y[0]);
  }

  /**
   * The conflicts with a span on side A that meets `[from, to]`, ends included (a span that
   * touches either end counts, an empty one too), each once, in the order they were given: a
   * search over them finds what a search over all the conflicts finds, whenever what it looks for
   * implies such a span.
   */
  meeting(from: number, to: number): T[] {
    const least = from - this.longest;
    let [low, high] = [0, this.spans.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.spans[mid]?.[0] ?? Infinity) < least) low = mid + 1;
      else high = mid;
    }
    const numbers = new Set<number>();
    for (let at = low; at < this.spans.length; at += 1) {
      const [start, end, number] = this.spans[at] as readonly [number, number, number];
      if (start > to) break;
      if (end >= from) numbers.add(number);
    }
    return [...numbers].sort((x, y) => x - y).map((number) => this.conflicts[number] as T);
  }
}

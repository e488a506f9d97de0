import type { CharRange } from '../text/ranges.ts';

/** One span of one owner, numbered by when its owner was added. */
export interface IndexedSpan<T> {
  range: CharRange;
  owner: T;
  order: number;
}

/**
 * Spans of one article, sorted by start, to find those a range overlaps without a scan of them
 * all: fact selection asks this for every draft, and a long pair has hundreds of facts. A span
 * that starts more than the longest span's length before a range cannot reach it, so a query
 * reads only the spans that start within that distance before the range's end.
 */
export class SpanIndex<T> {
  private readonly spans: IndexedSpan<T>[] = [];
  private longest = 0;

  add(range: CharRange, owner: T, order: number): void {
    const at = this.firstStartingAtOrAfter(range.start + 1);
    this.spans.splice(at, 0, { range, owner, order });
    this.longest = Math.max(this.longest, range.end - range.start);
  }

  /** Take out one span of one owner (by identity); nothing when it is not there. */
  remove(range: CharRange, owner: T): void {
    for (let i = this.firstStartingAtOrAfter(range.start); i < this.spans.length && this.spans[i]?.range.start === range.start; i += 1) {
      const span = this.spans[i];
      if (span?.range === range && span.owner === owner) {
        this.spans.splice(i, 1);
        return;
      }
    }
  }

  /** Every indexed span that overlaps one of the ranges, each once, in index order. */
  overlapping(ranges: readonly CharRange[]): IndexedSpan<T>[] {
    const found = new Set<IndexedSpan<T>>();
    for (const range of ranges) {
      for (let i = this.firstStartingAtOrAfter(range.end) - 1; i >= 0; i -= 1) {
        const span = this.spans[i];
        if (span === undefined || span.range.start <= range.start - this.longest) break;
        if (span.range.start < range.end && range.start < span.range.end) found.add(span);
      }
    }
    return [...found];
  }

  /** The owner added first among those with a span overlapping one of the ranges. */
  firstOverlapping(ranges: readonly CharRange[]): T | undefined {
    let best: IndexedSpan<T> | undefined;
    for (const span of this.overlapping(ranges)) if (best === undefined || span.order < best.order) best = span;
    return best?.owner;
  }

  /** The index of the first span whose start is at least `start`. */
  private firstStartingAtOrAfter(start: number): number {
    let [low, high] = [0, this.spans.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.spans[middle]?.range.start ?? 0) < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

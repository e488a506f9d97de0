/** Half-open character ranges `[start, end)` into one article's `text`, as the contract prints them. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Characters two spans share (0 when they only touch or are apart). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether some span of `a` and some span of `b` share at least `min` characters. */
export function someOverlap(a: readonly Span[], b: readonly Span[], min: number): boolean {
  return a.some((x) => b.some((y) => overlapLength(x, y) >= min));
}

/** The spans sorted and merged, empty ones dropped: each character counted once. */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** How many characters the spans cover, each counted once. */
export function lengthOf(spans: readonly Span[]): number {
  return unionOf(spans).reduce((sum, span) => sum + span.end - span.start, 0);
}

/** How many characters covered by `a` are also covered by `b`. */
export function sharedLength(a: readonly Span[], b: readonly Span[]): number {
  const left = unionOf(a);
  const right = unionOf(b);
  let shared = 0;
  let j = 0;
  for (const x of left) {
    while (j < right.length && (right[j]?.end ?? 0) <= x.start) j += 1;
    for (let k = j; k < right.length; k += 1) {
      const y = right[k];
      if (y === undefined || y.start >= x.end) break;
      shared += overlapLength(x, y);
    }
  }
  return shared;
}

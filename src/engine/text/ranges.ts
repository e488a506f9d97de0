declare const charOffsetBrand: unique symbol;

/** A UTF-16 code-unit offset into one article's `text` (what JavaScript string indices are). */
export type CharOffset = number & { readonly [charOffsetBrand]: true };

/** A half-open range [start, end) of character offsets. */
export interface CharRange {
  readonly start: CharOffset;
  readonly end: CharOffset;
}

export function charRange(start: number, end: number): CharRange {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`not a character range: [${start}, ${end})`);
  }
  return { start: start as CharOffset, end: end as CharOffset };
}

export function sliceRange(text: string, range: CharRange): string {
  return text.slice(range.start, range.end);
}

/**
 * How many of `ranges` (in text order, none inside another) end at or before `offset`: the index
 * of the first that reaches past it, found by halving.
 */
export function endedBy(ranges: readonly { end: number }[], offset: number): number {
  let [low, high] = [0, ranges.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The range of `ranges` (in text order, apart) that holds `offset`, if any. */
export function rangeAt<T extends { start: number; end: number }>(ranges: readonly T[], offset: number): T | undefined {
  const range = ranges[endedBy(ranges, offset)];
  return range !== undefined && range.start <= offset ? range : undefined;
}

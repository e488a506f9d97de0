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

import { isCeiling } from './quantities-agree.ts';
import type { Quantity } from './quantities.ts';

/**
 * Figures indexed so that each is compared only with those it can agree with: `quantitiesAgree`
 * holds only within one unit (one currency, one measure) and where the two ranges, each widened
 * by about half its last digit, intersect. A report's figures are kept by that family, sorted by
 * the low end of their widened range, so a figure reads only the few whose range can reach its
 * own, instead of every figure of the other report (which grew with the product of the two
 * reports' figures on long texts: decision 004, round 9d).
 *
 * The index only narrows: callers still ask `quantitiesAgree` (and whatever else) of each
 * candidate, so what they decide is what a scan of every figure decided.
 */

/** What `quantitiesAgree` requires two figures to share before it reads their values. */
const familyOf = (q: Quantity): string => `${q.unit}\u0000${q.unit === 'currency' ? (q.currency ?? '') : ''}\u0000${q.unit === 'other' ? (q.noun ?? '') : ''}`;

/**
 * A figure's range widened by a whole half of its last digit: a little wider than `rangesMeet`
 * widens it (0.499), never narrower, so no pair that meets there is missed here.
 */
function widened(q: Quantity): { low: number; high: number } {
  const slack = q.resolution * 0.5;
  return { low: q.low - slack, high: q.high + slack };
}

/**
 * Figures read by every query of their family: times of day (they meet across midnight),
 * ceilings (two ceilings meet by their tops), ranges not ordered as numbers (NaN) and ranges
 * wider than their own size (`thousands`, `more than 50`, zero): few, and a sorted list gains
 * nothing on them.
 */
function readAlways(q: Quantity, low: number, high: number): boolean {
  return q.unit === 'clock' || isCeiling(q) || !(low <= high) || high - low > Math.max(Math.abs(low), Math.abs(high));
}

interface Family {
  /** Indexes into the items, of figures read always. */
  always: number[];
  /** Indexes of the other figures, by the low end of their widened range. */
  sorted: number[];
  lows: number[];
  highs: number[];
  /** The highest widened high among sorted[0..i]: a scan down from a figure stops below it. */
  reach: number[];
}

export class FigureIndex<T> {
  private readonly families = new Map<string, Family>();

  constructor(
    private readonly items: readonly T[],
    quantityOf: (item: T) => Quantity,
  ) {
    // Each family's figures with their widened ranges, before sorting.
    const ranged = new Map<Family, { index: number; low: number; high: number }[]>();
    items.forEach((item, index) => {
      const q = quantityOf(item);
      const key = familyOf(q);
      let family = this.families.get(key);
      if (family === undefined) {
        family = { always: [], sorted: [], lows: [], highs: [], reach: [] };
        this.families.set(key, family);
      }
      const { low, high } = widened(q);
      if (readAlways(q, low, high)) family.always.push(index);
      else {
        const list = ranged.get(family);
        if (list === undefined) ranged.set(family, [{ index, low, high }]);
        else list.push({ index, low, high });
      }
    });
    for (const [family, list] of ranged) {
      list.sort((x, y) => x.low - y.low || x.index - y.index);
      let reach = -Infinity;
      for (const { index, low, high } of list) {
        reach = Math.max(reach, high);
        family.sorted.push(index);
        family.lows.push(low);
        family.highs.push(high);
        family.reach.push(reach);
      }
    }
  }

  /**
   * Whether `test` holds for an item whose figure may agree with `q`. Every item that
   * `quantitiesAgree(q, ·)` accepts is tested (and maybe a few more), in no set order: `test`
   * must ask `quantitiesAgree` itself.
   */
  some(q: Quantity, test: (item: T) => boolean): boolean {
    return this.count(q, test, 1) > 0;
  }

  /** How many items whose figure may agree with `q` pass `test` (see `some`), counting up to `most`. */
  count(q: Quantity, test: (item: T) => boolean, most = Infinity): number {
    const family = this.families.get(familyOf(q));
    if (family === undefined) return 0;
    // `found` is counted by a method, not an arrow function made per query: tsx, which runs the
    // bench, names each such function with `Object.defineProperty`, a few microseconds apiece.
    let found = 0;
    for (const index of family.always) if ((found = this.counted(index, test, found)) >= most) return found;
    const { low, high } = widened(q);
    // A figure of its own read always (a time, a ceiling, a wide or unordered range) reads every other.
    if (readAlways(q, low, high)) {
      for (const index of family.sorted) if ((found = this.counted(index, test, found)) >= most) return found;
      return found;
    }
    // The figures whose widened range starts at or below this one's end …
    let [first, last] = [0, family.lows.length];
    while (first < last) {
      const mid = (first + last) >> 1;
      if ((family.lows[mid] ?? 0) <= high) first = mid + 1;
      else last = mid;
    }
    // … and ends at or above its start; none further down once none below reaches it.
    for (let i = first - 1; i >= 0 && (family.reach[i] ?? -Infinity) >= low; i -= 1) {
      if ((family.highs[i] ?? -Infinity) >= low && (found = this.counted(family.sorted[i], test, found)) >= most) return found;
    }
    return found;
  }

  /** `found`, plus one when the item at `index` passes `test`. */
  private counted(index: number | undefined, test: (item: T) => boolean, found: number): number {
    const item = index === undefined ? undefined : this.items[index];
    return item !== undefined && test(item) ? found + 1 : found;
  }
}

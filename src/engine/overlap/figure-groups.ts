import type { Figure } from './conflicts-pairing-figures.ts';
import { lowerBound } from './sorted.ts';

/**
 * The figures of one report grouped as the figure pairing compares them (`conflicts-pairing.ts`):
 * by family and role, the rest of a group left out, and within a group the narrow figures (a
 * value known within 40%, `isNarrow`) sorted by value. Two narrow figures more than a factor of
 * two apart are never one, so a narrow figure of the other report reads only the narrow figures
 * of its value range, found by binary search, and every figure that is not narrow: the pairs the
 * pairing used to test one by one and drop (at 16,000 words 34,000 pairs of one group, 18,000 of
 * them two narrow figures, most of those far apart; decision 004, round 19s).
 */
export class FigureGroups {
  private readonly groups = new Map<string, Map<string, Group>>();

  constructor(figures: readonly Figure[], narrow: readonly boolean[]) {
    figures.forEach((figure, j) => {
      if (figure.role.includes('rest')) return;
      let roles = this.groups.get(figure.family);
      if (roles === undefined) this.groups.set(figure.family, (roles = new Map<string, Group>()));
      let group = roles.get(figure.role);
      if (group === undefined) roles.set(figure.role, (group = { all: [], wide: [], byValue: [], values: [] }));
      group.all.push(j);
      if (narrow[j] !== true) group.wide.push(j);
    });
    for (const roles of this.groups.values()) {
      for (const group of roles.values()) {
        const narrowOnes = group.all.filter((j) => narrow[j] === true);
        const value = (j: number): number => figures[j]?.quantity.value ?? 0;
        // Stable: equal values keep their text order.
        narrowOnes.sort((x, y) => value(x) - value(y) || x - y);
        group.byValue = narrowOnes;
        group.values = narrowOnes.map(value);
      }
    }
  }

  /**
   * The figures of the group of `family` and `role` that a figure may be paired with, in text
   * order: all of them, or for a narrow figure (`low`, `high`: its value halved and doubled) the
   * figures that are not narrow and the narrow ones whose value lies within [low, high].
   */
  candidates(family: string, role: string, narrow: boolean, low: number, high: number): readonly number[] {
    const group = this.groups.get(family)?.get(role);
    if (group === undefined) return NONE;
    if (!narrow) return group.all;
    const { values, byValue, wide } = group;
    const lo = lowerBound(values, low);
    let end = lo;
    while (end < values.length && (values[end] ?? 0) <= high) end += 1;
    if (end === lo) return wide;
    const inRange = byValue.slice(lo, end).sort((x, y) => x - y);
    if (wide.length === 0) return inRange;
    // Both lists are in text order: merge them.
    const merged: number[] = [];
    let [x, y] = [0, 0];
    while (x < wide.length || y < inRange.length) {
      const [w, r] = [wide[x] ?? Infinity, inRange[y] ?? Infinity];
      if (w < r) {
        merged.push(w);
        x += 1;
      } else {
        merged.push(r);
        y += 1;
      }
    }
    return merged;
  }
}

interface Group {
  /** Every figure of the group, in text order. */
  all: number[];
  /** Those that are not narrow, in text order. */
  wide: number[];
  /** The narrow ones by value, and their values. */
  byValue: number[];
  values: number[];
}
const NONE: readonly number[] = [];

import type { Unit } from './units.ts';

/**
 * Groups of words (each a list of units, such as the words beside each date of a report) indexed
 * by what a word meets another by, so that "which groups hold a word like this one" is read from
 * the index instead of by a scan of every group (decision 004, round 17s: a scan per date made
 * `loneDateConflicts` grow with the square of a report).
 *
 * `like` is the caller's test, `x.key === y.key || unitSimilarity(x, y) > 0`. For two words that
 * are neither a figure nor a date, `unitSimilarity` is above zero exactly when they share their
 * key, a sense, a frame, a kin or a neighbour key (align.ts), so the groups sharing one of those
 * with a word hold every group with a word like it; each is then tested with `like` itself, and a
 * figure or a date (compared by value) is tested against every group, so the answer is the scan's.
 */
export class WordsLike {
  private readonly groupsOf = new Map<string, number[]>();

  constructor(
    private readonly groups: readonly (readonly Unit[])[],
    private readonly like: (x: Unit, y: Unit) => boolean,
  ) {
    groups.forEach((group, index) => {
      for (const unit of group) {
        for (const token of likeTokens(unit)) {
          const list = this.groupsOf.get(token);
          if (list === undefined) this.groupsOf.set(token, [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
      }
    });
  }

  /** The indexes of the groups holding a word `like` this one (`like(other, word)`), in order. */
  groupsLike(word: Unit): number[] {
    const found: number[] = [];
    for (const index of this.candidates(word)) if (this.holds(index, word)) found.push(index);
    return found.sort((x, y) => x - y);
  }

  /**
   * How many of the groups `accept` takes hold a word `like` this one, counted up to `most`:
   * `groupsLike(word).filter(accept).length` when that is below `most`, else `most`. `accept` is
   * asked first (cheap), and the count stops at `most`: "does one date alone stand by this word"
   * needs two, not every date of a long report that stands by `said` (decision 004, round 24s).
   */
  countLike(word: Unit, accept: (index: number) => boolean, most: number): number {
    let count = 0;
    for (const index of this.candidates(word)) if (accept(index) && this.holds(index, word) && (count += 1) >= most) return count;
    return count;
  }

  /**
   * The groups that may hold a word like `word`, each once: every group for a figure or a date
   * (compared by value), in order; else those sharing a token of `likeTokens` with it, in the
   * order the index finds them.
   */
  private *candidates(word: Unit): Generator<number> {
    if (byValue(word)) {
      for (let index = 0; index < this.groups.length; index += 1) yield index;
      return;
    }
    const tried = new Set<number>();
    for (const token of likeTokens(word)) {
      for (const index of this.groupsOf.get(token) ?? []) {
        if (tried.has(index)) continue;
        tried.add(index);
        yield index;
      }
    }
  }

  /** Whether group `index` holds a word `like` this one. */
  private holds(index: number, word: Unit): boolean {
    return this.groups[index]?.some((other) => this.like(other, word)) === true;
  }
}

/** A figure or a date: `unitSimilarity` compares it by value, not by its keys. */
const byValue = (unit: Unit): boolean => unit.quantity !== null || unit.date !== null;

/**
 * What a word meets another by in `unitSimilarity`: its key, and its senses, frames, kin and
 * neighbour keys, each marked with its kind so that no two kinds meet. A figure or a date gives
 * only its key (a word meets it by key alone).
 */
function likeTokens(unit: Unit): string[] {
  const tokens = [`k ${unit.key}`];
  if (byValue(unit)) return tokens;
  for (const sense of unit.senses) tokens.push(`s ${sense}`);
  for (const frame of unit.frames) tokens.push(`f ${frame}`);
  for (const kin of unit.kin) tokens.push(`c ${kin}`);
  for (const near of unit.near) tokens.push(`n ${near}`);
  return tokens;
}

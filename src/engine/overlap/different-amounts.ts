import { memoByText } from '../text/memo.ts';
import type { ClauseAlignment } from './align.ts';
import { findQuantities, quantitiesAgree, type Quantity } from './quantities.ts';
import { lowerBound } from './sorted.ts';
import { isPinnedUnit } from './units.ts';

/**
 * Two reports that give different amounts of one thing (decision 004, round 19p). A stretch with
 * no name, figure or day of its own (`could face up to | 30 years`, `Underground production could
 * begin | in 2028`, `won | 10 seats`) shares only the frame of a statement; when the two clauses
 * it lies in go on to give amounts of one kind that cannot be the same (`20 years` / `30 years`,
 * `in 2028` / `in 2029`, `10 seats` / `29 seats`), the frame is what the reports disagree on, not
 * a fact they share. A stretch that holds a name, an agreeing figure or a day is about that
 * (`Belarus has freed 31 political prisoners` / `released 33`): it stays.
 */

/** The kinds of figure compared: an amount of one unit, a count of one noun, a year, a time of day. */
const AMOUNTS: ReadonlySet<Quantity['unit']> = new Set(['percent', 'currency', 'duration', 'clock', 'other', 'count', 'year']);

/** How far after a stretch its clause is read for figures. */
const REACH = 80;
/** The rest of a sentence: up to a full stop, a semicolon or a line break (a decimal point is no stop). */
const SENTENCE_REST = /^(?:[^.;!?\n]|\.(?=\d))*/u;
/**
 * A figure given per something (`4.35 euros a kilo`, `€4,350 per tonne`, `$17 an hour`): its
 * amount depends on what it is per, so two rates are not compared.
 */
const PER = /^\s*(?:(?:a|an|per)\s+\p{L}|\/)/iu;

/**
 * Every figure in a report, as compare-sides.ts `prepare` read it: the same memo entry
 * (text/memo.ts, kind `quantities`), so a report's figures are read once, whole and with the words
 * before them, not again from a slice.
 */
export const figuresOf = (text: string): readonly Quantity[] => memoByText<readonly Quantity[]>(text, 'quantities', () => findQuantities(text));

/** A report's figures by where they start: their numbers in `figuresOf`'s order, sorted by start (stably), and those starts. */
interface FigureStarts {
  order: Int32Array;
  starts: Float64Array;
}
const figureStartsOf = (text: string): FigureStarts =>
  memoByText<FigureStarts>(text, 'quantity-starts', () => {
    const figures = figuresOf(text);
    const order = Int32Array.from(figures.keys()).sort((x, y) => (figures[x]?.start ?? 0) - (figures[y]?.start ?? 0) || x - y);
    return { order, starts: Float64Array.from(order, (k) => figures[k]?.start ?? 0) };
  });

/**
 * The numbers (in `figuresOf(text)`, ascending) of the figures that start within one of `ranges`
 * (`from` included, `to` not): read by binary search, not by a scan of every figure of the report
 * per stretch, which grew as the square of a long report (decision 004, round 24s).
 */
export function figuresStartingIn(text: string, ranges: readonly { from: number; to: number }[]): number[] {
  const { order, starts } = figureStartsOf(text);
  const found: number[] = [];
  for (const { from, to } of ranges) for (let at = lowerBound(starts, from); at < starts.length && (starts[at] ?? 0) < to; at += 1) found.push(order[at] ?? 0);
  // Figures in the report's order, each once (ranges may overlap).
  found.sort((x, y) => x - y);
  return found.filter((k, at) => at === 0 || found[at - 1] !== k);
}

/**
 * The figures the stretch matches to nothing, from its start to the end of its sentence (within
 * `REACH`), on one side: a figure that starts there is read whole, however far it runs.
 */
function unmatchedFigures(alignment: ClauseAlignment, side: 'a' | 'b', text: string): Quantity[] {
  const span = side === 'a' ? alignment.spanA : alignment.spanB;
  const end = span.end + (SENTENCE_REST.exec(text.slice(span.end, span.end + REACH))?.[0].length ?? 0);
  const matched = alignment.matches.map((match) => match[side]).filter((unit) => unit.quantity !== null);
  const figures = figuresOf(text);
  return figuresStartingIn(text, [{ from: span.start, to: end }]).map((k) => figures[k] as Quantity).filter(
    (q) => AMOUNTS.has(q.unit) && !PER.test(text.slice(q.end, q.end + 8)) && !matched.some((unit) => unit.start < q.end && q.start < unit.end),
  );
}

/**
 * Whether two figures are of one kind: the same unit (and currency), counts of the same noun, and
 * measures in the same unit (`12 kilometres` / `40 tonnes` are not two amounts of one thing).
 */
export const ofOneKind = (x: Quantity, y: Quantity): boolean =>
  x.unit === y.unit &&
  (x.unit !== 'count' || (x.noun !== null && x.noun === y.noun)) &&
  (x.unit !== 'other' || x.noun === y.noun) &&
  (x.unit !== 'currency' || x.currency === y.currency);

/**
 * Whether the two reports, around a stretch that holds no name, figure or day, give amounts of one
 * kind that cannot be the same, and neither gives the other's amount there.
 */
export function givesDifferentAmounts(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  if (alignment.matches.some((match) => isPinnedUnit(match.a) || isPinnedUnit(match.b))) return false;
  const a = unmatchedFigures(alignment, 'a', textA);
  if (a.length === 0) return false;
  const b = unmatchedFigures(alignment, 'b', textB);
  return a.some((x) => b.some((y) => ofOneKind(x, y) && !quantitiesAgree(x, y) && !b.some((z) => quantitiesAgree(x, z)) && !a.some((z) => quantitiesAgree(z, y))));
}

import { charRange, type CharRange } from '../text/ranges.ts';
import type { Clause } from './clauses.ts';
import { quotedAt } from './conflicts-places.ts';
import { SMALL } from './quantities-lexicon.ts';
import { conflictNote, type Conflict } from './types.ts';

/**
 * Vote tallies (`voted 7-2`, `on a six to three vote`, `a 5-4 ruling`, `passed 52-48`): how a
 * body split. Two reports that give one body's vote different splits contradict each other.
 * Decision 004, round 9c.
 */

export interface TallySide {
  text: string;
  clauses: readonly Clause[];
}

type TallyConflict = Omit<Conflict, 'id'> & { strength: number };

/** Number words a tally is written in: the lexicon's up to nineteen, `nil`, `none` and `twenty`. */
const WORDS: ReadonlyMap<string, number> = new Map([['nil', 0], ['none', 0], ...SMALL, ['twenty', 20]]);
/** A number of up to three digits, whole: not a part of `4,512` or `52,412` (mend C, session 18). */
const NUMBER = String.raw`(?<![\d.,])(\d{1,3}|${[...WORDS.keys()].join('|')})(?!\d|[.,]\d)`;
/** Words that make a split of two numbers a vote's: the vote itself, a ruling, a verb of deciding. */
const VOTE = String.raw`(?:vot(?:e|es|ed|ing)|rul(?:ed|ing)|decision|verdict|majority|margin|approv(?:ed|al)|passed|rejected|backed|adopted|split)`;
/**
 * A split told with its vote: the vote word before it (`voted 7-2`, `ruled 6–3 that`, `by a vote
 * of 52 to 48`) or after it (`a six to three vote`, `a 5-4 ruling`), or votes to votes (`approved
 * by 141 votes to 63`, `the law on 12 February by 146 votes to 63`; round 24n). None after
 * `from` (`FROM_BEFORE`). Not a score (`won 2-1`), a range (`5 to 10
 * percent`), a year's span (four digits) or a number of more than three digits (`4,512 votes to
 * 3,987`: an election's votes, read as figures).
 */
const TALLY = new RegExp(
  String.raw`\b${VOTE}(?:\s+(?:by|of|on|in|a|an|the|its|their|measure|bill|plan|budget|motion|proposal|law))*\s+${NUMBER}\s*(?:-|–|—|\s+to\s+)\s*${NUMBER}\b(?!\s*(?:%|percent|per\s+cent|years?|months?|days?|hours?|minutes?|points?|seats?|votes?\s+to\b))|\b${NUMBER}\s*(?:-|–|—|\s+to\s+)\s*${NUMBER}\s+(?:\w+\s+)?${VOTE}\b|\b${NUMBER}\s+votes?\s+to\s+${NUMBER}\b`,
  'giu',
);

interface Tally {
  yes: number;
  no: number;
  span: CharRange;
}

/**
 * A split after `from`, or `from` and one word, is a change, not a vote (`grew from 110 to 340
 * votes`, `rose from about 110 votes to 340`, `from 120 votes to 340`; mend D, session 18).
 */
const FROM_BEFORE = /\bfrom\s+(?:\p{L}+\s+)?$/iu;

const valueOf = (word: string): number => WORDS.get(word.toLowerCase()) ?? Number(word);

function tallies(side: TallySide): Tally[] {
  const found: Tally[] = [];
  for (const match of side.text.matchAll(TALLY)) {
    const [x, y] = [match[1] ?? match[3] ?? match[5], match[2] ?? match[4] ?? match[6]];
    if (x === undefined || y === undefined || quotedAt(side.clauses, match.index)) continue;
    if (FROM_BEFORE.test(side.text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const [first, second] = [valueOf(x), valueOf(y)];
    if (!Number.isFinite(first) || !Number.isFinite(second) || first + second < 3) continue;
    found.push({ yes: Math.max(first, second), no: Math.min(first, second), span: charRange(match.index, match.index + match[0].length) });
  }
  return found;
}

/**
 * How far one chamber's totals may differ in two reports of one vote (abstentions, absences), as a
 * share of the larger: a fortieth, the least that holds the one pair seen (`141 votes to 63` / `146
 * votes to 63`, 5 of 209; round 24n had a tenth, which set `148 votes to 63` against it too, on no
 * evidence; mend C, session 18).
 */
const ONE_BODY_SPREAD = 0.025;
/**
 * Whether two splits are one body's vote: the same number voting (7-2 and 6-3 are nine members
 * either way; a committee's 5-2 and a council's 7-2 are two bodies), or the same number against
 * and totals within `ONE_BODY_SPREAD` (`by 141 votes to 63` / `by 146 votes to 63`: abstentions and
 * absences change a chamber's total by a few; round 24n).
 */
const oneBody = (a: Tally, b: Tally): boolean =>
  a.yes + a.no === b.yes + b.no || (a.no === b.no && Math.abs(a.yes - b.yes) <= ONE_BODY_SPREAD * Math.max(a.yes + a.no, b.yes + b.no));

/**
 * One vote split two ways: each report gives one split (a report with two tells of two votes),
 * the splits are one body's (`oneBody`), and the majorities differ.
 */
export function tallyConflicts(A: TallySide, B: TallySide): TallyConflict[] {
  const [ta, tb] = [tallies(A), tallies(B)];
  const one = (list: readonly Tally[]): Tally | null => {
    const [first] = list;
    return first !== undefined && list.every((tally) => tally.yes === first.yes && tally.no === first.no) ? first : null;
  };
  const [a, b] = [one(ta), one(tb)];
  if (a === null || b === null || a.yes === b.yes || !oneBody(a, b)) return [];
  const values: [string, string] = [A.text.slice(a.span.start, a.span.end), B.text.slice(b.span.start, b.span.end)];
  return [{ a: [a.span], b: [b.span], kind: 'number', subject: 'vote', values, note: conflictNote('vote', values), strength: 1 }];
}

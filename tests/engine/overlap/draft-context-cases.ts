import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import type { FactCandidate } from '../../../src/engine/overlap/compare-gather.ts';
import { WEAK_CONFIDENCE, withContextOfDrafts } from '../../../src/engine/overlap/draft-context.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * What the tests of a draft read against the rest of the two reports share (rounds 16r and 19q,
 * draft-context.ts): a small invented pair of reports about a cup final, and drafts reduced to
 * what `withContextOfDrafts` reads of them.
 */

/** The facts drawn from two reports given as their sentences. */
export const facts = (a: readonly string[], b: readonly string[]): string[] => factTexts(...pair(a.join(' '), b.join(' '), 'January 6, 2025'));

export const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
export const BRANDS_A = 'The side kept both brands.';
export const PARADE_A = 'The club will hold a victory parade through Tarrel on Tuesday.';

export const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';
export const BRANDS_B = 'Both brands would be kept, the side said.';
export const PARADE_B = 'Thousands are expected at a victory parade through Tarrel on Tuesday.';

/** Sentences about other things, to set `BRANDS_A` and `BRANDS_B` apart from the final. */
export const AWAY = ['Rain had fallen over the northern valleys for most of the week.', 'Ticket prices rose sharply before the season began.'];
export const ELSEWHERE = ['Local bakeries reported record sales of pastries.'];

/** The `kept both brands` / `brands would be kept` draft, short of the thresholds' strength. */
export const BRANDS_FACT = 'kept both brands | brands would be kept';

/** A draft's confidence above the weak ones'. */
export const FIRM = WEAK_CONFIDENCE + 0.1;

/** How many sentences report B has in the reduced drafts. */
const REGIONS_B = 20;

/** A draft reduced to what the rule reads: where it stands, how strong it is, what the rules say (a refused one holds a fact's parts). */
export const draftAt = (regionA: number, regionB: number, score: number, rules: boolean): FactCandidate => ({
  draft: { a: [], b: [], kind: 'paraphrase', strength: 0, score, points: [], stretch: { regionA, regionB, matches: [] } as unknown as ClauseAlignment },
  features: [],
  rules,
  substantive: true,
  filtered: false,
  ...(rules ? {} : { factsParts: true }),
});

/** On how many sides each listed pair (`[regionA, regionB, sides]`) is its sentence's best counterpart. */
export const sidesOf = (entries: readonly [number, number, number][]): Map<number, number> => new Map(entries.map(([a, b, sides]) => [a * REGIONS_B + b, sides]));

/** Which of the candidates the rules keep once read against the rest of the two reports. */
export const kept = (candidates: FactCandidate[], sides: Map<number, number>): boolean[] => withContextOfDrafts(candidates, sides, REGIONS_B).map(({ rules }) => rules);

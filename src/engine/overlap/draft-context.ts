import type { ClauseAlignment } from './align.ts';
import type { FactCandidate } from './compare-gather.ts';
import { PHRASE_SUPPORT } from './draft-filters.ts';
import { NORMAL, confidence } from './draft-rules.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * A draft read against the rest of the two reports (decision 004, round 15r). The hand-set
 * thresholds read a stretch alone; what the two reports align on around it tells a statement
 * retold from a phrase two reports share by chance. Counted on development without set 20:
 * weak drafts the rules keep (confidence under .6) hit a reference fact alone 9% of the time
 * when neither sentence is the other's best counterpart and no neighbouring sentence pair holds
 * a fact, 22% when one of them is, against 69–74% in mutually best pairs and 17–42% beside a
 * fact; a kept draft must hit about 38% of the time to raise F1 at these figures.
 */

/**
 * A weak draft: less than a fact's strength and one word of full weight (what a lone phrase
 * needs beside it), read as its confidence so that shared wording (at least .9) is never weak.
 */
export const WEAK_CONFIDENCE = confidence(NORMAL.strength + PHRASE_SUPPORT, false);

/** A sentence pair the hand-set gathering aligns, with its stretches (compare.ts `aligned`). */
export interface AlignedPair {
  regionA: number;
  regionB: number;
  alignments: readonly ClauseAlignment[];
}

/** What a sentence pair shares in all: its best stretch's strength and every matched unit besides. */
export const sharedInAll = (alignment: ClauseAlignment | undefined): number => (alignment === undefined ? 0 : alignment.strength + (alignment.besides ?? 0));

/**
 * On how many sides (0–2) each pair (as `regionA * regionsB + regionB`) is its sentence's best
 * counterpart: it shares at least as much in all (every matched unit of the two sentences) as
 * the sentence shares with any other sentence of the other report.
 */
export function bestSides(pairs: readonly AlignedPair[], regionsB: number): Map<number, number> {
  const mostA = new Map<number, number>();
  const mostB = new Map<number, number>();
  for (const { regionA, regionB, alignments } of pairs) {
    const value = sharedInAll(alignments[0]);
    mostA.set(regionA, Math.max(mostA.get(regionA) ?? 0, value));
    mostB.set(regionB, Math.max(mostB.get(regionB) ?? 0, value));
  }
  const sides = new Map<number, number>();
  for (const { regionA, regionB, alignments } of pairs) {
    const value = sharedInAll(alignments[0]);
    sides.set(regionA * regionsB + regionB, (value >= (mostA.get(regionA) ?? 0) ? 1 : 0) + (value >= (mostB.get(regionB) ?? 0) ? 1 : 0));
  }
  return sides;
}

/**
 * Two sentence pairs side by side: one sentence on, or back, in either report or both, the same
 * way. Where the other lies from one, in sentences of A and of B.
 */
const BESIDE: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [1, 1],
  [-1, 0],
  [0, -1],
  [-1, -1],
];

/**
 * How many of `stretches` lie beside a stretch (`BESIDE`), read from where each lies rather than by a scan
 * of them all per draft (round 17s: a scan per draft was a square of a long report's drafts).
 */
function besideCount(stretches: readonly ClauseAlignment[]): (stretch: ClauseAlignment) => number {
  const at = new Map<string, number>();
  for (const { regionA, regionB } of stretches) at.set(`${regionA} ${regionB}`, (at.get(`${regionA} ${regionB}`) ?? 0) + 1);
  return ({ regionA, regionB }) => {
    let count = 0;
    for (const [da, db] of BESIDE) count += at.get(`${regionA + da} ${regionB + db}`) ?? 0;
    return count;
  };
}

/** A draft the rules keep that stands on its own: not weak, holding a figure, or in a mutually best pair. */
const standsAlone = (candidate: FactCandidate, stretch: ClauseAlignment, sides: ReadonlyMap<number, number>, regionsB: number): boolean =>
  candidate.draft.score >= WEAK_CONFIDENCE || stretch.matches.some((match) => match.a.quantity !== null) || sides.get(stretch.regionA * regionsB + stretch.regionB) === 2 || candidate.quotedWhole === true;

/** How far a quotation's marks may lie outside the stretch it encloses: a few unmatched words (`“entirely avoidable”`). */
const QUOTE_REACH = 40;
/** The words from an opening quotation mark to the stretch, and from it to the closing mark (no other mark, no sentence end). */
const BEFORE_IN_QUOTE = /["“‘«]([^"“”‘’«».!?;]*)$/u;
const AFTER_IN_QUOTE = /^([^"“”‘’«».!?;]*?)[,.!?]?["”’»]/u;

/** The quotation that encloses a stretch, as its words, or null when no quotation mark is near on both sides. */
function enclosingQuotation(text: string, start: number, end: number): string | null {
  const before = BEFORE_IN_QUOTE.exec(text.slice(Math.max(0, start - QUOTE_REACH), start));
  const after = AFTER_IN_QUOTE.exec(text.slice(end, end + QUOTE_REACH));
  if (before === null || after === null) return null;
  return (`${before[1] ?? ''}${text.slice(start, end)}${after[1] ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Whether a stretch lies in a short quotation both reports give whole, word for word
 * (`the offer was "fair and generous"` / `insisted the deal was “fair and generous”`): both quote
 * one speaker's words, which two reports do not share by chance. Words inside longer, different
 * quotations (`“We protect children from alcohol …”` / `“… to protect our children”`) are not:
 * two speakers may say them. Two words at least: one quoted word is a label. And the two
 * sentences name someone alike outside the quotation (`nameOutsideQuotations`).
 */
export function quotedWhole(stretch: ClauseAlignment, A: QuotingSide, B: QuotingSide): boolean {
  const { matches, spanA, spanB } = stretch;
  if (matches.length === 0) return false;
  for (const match of matches) if (!match.a.quoted || !match.b.quoted || match.similarity !== 1) return false;
  const quotation = enclosingQuotation(A.text, spanA.start, spanA.end);
  if (quotation === null || !quotation.includes(' ') || quotation !== enclosingQuotation(B.text, spanB.start, spanB.end)) return false;
  return nameOutsideQuotations(A.unitsBySentence[stretch.regionA] ?? [], B.unitsBySentence[stretch.regionB] ?? []);
}

/** What `quotedWhole` reads of a report: its text and its units by sentence. */
export interface QuotingSide {
  text: string;
  unitsBySentence: readonly (readonly Unit[])[];
}

/**
 * Whether two sentences name someone alike outside their quotations: the one who speaks, or whom
 * the words are about (`Education Minister Rachel Keough said … "fair and generous"` / `Ms Keough
 * insisted … “fair and generous”`). Two speakers may say a stock phrase (`“completely
 * unacceptable”`, police of crowd trouble, a coach of a pitch): the words alone are no shared
 * fact (mend B of session 19).
 */
function nameOutsideQuotations(unitsA: readonly Unit[], unitsB: readonly Unit[]): boolean {
  const keysB = new Set(unitsB.filter((unit) => isEntityUnit(unit) && !unit.quoted).map((unit) => unit.key));
  return unitsA.some((unit) => isEntityUnit(unit) && !unit.quoted && keysB.has(unit.key));
}

/**
 * How far, in sentences of each report, a fact that stands on its own may lie from two sentences
 * each other's best counterpart and still vouch for a refused draft there (session 16 mend of
 * round 19q): about a paragraph's reach, rather than anywhere in the two reports.
 */
const NEAR = 5;

/**
 * The candidates read against where the two reports run side by side (decision 004, rounds 15r
 * and 16r): a weak draft the rules keep is withdrawn where they do not (`withoutLoneWeakDrafts`),
 * and a draft the rules refuse that holds a fact's parts (select.ts `holdsAFactsParts`: two
 * matched units and a fact's anchors, or an agreeing figure, no filter, more than who spoke) is
 * kept where they do: its pair is the best counterpart of at least one of its sentences, and
 * facts that stand on their own (not weak, holding a figure, or in a mutually best pair) vouch
 * for it. When only one of its two sentences has the other as its best counterpart, two such
 * facts lie in pairs beside it (one sentence on or back in either report or both, the same way;
 * round 16r). When its two sentences are each other's best counterpart, one such fact within
 * `NEAR` sentences of it in both reports is enough (round 19q: such drafts with no standing fact
 * beside them hit a reference fact 54% of the time on development, 14 of 26; a kept fact must
 * hit about 38%; session 16 asked the fact to be near rather than anywhere). A pair the rules
 * draw a fact from admits none (what else two sentences share beside a fact is its context,
 * round 13r). What the thresholds ask beyond a fact's parts — a word beside the names (`Kenneth Vargas` / `Kenneth Vargas`),
 * strength (`keep both brands` / `brands would be kept`) — the thread of the two reports around
 * it vouches for, as the rest of two sentences that tell the same thing does in a strongly
 * aligned pair (round 13r).
 */
export function withContextOfDrafts(candidates: readonly FactCandidate[], sides: ReadonlyMap<number, number>, regionsB: number): FactCandidate[] {
  const withdrawn = withoutLoneWeakDrafts(candidates, sides, regionsB);
  const standing: ClauseAlignment[] = [];
  // Pairs the rules draw a fact from: what else their sentences share is that statement's context (round 13r).
  const drawn = new Set<number>();
  for (const candidate of withdrawn) {
    const { rules, draft } = candidate;
    if (!rules || draft.stretch === undefined) continue;
    drawn.add(draft.stretch.regionA * regionsB + draft.stretch.regionB);
    if (standsAlone(candidate, draft.stretch, sides, regionsB)) standing.push(draft.stretch);
  }
  const sidesOf = ({ regionA, regionB }: ClauseAlignment): number => sides.get(regionA * regionsB + regionB) ?? 0;
  const standingBeside = besideCount(standing);
  const standingNear = ({ regionA, regionB }: ClauseAlignment): boolean =>
    standing.some((fact) => Math.abs(fact.regionA - regionA) <= NEAR && Math.abs(fact.regionB - regionB) <= NEAR);
  // A pair best on both sides asks a fact that stands within `NEAR` sentences; a pair best on one
  // side only, two beside it (round 16r).
  const runSideBySide = (stretch: ClauseAlignment): boolean => {
    const best = sidesOf(stretch);
    if (best === 0 || drawn.has(stretch.regionA * regionsB + stretch.regionB)) return false;
    if (best === 2) return standingNear(stretch);
    return standingBeside(stretch) >= 2;
  };
  return withdrawn.map((candidate) => {
    const { stretch } = candidate.draft;
    return candidate.rules || candidate.factsParts !== true || stretch === undefined || !runSideBySide(stretch) ? candidate : { ...candidate, rules: true };
  });
}

/**
 * The candidates with the rules' verdict withdrawn from a weak draft that stands alone: its two
 * sentences are not each other's best counterpart (both ways), no sentence pair next to it (one
 * sentence on, or back, in either report or both, the same way) holds a draft the rules keep
 * that stands on its own (two weak drafts do not vouch for each other), and it holds no figure
 * (a figure both give is a fact of its own, round 13r). A phrase two sentences about other
 * things share (`coalition agreement`, `electric vehicles`) looks like a short true fact; a
 * short true fact is told where the reports run side by side. A lone figure (no stretch) is
 * judged as before.
 */
export function withoutLoneWeakDrafts(candidates: readonly FactCandidate[], sides: ReadonlyMap<number, number>, regionsB: number): FactCandidate[] {
  // A draft that stands on its own: the rules keep it and it is not weak, holds a figure, or is
  // told by two sentences that are each other's best counterpart.
  // Only such a draft vouches for a weak one beside it: two weak drafts do not vouch for each other.
  const vouching: ClauseAlignment[] = [];
  for (const candidate of candidates) {
    const { stretch } = candidate.draft;
    if (candidate.rules && stretch !== undefined && standsAlone(candidate, stretch, sides, regionsB)) vouching.push(stretch);
  }
  const vouchingBeside = besideCount(vouching);
  const besideOne = (stretch: ClauseAlignment): boolean => vouchingBeside(stretch) > 0;
  return candidates.map((candidate) => {
    const { stretch } = candidate.draft;
    if (!candidate.rules || stretch === undefined || standsAlone(candidate, stretch, sides, regionsB) || besideOne(stretch)) return candidate;
    return { ...candidate, rules: false };
  });
}

import type { UnitMatch } from './align.ts';
import { isPinned, type DraftEvidence } from './draft-rules.ts';
import type { FactDraft } from './select.ts';
import { isEntityUnit } from './units.ts';

/**
 * What the learned fact gate (draft-model.ts) reads of a draft: numbers computed from its
 * alignment and the two texts only, never from a gold. Each is the same read from either report
 * (a side's value enters as the smaller and the larger of the two), so compare(b, a) mirrors
 * compare(a, b). Decision 004, round 8a; `likeness` and `mutualBest`, round 9b.
 */
export const FEATURE_NAMES = [
  'strength', // log(1 + total match value)
  'content', // value carried by words, not names, places, dates
  'anchors', // exact matches (synonyms and frames count half)
  'saying', // content matches beside naming someone, at most 4
  'matches', // log(1 + matched units)
  'exactWords', // the very same word, no name, figure or date
  'looseWords', // a synonym, related word, kin or neighbour
  'names', // names and aliases
  'figures',
  'dates',
  'verbatim', // four words in the same order on both sides
  'quotedBoth', // share of matches quoted in both reports
  'pinned', // the same name, place, day or figure on both sides
  'wordsMin', // log(1 + words in the highlight), the shorter side
  'wordsMax',
  'densityMin', // matched characters / highlighted characters, the sparser side
  'densityMax',
  'coverMin', // matched weight / the sentence's unit weight, the less covered side
  'coverMax',
  'bestOf', // on how many sides (0–2) it is the strongest draft of its sentence
  'relative', // strength / the strongest draft's sharing either sentence
  'lonePath', // a figure alone in the pair, in different forms (lone-figures.ts)
  'joinedPath', // weak stretches of one clause each, joined (align.ts)
  'preciseFigure',
  'besides', // log(1 + what else the two sentences share)
  'rules', // the hand-set thresholds pass (the filters below apart)
  'lonePhrase',
  'onlySpeaker',
  'denied',
  'likeness', // what the two sentences share in all / their mean unit weight (a Dice coefficient), at most 1
  'mutualBest', // on how many sides (0–2) the other sentence is this one's likeliest counterpart by `likeness`
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Where a draft came from: a stretch of a sentence pair, a lone figure, or joined stretches. */
export type DraftPath = 'stretch' | 'lone' | 'joined';

/** What a draft is read with beside its own evidence: its sentences and its rivals there. */
export interface DraftContext {
  textA: string;
  textB: string;
  /** Total unit weight of the draft's sentence in each report. */
  sentenceWeightA: number;
  sentenceWeightB: number;
  /** The strongest stretch among the drafts sharing its sentence, in each report (`ClauseAlignment.strength`). */
  bestA: number;
  bestB: number;
  /**
   * What the two sentences share in all: the value of every match of the sentence pair, in the
   * stretch or beside it (`ClauseAlignment.strength + besides`).
   */
  sharedBySentences: number;
  /** The most either sentence shares so with any sentence of the other report. */
  mostSharedA: number;
  mostSharedB: number;
}

const isFigure = (match: UnitMatch): boolean => match.a.quantity !== null;
const isDate = (match: UnitMatch): boolean => match.a.date !== null;
const isWord = (match: UnitMatch): boolean => !isFigure(match) && !isDate(match) && !isEntityUnit(match.a) && !isEntityUnit(match.b);

function spanWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    // Letters and digits of any script: anything above ASCII counts as a letter here.
    const letter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
    if (letter && !inWord) words += 1;
    inWord = letter;
  }
  return words;
}

/**
 * How alike the draft's two sentences are as wholes: twice what they share over their total
 * weight. A paraphrase shares little in any one stretch (`Belarus has freed 31 political
 * prisoners` / `Belarus released 33 political prisoners`) but much of both sentences; a
 * stretch of two long sentences about other things shares a phrase and little else.
 */
function likeness(context: DraftContext): number {
  const total = context.sentenceWeightA + context.sentenceWeightB;
  return total > 0 ? Math.min(1, (2 * context.sharedBySentences) / total) : 0;
}

/** The draft's features, in the order of FEATURE_NAMES. */
export function draftFeatures(draft: FactDraft, evidence: DraftEvidence, path: DraftPath, context: DraftContext): number[] {
  const { alignment } = evidence;
  const matches = alignment.matches;
  const count = (test: (match: UnitMatch) => boolean): number => matches.reduce((n, match) => n + (test(match) ? 1 : 0), 0);
  const [spanA, spanB] = [draft.a[0], draft.b[0]];
  const lengthA = spanA === undefined ? 0 : spanA.end - spanA.start;
  const lengthB = spanB === undefined ? 0 : spanB.end - spanB.start;
  const matchedChars = (side: 'a' | 'b'): number => matches.reduce((n, match) => n + (match[side].end - match[side].start), 0);
  const density = (chars: number, length: number): number => (length > 0 ? Math.min(1, chars / length) : 0);
  const [densityA, densityB] = [density(matchedChars('a'), lengthA), density(matchedChars('b'), lengthB)];
  const weight = (side: 'a' | 'b'): number => matches.reduce((n, match) => n + match[side].weight, 0);
  const cover = (matched: number, total: number): number => (total > 0 ? Math.min(1, matched / total) : 0);
  const [coverA, coverB] = [cover(weight('a'), context.sentenceWeightA), cover(weight('b'), context.sentenceWeightB)];
  const wordsA = spanA === undefined ? 0 : spanWords(context.textA, spanA.start, spanA.end);
  const wordsB = spanB === undefined ? 0 : spanWords(context.textB, spanB.start, spanB.end);
  const best = Math.max(context.bestA, context.bestB);
  // The stretch's own strength (a lone figure's draft carries the threshold's instead).
  const strength = alignment.strength;
  const flag = (value: boolean): number => (value ? 1 : 0);
  return [
    Math.log1p(strength),
    alignment.content,
    alignment.anchors,
    Math.min(4, alignment.saying),
    Math.log1p(matches.length),
    count((match) => isWord(match) && match.similarity === 1),
    count((match) => isWord(match) && match.similarity < 1),
    count((match) => isEntityUnit(match.a) || isEntityUnit(match.b)),
    count(isFigure),
    count(isDate),
    flag(evidence.verbatim),
    matches.length === 0 ? 0 : count((match) => match.a.quoted && match.b.quoted) / matches.length,
    flag(isPinned(alignment)),
    Math.log1p(Math.min(wordsA, wordsB)),
    Math.log1p(Math.max(wordsA, wordsB)),
    Math.min(densityA, densityB),
    Math.max(densityA, densityB),
    Math.min(coverA, coverB),
    Math.max(coverA, coverB),
    flag(strength >= context.bestA) + flag(strength >= context.bestB),
    best > 0 ? Math.min(1, strength / best) : 1,
    flag(path === 'lone'),
    flag(path === 'joined'),
    flag(evidence.preciseFigure),
    Math.log1p(alignment.besides ?? 0),
    flag(evidence.passes),
    flag(evidence.lonePhrase),
    flag(evidence.onlySpeaker),
    flag(evidence.denied),
    likeness(context),
    flag(context.sharedBySentences >= context.mostSharedA) + flag(context.sharedBySentences >= context.mostSharedB),
  ];
}

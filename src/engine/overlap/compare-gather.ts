import type { Article } from '../schema.ts';
import { tokenize } from '../text/tokens.ts';
import { MAX_ALIGNMENTS_PER_PAIR, alignRegionsUpTo, indexUnits, type ClauseAlignment, type UnitIndex } from './align.ts';
import { clauseParts, joinWithinClauses } from './align-joins.ts';
import { knownAlias, prepare, shareAnEvent, type Prepared } from './compare-sides.ts';
import { LEARNED_ALIGNMENTS_PER_PAIR, LEARNED_MIN_CANDIDATE_VALUE, MIN_CANDIDATE_VALUE, candidatePairs } from './compare-sentence-pairs.ts';
import { findConflicts } from './conflicts.ts';
import type { PairingOptions } from './conflicts-pairing.ts';
import { bestSides, quotedWhole, sharedInAll, withContextOfDrafts, type AlignedPair, type QuotingSide } from './draft-context.ts';
import { draftFeatures, type DraftPath } from './draft-features.ts';
import { quoteRunDrafts } from './quote-runs.ts';
import { findTextAliases } from './text-aliases.ts';
import { NORMAL, STRICT, holdsAFactsParts, holdsAFigure, judgeDraft, keptByRules, keptInAStrongPair, type DraftEvidence } from './draft-rules.ts';
import type { FactDraft } from './select.ts';
import type { Conflict } from './types.ts';
import { loneFigureDraft } from './lone-figures.ts';
import { sharedDenialDraft } from './shared-denials.ts';
import { holdsEventPin, pinsNeeded } from './relatedness.ts';
import { numberKeys, weighUnits, type Lexicon, type Unit } from './units.ts';

/** A draft either gate may keep: its features (draft-features.ts) and what the hand-set rules say of it. */
export interface FactCandidate {
  draft: FactDraft;
  features: number[];
  /** The hand-set gathering finds it and its thresholds and filters keep it. */
  rules: boolean;
  /**
   * It says something beside naming (`saying`, align.ts) and holds two matched units or a precise
   * figure: the least a draft the rules refuse must hold for the learned gate to admit it. A name,
   * a place and a day alone, or one round figure agreeing by chance, is no fact at any probability.
   */
  substantive: boolean;
  /** A hand-set filter drops it (a lone phrase, only the speaker, a word denied in one report). */
  filtered: boolean;
  /**
   * The rules refuse it, but it holds a fact's parts (select.ts `holdsAFactsParts`): kept where
   * the two reports run side by side around it (draft-context.ts `withContextOfDrafts`).
   */
  factsParts?: boolean;
  /** Its stretch is a whole quotation in both reports (draft-context.ts `quotedWhole`): it stands on its own. */
  quotedWhole?: boolean;
}

/**
 * A comparison of two reports, in the engine's order, before its facts are chosen: everything
 * that does not depend on the fact model, so the training script can try models on it.
 */
export interface PairEvidence {
  a: string;
  b: string;
  textA: string;
  textB: string;
  /** The reports share no event: the strict thresholds rule. */
  strict: boolean;
  candidates: FactCandidate[];
  /** Quotations both reports print word for word: facts under either gate. */
  quoteRuns: FactDraft[];
  conflicts: Conflict[];
}

interface Judged {
  alignment: ClauseAlignment;
  path: DraftPath;
  judged: { draft: FactDraft; evidence: DraftEvidence } | null;
  /** Gathered for the learned gate only (round 9b): a draft, never a quote for the conflicts. */
  further?: boolean;
  /** Its sentence pair is strongly aligned (`stronglyAlignedPairs`). */
  strongPair?: boolean;
}

/**
 * Sentence pairs (as `regionA * regionsB + regionB`) that each of their two sentences shares
 * more with than with any other sentence of the other report (`bestSides` 2), and that share a
 * fact's strength in all (every matched unit of the two sentences, in any stretch): two
 * sentences that tell the same thing (decision 004, round 13r). Only pairs the hand-set gathering
 * aligns are read, so the learned gate's wider gathering finds the same ones.
 */
function stronglyAlignedPairs(base: readonly AlignedPair[], sides: ReadonlyMap<number, number>, regionsB: number): Set<number> {
  const strong = new Set<number>();
  for (const { regionA, regionB, alignments } of base) {
    const key = regionA * regionsB + regionB;
    if (sharedInAll(alignments[0]) >= NORMAL.strength && sides.get(key) === 2) strong.add(key);
  }
  return strong;
}

const keptJudged = ({ judged }: Judged): boolean => judged !== null && keptByRules(judged.evidence);

export function gatherOrdered(a: Article, b: Article, words: Lexicon, learned: boolean, pairing: PairingOptions = {}): PairEvidence {
  const [tokensA, tokensB] = [tokenize(a.text), tokenize(b.text)];
  const aliases = findTextAliases(
    [tokensA, tokensB],
    (acronym, name) => knownAlias(acronym, name, words),
    (word) => words.lemmatize(word),
    (norms, i) => {
      const alias = words.matchAlias(norms, i);
      return alias !== null && alias.key.startsWith('country:') ? alias : null;
    },
  );
  const A = prepare(a, words, aliases, tokensA);
  const B = prepare(b, words, aliases, tokensB);
  const keyIds = new Map<string, number>();
  numberKeys(A.units, keyIds);
  numberKeys(B.units, keyIds);
  weighUnits([
    { units: A.units, clauseCount: A.clauses.length },
    { units: B.units, clauseCount: B.clauses.length },
  ]);
  const thresholds = shareAnEvent(A, B, words, pinsNeeded(a.publishedAt, b.publishedAt)) ? NORMAL : STRICT;
  const gathered = candidatePairs(A, B, keyIds, learned ? LEARNED_MIN_CANDIDATE_VALUE : MIN_CANDIDATE_VALUE);
  // Conflicts are read in the pairs the hand-set gathering aligns, whichever the gate.
  const pairs = learned ? gathered.filter(({ value }) => value >= MIN_CANDIDATE_VALUE) : gathered;
  const indexesB: (UnitIndex | undefined)[] = [];
  // Each sentence pair's stretches, found once: what each pair shares in all is read before any is judged.
  const most = learned ? LEARNED_ALIGNMENTS_PER_PAIR : MAX_ALIGNMENTS_PER_PAIR;
  const aligned = gathered.map((pair) => {
    const [unitsA, unitsB] = [A.unitsBySentence[pair.regionA] ?? [], B.unitsBySentence[pair.regionB] ?? []];
    const indexB = (indexesB[pair.regionB] ??= indexUnits(unitsB));
    const { alignments, within } = alignRegionsUpTo(pair.regionA, unitsA, pair.regionB, unitsB, indexB, most);
    // A literal, not `{ ...pair, … }`: a spread then more fields makes a hidden class per object (align.ts `measure`).
    return { regionA: pair.regionA, regionB: pair.regionB, value: pair.value, unitsA, unitsB, alignments, within };
  });
  // On how many sides each pair the hand-set gathering aligns is its sentences' best counterpart (round 15r).
  const base = thresholds === NORMAL ? aligned.filter(({ value }) => value >= MIN_CANDIDATE_VALUE) : [];
  const sides = thresholds === NORMAL ? bestSides(base, B.unitsBySentence.length) : new Map<number, number>();
  const strong = thresholds === NORMAL ? stronglyAlignedPairs(base, sides, B.unitsBySentence.length) : new Set<number>();
  const judge = (alignment: ClauseAlignment, path: DraftPath, strongPair = false): Judged => ({
    alignment,
    path,
    // In a strongly aligned pair a draft the thresholds refuse may still be kept (keptInAStrongPair),
    // and in a pair best on one side beside a fact (draft-context.ts, round 16r): judge it whole.
    judged: judgeDraft(alignment, A.text, B.text, thresholds, learned || strongPair || (sides.get(alignment.regionA * B.unitsBySentence.length + alignment.regionB) ?? 0) >= 1),
    ...(strongPair ? { strongPair } : {}),
  });
  // The drafts of one sentence pair's stretches, and of a lone figure or joined stretches there.
  const judgedPair = (alignments: readonly ClauseAlignment[], unitsA: readonly Unit[], unitsB: readonly Unit[], strongPair: boolean): Judged[] => {
    const judgedAll = alignments.map((alignment) => judge(alignment, 'stretch', strongPair));
    // The weaker reading of a strongly aligned pair speaks only for a pair the rules draw no fact
    // from: where they do, the rest the two sentences share is that statement's context — but
    // for a figure both give, which is a fact of its own beside it.
    const found = strongPair && judgedAll.some(keptJudged) ? judgedAll.map((entry) => (holdsAFigure(entry.alignment) ? entry : { alignment: entry.alignment, path: entry.path, judged: entry.judged, strongPair: false })) : judgedAll;
    // Stretches too weak alone may together be one statement of one clause on each side.
    if (found.some(keptJudged)) return found;
    // A figure two reports give in different forms, alone in the pair (`a third` / `33%`).
    if (thresholds === NORMAL) {
      const lone = found.flatMap(({ alignment }): Judged[] => {
        const draft = loneFigureDraft(alignment, A, B, words, NORMAL.strength);
        const evidence: DraftEvidence = { alignment, verbatim: false, preciseFigure: false, passes: true, lonePhrase: false, onlySpeaker: false, denied: false };
        return draft === null ? [] : [{ alignment, path: 'lone', judged: { draft, evidence } }];
      });
      if (lone.length > 0) return [...found, ...lone];
    }
    const joined = joinWithinClauses(alignments, unitsA, unitsB);
    const withJoined = joined === null || (thresholds === STRICT && !holdsEventPin(joined, words)) ? found : [...found, judge(joined, 'joined')];
    if (thresholds !== NORMAL) return withJoined;
    // A word both reports deny, the denial shared beside it (`No arrests` / `No one has been
    // arrested`), in a pair best on one side at least: two sentences about one thing.
    const denials = found.flatMap(({ alignment }): Judged[] => {
      const draft = (sides.get(alignment.regionA * B.unitsBySentence.length + alignment.regionB) ?? 0) >= 1 ? sharedDenialDraft(alignment, A, B) : null;
      const evidence: DraftEvidence = { alignment, verbatim: false, preciseFigure: false, passes: true, lonePhrase: false, onlySpeaker: false, denied: false };
      return draft === null ? [] : [{ alignment, path: 'lone', judged: { draft, evidence } }];
    });
    return [...withJoined, ...denials];
  };
  // Reports of different events share a fact only where it holds what one event alone has.
  // (Made once per comparison, not per sentence pair: tsx names every function made, at some cost.)
  const holds = (alignment: ClauseAlignment): boolean => thresholds !== STRICT || holdsEventPin(alignment, words);
  // Loops and pushes, not flatMap and spreads: this runs once per sentence pair, and the arrays
  // made and copied per pair cost a comparison of 1,000 words a side about 1% (round 27s).
  const judged: Judged[] = [];
  const further = (alignment: ClauseAlignment): void => {
    judged.push({ alignment, path: 'stretch', judged: judge(alignment, 'stretch').judged, further: true });
  };
  for (const { regionA, regionB, value, unitsA, unitsB, alignments: all, within } of aligned) {
    // What the hand-set gathering aligns; the learned gate's further stretches are drafts alone.
    const base = value >= MIN_CANDIDATE_VALUE;
    if (base) judged.push(...judgedPair(all.slice(0, within).filter(holds), unitsA, unitsB, strong.has(regionA * B.unitsBySentence.length + regionB)));
    for (let i = base ? within : 0; i < all.length; i += 1) if (holds(all[i] as ClauseAlignment)) further(all[i] as ClauseAlignment);
    // With the learned gate, each stretch over several clauses is also read clause by clause.
    if (learned) for (const alignment of all) if (holds(alignment)) for (const part of clauseParts(alignment, unitsA, unitsB)) further(part);
  }
  const quotes = judged.filter((entry) => entry.further !== true && keptJudged(entry) && entry.judged?.draft.kind === 'quote').map(({ alignment }) => alignment);
  // Reports of different events cannot contradict each other.
  // A quotation both reports carry word for word, across its sentences (quote-runs.ts).
  const quoteRuns = thresholds === NORMAL ? quoteRunDrafts({ tokens: tokensA, clauses: A.clauses }, { tokens: tokensB, clauses: B.clauses }) : [];
  const runs = quoteRuns.flatMap(({ a: [a], b: [b], strength }) => (a === undefined || b === undefined ? [] : [{ a, b, strength }]));
  // The stretches of the pairs the hand-set gathering aligns: the slots they leave (conflicts-slots.ts).
  const stretches: ClauseAlignment[] = [];
  for (const { value, alignments, within } of aligned) if (value >= MIN_CANDIDATE_VALUE) for (let i = 0; i < within && i < alignments.length; i += 1) stretches.push(alignments[i] as ClauseAlignment);
  // The strongly aligned pairs, with their stretches: each sentence's one value of a kind (conflicts.ts).
  const strongPairs = aligned.flatMap(({ regionA, regionB, alignments, within }) => (strong.has(regionA * B.unitsBySentence.length + regionB) ? [{ regionA, regionB, stretches: alignments.slice(0, within) }] : []));
  const conflicts = thresholds === STRICT ? [] : findConflicts(pairs, quotes, A, B, words, runs, stretches, strongPairs, pairing);
  return {
    a: a.id,
    b: b.id,
    textA: A.text,
    textB: B.text,
    strict: thresholds === STRICT,
    // A weak draft the rules keep where the reports do not run side by side is withdrawn (round 15r).
    // A refused draft that holds a fact's parts, where they do run side by side, is admitted (round 16r).
    candidates: thresholds === NORMAL ? withContextOfDrafts(candidatesOf(judged, A, B, learned), sides, B.unitsBySentence.length) : candidatesOf(judged, A, B, learned),
    quoteRuns,
    conflicts: conflicts
      .sort((x, y) => (x.a[0]?.start ?? 0) - (y.a[0]?.start ?? 0))
      .map((conflict, index) => ({ ...conflict, id: `conflict-${index + 1}` })),
  };
}

/** Every judged draft with its features, read against its sentences and its rivals there. */
const candidateOf = (draft: FactDraft, evidence: DraftEvidence, features: number[], further: boolean, strongPair: boolean, sides: { a: QuotingSide; b: QuotingSide }): FactCandidate => ({
  draft,
  features,
  // A further stretch (round 9b) is no draft of the hand-set gathering, so none the rules keep.
  rules: !further && (keptByRules(evidence) || (strongPair && keptInAStrongPair(evidence))),
  substantive: evidence.alignment.saying >= 1 && (evidence.alignment.matches.length >= 2 || evidence.preciseFigure),
  filtered: evidence.lonePhrase || evidence.onlySpeaker || evidence.denied,
  ...(!further && holdsAFactsParts(evidence) ? { factsParts: true } : {}),
  ...(quotedWhole(evidence.alignment, sides.a, sides.b) ? { quotedWhole: true } : {}),
});

function candidatesOf(judged: readonly Judged[], A: Prepared, B: Prepared, learned: boolean): FactCandidate[] {
  const sides = { a: A, b: B };
  // The hand-set rules read no features: spare them, and the rivals' strengths they are read against.
  if (!learned) {
    // A loop, not flatMap: on the 16,000-word pair flatMap took 80 ms here (decision 004, round 9d).
    const candidates: FactCandidate[] = [];
    for (const { judged: entry, strongPair } of judged) if (entry !== null) candidates.push(candidateOf(entry.draft, entry.evidence, [], false, strongPair === true, sides));
    return candidates;
  }
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const { judged: entry } of judged) {
    if (entry === null) continue;
    const { regionA, regionB, strength } = entry.evidence.alignment;
    bestA.set(regionA, Math.max(bestA.get(regionA) ?? 0, strength));
    bestB.set(regionB, Math.max(bestB.get(regionB) ?? 0, strength));
  }
  // What each sentence pair shares in all (any of its stretches, and what else), and the most
  // each sentence shares with any counterpart: how alike sentences are as wholes.
  const regionsB = B.unitsBySentence.length;
  const sharedBy = new Map<number, number>();
  const mostA = new Map<number, number>();
  const mostB = new Map<number, number>();
  for (const { alignment } of judged) {
    const { regionA, regionB } = alignment;
    const shared = Math.max(sharedBy.get(regionA * regionsB + regionB) ?? 0, alignment.strength + (alignment.besides ?? 0));
    sharedBy.set(regionA * regionsB + regionB, shared);
    mostA.set(regionA, Math.max(mostA.get(regionA) ?? 0, shared));
    mostB.set(regionB, Math.max(mostB.get(regionB) ?? 0, shared));
  }
  const weightOf = (units: readonly Unit[] | undefined): number => (units ?? []).reduce((sum, unit) => sum + unit.weight, 0);
  return judged.flatMap(({ path, judged: entry, further, strongPair }): FactCandidate[] => {
    if (entry === null) return [];
    const { draft, evidence } = entry;
    const { regionA, regionB } = evidence.alignment;
    const context = {
      sharedBySentences: sharedBy.get(regionA * regionsB + regionB) ?? 0,
      mostSharedA: mostA.get(regionA) ?? 0,
      mostSharedB: mostB.get(regionB) ?? 0,
      textA: A.text,
      textB: B.text,
      sentenceWeightA: weightOf(A.unitsBySentence[regionA]),
      sentenceWeightB: weightOf(B.unitsBySentence[regionB]),
      bestA: bestA.get(regionA) ?? 0,
      bestB: bestB.get(regionB) ?? 0,
    };
    return [candidateOf(draft, evidence, draftFeatures(draft, evidence, path, context), further === true, strongPair === true, sides)];
  });
}

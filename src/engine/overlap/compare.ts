import * as lexicon from '../lexicon/index.ts';
import { MAX_ARTICLE_CHARS } from '../limits.ts';
import type { Article } from '../schema.ts';
import { datelineLength } from '../text/dateline.ts';
import { memoByText } from '../text/memo.ts';
import { rangeAt } from '../text/ranges.ts';
import { tokenize } from '../text/tokens.ts';
import { BestPairs } from './best-pairs.ts';
import { MAX_ALIGNMENTS_PER_PAIR, alignRegionsUpTo, indexUnits, unitSimilarity, type ClauseAlignment, type UnitIndex } from './align.ts';
import { clauseParts, joinWithinClauses } from './align-joins.ts';
import { splitClauses, type Clause } from './clauses.ts';
import type { Side } from './conflicts-common.ts';
import { findConflicts } from './conflicts.ts';
import { bestSides, sharedInAll, withContextOfDrafts, type AlignedPair } from './draft-context.ts';
import { draftFeatures, type DraftPath } from './draft-features.ts';
import { probability, type DraftModel } from './draft-model.ts';
import { findDates, type DateMention } from './dates.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { quoteRunDrafts } from './quote-runs.ts';
import { FigureIndex } from './quantities-index.ts';
import { measureKeys } from './quantities-units.ts';
import { findTextAliases, type TextAliases } from './text-aliases.ts';
import { NORMAL, STRICT, holdsAFactsParts, holdsAFigure, judgeDraft, keptByRules, keptInAStrongPair, type DraftEvidence } from './draft-rules.ts';
import { head, joinAdjacent, selectFacts, type FactDraft } from './select.ts';
import { mirrorComparison, type Comparison, type Conflict, type SharedFact } from './types.ts';
import { figureKeys, loneFigureDraft } from './lone-figures.ts';
import { sharedDenialDraft } from './shared-denials.ts';
import { holdsEventPin, pinsNeeded, sharedNamePins } from './relatedness.ts';
import { readUnits } from './units-read.ts';
import { keyId, numberKeys, weighUnits, type Lexicon, type Unit } from './units.ts';

interface Prepared extends Side {
  clauses: readonly Clause[];
  units: Unit[];
  unitsByClause: Unit[][];
  unitsBySentence: Unit[][];
}

function prepare(article: Article, words: Lexicon, aliases?: TextAliases, tokens = tokenize(article.text)): Prepared {
  const text = article.text;
  // What depends on the text alone is read once while the text is among those recently
  // compared (text/memo.ts): the app compares one article with each of the story's others.
  const clauses = memoByText<readonly Clause[]>(text, 'clauses', () => splitClauses(text, tokens));
  const quantities = memoByText<readonly Quantity[]>(text, 'quantities', () => findQuantities(text));
  const dates = memoByText<readonly DateMention[]>(text, `dates:${article.publishedAt}`, () => findDates(text, article.publishedAt));
  const datelines = datelineRanges(article.paragraphs);
  const units = outside(readUnits(tokens, clauses, quantities, dates, words, aliases), datelines);
  units.forEach((unit, index) => {
    unit.index = index;
  });
  const unitsByClause: Unit[][] = clauses.map(() => []);
  for (const unit of units) unitsByClause[unit.clause]?.push(unit);
  const sentenceCount = (clauses.at(-1)?.sentence ?? -1) + 1;
  const unitsBySentence: Unit[][] = Array.from({ length: sentenceCount }, () => []);
  for (const unit of units) unitsBySentence[unit.sentence]?.push(unit);
  return { text, publishedAt: article.publishedAt, clauses, units, unitsByClause, unitsBySentence };
}

/** The units that start in none of the ranges (in text order, apart), each found by halving (`rangeAt`). */
function outside(units: Unit[], ranges: readonly { start: number; end: number }[]): Unit[] {
  return ranges.length === 0 ? units : units.filter((unit) => rangeAt(ranges, unit.start) === undefined);
}

/**
 * Where a wire dateline opens a paragraph (`KYIV, Ukraine (AP) — `): a place tag of the
 * desk, not a fact of the story, so nothing in it is compared.
 */
function datelineRanges(paragraphs: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const length = datelineLength(paragraph);
    if (length > 0) ranges.push({ start: offset, end: offset + length });
    offset += paragraph.length + 2;
  }
  return ranges;
}

/** A key found in more sentences than this is too common to propose candidates by itself. */
const MAX_POSTINGS = 48;
const MIN_CANDIDATE_VALUE = 0.9;
/**
 * With the learned gate, sentence pairs sharing less are aligned too, and more stretches of
 * each pair are drafted: the gate, not the gathering, decides (decision 004, round 9b). The
 * hand-set rules, tuned on what the stricter gathering found, keep it.
 */
const LEARNED_MIN_CANDIDATE_VALUE = 0.5;
const LEARNED_ALIGNMENTS_PER_PAIR = 5;
/** Each sentence is aligned with at most this many of the other report's: linear work. */
const CANDIDATES_PER_SENTENCE = 6;

/**
 * Sentence pairs worth aligning: those that share enough weighted vocabulary (`least`), found
 * through an inverted index so the work grows with the shared vocabulary, not with the product
 * of the sentence counts. Each comes with its value: a lower `least` adds pairs below the
 * former least and changes none above it (a pair's rank among its sentences' counts only
 * stronger pairs).
 */
function candidatePairs(A: Prepared, B: Prepared, ids: Map<string, number>, least: number): { regionA: number; regionB: number; value: number }[] {
  // Postings by key number: B's sentences holding the key and the heaviest unit there, in order.
  const sentencesOf: number[][] = [];
  const weightsOf: number[][] = [];
  for (const unit of B.units) {
    for (const key of candidateKeys(unit, ids)) {
      const sentences = (sentencesOf[key] ??= []);
      const weights = (weightsOf[key] ??= []);
      // B's units come in sentence order: a sentence already listed is the last one.
      const at = sentences.length - 1;
      if (sentences[at] !== unit.sentence) {
        sentences.push(unit.sentence);
        weights.push(unit.weight);
      } else weights[at] = Math.max(weights[at] ?? 0, unit.weight);
    }
  }
  const regionsB = B.unitsBySentence.length;
  // Kept as they come, the best few of each sentence: sorting every pair above `least` grew
  // faster than the text (4,900 at 4,000 words a side, 71,000 at 16,000).
  const best = new BestPairs(CANDIDATES_PER_SENTENCE);
  // What one unit of A reaches in each sentence of B (its best key there), and what its whole
  // sentence does, without a map per unit or per pair: A's units come in sentence order.
  const reached = new Float64Array(regionsB);
  const stamp = new Int32Array(regionsB).fill(-1);
  const touched: number[] = [];
  const totals = new Float64Array(regionsB);
  const countedIn = new Int32Array(regionsB).fill(-1);
  const counted: number[] = [];
  let sentence = -1;
  for (const unit of A.units) {
    if (unit.sentence !== sentence) {
      flushSentence(sentence, counted, totals, least, best);
      sentence = unit.sentence;
    }
    touched.length = 0;
    for (const key of candidateKeys(unit, ids)) {
      const sentences = sentencesOf[key];
      const weights = weightsOf[key];
      if (sentences === undefined || weights === undefined || sentences.length > MAX_POSTINGS) continue;
      for (let p = 0; p < sentences.length; p += 1) {
        const regionB = sentences[p] ?? 0;
        const value = Math.min(weights[p] ?? 0, unit.weight);
        if (stamp[regionB] !== unit.index) {
          stamp[regionB] = unit.index;
          reached[regionB] = value;
          touched.push(regionB);
        } else reached[regionB] = Math.max(reached[regionB] ?? 0, value);
      }
    }
    for (const regionB of touched) {
      if (countedIn[regionB] !== unit.sentence) {
        countedIn[regionB] = unit.sentence;
        counted.push(regionB);
      }
      totals[regionB] = (totals[regionB] ?? 0) + (reached[regionB] ?? 0);
    }
  }
  flushSentence(sentence, counted, totals, least, best);
  // A pair is kept when it is among the best few of either of its sentences.
  return best.result();
}

/** One sentence of A's totals with the sentences of B it reached: those of `least` or more are offered, all are reset. */
function flushSentence(regionA: number, counted: number[], totals: Float64Array, least: number, best: BestPairs): void {
  for (const regionB of counted) {
    const value = totals[regionB] ?? 0;
    if (value >= least) best.offer(regionA, regionB, value);
    totals[regionB] = 0;
  }
  counted.length = 0;
  best.closeSentenceA();
}


/**
 * The keys a sentence is found by: its words, names and aliases, and its precise figures (two
 * significant digits or more) by value: `Almonte 39.7%` finds `Almonte received 39.7 percent`
 * though the two share one name. Agreeing figures written to other precision (`1.2bn`,
 * `$1,200 million`) meet in alignment, not here.
 */
function candidateKeys(unit: Unit, ids: Map<string, number>): readonly number[] {
  const quantity = unit.quantity;
  if (quantity === null) return unit.keyIds;
  // A figure written in other forms (`a third` / `33%`) is also found by its approximate keys.
  const approximate = [...figureKeys(quantity), ...measureKeys(quantity)];
  const keys = unit.baseWeight <= 1 ? approximate : [`#${quantity.unit}:${quantity.currency ?? ''}:${quantity.value}`, ...approximate];
  return keys.map((key) => keyId(key, ids));
}

/**
 * Whether the reports share what pins them to one event: names and places, days, figures.
 * Two reports of different events share only vocabulary, and get much stricter thresholds.
 */
function shareAnEvent(A: Prepared, B: Prepared, words: Lexicon, needed: number): boolean {
  let pins = sharedNamePins(A.units, B.units, words);
  const days = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.date?.precision === 'day');
  const daysB = days(B.units);
  if (days(A.units).some((a) => daysB.some((b) => unitSimilarity(a, b) === 1))) pins += 1;
  // A round figure (“2 hours”, “10”) turns up in unrelated reports; two written digits pin.
  const figures = (units: readonly Unit[]): Unit[] => units.filter((unit) => unit.quantity !== null && unit.quantity.unit !== 'ordinal' && unit.baseWeight > 1);
  const figuresB = new FigureIndex(figures(B.units), (unit) => unit.quantity as Quantity);
  if (figures(A.units).some((a) => a.quantity !== null && figuresB.some(a.quantity, (b) => unitSimilarity(a, b) === 1))) pins += 1;
  return pins >= needed;
}

/** Whether the lexicon has an alias for an acronym (`US`, `u.s.`, `eu`) or for the whole name it stands for. */
function knownAlias(acronym: string, name: readonly string[], words: Lexicon): boolean {
  const lower = acronym.toLowerCase();
  const dotted = lower.replace(/(?<=.)(?=.)/gu, '.');
  return [lower, dotted, `${dotted}.`].some((form) => words.matchAlias([form], 0) !== null) || words.matchAlias(name, 0)?.length === name.length;
}

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

/**
 * The fact gate compareArticles uses by default: the hand-set rules. The learned gate
 * (draft-model-data.ts, `DRAFT_MODEL`, with the `substantive` floor) beats them in
 * cross-validation on every once-blind set, but drops drafts the rules keep that it finds
 * unlikely, among them one of the seed's four required facts (`supplied troops`: a tenth of a
 * long sentence, not its strongest draft); decision 004, rounds 8a and 9a.
 */
const DEFAULT_MODEL: DraftModel | null = null;

const keptJudged = ({ judged }: Judged): boolean => judged !== null && keptByRules(judged.evidence);

function gatherOrdered(a: Article, b: Article, words: Lexicon, learned: boolean): PairEvidence {
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
  const judged = aligned.flatMap(({ regionA, regionB, value, unitsA, unitsB, alignments: all, within }): Judged[] => {
    // What the hand-set gathering aligns; the learned gate's further stretches are drafts alone.
    const base = value >= MIN_CANDIDATE_VALUE;
    // With the learned gate, each stretch over several clauses is also read clause by clause.
    const parts = learned ? all.filter(holds).flatMap((alignment) => clauseParts(alignment, unitsA, unitsB)) : [];
    const further = [...all.slice(base ? within : 0).filter(holds), ...parts].map((alignment): Judged => ({ alignment, path: 'stretch', judged: judge(alignment, 'stretch').judged, further: true }));
    return base ? [...judgedPair(all.slice(0, within).filter(holds), unitsA, unitsB, strong.has(regionA * B.unitsBySentence.length + regionB)), ...further] : further;
  });
  const quotes = judged.filter((entry) => entry.further !== true && keptJudged(entry) && entry.judged?.draft.kind === 'quote').map(({ alignment }) => alignment);
  // Reports of different events cannot contradict each other.
  // A quotation both reports carry word for word, across its sentences (quote-runs.ts).
  const quoteRuns = thresholds === NORMAL ? quoteRunDrafts({ tokens: tokensA, clauses: A.clauses }, { tokens: tokensB, clauses: B.clauses }) : [];
  const runs = quoteRuns.flatMap(({ a: [a], b: [b], strength }) => (a === undefined || b === undefined ? [] : [{ a, b, strength }]));
  // The stretches of the pairs the hand-set gathering aligns: the slots they leave (conflicts-slots.ts).
  const stretches = aligned.filter(({ value }) => value >= MIN_CANDIDATE_VALUE).flatMap(({ alignments, within }) => alignments.slice(0, within));
  // The strongly aligned pairs, with their stretches: each sentence's one value of a kind (conflicts.ts).
  const strongPairs = aligned.flatMap(({ regionA, regionB, alignments, within }) => (strong.has(regionA * B.unitsBySentence.length + regionB) ? [{ regionA, regionB, stretches: alignments.slice(0, within) }] : []));
  const conflicts = thresholds === STRICT ? [] : findConflicts(pairs, quotes, A, B, words, runs, stretches, strongPairs);
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
const candidateOf = (draft: FactDraft, evidence: DraftEvidence, features: number[], further = false, strongPair = false): FactCandidate => ({
  draft,
  features,
  // A further stretch (round 9b) is no draft of the hand-set gathering, so none the rules keep.
  rules: !further && (keptByRules(evidence) || (strongPair && keptInAStrongPair(evidence))),
  substantive: evidence.alignment.saying >= 1 && (evidence.alignment.matches.length >= 2 || evidence.preciseFigure),
  filtered: evidence.lonePhrase || evidence.onlySpeaker || evidence.denied,
  ...(!further && holdsAFactsParts(evidence) ? { factsParts: true } : {}),
});

function candidatesOf(judged: readonly Judged[], A: Prepared, B: Prepared, learned: boolean): FactCandidate[] {
  // The hand-set rules read no features: spare them, and the rivals' strengths they are read against.
  if (!learned) {
    // A loop, not flatMap: on the 16,000-word pair flatMap took 80 ms here (decision 004, round 9d).
    const candidates: FactCandidate[] = [];
    for (const { judged: entry, strongPair } of judged) if (entry !== null) candidates.push(candidateOf(entry.draft, entry.evidence, [], false, strongPair));
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
    return [candidateOf(draft, evidence, draftFeatures(draft, evidence, path, context), further, strongPair)];
  });
}

/**
 * Whether the learned gate keeps a draft of reports sharing an event: a likely one that the
 * hand-set rules keep or that holds what any fact must (`substantive`), and no hard filter drops.
 */
export function keptByModel(model: DraftModel, candidate: FactCandidate, p: number): boolean {
  return p >= model.threshold && (candidate.rules || candidate.substantive) && !(model.hardRules && candidate.filtered);
}

/**
 * The facts of a gathered pair. With a model, a draft is a fact candidate when its probability
 * reaches the model's threshold (reports of different events keep the strict hand-set rules),
 * its confidence is that probability, and the likeliest are chosen first; without one, the
 * hand-set rules decide and the strongest are chosen first.
 */
function comparisonOrdered(evidence: PairEvidence, model: DraftModel | null): Comparison {
  const { textA, textB } = evidence;
  const drafts =
    model === null
      ? evidence.candidates.filter((candidate) => candidate.rules).map((candidate) => candidate.draft)
      : evidence.candidates.flatMap((candidate): FactDraft[] => {
          const p = probability(model, candidate.features);
          const keep = evidence.strict ? candidate.rules : keptByModel(model, candidate, p);
          return keep ? [{ ...candidate.draft, score: p }] : [];
        });
  drafts.push(...evidence.quoteRuns);
  const facts = joinAdjacent(selectFacts(drafts, { a: textA, b: textB }, model?.order === 'probability' ? 'score' : 'strength'), textA, textB).sort((x, y) => head(x.a).start - head(y.a).start);
  return {
    a: evidence.a,
    b: evidence.b,
    facts: facts.map((fact, index): SharedFact => ({
      id: `fact-${index + 1}`,
      a: [...fact.a].sort((x, y) => x.start - y.start),
      b: [...fact.b].sort((x, y) => x.start - y.start),
      kind: fact.kind,
      score: fact.score,
    })),
    conflicts: evidence.conflicts.map((conflict) => ({ ...conflict })),
  };
}

/** A pair gathered in the engine's order (`swapped`: b's text comes first), for `comparisonFrom`. */
export interface GatheredPair {
  swapped: boolean;
  evidence: PairEvidence;
}

/**
 * Gather what a comparison of two reports holds before its facts are chosen (see PairEvidence).
 * `learned` false: only the drafts the hand-set rules keep, without features (cheaper).
 */
export function gatherPair(a: Article, b: Article, words: Lexicon = lexicon, learned = true): GatheredPair {
  for (const article of [a, b]) {
    if (article.text.length > MAX_ARTICLE_CHARS) {
      throw new RangeError(`article ${article.id} is ${article.text.length} characters long; the engine compares articles of at most ${MAX_ARTICLE_CHARS}`);
    }
  }
  const swapped = a.text > b.text || (a.text === b.text && a.id > b.id);
  return { swapped, evidence: swapped ? gatherOrdered(b, a, words, learned) : gatherOrdered(a, b, words, learned) };
}

/** The comparison of a gathered pair, its facts chosen with `model` (null: the hand-set rules). */
export function comparisonFrom(pair: GatheredPair, model: DraftModel | null = DEFAULT_MODEL): Comparison {
  const comparison = comparisonOrdered(pair.evidence, model);
  return pair.swapped ? mirrorComparison(comparison) : comparison;
}

/**
 * Compare two reports: the facts both state, phrase by phrase, and the conflicts between them.
 * Deterministic and symmetric: compare(b, a) is compare(a, b) with the sides swapped. `model`
 * is the fact gate (draft-model.ts): null, the default, for the hand-set rules.
 */
export function compareArticles(a: Article, b: Article, words: Lexicon = lexicon, model: DraftModel | null = DEFAULT_MODEL): Comparison {
  return comparisonFrom(gatherPair(a, b, words, model !== null), model);
}

/** Every pair of articles, in digest order: (0,1), (0,2), …, (1,2), … */
export function compareAllPairs(articles: readonly Article[], words: Lexicon = lexicon, model: DraftModel | null = DEFAULT_MODEL): Comparison[] {
  const comparisons: Comparison[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = articles[i];
      const b = articles[j];
      if (a !== undefined && b !== undefined) comparisons.push(compareArticles(a, b, words, model));
    }
  }
  return comparisons;
}

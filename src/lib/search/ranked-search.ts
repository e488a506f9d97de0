import type MiniSearch from 'minisearch';

/**
 * MiniSearch's own ranking (BM25+, its prefix weights, field boosts, AND, tie order), computed
 * over MiniSearch's index with numbers instead of objects, for the best `limit` results only.
 *
 * `MiniSearch.search()` builds a result object, a term list and a match map for every posting
 * of every expansion of every query word, then sorts all matches. At 10,000 articles a query
 * whose last word is a short prefix (`earthquake res`: six expansions, 20,495 postings, 941
 * matches) spent most of its time there. Here each query word is scored into one typed array
 * per word (cached while later words are typed), the words are intersected in MiniSearch's
 * order, and a heap keeps the best `limit`; only those get their matched terms.
 *
 * It reads MiniSearch's index as the library keeps it: the structures its documented
 * serialised form (`toJSON`) writes out (terms → field id → short document id → term
 * frequency; field lengths; average field lengths; the document count), here live, not copied.
 * Those are private fields, so `readIndex` checks their shape and callers fall back to
 * `MiniSearch.search()` when it does not hold (a MiniSearch upgrade that changes them), and
 * tests/lib/search/ranked-search.test.ts compares this with `MiniSearch.search()` result by
 * result (ids, order, scores, matched terms) on a generated corpus.
 *
 * Supported: what SEARCH_OPTIONS uses: `combineWith: 'AND'`, `prefix` as a function, no fuzzy
 * matching, no `boostTerm`, default BM25 parameters and weights, field boosts, and a filter
 * (applied where MiniSearch applies a document boost of 0: the document is skipped, nothing
 * else changes). The index must hold no discarded documents (the engine removes, never
 * discards); when it does, `readIndex` answers null and the caller uses MiniSearch.
 */

type FieldData = Map<number, Map<number, number>>;

interface RadixIndex {
  get(term: string): FieldData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldData]>;
}

/** The parts of MiniSearch's index this reads (the shape of its `toJSON`, kept live). */
interface IndexInternals {
  _index: RadixIndex;
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _dirtCount: number;
}

export interface RankOptions {
  fields: readonly string[];
  boost: Readonly<Record<string, number>>;
  prefix: (term: string, index: number, terms: string[]) => boolean;
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string;
}

export interface RankedHit {
  shortId: number;
  id: unknown;
  score: number;
  /** The index terms this document matched, in MiniSearch's order (`Object.keys(result.match)`). */
  terms: string[];
}

export interface RankedResults {
  total: number;
  hits: RankedHit[];
}

// MiniSearch's defaults (defaultSearchOptions.weights.prefix and defaultBM25params, minisearch 7.2).
const PREFIX_WEIGHT = 0.375;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One query word scored over every document: the score per short id (0: not matched), and the order MiniSearch met them in. */
interface WordScores {
  scores: Float64Array;
  order: Int32Array;
  /** The index terms the word expanded to, in MiniSearch's order, with their postings per field. */
  derived: { term: string; data: FieldData }[];
}

export interface RankedIndex {
  /** The best `limit` matches of `query` that `admit` lets through (by document id), ranked as MiniSearch ranks them. */
  search(query: string, limit: number, admit: ((id: unknown) => boolean) | null): RankedResults;
}

function looksLikeInternals(value: unknown): value is IndexInternals {
  const index = value as Partial<IndexInternals> | null;
  return (
    index !== null &&
    typeof index === 'object' &&
    typeof index._index?.get === 'function' &&
    typeof index._index.atPrefix === 'function' &&
    typeof index._documentCount === 'number' &&
    index._documentIds instanceof Map &&
    index._fieldLength instanceof Map &&
    Array.isArray(index._avgFieldLength) &&
    typeof index._fieldIds === 'object' &&
    typeof index._nextId === 'number' &&
    typeof index._dirtCount === 'number'
  );
}

/**
 * A scorer over `index` as it is now; make a new one after the index changes (documents added
 * or removed). Null when the index is not in a shape this can read exactly (see above).
 */
export function readIndex(index: MiniSearch<never> | MiniSearch<unknown>, options: RankOptions): RankedIndex | null {
  const internals: unknown = index;
  if (!looksLikeInternals(internals) || internals._dirtCount !== 0) return null;
  const { _index: radix, _documentCount: documentCount, _documentIds: documentIds, _fieldIds: fieldIds, _avgFieldLength: avgFieldLength } = internals;
  const size = internals._nextId;
  const fields = options.fields.map((field) => {
    const fieldId = fieldIds[field];
    if (fieldId === undefined) throw new Error(`MiniSearch has no field ${field}`);
    // MiniSearch: `getOwnProperty(options.boost, field) || 1`.
    const boost = Object.prototype.hasOwnProperty.call(options.boost, field) ? options.boost[field] || 1 : 1;
    const lengths = new Float64Array(size);
    for (const [shortId, fieldLengths] of internals._fieldLength) lengths[shortId] = fieldLengths[fieldId] ?? 0;
    return { fieldId, boost, lengths, average: avgFieldLength[fieldId] ?? 0 };
  });
  const alive = new Uint8Array(size);
  for (const shortId of documentIds.keys()) alive[shortId] = 1;

  /** MiniSearch's termResults, into numbers. */
  const addTerm = (data: FieldData, weight: number, scores: Float64Array, order: number[]): void => {
    for (const field of fields) {
      const freqs = data.get(field.fieldId);
      if (freqs === undefined) continue;
      let matching = freqs.size;
      for (const [shortId, termFreq] of freqs) {
        if (alive[shortId] !== 1) {
          matching -= 1;
          continue;
        }
        const fieldLength = field.lengths[shortId] as number;
        const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const rawScore = invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / field.average)));
        // termWeight * termBoost * fieldBoost * docBoost * rawScore, with termBoost and docBoost 1, as MiniSearch multiplies.
        const weighted = weight * 1 * field.boost * 1 * rawScore;
        const before = scores[shortId] as number;
        if (before === 0) {
          order.push(shortId);
          scores[shortId] = weighted;
        } else scores[shortId] = before + weighted;
      }
    }
  };

  /** Scores are cached per word (and whether it is a prefix): the finished words of a query being typed are scored once. */
  const cache = new Map<string, WordScores>();
  const scoreWord = (term: string, prefix: boolean): WordScores => {
    const key = `${prefix ? '*' : '='}${term}`;
    const cached = cache.get(key);
    if (cached !== undefined) {
      cache.delete(key);
      cache.set(key, cached); // most recently used last
      return cached;
    }
    const scores = new Float64Array(size);
    const order: number[] = [];
    const derived: { term: string; data: FieldData }[] = [];
    const exact = radix.get(term);
    if (exact !== undefined) {
      addTerm(exact, 1, scores, order);
      derived.push({ term, data: exact });
    }
    if (prefix) {
      for (const [found, data] of radix.atPrefix(term)) {
        const distance = found.length - term.length;
        if (!distance) continue;
        addTerm(data, (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * distance), scores, order);
        derived.push({ term: found, data });
      }
    }
    const word: WordScores = { scores, order: Int32Array.from(order), derived };
    cache.set(key, word);
    if (cache.size > 16) cache.delete(cache.keys().next().value as string);
    return word;
  };

  const matchedTerms = (shortId: number, words: readonly WordScores[]): string[] => {
    // An object, as MiniSearch's `match`: its key order (integer-like keys first) is the order of `terms`.
    const match: Record<string, true> = {};
    for (const word of words) {
      for (const { term, data } of word.derived) {
        for (const field of fields) {
          if (data.get(field.fieldId)?.has(shortId) === true) {
            match[term] = true;
            break;
          }
        }
      }
    }
    return Object.keys(match);
  };

  return {
    search(query, limit, admit) {
      const terms = options
        .tokenize(query)
        .map((term) => options.processTerm(term))
        .filter((term) => !!term);
      if (terms.length === 0) return { total: 0, hits: [] };
      const words = terms.map((term, i) => scoreWord(term, options.prefix(term, i, terms)));
      const quality = new Set(terms).size;
      const last = words[words.length - 1] as WordScores;
      const others = words.slice(0, -1).map((word) => word.scores);
      // A min-heap of the best `limit`, worst on top: lower score, or equal score and later in MiniSearch's order (its sort is stable).
      const heapIds: number[] = [];
      const heapScores: number[] = [];
      const heapRanks: number[] = [];
      const worse = (a: number, b: number): boolean => (heapScores[a] as number) < (heapScores[b] as number) || ((heapScores[a] as number) === (heapScores[b] as number) && (heapRanks[a] as number) > (heapRanks[b] as number));
      const swap = (a: number, b: number): void => {
        [heapIds[a], heapIds[b]] = [heapIds[b] as number, heapIds[a] as number];
        [heapScores[a], heapScores[b]] = [heapScores[b] as number, heapScores[a] as number];
        [heapRanks[a], heapRanks[b]] = [heapRanks[b] as number, heapRanks[a] as number];
      };
      let total = 0;
      const order = last.order;
      for (let rank = 0; rank < order.length; rank++) {
        const shortId = order[rank] as number;
        let score = (words[0] as WordScores).scores[shortId] as number;
        if (score === 0) continue;
        let matched = true;
        // AND, as MiniSearch folds it: ((first + second) + third) …
        for (let w = 1; w < others.length; w++) {
          const s = (others[w] as Float64Array)[shortId] as number;
          if (s === 0) {
            matched = false;
            break;
          }
          score += s;
        }
        if (!matched) continue;
        if (words.length > 1) score += last.scores[shortId] as number;
        if (admit !== null && !admit(documentIds.get(shortId))) continue;
        total += 1;
        score *= quality;
        if (limit <= 0) continue;
        if (heapIds.length < limit) {
          heapIds.push(shortId);
          heapScores.push(score);
          heapRanks.push(rank);
          for (let i = heapIds.length - 1; i > 0; ) {
            const parent = (i - 1) >> 1;
            if (!worse(i, parent)) break;
            swap(i, parent);
            i = parent;
          }
        } else if (score > (heapScores[0] as number)) {
          // Equal scores never displace: the one already kept came earlier in MiniSearch's order.
          heapIds[0] = shortId;
          heapScores[0] = score;
          heapRanks[0] = rank;
          for (let i = 0; ; ) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < heapIds.length && worse(left, smallest)) smallest = left;
            if (right < heapIds.length && worse(right, smallest)) smallest = right;
            if (smallest === i) break;
            swap(i, smallest);
            i = smallest;
          }
        }
      }
      const kept = heapIds.map((shortId, i) => ({ shortId, score: heapScores[i] as number, rank: heapRanks[i] as number }));
      kept.sort((a, b) => b.score - a.score || a.rank - b.rank);
      return {
        total,
        hits: kept.map(({ shortId, score }) => ({ shortId, id: documentIds.get(shortId), score, terms: matchedTerms(shortId, words) })),
      };
    },
  };
}

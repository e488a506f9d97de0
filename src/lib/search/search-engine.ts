import MiniSearch, { type SearchOptions } from 'minisearch';
import { makeSnippet, normalizeTerm, tokenize } from './highlight.ts';
import type { SearchDoc, SearchFilters, SearchResults } from './search-protocol.ts';
import { readIndex, type RankOptions, type RankedIndex } from './ranked-search.ts';

/**
 * The full-text index (MiniSearch) over headlines, bodies and outlets. It runs in the search
 * worker; tests, which have no Worker, run the very same code in-thread.
 */

/**
 * Only the last word of a query is a prefix (it is still being typed), and only from 3 letters:
 * a 1–2 letter prefix expands to most of the vocabulary, and each expansion costs its postings
 * (scripts/bench-scale.ts measured it). No fuzzy matching: at 10,000 articles it alone cost
 * tens of milliseconds per keystroke.
 */
const isPrefix = (term: string, index: number, terms: string[]): boolean => index === terms.length - 1 && term.length >= 3;

export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, outlet: 2 },
  prefix: isPrefix,
  fuzzy: false,
  combineWith: 'AND',
};

export interface SearchEngine {
  /** Start loading the bundled documents (once); resolves when they are indexed. */
  warm(): Promise<void>;
  /** Replace the set of imported articles in the index. */
  setImported(docs: readonly SearchDoc[]): void;
  search(query: string, filters: SearchFilters, limit: number): Promise<SearchResults>;
  readonly size: number;
}

const filtering = (filters: SearchFilters): boolean => filters.outlet !== null || filters.story !== null || filters.from !== null || filters.to !== null;

function passes(doc: SearchDoc, filters: SearchFilters): boolean {
  return (
    (filters.outlet === null || doc.outlet === filters.outlet) &&
    (filters.story === null || doc.storyId === filters.story) &&
    (filters.from === null || doc.publishedAt >= filters.from) &&
    (filters.to === null || doc.publishedAt <= filters.to)
  );
}

/** The MiniSearch options, shared with scripts/bench-scale.ts (which measures a serialised index against them). */
export const INDEX_OPTIONS = {
  fields: ['title', 'body', 'outlet'],
  idField: 'id',
  tokenize,
  processTerm: normalizeTerm,
  searchOptions: SEARCH_OPTIONS,
};

export interface SearchEngineOptions {
  /**
   * Rank with `readIndex` (ranked-search.ts: MiniSearch's ranking over its index, in numbers)
   * when the index allows it; false: `MiniSearch.search()` always (what the bench compares with).
   */
  ranked?: boolean;
}

const RANK_OPTIONS: RankOptions = {
  fields: INDEX_OPTIONS.fields,
  boost: SEARCH_OPTIONS.boost ?? {},
  prefix: isPrefix,
  tokenize,
  processTerm: normalizeTerm,
};

export function createSearchEngine(loadBundled: () => Promise<SearchDoc[]>, options: SearchEngineOptions = {}): SearchEngine {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  const docs = new Map<string, SearchDoc>();
  /** The scorer over the index as it is; dropped (with its per-word cache) whenever the index changes. */
  let ranked: RankedIndex | null | undefined;
  const add = (doc: SearchDoc): void => {
    if (docs.has(doc.id)) return;
    docs.set(doc.id, doc);
    index.add(doc);
    ranked = undefined;
  };
  let loading: Promise<void> | null = null;

  const rank = (query: string, filters: SearchFilters, limit: number): { total: number; hits: { id: string; terms: string[] }[] } => {
    const passing = filtering(filters) ? (id: unknown): boolean => passes(docs.get(id as string) as SearchDoc, filters) : null;
    if (options.ranked !== false) {
      ranked ??= readIndex(index, RANK_OPTIONS);
      if (ranked !== null) {
        const found = ranked.search(query, limit, passing);
        return { total: found.total, hits: found.hits.map((hit) => ({ id: hit.id as string, terms: hit.terms })) };
      }
    }
    // A document boost of 0 makes MiniSearch skip the article before scoring it.
    const results = passing === null ? index.search(query) : index.search(query, { boostDocument: (id: unknown) => (passing(id) ? 1 : 0) });
    return { total: results.length, hits: results.slice(0, limit).map((result) => ({ id: String(result.id), terms: result.terms })) };
  };

  const engine: SearchEngine = {
    warm() {
      loading ??= loadBundled().then(
        (bundled) => {
          for (const doc of bundled) add(doc);
        },
        (error: unknown) => {
          loading = null; // the next search tries again
          throw error;
        },
      );
      return loading;
    },
    setImported(next) {
      const wanted = new Map(next.map((doc) => [doc.id, { ...doc, imported: true }]));
      for (const [id, doc] of docs) {
        if (!doc.imported) continue;
        const replacement = wanted.get(id);
        // Kept only when nothing changed: a replaced import may correct the date, the outlet or the story.
        const unchanged =
          replacement !== undefined &&
          replacement.body === doc.body &&
          replacement.title === doc.title &&
          replacement.outlet === doc.outlet &&
          replacement.publishedAt === doc.publishedAt &&
          replacement.storyId === doc.storyId;
        if (unchanged) {
          wanted.delete(id);
          continue;
        }
        docs.delete(id);
        // remove, not discard: the index keeps no dead postings, which readIndex cannot rank exactly
        // (MiniSearch drops them as a search meets them, changing the counts mid-search).
        index.remove(doc);
        ranked = undefined;
      }
      for (const doc of wanted.values()) add(doc);
    },
    async search(query, filters, limit) {
      await engine.warm();
      const started = performance.now();
      const found = rank(query, filters, limit);
      const hits = found.hits.map((hit) => {
        const doc = docs.get(hit.id) as SearchDoc;
        return {
          id: doc.id,
          storyId: doc.storyId,
          outlet: doc.outlet,
          publishedAt: doc.publishedAt,
          title: doc.title,
          snippet: makeSnippet(doc.body, hit.terms),
          terms: hit.terms,
          imported: doc.imported,
        };
      });
      return { query, total: found.total, hits, indexed: docs.size, tookMs: performance.now() - started };
    },
    get size() {
      return docs.size;
    },
  };
  return engine;
}

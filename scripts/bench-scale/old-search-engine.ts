/**
 * The search engine as it was before src/lib/search/ranked-search.ts (MiniSearch's own search
 * with the two-step narrowing), kept only so scripts/bench-scale/search-keystrokes.ts can time
 * the old and the new side by side in one process. Not used by the app.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { makeSnippet, normalizeTerm, tokenize } from '../../src/lib/search/highlight.ts';
import type { SearchDoc, SearchFilters, SearchResults } from '../../src/lib/search/search-protocol.ts';

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

export function createSearchEngine(loadBundled: () => Promise<SearchDoc[]>): SearchEngine {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  const docs = new Map<string, SearchDoc>();
  /** The articles matching a query's finished words (and the filters), kept while the last word is typed. */
  let narrowing: { key: string; ids: ReadonlySet<string> | null } | null = null;
  const add = (doc: SearchDoc): void => {
    if (docs.has(doc.id)) return;
    docs.set(doc.id, doc);
    index.add(doc);
    narrowing = null;
  };

  /**
   * MiniSearch scores every posting of every term before it intersects them (AND), and a short
   * prefix being typed ("res") expands to hundreds of terms with thousands of postings. Most of
   * those articles lack the words before it, so the search runs in two steps: the finished words
   * alone (exact, the same filters; cached while the last word grows), then the whole query,
   * scoring only the articles the first step found. The answer is the same (an article must
   * match every word anyway, and the scores of those kept do not change); only the work is not.
   */
  const admit = (query: string, filters: SearchFilters): ((id: string) => boolean) | null => {
    const words = tokenize(query);
    const filtered = filtering(filters);
    const passing = (id: string): boolean => passes(docs.get(id) as SearchDoc, filters);
    if (words.length < 2) return filtered ? passing : null;
    const finished = words.slice(0, -1).join(' ');
    const key = JSON.stringify([finished, filters]);
    if (narrowing?.key !== key) {
      const found = index.search(finished, { prefix: false, ...(filtered ? { boostDocument: (id: string) => (passing(id) ? 1 : 0) } : {}) });
      // Finished words found in most articles ("the") narrow nothing: checking each posting would only add work.
      narrowing = { key, ids: found.length > docs.size / 2 ? null : new Set(found.map((result) => String(result.id))) };
    }
    const ids = narrowing.ids;
    if (ids === null) return filtered ? passing : null;
    return (id) => ids.has(id);
  };
  let loading: Promise<void> | null = null;

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
        index.discard(id);
        narrowing = null;
      }
      for (const doc of wanted.values()) add(doc);
    },
    async search(query, filters, limit) {
      await engine.warm();
      const started = performance.now();
      const admitted = admit(query, filters);
      // A document boost of 0 makes MiniSearch skip the article before scoring it.
      const results = admitted === null ? index.search(query) : index.search(query, { boostDocument: (id: string) => (admitted(id) ? 1 : 0) });
      const hits = results.slice(0, limit).map((result) => {
        const doc = docs.get(String(result.id)) as SearchDoc;
        return {
          id: doc.id,
          storyId: doc.storyId,
          outlet: doc.outlet,
          publishedAt: doc.publishedAt,
          title: doc.title,
          snippet: makeSnippet(doc.body, result.terms),
          terms: result.terms,
          imported: doc.imported,
        };
      });
      return { query, total: results.length, hits, indexed: docs.size, tookMs: performance.now() - started };
    },
    get size() {
      return docs.size;
    },
  };
  return engine;
}

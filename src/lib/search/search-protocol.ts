/** Messages between the library page and the search worker (src/lib/search/search-worker.ts). */

/** One searchable article. `imported` ones come from the reader's own library, not the build. */
export interface SearchDoc {
  id: string;
  storyId: string;
  outlet: string;
  publishedAt: string;
  title: string;
  body: string;
  imported: boolean;
}

/** Narrowing a search: each is ignored when null. Dates are ISO days, inclusive. */
export interface SearchFilters {
  outlet: string | null;
  from: string | null;
  to: string | null;
  story: string | null;
}

export const NO_FILTERS: SearchFilters = { outlet: null, from: null, to: null, story: null };

export interface SearchHit {
  id: string;
  storyId: string;
  outlet: string;
  publishedAt: string;
  title: string;
  /** A window of the body around the first match (or its start). */
  snippet: string;
  /** The index terms this article matched (normalised): the words to highlight. */
  terms: string[];
  imported: boolean;
}

export interface SearchResults {
  query: string;
  /** How many articles matched; `hits` holds at most the requested limit of them, best first. */
  total: number;
  hits: SearchHit[];
  /** How many articles the index holds. */
  indexed: number;
  /** How long the index took to answer, in milliseconds (the worker's own time, for measuring). */
  tookMs: number;
}

export type SearchRequest =
  | { type: 'search'; requestId: number; query: string; filters: SearchFilters; limit: number }
  | { type: 'imported'; docs: SearchDoc[] }
  | { type: 'warm' };

export type SearchResponse =
  | { type: 'results'; requestId: number; results: SearchResults }
  | { type: 'error'; requestId: number; message: string }
  /** A newer search arrived before this one ran: its answer would be stale. */
  | { type: 'superseded'; requestId: number };

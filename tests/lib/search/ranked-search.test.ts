import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/gen-corpus.ts';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, SEARCH_OPTIONS, createSearchEngine } from '../../../src/lib/search/search-engine.ts';
import { normalizeTerm, tokenize } from '../../../src/lib/search/highlight.ts';
import { readIndex, type RankOptions } from '../../../src/lib/search/ranked-search.ts';
import { NO_FILTERS, type SearchDoc, type SearchFilters } from '../../../src/lib/search/search-protocol.ts';
import { passesFilters } from './reference-filters.ts';

/**
 * ranked-search.ts must rank exactly as MiniSearch's own `search()`: the same ids in the same
 * order, the same scores, the same matched terms. A generated corpus with a small vocabulary of
 * shared prefixes (so short prefixes expand to many terms), repeated words, digits (integer-like
 * keys order differently in MiniSearch's match object), accents, and many equal scores (short
 * identical articles), queried with every kind of query the search box sends.
 */


const VOCABULARY = [
  'earthquake', 'earth', 'earthen', 'rescue', 'rescuers', 'rescued', 'research', 'resort', 'resident', 'residents', 'result', 'results',
  'the', 'of', 'and', 'manila', 'man', 'many', 'manifesto', 'port', 'ports', 'portal', 'strike', 'striker', 'talks', 'talk', 'kraków',
  'krakow', 'seoul', 'sea', 'search', 'season', '2024', '2025', '7', '70', 'res', 'resi', 'minister', 'mine', 'miner', 'mind', 'storm',
];
const OUTLETS = ['Reuters', 'AP', 'BBC News', 'Res Publica', 'Earth Daily'];

function corpus(count: number, seed: number): SearchDoc[] {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = (min: number, max: number): string => Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(VOCABULARY)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const story = `story-${String(i % 17)}`;
    // Every tenth article is the same short text: equal scores, so the tie order shows.
    const same = i % 10 === 0;
    return {
      id: `${story}--${String(i)}`,
      storyId: story,
      outlet: pick(OUTLETS),
      publishedAt: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      title: same ? 'Earthquake rescue in Manila' : words(2, 8),
      body: same ? 'Rescuers searched the port.' : words(5, 60),
      imported: false,
    };
  });
}

const RANK_OPTIONS: RankOptions = {
  fields: INDEX_OPTIONS.fields,
  boost: SEARCH_OPTIONS.boost ?? {},
  prefix: SEARCH_OPTIONS.prefix as RankOptions['prefix'],
  tokenize,
  processTerm: normalizeTerm,
};

const QUERIES = [
  'earthquake res', 'earthquake resc', 'earthquake rescuers man', 'earthquake rescuers manila', 'ear', 'earth', 'ea', 'e', 'res', 'resi',
  'the res', 'the', 'of the', 'the of and', 'res res', 'res res res', 'port str', 'Kraków', 'krak', 'KRAKOW tal', '2024', '202', '7', '70 7',
  'search sea', 'sea search', 'minister min', 'man man', 'zebra', 'earthquake zebra', '', '   ', '!!', 'rescue earthquake the port strike manila',
  'résearch', 'Res Publica', 'earth daily res', 'bbc new',
];
const FILTERS: Partial<SearchFilters>[] = [{}, { outlet: 'Reuters' }, { story: 'story-3' }, { from: '2025-01-10', to: '2025-01-20' }, { outlet: 'Res Publica', to: '2025-01-15' }];

function compare(plain: MiniSearch<SearchDoc>, docs: ReadonlyMap<string, SearchDoc>, label: string): number {
  const ranked = readIndex(plain, RANK_OPTIONS);
  expect(ranked).not.toBeNull();
  let compared = 0;
  for (const query of QUERIES) {
    for (const narrowing of FILTERS) {
      const filters = { ...NO_FILTERS, ...narrowing };
      const filtered = narrowing !== FILTERS[0];
      const admit = filtered ? (id: unknown): boolean => passesFilters(docs.get(id as string) as SearchDoc, filters) : null;
      const expected = filtered ? plain.search(query, { boostDocument: (id: unknown) => (admit?.(id) === true ? 1 : 0) }) : plain.search(query);
      for (const limit of [1, 30, 100_000]) {
        const found = ranked?.search(query, limit, admit);
        const context = `${label}: ${JSON.stringify(query)} ${JSON.stringify(narrowing)} limit ${String(limit)}`;
        expect(found?.total, context).toBe(expected.length);
        const want = expected.slice(0, limit);
        expect(found?.hits.map((hit) => [String(hit.id), hit.terms]), context).toEqual(want.map((result) => [String(result.id), result.terms]));
        // One assertion per case (not per hit): thousands of expect calls made this slow on a loaded machine.
        const worst = (found?.hits ?? []).reduce((most, hit, i) => Math.max(most, Math.abs(hit.score - (want[i]?.score ?? Number.NaN))), 0);
        expect(worst, context).toBeLessThanOrEqual(1e-9);
        compared += 1;
      }
    }
  }
  return compared;
}

// Hundreds of searches per test: generous time for a loaded shared machine (nothing here asserts timing).
describe('ranking over MiniSearch’s index', { timeout: 90_000 }, () => {
  it('gives MiniSearch’s own results (ids, order, scores, matched terms) for many queries, filters and limits', () => {
    const docs = corpus(600, 6);
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(docs);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    // Queries that match: the comparison is not vacuous.
    expect(plain.search('earthquake res').length).toBeGreaterThan(50);
    expect(compare(plain, byId, 'fresh')).toBe(QUERIES.length * FILTERS.length * 3);
  });

  it('still does after documents are removed and added (postings out of id order, new field averages)', () => {
    const docs = corpus(400, 7);
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(docs);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    for (const doc of docs.filter((_, i) => i % 7 === 3)) {
      plain.remove(doc);
      byId.delete(doc.id);
    }
    for (const doc of corpus(60, 8)) {
      const added = { ...doc, id: `${doc.id}-again` };
      plain.add(added);
      byId.set(added.id, added);
    }
    compare(plain, byId, 'changed');
  });

  it('reuses the finished words across keystrokes without changing the answer', () => {
    const docs = corpus(300, 9);
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(docs);
    const ranked = readIndex(plain, RANK_OPTIONS);
    for (const query of ['e', 'ea', 'ear', 'eart', 'earth', 'earthq', 'earthquake', 'earthquake r', 'earthquake re', 'earthquake res', 'earthquake resc', 'earthquake res', 'earthquake rescuers m', 'earthquake rescuers man']) {
      const expected = plain.search(query);
      expect(ranked?.search(query, 1000, null).hits.map((hit) => [String(hit.id), hit.score]), query).toEqual(expected.map((result) => [String(result.id), result.score]));
    }
  });

  it('declines an index holding discarded documents, which MiniSearch itself rewrites while searching', () => {
    const docs = corpus(50, 10);
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(docs);
    plain.discard((docs[0] as SearchDoc).id);
    expect(readIndex(plain, RANK_OPTIONS)).toBeNull();
  });

  it('is what the engine answers with, imports included', async () => {
    const docs = corpus(300, 11);
    const engine = createSearchEngine(() => Promise.resolve(docs));
    const imported = corpus(40, 12).map((doc) => ({ ...doc, id: `mine-${doc.id}`, imported: true }));
    engine.setImported(imported);
    engine.setImported(imported.slice(10).map((doc, i) => (i % 5 === 0 ? { ...doc, outlet: 'Res Publica' } : doc)));
    const reference = createSearchEngine(() => Promise.resolve(docs), { ranked: false });
    reference.setImported(imported);
    reference.setImported(imported.slice(10).map((doc, i) => (i % 5 === 0 ? { ...doc, outlet: 'Res Publica' } : doc)));
    for (const query of QUERIES) {
      for (const narrowing of FILTERS) {
        const filters = { ...NO_FILTERS, ...narrowing };
        const [found, expected] = await Promise.all([engine.search(query, filters, 30), reference.search(query, filters, 30)]);
        expect({ ...found, tookMs: 0 }, `${query} ${JSON.stringify(narrowing)}`).toEqual({ ...expected, tookMs: 0 });
      }
    }
  });
});

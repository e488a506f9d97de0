import { describe, expect, it } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { parseDigest, type Article } from '../../../src/engine/index.ts';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, createSearchEngine } from '../../../src/lib/search/search-engine.ts';
import { toImportedSearchDoc } from '../../../src/lib/search/search-client.ts';
import { NO_FILTERS, type SearchDoc, type SearchFilters } from '../../../src/lib/search/search-protocol.ts';
import { passesFilters } from './reference-filters.ts';
import { firstRange, highlightRanges, makeSnippet, splitByRanges } from '../../../src/lib/search/highlight.ts';

const articles: Article[] = [
  ...parseDigest(seed, { file: 'blinken-seoul-2025-01-06.txt' }).articles,
  ...parseDigest(strike, { file: 'ports-strike-2025-01-14.txt' }).articles,
];
const bundled: SearchDoc[] = articles.map((article) => ({ ...toImportedSearchDoc(article), imported: false }));

function engine() {
  return createSearchEngine(() => Promise.resolve(bundled));
}

async function ids(query: string, filters: Partial<SearchFilters> = {}, search = engine()): Promise<string[]> {
  return (await search.search(query, { ...NO_FILTERS, ...filters }, 50)).hits.map((hit) => hit.id);
}

/** `text` with [[ ]] around the ranges: readable in a failing assertion. */
function marked(text: string, terms: readonly string[]): string {
  return splitByRanges(text, highlightRanges(text, terms))
    .map((piece) => (piece.marked ? `[[${piece.text}]]` : piece.text))
    .join('');
}

describe('the search index', () => {
  it('finds words in headlines, bodies and outlet names', async () => {
    expect(await ids('satellite')).toEqual(['blinken-seoul-2025-01-06--cnn', 'blinken-seoul-2025-01-06--voa']);
    expect(await ids('dockworkers automation')).toEqual(expect.arrayContaining(['ports-strike-2025-01-14--ap']));
    // Only in the Voice of America's body, not its derived title.
    expect(await ids('Pyongyang')).not.toEqual([]);
    expect(await ids('reuters')).toContain('ports-strike-2025-01-14--reuters');
  });

  it('treats the word being typed as a prefix and ignores case and accents', async () => {
    expect(await ids('satel')).toHaveLength(2);
    expect(await ids('SATELLITE')).toHaveLength(2);
    const accented = createSearchEngine(() => Promise.resolve([{ ...bundled[0], id: 'x--krakow', body: 'Talks in Kraków ended.' } as SearchDoc]));
    expect(await ids('krakow', {}, accented)).toEqual(['x--krakow']);
  });

  it('needs every word to match', async () => {
    expect(await ids('satellite dockworkers')).toEqual([]);
  });

  it('filters by outlet, story and date range', async () => {
    expect(await ids('satellite', { outlet: 'CNN' })).toEqual(['blinken-seoul-2025-01-06--cnn']);
    expect(await ids('the', { story: 'ports-strike-2025-01-14' }).then((found) => found.every((id) => id.startsWith('ports-strike')))).toBe(true);
    expect(await ids('the', { from: '2025-01-10' }).then((found) => found.every((id) => id.startsWith('ports-strike')))).toBe(true);
    expect(await ids('the', { to: '2025-01-06' }).then((found) => found.every((id) => id.startsWith('blinken')))).toBe(true);
    expect(await ids('satellite', { from: '2025-01-07', to: '2025-01-31' })).toEqual([]);
  });

  it('reports the total, the index size and the terms each hit matched', async () => {
    const results = await engine().search('satel', NO_FILTERS, 1);
    expect(results.total).toBe(2);
    expect(results.hits).toHaveLength(1);
    expect(results.indexed).toBe(bundled.length);
    expect(results.hits[0]?.terms).toEqual(['satellite']);
    expect(results.hits[0]?.snippet).toMatch(/satellite/i);
  });

  it('adds, changes and removes imported articles', async () => {
    const search = engine();
    const imported = { ...bundled[0], id: 'mine--x', storyId: 'mine', title: 'Zebra crossing reopens', body: 'The zebra crossing reopened.', imported: true } as SearchDoc;
    search.setImported([imported]);
    const found = await search.search('zebra', NO_FILTERS, 10);
    expect(found.hits.map((hit) => [hit.id, hit.imported])).toEqual([['mine--x', true]]);
    search.setImported([{ ...imported, title: 'Giraffe crossing', body: 'Giraffes only.' }]);
    expect(await ids('zebra', {}, search)).toEqual([]);
    expect(await ids('giraffe', {}, search)).toEqual(['mine--x']);
    search.setImported([]);
    expect(await ids('giraffe', {}, search)).toEqual([]);
    expect(search.size).toBe(bundled.length);
  });

  it('replaces an imported article whose date or outlet changed, even with the same text', async () => {
    const search = engine();
    const imported = { ...bundled[0], id: 'mine--x', storyId: 'mine', outlet: 'Old Outlet', publishedAt: '2025-01-01', title: 'Zebra crossing reopens', body: 'The zebra crossing reopened.', imported: true } as SearchDoc;
    search.setImported([imported]);
    search.setImported([{ ...imported, outlet: 'New Outlet', publishedAt: '2025-03-01' }]);
    expect(await ids('zebra', { outlet: 'Old Outlet' }, search)).toEqual([]);
    expect(await ids('zebra', { outlet: 'New Outlet', from: '2025-02-01' }, search)).toEqual(['mine--x']);
  });

  it('ranks and counts a query of several words exactly as MiniSearch alone does, with and without filters', async () => {
    // The engine ranks over MiniSearch's index itself (ranked-search.ts); the answer must not change.
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(bundled);
    const search = engine();
    const cases: [string, Partial<SearchFilters>][] = [
      ['north korea sat', {}],
      ['the dock', {}],
      ['the strike aut', { outlet: 'Reuters' }],
      ['russia satellite tech', { from: '2025-01-01', to: '2025-01-06' }],
      ['the port', { story: 'ports-strike-2025-01-14' }],
      ['satellite dockworkers', {}],
    ];
    for (const [query, narrowing] of cases) {
      const filters = { ...NO_FILTERS, ...narrowing };
      const expected = plain.search(query, { filter: (result) => passesFilters(bundled.find((doc) => doc.id === result.id) as SearchDoc, filters) });
      const found = await search.search(query, filters, 50);
      expect([query, found.total]).toEqual([query, expected.length]);
      expect(found.hits.map((hit) => [hit.id, hit.terms])).toEqual(expected.map((result): [string, string[]] => [String(result.id), result.terms]));
    }
  });

  it('applies each search’s own filters, though the words’ scores are kept between searches', async () => {
    const plain = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    plain.addAll(bundled);
    const search = engine();
    const narrowings: Partial<SearchFilters>[] = [{}, { story: 'ports-strike-2025-01-14' }, {}, { outlet: bundled[1]?.outlet ?? null }, {}];
    for (const narrowing of narrowings) {
      const filters = { ...NO_FILTERS, ...narrowing };
      const expected = plain.search('korea sat', { filter: (result) => passesFilters(bundled.find((doc) => doc.id === result.id) as SearchDoc, filters) });
      const found = await search.search('korea sat', filters, 50);
      expect([narrowing, found.hits.map((hit) => hit.id)]).toEqual([narrowing, expected.map((result) => String(result.id))]);
    }
  });

  it('forgets the words’ kept scores when the imported articles change', async () => {
    const search = engine();
    expect(await ids('zebra crossing reo', {}, search)).toEqual([]);
    search.setImported([{ ...bundled[0], id: 'mine--x', storyId: 'mine', title: 'Zebra crossing reopens', body: 'The zebra crossing reopened.', imported: true } as SearchDoc]);
    expect(await ids('zebra crossing reo', {}, search)).toEqual(['mine--x']);
    search.setImported([]);
    expect(await ids('zebra crossing reo', {}, search)).toEqual([]);
  });

  it('tries loading the bundled documents again after a failure', async () => {
    let calls = 0;
    const search = createSearchEngine(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(bundled)));
    await expect(search.search('satellite', NO_FILTERS, 5)).rejects.toThrow('offline');
    expect((await search.search('satellite', NO_FILTERS, 5)).total).toBe(2);
  });
});

describe('highlighting', () => {
  it('marks whole words whose indexed form matched, accents and case aside', () => {
    expect(marked('Satellite talks: the satellites of Kraków', ['satellite', 'krakow'])).toBe('[[Satellite]] talks: the satellites of [[Kraków]]');
    expect(marked('nothing here', [])).toBe('nothing here');
  });

  it('finds the first matching word alone, and gives the same ranges however often it is asked', () => {
    const text = 'Talks in Kraków; satellite talks, Kraków again';
    expect(firstRange(text, ['krakow', 'satellite'])).toEqual({ start: 9, end: 15 });
    expect(firstRange(text, ['zebra'])).toBeUndefined();
    const once = highlightRanges(text, ['talks']);
    expect(highlightRanges(text, ['talks'])).toEqual(once);
    expect(once.map(({ start, end }) => text.slice(start, end))).toEqual(['Talks', 'talks']);
  });

  it('starts every search from the beginning, even after one that stopped at its first match', () => {
    const text = 'Talks in Kraków; satellite talks, Kraków again';
    expect(firstRange(text, ['krakow'])).toEqual({ start: 9, end: 15 }); // stops early, mid-text
    expect(highlightRanges(text, ['talks']).map(({ start, end }) => text.slice(start, end))).toEqual(['Talks', 'talks']);
  });

  it('cuts a snippet around the first match, at word boundaries', () => {
    const text = `${'Words before the match. '.repeat(20)}The satellite was launched. ${'Words after it. '.repeat(20)}`;
    const snippet = makeSnippet(text, ['satellite'], 80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('The satellite was launched.');
    expect(snippet.length).toBeLessThanOrEqual(82);
    expect(makeSnippet('Short text.', ['x'])).toBe('Short text.');
  });
});

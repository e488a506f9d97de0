import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { formatIsoDate } from '../../../src/lib/format.ts';
import * as client from '../../../src/lib/search/search-client.ts';
import { NO_FILTERS, type SearchHit, type SearchResults } from '../../../src/lib/search/search-protocol.ts';
import { searchQueryOptions } from '../../../src/lib/search/search-query.ts';
import { renderApp } from '../../support/render-app.tsx';
import { LOAD_TIMEOUT_MS, loadSearchCode, renderKeepingClient, statusSays } from './search-test-support.tsx';

// A file of its own: the search index is built once per module graph, from the first files served.

/** While set, every search waits for it before it runs (an answer that is slow to come). */
let gate: Promise<void> | null = null;
/** While set, what the index answers is changed by it (as a replaced import changes an article). */
let rewrite: ((results: SearchResults) => SearchResults) | null = null;
/** While set, each search notes whether the results list's query was observing it when it was asked. */
let watched: QueryClient | null = null;
const observedWhenAsked: boolean[] = [];
vi.mock('../../../src/lib/search/search-client.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/lib/search/search-client.ts')>();
  return {
    ...actual,
    searchLibrary: vi.fn(async (...args: Parameters<typeof actual.searchLibrary>) => {
      const [query, filters] = args;
      if (watched !== null) observedWhenAsked.push((watched.getQueryCache().find({ queryKey: searchQueryOptions(query, filters).queryKey })?.getObserversCount() ?? 0) > 0);
      if (gate !== null) await gate;
      const results = await actual.searchLibrary(...args);
      return rewrite === null ? results : rewrite(results);
    }),
  };
});

// 4 digests of 3 reports each; every report says "harbour reopened", so a query that grows from
// "harbour" to "harbour reopened" finds the same twelve articles with one more matched word.
const outlets = ['ASSOCIATED PRESS', 'REUTERS', 'CNN'];
const digests = Array.from({ length: 4 }, (_, story) => ({
  file: `harbour-${String(story + 1).padStart(2, '0')}-2025-01-14.txt`,
  text: outlets.map((label) => `${label} | Published Jan. 14, 2025\nOfficials said the harbour reopened on Tuesday after story ${story + 1}.\n`).join(''),
}));
const files = new Map([...buildDataFiles(digests, { comparisons: 'browser' })].map(([path, body]) => [`/${path}`, body]));

const searchBox = () => screen.findByRole('searchbox', { name: /Search headlines, reports and outlets/ });
const resultList = () => screen.getByRole('list', { name: /^Results for/ });
const marksIn = (row: HTMLElement): Set<string> => new Set([...row.querySelectorAll('mark')].map((mark) => mark.textContent.toLowerCase()));
const searched = () => vi.mocked(client.searchLibrary).mock.calls.map(([query]) => query);

beforeAll(loadSearchCode, LOAD_TIMEOUT_MS);

afterEach(() => {
  gate = null;
  rewrite = null;
  watched = null;
  observedWhenAsked.length = 0;
  vi.mocked(client.searchLibrary).mockClear();
  vi.unstubAllGlobals();
});

describe('search, keystroke by keystroke', () => {
  it('marks the word a growing query adds, in rows that were already there', async () => {
    renderApp('/?q=harbour', files);
    await statusSays('12 reports match “harbour”');
    const first = within(resultList()).getAllByRole('listitem')[0] as HTMLElement;
    expect(marksIn(first)).toEqual(new Set(['harbour']));

    // The same twelve articles, the same snippets: only the matched terms change. (In one
    // change: typed letter by letter, `harbour r` matches nothing and the list would start afresh.)
    fireEvent.change(await searchBox(), { target: { value: 'harbour reopened' } });
    await statusSays('12 reports match “harbour reopened”');
    for (const row of within(resultList()).getAllByRole('listitem')) expect(marksIn(row)).toEqual(new Set(['harbour', 'reopened']));
  });

  it('renders a row again when anything it shows changes, though it is the same article', async () => {
    const { router } = renderApp('/?q=harbour', files);
    await statusSays('12 reports match “harbour”');
    const answer = await client.searchLibrary('harbour', NO_FILTERS, 30);
    const [base, ...rest] = answer.hits;
    const elsewhere = rest.find((hit) => hit.storyId !== base?.storyId)?.storyId;
    if (base === undefined || elsewhere === undefined) throw new Error('the fixture has one story');
    // Found by its link's address (a role query over every row's link took ~0.1–0.3 s a step under load).
    const row = (): HTMLElement => {
      const row = resultList().querySelector(`a[href$="/${base.id}"]`)?.closest('li');
      if (row == null) throw new Error(`no row for ${base.id}`);
      return row;
    };

    // Every answer below finds the same article with one more thing about it changed (as a
    // replaced import changes an article) and nothing else: its row is kept, and must show it.
    const steps: { words: string; change: (hit: SearchHit) => SearchHit; shows: () => void }[] = [
      { words: 'harbour reopened', change: (hit) => ({ ...hit, outlet: 'Harbour Gazette' }), shows: () => expect(row()).toHaveTextContent(/^Harbour Gazette/) },
      { words: 'reopened harbour', change: (hit) => ({ ...hit, publishedAt: '2025-02-03' }), shows: () => expect(within(row()).getByText(formatIsoDate('2025-02-03'))).toHaveAttribute('datetime', '2025-02-03') },
      { words: 'harbour tuesday', change: (hit) => ({ ...hit, imported: true }), shows: () => expect(within(row()).getByText('Imported')).toBeInTheDocument() },
      { words: 'tuesday harbour', change: (hit) => ({ ...hit, title: 'Harbour opens its gates' }), shows: () => expect(within(row()).getByRole('link')).toHaveTextContent('Harbour opens its gates') },
      { words: 'harbour officials', change: (hit) => ({ ...hit, snippet: 'Tuesday came and the harbour opened.' }), shows: () => expect(row()).toHaveTextContent('Tuesday came and the harbour opened.') },
      { words: 'officials harbour', change: (hit) => ({ ...hit, terms: ['tuesday'] }), shows: () => expect(marksIn(row())).toEqual(new Set(['tuesday'])) },
      { words: 'harbour said', change: (hit) => ({ ...hit, storyId: elsewhere }), shows: () => undefined },
    ];
    let shown: SearchHit = base;
    const box = await searchBox();
    for (const step of steps) {
      const hit = step.change(shown);
      shown = hit;
      rewrite = (results) => ({ ...results, hits: results.hits.map((other) => (other.id === base.id ? hit : other)) });
      fireEvent.change(box, { target: { value: step.words } });
      await statusSays(`“${step.words}”`);
      step.shows();
    }
    // The row's button narrows the search to the story the row now names.
    fireEvent.click(within(row()).getByRole('button', { name: 'Search only this story' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('story')).toBe(elsewhere));
  });

  it('asks for each query once as it is typed, though the keystroke itself starts the search', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderKeepingClient('/?q=harbour', files);
    await statusSays('12 reports match “harbour”');
    vi.mocked(client.searchLibrary).mockClear();
    watched = queryClient;
    await user.type(await searchBox(), ' reop');
    await statusSays('12 reports match “harbour reop”');
    // The keystroke's own search and the results list's query are one: no letter is searched twice.
    expect(searched()).toEqual(['harbour r', 'harbour re', 'harbour reo', 'harbour reop']);
    // And it was the keystroke that asked: the list's query was not yet observing any of them.
    expect(observedWhenAsked).toEqual([false, false, false, false]);
  });

  it('dims the previous results, and marks them busy for assistive technology, only when the next ones are slow to come', async () => {
    renderApp('/?q=harbour', files);
    await statusSays('12 reports match “harbour”');
    let release = (): void => undefined;
    gate = new Promise((resolve) => {
      release = resolve;
    });
    // One change, checked in the same task: no timer can have fired in between.
    fireEvent.change(await searchBox(), { target: { value: 'harbour reop' } });
    // The previous answer stands, not dimmed at first...
    expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”');
    expect(resultList()).not.toHaveClass('opacity-70');
    expect(resultList()).not.toHaveAttribute('aria-busy', 'true');
    // ...and dimmed once the wait has lasted; what the eye sees as stale, a screen reader is told.
    await waitFor(() => expect(resultList()).toHaveClass('opacity-70'));
    expect(resultList()).toHaveAttribute('aria-busy', 'true');
    // The status still names the words it answers, and says nothing new until the answer comes.
    expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”');
    await act(async () => {
      release();
      await gate;
    });
    await statusSays('12 reports match “harbour reop”');
    expect(resultList()).not.toHaveClass('opacity-70');
    expect(resultList()).not.toHaveAttribute('aria-busy', 'true');
  });
});

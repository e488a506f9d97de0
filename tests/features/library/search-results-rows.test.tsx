import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { searchKeys } from '../../../src/lib/search/search-query.ts';
import { renderApp } from '../../support/render-app.tsx';
import { LOAD_TIMEOUT_MS, loadSearchCode, renderKeepingClient as render, statusSays } from './search-test-support.tsx';

// A file of its own: the search index is built once per module graph, from the first files served.

// 12 digests of 3 reports each: 36 reports say "harbour", more than the 30 a search shows.
const outlets = ['ASSOCIATED PRESS', 'REUTERS', 'CNN'];
const digests = Array.from({ length: 12 }, (_, story) => ({
  file: `harbour-${String(story + 1).padStart(2, '0')}-2025-01-14.txt`,
  text: outlets.map((label) => `${label} | Published Jan. 14, 2025\nThe harbour reopened on Tuesday, story ${story + 1} said.\n`).join(''),
}));
const files = new Map([...buildDataFiles(digests, { comparisons: 'browser' })].map(([path, body]) => [`/${path}`, body]));

const resultList = () => screen.getByRole('list', { name: /^Results for/ });
/** The result rows. Costly on a list of thirty (each row's visibility is computed): call it once a state, never in a waitFor. */
const rows = () => within(resultList()).getAllByRole('listitem');
const ALL_THIRTY = '36 reports match “harbour”; showing the best 30';

/** The fewest result rows on the page, now and after each DOM change from now on (Infinity: no list). */
function watchFewestRows(): { fewest: () => number; stop: () => void } {
  let fewest = Infinity;
  const count = (): void => {
    const list = document.querySelector('ol[aria-label^="Results for"]');
    if (list !== null) fewest = Math.min(fewest, list.querySelectorAll(':scope > li').length);
  };
  count();
  const observer = new MutationObserver(count);
  observer.observe(document.body, { childList: true, subtree: true });
  return { fewest: () => fewest, stop: () => observer.disconnect() };
}

beforeAll(loadSearchCode, LOAD_TIMEOUT_MS);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** As renderApp does, keeping the query client: the tests below watch the search being answered again. */
function renderKeepingClient(path: string) {
  const { queryClient, router } = render(path, files);
  /** How many answers the search queries have had so far. */
  const answers = () => queryClient.getQueryCache().findAll({ queryKey: searchKeys.all }).reduce((sum, query) => sum + query.state.dataUpdateCount, 0);
  return { queryClient, router, answers };
}

/** Time for any render the answer sets off to land (the watch below sees every commit in it). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('search results: all thirty rows, and a new answer to the same words keeps them', () => {
  it('shows every result up to the limit', async () => {
    renderApp('/?q=harbour', files);
    await statusSays(ALL_THIRTY);
    // The rows come with the answer, in the same render as the status line.
    expect(rows()).toHaveLength(30);
  });

  it('never drops below the full list when the reader comes back to the same search', async () => {
    const user = userEvent.setup();
    const { router, answers } = renderKeepingClient('/?q=harbour');
    await statusSays(ALL_THIRTY);
    await user.click(within(rows()[0] as HTMLElement).getByRole('link'));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: /harbour/i })).toBeInTheDocument());

    // Back to /?q=harbour: the cached answer shows at once, and the imported articles' refetch
    // on mount asks the search again. That second answer must not re-render the list from row 1.
    const answersBefore = answers();
    const watch = watchFewestRows();
    await act(() => router.navigate(-1));
    await statusSays(ALL_THIRTY);
    await waitFor(() => expect(answers()).toBeGreaterThan(answersBefore)); // the same words were answered again
    await settle();
    watch.stop();
    expect(rows()).toHaveLength(30);
    expect(watch.fewest()).toBe(30);
  });

  it('keeps focus on a row far down the list when the same search is answered again', async () => {
    const { queryClient, answers } = renderKeepingClient('/?q=harbour');
    await statusSays(ALL_THIRTY);

    const link = within(rows()[20] as HTMLElement).getByRole('link');
    act(() => link.focus());
    expect(link).toHaveFocus();
    const answersBefore = answers();
    const watch = watchFewestRows();
    await act(() => queryClient.invalidateQueries({ queryKey: searchKeys.all }));
    await waitFor(() => expect(answers()).toBeGreaterThan(answersBefore)); // the same words were answered again
    await settle();
    watch.stop();
    expect(watch.fewest()).toBe(30);
    expect(link).toBeInTheDocument();
    expect(link).toHaveFocus();
  });
});

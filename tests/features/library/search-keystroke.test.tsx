import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import * as client from '../../../src/lib/search/search-client.ts';
import { renderApp } from '../../support/render-app.tsx';

// A file of its own: the search index is built once per module graph, from the first files served.

/** While set, every search waits for it before it runs (an answer that is slow to come). */
let gate: Promise<void> | null = null;
vi.mock('../../../src/lib/search/search-client.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/lib/search/search-client.ts')>();
  return {
    ...actual,
    searchLibrary: vi.fn(async (...args: Parameters<typeof actual.searchLibrary>) => {
      if (gate !== null) await gate;
      return actual.searchLibrary(...args);
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

afterEach(() => {
  gate = null;
  vi.mocked(client.searchLibrary).mockClear();
  vi.unstubAllGlobals();
});

describe('search, keystroke by keystroke', () => {
  it('marks the word a growing query adds, in rows that were already there', async () => {
    renderApp('/?q=harbour', files);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”'));
    const first = within(resultList()).getAllByRole('listitem')[0] as HTMLElement;
    expect(marksIn(first)).toEqual(new Set(['harbour']));

    // The same twelve articles, the same snippets: only the matched terms change. (In one
    // change: typed letter by letter, `harbour r` matches nothing and the list would start afresh.)
    fireEvent.change(await searchBox(), { target: { value: 'harbour reopened' } });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour reopened”'));
    for (const row of within(resultList()).getAllByRole('listitem')) expect(marksIn(row)).toEqual(new Set(['harbour', 'reopened']));
  });

  it('asks for each query once as it is typed, though the keystroke itself starts the search', async () => {
    const user = userEvent.setup();
    renderApp('/?q=harbour', files);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”'));
    vi.mocked(client.searchLibrary).mockClear();
    await user.type(await searchBox(), ' reop');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour reop”'));
    // The keystroke's own search and the results list's query are one: no letter is searched twice.
    expect(searched()).toEqual(['harbour r', 'harbour re', 'harbour reo', 'harbour reop']);
  });

  it('dims the previous results only when the next ones are slow to come, and not after they arrive', async () => {
    renderApp('/?q=harbour', files);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”'));
    let release = (): void => undefined;
    gate = new Promise((resolve) => {
      release = resolve;
    });
    // One change, checked in the same task: no timer can have fired in between.
    fireEvent.change(await searchBox(), { target: { value: 'harbour reop' } });
    // The previous answer stands, not dimmed at first...
    expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour”');
    expect(resultList()).not.toHaveClass('opacity-70');
    // ...and dimmed once the wait has lasted.
    await waitFor(() => expect(resultList()).toHaveClass('opacity-70'));
    await act(async () => {
      release();
      await gate;
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 reports match “harbour reop”'));
    expect(resultList()).not.toHaveClass('opacity-70');
  });
});

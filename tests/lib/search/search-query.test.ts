import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as client from '../../../src/lib/search/search-client.ts';
import { NO_FILTERS, type SearchResults } from '../../../src/lib/search/search-protocol.ts';
import { startSearch, useSearchResults } from '../../../src/lib/search/search-query.ts';

vi.mock('../../../src/lib/search/search-client.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/lib/search/search-client.ts')>();
  return { ...actual, searchLibrary: vi.fn() };
});

const answer = (query: string): SearchResults => ({ query, total: 0, hits: [], indexed: 10, tookMs: 0.1 });

afterEach(() => {
  vi.mocked(client.searchLibrary).mockReset();
});

describe('startSearch', () => {
  it('posts the search at once, and the results hook for the same words takes that search instead of asking again', async () => {
    let resolve: (results: SearchResults) => void = () => undefined;
    vi.mocked(client.searchLibrary).mockImplementation(() => new Promise((done) => (resolve = done)));
    const queryClient = new QueryClient();
    startSearch(queryClient, ' harbour ', NO_FILTERS);
    // Before anything renders or awaits: the worker is already asked.
    expect(vi.mocked(client.searchLibrary).mock.calls.map(([query]) => query)).toEqual(['harbour']);

    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: queryClient }, children);
    const { result } = renderHook(() => useSearchResults('harbour ', NO_FILTERS), { wrapper });
    resolve(answer('harbour'));
    await waitFor(() => expect(result.current.data?.query).toBe('harbour'));
    expect(client.searchLibrary).toHaveBeenCalledTimes(1);
  });

  it('asks nothing for an empty box', () => {
    startSearch(new QueryClient(), '   ', NO_FILTERS);
    expect(client.searchLibrary).not.toHaveBeenCalled();
  });
});

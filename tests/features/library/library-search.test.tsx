import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { renderApp } from '../../support/render-app.tsx';
import { LOAD_TIMEOUT_MS, loadSearchCode, statusSays } from './search-test-support.tsx';

// The files the build ships, search shards included (comparisons are not needed here).
const files = new Map(
  [
    ...buildDataFiles(
      [
        { file: 'blinken-seoul-2025-01-06.txt', text: seed },
        { file: 'ports-strike-2025-01-14.txt', text: strike },
      ],
      { comparisons: 'browser' },
    ),
  ].map(([path, body]) => [`/${path}`, body]),
);

beforeAll(loadSearchCode, LOAD_TIMEOUT_MS);

/** Longer than the address waits for typing to pause (src/features/library/library-page.tsx). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

const searchBox = () => screen.findByRole('searchbox', { name: /Search headlines, reports and outlets/ });

async function results(): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: /^Results for/ });
  return within(list).getAllByRole('listitem');
}

describe('library search', () => {
  it('has a labelled search box in a search landmark, and marks the matched words in the results', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', files);
    const box = await searchBox();
    expect(within(screen.getByRole('search', { name: 'Library' })).getByRole('searchbox')).toBe(box);
    await user.type(box, 'satel');
    // The address follows once typing pauses.
    await waitFor(() => expect(router.state.location.search).toBe('?q=satel'));
    await statusSays('2 reports match “satel”');
    expect(await results()).toHaveLength(2);
    const first = (await results())[0] as HTMLElement;
    const marks = [...first.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((text) => text.toLowerCase()))).toEqual(new Set(['satellite']));
    expect(within(first).getByRole('link', { name: /satellite/i })).toHaveAttribute('href', expect.stringMatching(/^\/articles\/blinken-seoul-2025-01-06--/));
  });

  it('restores the query and filters from the address', async () => {
    renderApp('/?q=satellite&outlet=CNN', files);
    expect(await searchBox()).toHaveValue('satellite');
    expect(screen.getByLabelText('Outlet')).toHaveValue('CNN');
    await statusSays('1 report matches “satellite”');
    expect(await results()).toHaveLength(1);
    expect(within((await results())[0] as HTMLElement).getByText('CNN')).toBeInTheDocument();
  });

  it('narrows by date range from the address and to one story from a result', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=the&from=2025-01-10', files);
    await statusSays(/match(es)? “the”/);
    expect((await results()).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-10');
    for (const item of await results()) expect(within(item).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/ports-strike/));
    await user.click(within((await results())[0] as HTMLElement).getByRole('button', { name: 'Search only this story' }));
    expect(new URLSearchParams(router.state.location.search).get('story')).toBe('ports-strike-2025-01-14');
    expect(await screen.findByText(/In the story/)).toHaveTextContent('East and Gulf Coast dockworkers strike over automation');
    await user.click(screen.getByRole('button', { name: 'All stories' }));
    expect(new URLSearchParams(router.state.location.search).get('story')).toBeNull();
  });

  it('keeps keyboard focus on the search box when a result narrows the search to its story, and when "All stories" widens it again', async () => {
    const user = userEvent.setup();
    renderApp('/?q=dockworkers', files);
    await statusSays(/match(es)? “dockworkers”/);
    expect((await results()).length).toBeGreaterThan(0);
    // What a screen reader announces is what the box says of itself the moment it takes focus.
    const box = await searchBox();
    const describedOnFocus: string[] = [];
    box.addEventListener('focus', () => {
      const ids = box.getAttribute('aria-describedby')?.split(' ') ?? [];
      describedOnFocus.push(ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    });
    within((await results())[0] as HTMLElement).getByRole('button', { name: 'Search only this story' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/In the story/)).toBeInTheDocument();
    // The button is gone (the search is already narrowed): focus went to the box, which says what it is narrowed to.
    expect(screen.queryByRole('button', { name: 'Search only this story' })).toBeNull();
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveAccessibleDescription(/In the story .?East and Gulf Coast dockworkers strike over automation/);
    expect(describedOnFocus).toHaveLength(1);
    expect(describedOnFocus[0]).toMatch(/In the story .?East and Gulf Coast dockworkers strike over automation/);
    screen.getByRole('button', { name: 'All stories' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText(/In the story/)).toBeNull());
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).not.toHaveAccessibleDescription(/In the story/);
    expect(describedOnFocus.at(-1)).not.toMatch(/In the story/);
  });

  it('keeps a story narrowing made just after typing, when the address catches up with the box', async () => {
    const { router } = renderApp('/?q=dockworkers', files);
    await statusSays(/match(es)? “dockworkers”/);
    // A narrowing made before the typed words reach the address (they follow once typing pauses).
    const narrow = within((await results())[0] as HTMLElement).getByRole('button', { name: 'Search only this story' });
    fireEvent.change(await searchBox(), { target: { value: 'dockworkers strike' } });
    fireEvent.click(narrow);
    const address = () => new URLSearchParams(router.state.location.search);
    await waitFor(() => expect(address().get('q')).toBe('dockworkers strike'));
    expect(address().get('story')).toBe('ports-strike-2025-01-14');
    await settle(); // nothing later takes it back
    expect(address().get('story')).toBe('ports-strike-2025-01-14');
    expect(await screen.findByText(/In the story/)).toBeInTheDocument();
  });

  it('goes Back to the search before, though typed words were still on their way to the address', async () => {
    const { router } = renderApp('/?q=satellite', files);
    await statusSays('2 reports match “satellite”');
    await act(() => router.navigate('/?q=dockworkers'));
    await statusSays(/match(es)? “dockworkers”/);
    fireEvent.change(await searchBox(), { target: { value: 'dockworkers strike' } });
    await act(() => router.navigate(-1));
    await settle(); // longer than the words wait for the address
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('satellite');
    expect(await searchBox()).toHaveValue('satellite');
    await statusSays('2 reports match “satellite”');
  });

  it('focuses the search box on `/`, but not while typing in another field', async () => {
    const user = userEvent.setup();
    renderApp('/', files);
    const box = await searchBox();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.click(screen.getByRole('heading', { level: 1, name: 'Library' }));
    const from = screen.getByLabelText('From');
    from.focus();
    await user.keyboard('/');
    expect(from).toHaveFocus();
  });

  it('goes from the box to the first result with Arrow Down', async () => {
    const user = userEvent.setup();
    renderApp('/', files);
    await user.type(await searchBox(), 'dockworkers');
    await statusSays(/match(es)? “dockworkers”/);
    expect((await results()).length).toBeGreaterThan(0);
    await user.keyboard('{ArrowDown}');
    expect(within((await results())[0] as HTMLElement).getByRole('link')).toHaveFocus();
  });

  it('clears back to the story list', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=satellite', files);
    await statusSays('2 reports match “satellite”');
    expect(await results()).toHaveLength(2);
    await user.clear(await searchBox());
    expect(await screen.findByRole('list', { name: 'Stories, newest first' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});

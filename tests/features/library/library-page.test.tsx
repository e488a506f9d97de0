import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { dataFilesFor, json, renderApp } from '../../support/render-app.tsx';

const files = dataFilesFor([
  { file: 'blinken-seoul-2025-01-06.txt', text: seed },
  { file: 'ports-strike-2025-01-14.txt', text: strike },
]);

async function storyCards(): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: 'Stories, newest first' });
  return within(list).getAllByRole('article');
}

describe('library', () => {
  it('lists stories newest first, each headed by its title with its outlets and date', async () => {
    renderApp('/', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
    const cards = await storyCards();
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'East and Gulf Coast dockworkers strike over automation',
      'Blinken warns Russia is close to sharing advanced satellite technology with North Korea',
    ]);
    const [strikeCard] = cards;
    expect(strikeCard).toHaveTextContent('January 14, 2025 · Associated Press, Reuters');
  });

  it('marks a derived title as derived and links each report to the reader', async () => {
    renderApp('/', files);
    const blinken = (await storyCards())[1];
    if (blinken === undefined) throw new Error('no second story');
    const voa = within(blinken).getByRole('link', { name: /Voice of America/ });
    expect(voa).toHaveAccessibleName(/U\.S\. Secretary of State Antony Blinken said Monday that North Korea and China are…/);
    expect(voa).toHaveAttribute('href', '/articles/blinken-seoul-2025-01-06--voa');
    const voaItem = voa.closest('li');
    expect(voaItem).not.toBeNull();
    expect(within(voaItem as HTMLElement).getByText('Derived title')).toBeInTheDocument();
    const cnnItem = within(blinken).getByRole('link', { name: /^CNN/ }).closest('li');
    expect(within(cnnItem as HTMLElement).queryByText('Derived title')).toBeNull();
  });

  it('shows each report’s lede and reading time', async () => {
    renderApp('/', files);
    const blinken = (await storyCards())[1] as HTMLElement;
    expect(within(blinken).getByText(/^\(CNN\) — Russia may be close to sharing advanced satellite technology/)).toBeInTheDocument();
    expect(within(blinken).getAllByText(/1 min read/)).toHaveLength(2);
  });

  it('filters by outlet and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', files);
    await user.selectOptions(await screen.findByLabelText('Outlet'), 'CNN');
    expect(router.state.location.search).toBe('?outlet=CNN');
    // Changing the address is a navigation: the list updates once it settles.
    await waitFor(async () => expect(await storyCards()).toHaveLength(1));
    const cards = await storyCards();
    expect(within(cards[0] as HTMLElement).queryByRole('link', { name: /Voice of America/ })).toBeNull();
    expect(within(cards[0] as HTMLElement).getByRole('link', { name: /^CNN/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Outlet'), 'All outlets');
    await waitFor(async () => expect(await storyCards()).toHaveLength(2));
    expect(router.state.location.search).toBe('');
  });

  it('renders only a window of a long library, as one list that says each story’s place in it', async () => {
    const index = JSON.parse(files.get('/data/index.json') ?? '{}') as { version: 1; stories: { id: string; title: string }[] };
    const template = index.stories[1];
    if (template === undefined) throw new Error('no seed story');
    const stories = Array.from({ length: 500 }, (_, n) => ({ ...template, id: `story-${n}`, title: `Story number ${n}` }));
    renderApp('/', new Map([['/data/index.json', JSON.stringify({ version: 1, stories })]]));
    const list = await screen.findByRole('list', { name: 'Stories, newest first' });
    const items = await within(list).findAllByRole('listitem');
    const cards = items.filter((item) => item.parentElement === list);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(20);
    expect(cards[0]).toHaveAttribute('aria-setsize', '500');
    expect(cards[0]).toHaveAttribute('aria-posinset', '1');
    expect(within(cards[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent('Story number 0');
    expect(screen.getByText('500 stories, 1000 reports')).toBeInTheDocument();
  }, 20_000);

  it('says so when the bundled library is empty', async () => {
    renderApp('/', new Map([['/data/index.json', JSON.stringify({ version: 1, stories: [] })]]));
    expect(await screen.findByText(/The library is empty/)).toBeInTheDocument();
  });

  it('shows a designed error with a retry when the index cannot load, and recovers', async () => {
    const user = userEvent.setup();
    let failing = true;
    renderApp('/', files, (path) => (failing && path === '/data/index.json' ? new Response('busy', { status: 503, statusText: 'Service Unavailable' }) : undefined));
    expect(await screen.findByRole('heading', { name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The server answered 503 Service Unavailable.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
  });

  it('refuses an index that is not in the expected shape, saying where', async () => {
    renderApp('/', files, (path) => (path === '/data/index.json' ? json(JSON.stringify({ version: 1, stories: [{ id: 'x' }] })) : undefined));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not in the expected shape at stories\.0\./);
  });
});

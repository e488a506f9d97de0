import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCompareRequest } from '../../../src/lib/compare-worker.ts';
import { renderApp } from '../../support/render-app.tsx';
import { AP, CNN, SEED, STRIKE, VOA, handMadeFiles } from './compare-fixture.ts';
import { filesWithEngineComparisons } from './compare-support.ts';

// The whole app's first render, then the comparison's stages after it, on a busy 2-core machine.
const LOADED_MACHINE = { timeout: 30_000 };

const marksOf = (id: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`mark[data-item-id="${id}"]`)];

describe('comparison: summary, strictness and export', LOADED_MACHINE, () => {
  it('counts, measures each side and lists both wordings, conflicts and what only one reports', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    expect(await screen.findByText('4 shared facts')).toBeInTheDocument();
    expect(screen.getByText('1 conflict')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: /^Voice of America/ })).toHaveAttribute('aria-valuetext', '20%, 2 of 10 sentences shared');
    expect(screen.getByRole('meter', { name: /^CNN/ })).toHaveAttribute('aria-valuetext', '43%, 3 of 7 sentences shared');

    // "In detail" renders after the first paint (its own render, off the first long task).
    const facts = within(await screen.findByRole('region', { name: /^Shared facts/ }, { timeout: 10_000 })).getAllByRole('listitem');
    expect(facts.map((fact) => fact.textContent)).toContain(
      '2Fact 2paraphrase · 72%Voice of America“North Korean supplies of artillery, ammunition and troops”CNN“supplied troops”',
    );
    const conflicts = within(screen.getByRole('region', { name: /^Conflicts/ })).getAllByRole('listitem');
    expect(conflicts[0]).toHaveTextContent('war began: February 2022 vs nearly three years ago');

    // Its "Only in" lists follow a paint later still.
    const onlyVoa = within(await screen.findByRole('region', { name: /^Only in Voice of America/ }, { timeout: 10_000 })).getAllByRole('button');
    expect(onlyVoa).toHaveLength(8);
    expect(onlyVoa.at(-1)).toHaveTextContent('Ukraine’s military said Monday it shot down 79 of the 128 drones');
    const onlyCnn = within(screen.getByRole('region', { name: /^Only in CNN/ })).getAllByRole('button');
    expect(onlyCnn.map((button) => button.textContent)).toContain(
      'The US has repeatedly expressed concern over the growing alliance between Pyongyang and Moscow since Putin and North Korean leader Kim Jong Un signed a landmark defense pact in June last year.',
    );

    await user.click(within(facts[1] as HTMLElement).getByRole('button', { name: /Fact 2/ }));
    expect(marksOf('fact-troops').map((mark) => mark.getAttribute('aria-current'))).toEqual(['true', 'true']);

    await user.click(screen.getByRole('checkbox', { name: 'Tint what only one reports' }));
    expect(document.querySelector('[data-unique-id="a-s10"]')).toHaveClass('compare-unique-tint');
  });

  it('filters highlights by minimum confidence, live, and remembers it', async () => {
    const files = handMadeFiles();
    const first = renderApp(`/compare/${VOA}/${CNN}`, files);
    const slider = await screen.findByRole('slider', { name: 'Minimum confidence' });
    expect(marksOf('fact-visit')).toHaveLength(2);
    // A range input takes no typing: set its value as the browser would.
    fireEvent.change(slider, { target: { value: '50' } });
    await waitFor(() => expect(marksOf('fact-visit')).toHaveLength(0));
    expect(screen.getByText('3 shared facts')).toBeInTheDocument();
    expect(screen.getByText('1 more below the minimum confidence')).toBeInTheDocument();
    expect(slider).toHaveAttribute('aria-valuetext', 'at least 50%; 3 of 4 facts shown');
    first.unmount();

    renderApp(`/compare/${VOA}/${CNN}`, files);
    expect(await screen.findByRole('slider', { name: 'Minimum confidence' })).toHaveValue('50');
    await waitFor(() => expect(marksOf('fact-troops')[0]?.textContent).toMatch(/^1/));
    expect(marksOf('fact-visit')).toHaveLength(0);
  });

  it('copies the comparison as Markdown with both wordings, conflicts and what each alone reports', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    await screen.findByText('4 shared facts');
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('# Voice of America and CNN compared');
    expect(markdown).toContain('- **B — CNN**: “Blinken warns Russia is close to sharing advanced satellite technology with North Korea”, published January 6, 2025. Source: <https://www.edition.cnn.com>');
    expect(markdown).toContain(
      '### Fact 2 (paraphrase, 72% confidence)\n\n- **Voice of America:** “North Korean supplies of artillery, ammunition and troops”\n- **CNN:** “supplied troops”',
    );
    expect(markdown).toContain('### Conflict 1 (date: war began: February 2022 vs nearly three years ago)');
    expect(markdown).toContain('## Only in CNN\n\n- “The DPRK is already receiving Russian military equipment and training.\n- Blinken is visiting the key US ally');
    expect(markdown).toContain(`Compared with Parallax: <http://localhost:3000/compare/${VOA}/${CNN}>`);
    expect(markdown).toContain('- Ukraine’s military said Monday it shot down 79 of the 128 drones');
  });
});

describe('comparison: any two reports', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('compares reports of two stories in a worker, showing both texts while it works', async () => {
    // jsdom has no Worker: stand in with the worker's own handler, answering asynchronously.
    class FakeWorker extends EventTarget {
      postMessage(message: unknown): void {
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: answerCompareRequest(structuredClone(message)) })), 0);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    renderApp(`/compare/${VOA}/${AP}`, filesWithEngineComparisons([SEED, STRIKE]));
    const articles = await screen.findAllByRole('article');
    expect(articles[1]).toHaveTextContent('Dockworkers');
    expect(await screen.findByText(/Compared in your browser/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('compare-counts')).toHaveTextContent(/\d+ shared facts? · \d+ conflicts?/));
  });

  it('shows the engine’s own facts for the seed, each marked on both sides', async () => {
    renderApp(`/compare/${VOA}/${CNN}`, filesWithEngineComparisons([SEED]));
    await screen.findByTestId('compare-counts');
    await waitFor(() => expect(document.querySelectorAll('mark[data-fact-id]').length).toBeGreaterThan(0));
    const [a, b] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];
    const ids = (column: HTMLElement): string[] => [...new Set([...column.querySelectorAll<HTMLElement>('mark[data-fact-id]')].map((mark) => mark.dataset['factId'] ?? ''))].sort();
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a).length).toBeGreaterThanOrEqual(4);
  });

  it('is reached from the reader, the library and the picker', async () => {
    const user = userEvent.setup();
    const files = handMadeFiles();
    const reader = renderApp(`/articles/${VOA}`, files);
    expect(await screen.findByRole('link', { name: 'Compare with CNN' })).toHaveAttribute('href', `/compare/${VOA}/${CNN}`);
    reader.unmount();

    const library = renderApp('/', files);
    const seedCard = (await screen.findAllByRole('article')).find((card) => card.textContent.includes('Blinken')) as HTMLElement;
    expect(within(seedCard).getByRole('link', { name: 'Compare the two reports side by side' })).toHaveAccessibleDescription(/^Blinken warns/);
    expect(within(seedCard).getByRole('link', { name: 'Compare the two reports side by side' })).toHaveAttribute('href', `/compare/${VOA}/${CNN}`);
    await user.click(screen.getByRole('link', { name: 'Compare any two reports' }));
    await user.selectOptions(await screen.findByLabelText('Left report'), VOA);
    await user.selectOptions(screen.getByLabelText('Right report'), AP);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(library.router.state.location.pathname).toBe(`/compare/${VOA}/${AP}`));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app.tsx';
import { CNN, VOA, handMadeFiles } from './compare-fixture.ts';
import { readMarks } from './compare-support.ts';

// The whole app's first render, then the comparison's stages after it, on a busy 2-core machine.
const LOADED_MACHINE = { timeout: 30_000 };

/**
 * The two columns, once the whole page is in: "In detail" (whose entries are selected with the
 * marks) renders after the first paint, and its "Only in" lists a paint later, so a test that
 * acts at once could find them missing on a loaded machine.
 */
async function columns(): Promise<{ a: HTMLElement; b: HTMLElement }> {
  await screen.findByText('4 shared facts', undefined, { timeout: 10_000 });
  await screen.findByRole('region', { name: /^Only in CNN/ }, { timeout: 10_000 });
  const [a, b] = screen.getAllByRole('article');
  if (a === undefined || b === undefined) throw new Error('two columns expected');
  return { a, b };
}

const marksOf = (id: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`mark[data-item-id="${id}"]`)];

describe('comparison: the marked text', LOADED_MACHINE, () => {
  it('heads each column with outlet, headline and date, and marks shared facts and conflicts in both', async () => {
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    const { a, b } = await columns();
    expect(a).toHaveAttribute('data-side', 'a');
    expect(b).toHaveAttribute('data-side', 'b');
    expect(within(a).getByRole('heading', { level: 2 })).toHaveTextContent(/^U\.S\. Secretary of State Antony Blinken said Monday/);
    expect(b).toHaveTextContent('CNN');
    expect(within(b).getByRole('heading', { level: 2 })).toHaveTextContent('Blinken warns Russia is close to sharing advanced satellite technology with North Korea');
    expect(within(b).getByText('January 6, 2025')).toHaveAttribute('datetime', '2025-01-06');

    // Numbered in the left report's reading order; a conflict nested in a fact stays readable.
    expect(readMarks(a).split('\n')[1]).toBe(
      '[[1:Speaking during a visit to South Korea]], Blinken said [[2:North Korean supplies of artillery, ammunition and troops]], along with Chinese support for Russia’s military industrial base are giving the Russian military the backing it needs to continue carrying out [[3:the fight it started in ]]{{≠1:February 2022}}.',
    );
    expect(readMarks(b).split('\n')[0]).toBe(
      '(CNN) — Russia may be close to sharing advanced satellite technology with North Korea after the isolated nation [[2:supplied troops]] to help bolster Moscow’s war in Ukraine, United States Secretary of State Antony Blinken warned Monday.',
    );
    expect(readMarks(b).split('\n')[5]).toMatch(/killed or wounded in \[\[3:the invasion he began \]\]\{\{≠1:nearly three years ago\}\}\.$/);

    // The same id on both sides; conflicts carry their own attribute.
    for (const id of ['fact-troops', 'fact-satellite', 'fact-war', 'fact-visit']) {
      expect(a.querySelector(`mark[data-fact-id="${id}"]`)).not.toBeNull();
      expect(b.querySelector(`mark[data-fact-id="${id}"]`)).not.toBeNull();
    }
    expect(a.querySelector('mark[data-conflict-id="conflict-start"]')).toHaveTextContent('February 2022');
    expect(b.querySelector('mark[data-conflict-id="conflict-start"]')).toHaveTextContent('nearly three years ago');
  });

  it('makes every mark a keyboard-reachable button that says which fact it is and what the other outlet wrote', async () => {
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    const { a } = await columns();
    const troops = within(a).getByRole('button', { name: 'North Korean supplies of artillery, ammunition and troops' });
    expect(troops).toHaveAttribute('tabindex', '0');
    expect(troops).toHaveAccessibleDescription('Fact 2, paraphrase, 72% confidence. CNN wrote: “supplied troops”');
    expect(within(a).getByRole('button', { name: 'February 2022' })).toHaveAccessibleDescription(
      'Conflict 1, date: war began: February 2022 vs nearly three years ago. CNN wrote: “nearly three years ago”',
    );
  });
});

describe('comparison: selecting', LOADED_MACHINE, () => {
  it('selects by click: both sides current, the address and the live region follow', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    const { b } = await columns();
    await user.click(within(b).getByRole('button', { name: 'supplied troops' }));
    expect(marksOf('fact-troops').map((mark) => mark.getAttribute('aria-current'))).toEqual(['true', 'true']);
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(3); // two marks and the summary entry
    await waitFor(() => expect(router.state.location.search).toBe('?fact=fact-troops'));
    const live = screen.getByRole('region', { name: 'Selection' }).querySelector('[aria-live]');
    expect(live).toHaveTextContent(/^Fact 2 of 4 · paraphrase · 72% confidence/);
    expect(live).toHaveTextContent('Voice of America wrote: “North Korean supplies of artillery, ammunition and troops”. CNN wrote: “supplied troops”.');
  });

  it('steps with n and p, selects with Enter, clears with Escape, shows the shortcuts with ?', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    await columns();
    await user.keyboard('n');
    expect(marksOf('fact-visit')[0]).toHaveAttribute('aria-current', 'true');
    expect(marksOf('fact-visit')[0]).toHaveFocus();
    await user.keyboard('nn');
    expect(marksOf('fact-war')[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('n');
    expect(marksOf('conflict-start')[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('p');
    expect(marksOf('fact-war')[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Escape}');
    expect(document.querySelectorAll('mark[aria-current]')).toHaveLength(0);

    const satellite = marksOf('fact-satellite')[1];
    satellite?.focus();
    await user.keyboard('{Enter}');
    expect(marksOf('fact-satellite').every((mark) => mark.getAttribute('aria-current') === 'true')).toBe(true);

    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('opens a deep link with its fact selected', async () => {
    renderApp(`/compare/${VOA}/${CNN}?fact=fact-satellite`, handMadeFiles());
    await columns();
    expect(marksOf('fact-satellite').map((mark) => mark.getAttribute('aria-current'))).toEqual(['true', 'true']);
    expect(screen.getByRole('region', { name: 'Selection' })).toHaveTextContent('Fact 4 of 4');
  });

  it('turns a stored pair round when the address asks for the other order', async () => {
    renderApp(`/compare/${CNN}/${VOA}`, handMadeFiles());
    const { a } = await columns();
    expect(a).toHaveTextContent('(CNN)');
    expect(readMarks(a).split('\n')[0]).toContain('[[1:supplied troops]]');
    expect(within(a).getByRole('button', { name: 'nearly three years ago' })).toHaveAccessibleDescription(
      'Conflict 1, date: war began: nearly three years ago vs February 2022. Voice of America wrote: “February 2022”',
    );
  });
});

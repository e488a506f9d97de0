import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app.tsx';
import { CNN, VOA, handMadeFiles } from './compare-fixture.ts';

// The first paint, under the test's control: it comes only when `paint()` says so.
const firstPaint = vi.hoisted(() => ({ done: false, listeners: new Set<() => void>() }));
vi.mock('../../../src/features/compare/use-after-first-paint.ts', () => ({
  useAfterFirstPaint: (): boolean => {
    const [painted, setPainted] = useState(firstPaint.done);
    useEffect(() => {
      const listener = (): void => setPainted(true);
      firstPaint.listeners.add(listener);
      return () => void firstPaint.listeners.delete(listener);
    }, []);
    return painted;
  },
}));
const paint = (): void =>
  act(() => {
    firstPaint.done = true;
    for (const listener of firstPaint.listeners) listener();
  });

/** A phone: the wide layout's query does not match (nor does any other). */
function narrowScreen(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
}

async function columns(): Promise<{ a: HTMLElement; b: HTMLElement }> {
  await screen.findByText('4 shared facts');
  const [a, b] = screen.getAllByRole('article', { hidden: true });
  if (a === undefined || b === undefined) throw new Error('two columns expected');
  return { a, b };
}

const marksIn = (column: HTMLElement, id: string): HTMLElement[] => [...column.querySelectorAll<HTMLElement>(`mark[data-item-id="${id}"]`)];

// On a narrow screen only one report shows; the other's text (marks, their descriptions) is
// rendered after the first paint, so the page's first render and commit are about half as long.
describe('comparison on a narrow screen', () => {
  beforeEach(() => {
    firstPaint.done = false;
    narrowScreen();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders the report not shown after the first paint, and selects a linked fact in it then', async () => {
    renderApp(`/compare/${VOA}/${CNN}?fact=fact-satellite`, handMadeFiles());
    const { a, b } = await columns();
    expect(marksIn(a, 'fact-satellite').map((mark) => mark.getAttribute('aria-current'))).toEqual(['true']);
    expect(b.querySelector('.reading-body')).toBeEmptyDOMElement();
    expect(document.getElementById('compare-b-desc-fact-satellite')).toBeNull();
    expect(document.getElementById('compare-a-desc-fact-satellite')).not.toBeNull();

    paint();
    expect(marksIn(b, 'fact-satellite').map((mark) => mark.getAttribute('aria-current'))).toEqual(['true']);
    expect(document.getElementById('compare-b-desc-fact-satellite')).not.toBeNull();
  });

  it('shows the other report at once when the reader switches before the first paint', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    const { b } = await columns();
    expect(b.querySelector('.reading-body')).toBeEmptyDOMElement();
    await user.click(within(screen.getByRole('group', { name: 'Report shown' })).getByRole('button', { name: 'CNN' }));
    expect(marksIn(b, 'fact-satellite')).toHaveLength(1);
  });
});

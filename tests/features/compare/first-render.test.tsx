import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app.tsx';
import { CNN, VOA, handMadeFiles } from './compare-fixture.ts';

// The whole app's first render, then the comparison's stages after it, on a busy 2-core machine.
const LOADED_MACHINE = { timeout: 30_000 };

/**
 * What the comparison's first render holds on a narrow screen (issue #5, decision 010, session 9):
 * the report shown with its marks, not the report hidden beside it, nor the marks' hidden
 * descriptions, nor "In detail". Those follow the first paint, a paint at a time. Read by a
 * MutationObserver at the moment the first marks reach the page: its callback runs right after
 * the commit that put them there, before any later task.
 */
const narrow = (query: string): MediaQueryList =>
  ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList;

const SLOW = { timeout: 20_000 };

interface Snapshot {
  marksA: number;
  marksB: number;
  descriptions: number;
  details: boolean;
}

function countMarks(side: 'a' | 'b'): number {
  return document.querySelectorAll(`article[data-side="${side}"] mark[data-item-id]`).length;
}

function watchFirstMarks(): { first: () => Snapshot | null; stop: () => void } {
  let first: Snapshot | null = null;
  const observer = new MutationObserver(() => {
    if (first !== null || countMarks('a') + countMarks('b') === 0) return;
    first = {
      marksA: countMarks('a'),
      marksB: countMarks('b'),
      descriptions: document.querySelectorAll('[id^="compare-a-desc-"], [id^="compare-b-desc-"]').length,
      details: document.getElementById('compare-details') !== null,
    };
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { first: () => first, stop: () => observer.disconnect() };
}

describe('comparison: the first render on a narrow screen', LOADED_MACHINE, () => {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', narrow);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds the shown report’s marks only; the other report, the descriptions and "In detail" follow the paint', async () => {
    const watch = watchFirstMarks();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    await screen.findByRole('region', { name: /^Only in CNN/ }, SLOW);
    watch.stop();

    const first = watch.first();
    expect(first?.marksA).toBeGreaterThan(0);
    expect(first).toMatchObject({ marksB: 0, descriptions: 0, details: false });
    // Then everything is there: the hidden report's marks and every mark's description.
    expect(countMarks('b')).toBeGreaterThan(0);
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-item-id]')) {
      expect(document.getElementById(mark.getAttribute('aria-describedby') ?? '')).not.toBeNull();
    }
  });

  it('shows the other report’s marked text as soon as it is switched to', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, handMadeFiles());
    const switcher = await screen.findByRole('group', { name: 'Report shown' }, SLOW);
    await user.click(within(switcher).getByRole('button', { name: 'CNN' }));
    await waitFor(() => expect(countMarks('b')).toBeGreaterThan(0));
    expect(within(switcher).getByRole('button', { name: 'CNN' })).toHaveAttribute('aria-pressed', 'true');
  });
});

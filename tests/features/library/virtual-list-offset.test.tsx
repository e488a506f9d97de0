import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VIRTUAL_LIST_FROM } from '../../../src/features/library/virtual-list-loader.ts';
import { libraryOf } from '../../support/long-library.ts';
import { renderApp } from '../../support/render-app.tsx';

/** An IntersectionObserver the test reports through (jsdom has none). */
class FakeIntersectionObserver {
  static made: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: { target: Element; boundingClientRect: { top: number } }[]) => void) {
    FakeIntersectionObserver.made.push(this);
  }
  observe(target: Element): void {
    this.observed.push(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  unobserve(): void {}
  takeRecords(): [] {
    return [];
  }
}

describe('where the long library’s list starts on the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeIntersectionObserver.made = [];
  });

  it('is taken from the frame’s own layout (an IntersectionObserver), not read from the list in its first commit', async () => {
    // Reading the list's box in the first commit (or in an effect, which the library's
    // synchronous first render runs in the same task) made the browser lay the page out again
    // before the first cards showed.
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const reads: Element[] = [];
    // jsdom lays nothing out: every box is empty, as its own getBoundingClientRect says.
    const empty = { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) };
    const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      reads.push(this);
      return empty;
    });
    try {
      renderApp('/', libraryOf(VIRTUAL_LIST_FROM));
      const list = await screen.findByRole('list', { name: 'Stories, newest first' }, { timeout: 10_000 });
      expect((await within(list).findAllByRole('listitem')).length).toBeGreaterThan(0);
      const observer = FakeIntersectionObserver.made.find((made) => made.observed.includes(list));
      expect(observer).toBeDefined();
      expect(reads).not.toContain(list);
      // The frame reports the list's box: one report is all it takes.
      act(() => observer?.callback([{ target: list, boundingClientRect: { top: 320 } }]));
      expect(observer?.disconnected).toBe(true);
      expect(reads).not.toContain(list);
      expect(within(list).getAllByRole('article').length).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  }, 20_000);
});

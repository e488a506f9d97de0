import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The fact a comparison's address names is brought into view in the page's first animation
 * frame, not in the commit that puts the page on screen: aligning reads layout, and in the commit
 * that read made the new page's whole style and layout part of React's commit task (issue #5,
 * docs/decisions/011, session 8). In that frame it jumps there: nothing is on screen yet to
 * glide from.
 */
let search = new URLSearchParams();
vi.mock('react-router', () => ({ useSearchParams: () => [search, () => undefined] }));
const alignColumns = vi.fn();
const mark = {} as HTMLElement; // any mark: the columns are "rendered"
let findMarkResult: HTMLElement | null = mark;
vi.mock('../../../src/features/compare/align-columns.ts', () => ({ alignColumns, findMark: () => findMarkResult }));

const { useCompareSelection } = await import('../../../src/features/compare/use-compare-selection.ts');

const refs = { a: { current: null }, b: { current: null } };
let frames: FrameRequestCallback[] = [];
const runFrame = (): void =>
  act(() => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(0);
  });

describe('the opening alignment of a linked fact', () => {
  beforeEach(() => {
    search = new URLSearchParams('fact=f1');
    findMarkResult = mark;
    frames = [];
    alignColumns.mockClear();
    vi.stubGlobal(
      'requestAnimationFrame',
      vi.fn((callback: FrameRequestCallback) => frames.push(callback)),
    );
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the first animation frame, then jumps to the fact without a smooth scroll', () => {
    renderHook(() => useCompareSelection(refs, 'a'));
    expect(alignColumns).not.toHaveBeenCalled(); // not in the commit
    runFrame();
    expect(alignColumns).toHaveBeenCalledTimes(1);
    expect(alignColumns).toHaveBeenCalledWith('f1', null, { a: null, b: null }, 'a', 'instant');
  });

  it('a passive effect that asks before the frame (the page’s own `useEffect(align)`) waits too', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.align());
    expect(alignColumns).not.toHaveBeenCalled();
    runFrame();
    expect(alignColumns).toHaveBeenCalledTimes(1);
  });

  it('after the first frame a choice aligns in its own commit, with the reader’s motion setting', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    runFrame();
    alignColumns.mockClear();
    act(() => result.current.select('f2', { origin: { side: 'a', top: 10 } }));
    expect(alignColumns).toHaveBeenCalledTimes(1);
    expect(alignColumns).toHaveBeenCalledWith('f2', { side: 'a', top: 10 }, { a: null, b: null }, 'a', undefined);
    expect(frames).toHaveLength(0);
  });

  it('a choice made before the first frame is kept and aligned in it, with a jump too', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.select('f2'));
    expect(alignColumns).not.toHaveBeenCalled();
    runFrame();
    expect(alignColumns).toHaveBeenCalledTimes(1);
    expect(alignColumns).toHaveBeenCalledWith('f2', null, { a: null, b: null }, 'a', 'instant');
  });

  it('a linked fact whose marks come after the first frame (a pair computed in the worker) aligns then, with the reader’s motion setting', () => {
    findMarkResult = null; // not rendered yet
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    runFrame();
    expect(alignColumns).not.toHaveBeenCalled();
    findMarkResult = mark;
    act(() => result.current.align()); // the page's `useEffect(align, [align, model])`
    expect(alignColumns).toHaveBeenCalledWith('f1', null, { a: null, b: null }, 'a', undefined);
  });

  it('leaves no frame behind when the page goes before its first frame', () => {
    const { unmount } = renderHook(() => useCompareSelection(refs, 'a'));
    unmount();
    expect(cancelAnimationFrame).toHaveBeenCalled();
  });
});

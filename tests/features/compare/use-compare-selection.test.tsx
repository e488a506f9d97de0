import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The address as a value the test moves by hand: the hook's own updates (`setParams`) are
 * recorded and land only when the test says, late if need be, like a navigation on a slow device.
 */
let search = new URLSearchParams();
let listeners: (() => void)[] = [];
const navigations: URLSearchParams[] = [];

vi.mock('react-router', async () => {
  const React = await import('react');
  return {
    useSearchParams: () => {
      const [, rerender] = React.useState(0);
      React.useEffect(() => {
        const listener = () => rerender((n) => n + 1);
        listeners.push(listener);
        return () => {
          listeners = listeners.filter((other) => other !== listener);
        };
      }, []);
      const current = search;
      const set = React.useCallback(
        (init: (params: URLSearchParams) => URLSearchParams) => {
          navigations.push(init(new URLSearchParams(current)));
        },
        [current],
      );
      return [current, set];
    },
  };
});
vi.mock('../../../src/features/compare/align-columns.ts', () => ({ alignColumns: () => undefined, findMark: () => null }));

const { useCompareSelection } = await import('../../../src/features/compare/use-compare-selection.ts');

const land = (params: URLSearchParams) =>
  act(() => {
    search = params;
    for (const listener of listeners) listener();
  });
const refs = { a: { current: null }, b: { current: null } };
const URL_FOLLOWS = 300; // more than the hook's delay before the address follows

describe('the selected fact and the address', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    search = new URLSearchParams();
    navigations.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('an address of ours that lands after the reader chose again does not snap the selection back', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.select('x'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    });
    act(() => result.current.select('y'));
    land(navigations[0] as URLSearchParams);
    expect(result.current.selectedId).toBe('y');
  });

  it('choosing the fact already in the address leaves no trace: a later Back or link to it is followed', () => {
    search = new URLSearchParams('fact=x');
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.select('y'));
    act(() => result.current.select('x'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    }); // the address already says x
    expect(navigations).toHaveLength(0);
    land(new URLSearchParams('fact=w')); // a link elsewhere
    expect(result.current.selectedId).toBe('w');
    land(new URLSearchParams('fact=x')); // Back, or a link to x
    expect(result.current.selectedId).toBe('x');
  });

  it('an address chosen again while another of ours is on its way is still ours: it lands without undoing Escape', () => {
    search = new URLSearchParams('fact=x');
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.select('y'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    }); // ?fact=y asked for, not landed: the rendered address still says x
    act(() => result.current.select('x'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    }); // x again: it must be asked for (y is on its way) and remembered as ours
    act(() => result.current.select(null)); // Escape, before either lands
    expect(navigations.map((params) => params.get('fact'))).toEqual(['y', 'x']);
    for (const params of [...navigations]) land(params);
    expect(result.current.selectedId).toBeNull();
  });

  it('after a link, choosing the fact it named again asks for nothing', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    act(() => result.current.select('y'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    });
    land(navigations[0] as URLSearchParams);
    land(new URLSearchParams('fact=x')); // Back, or a link to x
    act(() => result.current.select('x'));
    act(() => {
      vi.advanceTimersByTime(URL_FOLLOWS);
    });
    expect(navigations).toHaveLength(1);
  });

  it('follows Back, forward and links it did not write', () => {
    const { result } = renderHook(() => useCompareSelection(refs, 'a'));
    land(new URLSearchParams('fact=z'));
    expect(result.current.selectedId).toBe('z');
  });
});

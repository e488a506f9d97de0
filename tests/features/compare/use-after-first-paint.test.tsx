import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from '../../../src/features/compare/use-after-first-paint.ts';

// A hidden tab runs no animation frames: "In detail" must come anyway, a moment later.
describe('useAfterFirstPaint without animation frames (a hidden tab)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', vi.fn(() => 1)); // never fires
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is false at first and true after 250 ms', () => {
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(249);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });

  it('leaves nothing behind when unmounted first: no timer left, no state update, no console error', () => {
    const { unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    expect(cancelAnimationFrame).toHaveBeenCalledWith(1);
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    // tests/setup/fail-on-console-error.ts fails the test on any console.error.
    expect(console.error).not.toHaveBeenCalled();
  });
});

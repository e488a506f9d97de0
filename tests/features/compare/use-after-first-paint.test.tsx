import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePaintStages } from '../../../src/features/compare/use-after-first-paint.ts';

// A hidden tab runs no animation frames: "In detail" must come anyway, a moment later.
describe('usePaintStages(1) without animation frames (a hidden tab)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', vi.fn(() => 1)); // never fires
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is 0 at first and 1 after 250 ms', () => {
    const { result } = renderHook(() => usePaintStages(1));
    expect(result.current).toBe(0);
    act(() => {
      vi.advanceTimersByTime(249);
    });
    expect(result.current).toBe(0);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(1);
  });

  it('leaves nothing behind when unmounted first: no timer left, no state update, no console error', () => {
    const { unmount } = renderHook(() => usePaintStages(1));
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

// What follows the first paint comes a paint at a time: each stage after the previous one's frame.
describe('usePaintStages', () => {
  let frames: FrameRequestCallback[] = [];
  const runFrame = (): void => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(0);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', vi.fn((callback: FrameRequestCallback) => frames.push(callback)));
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('adds one stage per frame, each in the task after that frame, and stops at the last', () => {
    const { result } = renderHook(() => usePaintStages(3));
    expect(result.current).toBe(0);
    act(() => runFrame());
    expect(result.current).toBe(0); // the frame itself renders nothing new: the task after it does
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(1);
    act(() => {
      runFrame();
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(2);
    act(() => {
      runFrame();
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(3);
    expect(frames).toHaveLength(0); // nothing more asked for
    expect(vi.getTimerCount()).toBe(0);
  });

  it('without frames (a hidden tab) each stage comes 250 ms after the previous one', () => {
    const { result } = renderHook(() => usePaintStages(2));
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(result.current).toBe(1);
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(result.current).toBe(2);
  });
});

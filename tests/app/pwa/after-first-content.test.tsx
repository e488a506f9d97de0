import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstContent } from '../../../src/app/pwa/after-first-content.ts';

/** A stand-in for the browser's paint timing: the test says when a paint is reported. */
class FakeObserver {
  static supportedEntryTypes: readonly string[] = ['paint'];
  static last: FakeObserver | null = null;
  observed: PerformanceObserverInit | null = null;
  disconnected = false;
  constructor(private readonly callback: PerformanceObserverCallback) {
    FakeObserver.last = this;
  }
  observe(options: PerformanceObserverInit): void {
    this.observed = options;
  }
  disconnect(): void {
    this.disconnected = true;
  }
  report(name: string): void {
    const entries = [{ name, entryType: 'paint', startTime: 1, duration: 0 }];
    this.callback({ getEntries: () => entries } as unknown as PerformanceObserverEntryList, this as unknown as PerformanceObserver);
  }
}

function setReadyState(state: DocumentReadyState): void {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

// The service worker's registration waits for the page's first content, so its requests are not
// among those the first paints seem to need (issue #5, decision 010, session 10).
describe('afterFirstContent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeObserver.supportedEntryTypes = ['paint'];
    FakeObserver.last = null;
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    setReadyState('complete');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'readyState');
  });

  it('waits for the first contentful paint, then runs once, in a task after it', () => {
    const then = vi.fn();
    afterFirstContent(then, 5000);
    expect(FakeObserver.last?.observed).toEqual({ type: 'paint', buffered: true });
    FakeObserver.last?.report('first-paint');
    vi.advanceTimersByTime(100);
    expect(then).not.toHaveBeenCalled();
    FakeObserver.last?.report('first-contentful-paint');
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last?.disconnected).toBe(true);
    // Neither the fallback nor a second report runs it again.
    FakeObserver.last?.report('first-contentful-paint');
    vi.advanceTimersByTime(10_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after a while when no content is painted (a tab in the background)', () => {
    const then = vi.fn();
    afterFirstContent(then, 5000);
    vi.advanceTimersByTime(4999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    // The fallback runs it in a task after its own (the fake clock starts such a task a tick later).
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits for the load event first', () => {
    setReadyState('loading');
    const then = vi.fn();
    afterFirstContent(then, 5000);
    expect(FakeObserver.last).toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(then).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    FakeObserver.last?.report('first-contentful-paint');
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs on load where the browser reports no paint timing', () => {
    FakeObserver.supportedEntryTypes = [];
    const then = vi.fn();
    afterFirstContent(then, 5000);
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last).toBeNull();
  });
});

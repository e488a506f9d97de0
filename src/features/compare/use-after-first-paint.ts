import { startTransition, useEffect, useState } from 'react';

/** Hidden tabs run no animation frames: the content comes anyway, a moment later. */
const HIDDEN_TAB_DELAY_MS = 250;

/**
 * False for the first render, true once the page has painted (an animation frame, then a task).
 * For content below the fold: it renders in a transition after the first paint, so the page's
 * first render (and its style and layout) stays one short task and React can slice the rest.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: number | undefined;
    const reveal = (): void => startTransition(() => setPainted(true));
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(reveal, 0);
    });
    const fallback = window.setTimeout(reveal, HIDDEN_TAB_DELAY_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
      window.clearTimeout(fallback);
    };
  }, []);
  return painted;
}

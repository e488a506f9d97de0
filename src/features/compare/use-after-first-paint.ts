import { startTransition, useEffect, useState } from 'react';

/** Hidden tabs run no animation frames: the content comes anyway, a moment later. */
const HIDDEN_TAB_DELAY_MS = 250;

/**
 * 0 for the first render; then, after each paint, one more: stage 1 once the page has painted (an
 * animation frame, then a task), stage 2 once stage 1 has painted, and so on up to `stages`.
 * For content off the first screen, in pieces: each stage renders in a transition of its own
 * after the previous one is on screen, so the first render (and its style and layout) stays
 * short and no single commit and layout holds everything that follows it (issue #5).
 */
export function usePaintStages(stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stages) return undefined;
    let task: number | undefined;
    const reveal = (): void => startTransition(() => setStage((current) => Math.max(current, stage + 1)));
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(reveal, 0);
    });
    const fallback = window.setTimeout(reveal, HIDDEN_TAB_DELAY_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
      window.clearTimeout(fallback);
    };
  }, [stage, stages]);
  return stage;
}

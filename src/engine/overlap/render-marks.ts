import type { Comparison } from './types.ts';

/**
 * Render one side of a comparison as readable text: shared facts as `[[1:supplied troops]]`,
 * conflicts as `{{1:23 people}}`. Tests assert these strings, so a failure reads like a
 * sentence; overlapping marks are rendered in order of their start.
 */
export function renderMarks(text: string, comparison: Comparison, side: 'a' | 'b'): string {
  const marks = [
    ...comparison.facts.flatMap((fact, index) => fact[side].map((range) => ({ ...range, open: `[[${index + 1}:`, close: ']]' }))),
    ...comparison.conflicts.flatMap((conflict, index) => conflict[side].map((range) => ({ ...range, open: `{{${index + 1}:`, close: '}}' }))),
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // nested or overlapping: the outer mark already shows it
    out += text.slice(at, mark.start) + mark.open + text.slice(mark.start, mark.end) + mark.close;
    at = mark.end;
  }
  return out + text.slice(at);
}

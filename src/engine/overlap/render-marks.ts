import type { Comparison } from './types.ts';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * Render one side of a comparison as readable text: shared facts as `[[1:supplied troops]]`,
 * conflicts as `{{1:23 people}}`, nested where one lies inside another. Tests assert these
 * strings, so a failure reads like a sentence. A mark that straddles the end of the mark it
 * starts in is cut at that end.
 */
export function renderMarks(text: string, comparison: Comparison, side: 'a' | 'b'): string {
  const marks: Mark[] = [
    ...comparison.facts.flatMap((fact, index) => fact[side].map((range) => ({ start: range.start, end: range.end, open: `[[${index + 1}:`, close: ']]' }))),
    ...comparison.conflicts.flatMap((conflict, index) => conflict[side].map((range) => ({ start: range.start, end: range.end, open: `{{${index + 1}:`, close: '}}' }))),
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  const open: Mark[] = [];
  const closeUntil = (offset: number): void => {
    for (let top = open.at(-1); top !== undefined && top.end <= offset; top = open.at(-1)) {
      out += text.slice(at, top.end) + top.close;
      at = top.end;
      open.pop();
    }
  };
  for (const mark of marks) {
    closeUntil(mark.start);
    const parent = open.at(-1);
    const end = parent === undefined ? mark.end : Math.min(mark.end, parent.end);
    if (end <= mark.start) continue;
    out += text.slice(at, mark.start) + mark.open;
    at = mark.start;
    open.push({ ...mark, end });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return out + text.slice(at);
}

import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { renderMarks } from '../../../src/engine/overlap/render-marks.ts';

/** Helpers the highlight rounds' tests share (fact-span.test.ts, round14t.test.ts, round15h.test.ts). */

/** A first paragraph both reports share, so that the pair reads as one event. */
export const LEAD = 'Floods in Brenvik forced 1,240 residents of the Valtry district from their homes on Monday.';

/** Two reports of one day, each the shared lead and then its own paragraph. */
export function leadPair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published March 3, 2026\n${LEAD}\n${a}\nASSOCIATED PRESS | Published March 3, 2026\n${LEAD}\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

/** Each report's own paragraph with the comparison's highlights marked (`[[n:…]]`). */
export function marks(a: string, b: string): [string, string] {
  const [x, y] = leadPair(a, b);
  const comparison = compareArticles(x, y);
  // The second paragraph of each: the first is the shared lead.
  const second = (text: string): string => text.split('\n\n')[1] ?? '';
  return [second(renderMarks(x.text, comparison, 'a')), second(renderMarks(y.text, comparison, 'b'))];
}

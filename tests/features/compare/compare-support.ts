import { compareAllPairs, parseDigest, type Article, type ComparisonData } from '../../../src/engine/index.ts';
import { dataFilesFor, type DigestSource } from '../../support/render-app.tsx';

/** The data files the build ships, with each story's comparisons made by the real engine. */
export function filesWithEngineComparisons(digests: readonly DigestSource[]): Map<string, string> {
  const files = dataFilesFor(digests);
  for (const { file, text } of digests) {
    const { story, articles } = parseDigest(text, { file });
    files.set(`/data/comparisons/${story.id}.json`, JSON.stringify({ storyId: story.id, comparisons: compareAllPairs(articles) }));
  }
  return files;
}

export function articlesOf(digest: DigestSource): Article[] {
  return parseDigest(digest.text, { file: digest.file }).articles;
}

/** The half-open range of `phrase` in `text`; fails loudly when the fixture text changed. */
export function rangeOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`“${phrase}” is not in the text`);
  return { start, end: start + phrase.length };
}

/**
 * A column as readable text, as the reader sees it: facts as `[[2:supplied troops]]` with the
 * number they show, conflicts as `{{≠1:February 2022}}`, paragraphs on their own lines.
 */
export function readMarks(column: HTMLElement): string {
  const paragraphs = [...column.querySelectorAll('.reading-body p')];
  return paragraphs
    .map((paragraph) => {
      let out = '';
      let open: { id: string; close: string } | null = null;
      const visit = (node: Node): void => {
        if (node instanceof HTMLElement && node.matches('mark[data-item-id]')) {
          const id = node.dataset['itemId'] ?? '';
          const number = node.querySelector('.compare-mark-number')?.textContent ?? '';
          const text = [...node.childNodes].filter((child) => !(child instanceof HTMLElement && child.matches('.compare-mark-number'))).map((child) => child.textContent).join('');
          const isFact = node.hasAttribute('data-fact-id');
          // Pieces of one span split around a nested mark read as one.
          if (open !== null && open.id === id && number === '') {
            out = out.slice(0, -open.close.length) + text + open.close;
            return;
          }
          const close = isFact ? ']]' : '}}';
          out += `${isFact ? '[[' : '{{'}${number === '' ? '' : `${number}:`}${text}${close}`;
          open = { id, close };
          return;
        }
        if (node.nodeType === Node.TEXT_NODE) {
          out += node.textContent ?? '';
          open = null;
          return;
        }
        node.childNodes.forEach(visit);
      };
      paragraph.childNodes.forEach(visit);
      return out;
    })
    .join('\n');
}

export type { ComparisonData };

import seed from '../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { dataFilesFor } from './render-app.tsx';

const files = dataFilesFor([
  { file: 'blinken-seoul-2025-01-06.txt', text: seed },
  { file: 'ports-strike-2025-01-14.txt', text: strike },
]);

/** The two-story library with its second story copied until it has `count` stories. */
export function libraryOf(count: number): Map<string, string> {
  const index = JSON.parse(files.get('/data/index.json') ?? '{}') as { version: 1; stories: { id: string; title: string }[] };
  const template = index.stories[1];
  if (template === undefined) throw new Error('no seed story');
  const stories = Array.from({ length: count }, (_, n) => ({ ...template, id: `story-${n}`, title: `Story number ${n}` }));
  return new Map([['/data/index.json', JSON.stringify({ version: 1, stories })]]);
}

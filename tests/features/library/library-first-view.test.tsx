import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitLibraryIndex, type LibraryIndex } from '../../../src/engine/index.ts';
import { encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { dataFilesFor, json, renderApp } from '../../support/render-app.tsx';

/**
 * A long library's index comes in parts (docs/decisions/009). While they download, the library
 * shows the newest stories, from the index's first file, and says more are coming; then the whole
 * library, with nothing on screen moving. The parts' responses are held back here until a test
 * lets them go.
 */

const STORIES = 120;

/** A split index of STORIES stories, newest first (`Story number 0` is the newest). */
function splitIndex(): { head: LibraryIndex; files: Map<string, string> } {
  const index = JSON.parse(dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]).get('/data/index.json') ?? '{}') as LibraryIndex;
  const template = index.stories[0];
  if (template === undefined) throw new Error('no seed story');
  const pad = (n: number): string => String(n).padStart(3, '0');
  // One date, so the build's order falls to the title: `Story number 000` first.
  const stories = Array.from({ length: STORIES }, (_, n) => {
    const id = `story-${pad(n)}`;
    // Each article's id starts with its story's, as the build names them (the parts rely on it).
    const rename = (articleId: string): string => `${id}--${articleId.split('--')[1] ?? ''}`;
    const articles = template.articles.map((article) => ({ ...article, id: rename(article.id), storyId: id }));
    return { ...template, id, title: `Story number ${pad(n)}`, articleIds: template.articleIds.map(rename), articles };
  });
  const whole: LibraryIndex = { version: 1, stories };
  const { head, parts } = splitLibraryIndex(whole, Math.ceil(JSON.stringify(whole).length / 3));
  const files = new Map<string, string>([['/data/index.json', JSON.stringify(head)]]);
  parts.forEach((part, n) => files.set(`/data/${head.parts?.[n] ?? ''}`, JSON.stringify(encodeIndexPart(part))));
  return { head, files };
}

/** Holds back every index part until `release()`; `damage` answers that part with broken JSON instead. */
function holdParts(files: Map<string, string>) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let damaged: string | null = null;
  const override = (pathname: string): Promise<Response> | undefined => {
    if (!pathname.startsWith('/data/index/')) return undefined;
    return released.then(() => (pathname === damaged ? json('{"version": 1, "stor') : json(files.get(pathname) ?? '')));
  };
  return {
    override,
    release,
    damage: (pathname: string) => {
      damaged = pathname;
      release();
    },
  };
}

async function storyList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Stories, newest first' });
}

function cardsIn(list: HTMLElement): HTMLElement[] {
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('library: a long index’s first file is shown while its parts download', () => {
  it('shows the newest stories, marked as loading more, then the whole library in the same order', async () => {
    const { head, files } = splitIndex();
    expect(head.parts?.length).toBeGreaterThan(1);
    const parts = holdParts(files);
    renderApp('/', files, parts.override);

    const first = await storyList();
    expect(first).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading older stories…')).toBeInTheDocument();
    const firstCards = cardsIn(first);
    expect(firstCards[0]).toHaveAttribute('aria-setsize', String(head.stories.length));
    expect(within(firstCards[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent('Story number 000');

    parts.release();
    await waitFor(() => expect(cardsIn(screen.getByRole('list', { name: 'Stories, newest first' }))[0]).toHaveAttribute('aria-setsize', String(STORIES)));
    const whole = screen.getByRole('list', { name: 'Stories, newest first' });
    expect(whole).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Loading older stories…')).toBeNull();
    expect(within(cardsIn(whole)[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent('Story number 000');
  });

  it('fails the library with the damaged part’s name, though the first stories were already shown', async () => {
    const { head, files } = splitIndex();
    const parts = holdParts(files);
    renderApp('/', files, parts.override);
    expect(await storyList()).toHaveAttribute('aria-busy', 'true');

    // The page throws the whole library's failure to the route's error element, and React reports
    // the error it caught: expected here, and checked below instead of failing the test.
    const logged = vi.mocked(console.error).mockImplementation(() => undefined);
    const part = `/data/${head.parts?.[1] ?? ''}`;
    parts.damage(part);
    expect((await screen.findAllByText(new RegExp(`The file ${part} is damaged`))).length).toBeGreaterThan(0);
    expect(screen.queryByRole('list', { name: 'Stories, newest first' })).toBeNull();
    expect(logged.mock.calls.flat().some((arg) => String(arg instanceof Error ? arg.message : arg).includes(part))).toBe(true);
  });

  it('waits for the whole library when the address holds a filter (it is read against every story)', async () => {
    const { files } = splitIndex();
    const parts = holdParts(files);
    renderApp('/?from=2025-01-01', files, parts.override);
    expect(await screen.findByText('Loading Parallax…')).toBeInTheDocument();
    // Long enough for the first file's view to have shown, had the address allowed it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('list', { name: 'Stories, newest first' })).toBeNull();

    parts.release();
    const list = await storyList();
    expect(list).not.toHaveAttribute('aria-busy');
    expect(cardsIn(list)[0]).toHaveAttribute('aria-setsize', String(STORIES));
  });
});

import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { expect, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { createRoutes } from '../../../src/app/routes.tsx';
import { parseDigest, type Article, type LibraryIndex } from '../../../src/engine/index.ts';
import { createQueryClient } from '../../../src/lib/query-client.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { hostileArticle, hostileComparison, IMG_TAG, SCRIPT_TAG } from '../../fixtures/app/hostile.ts';
import { dataFilesFor } from '../../support/render-app.tsx';

export const VOA = 'blinken-seoul-2025-01-06--voa';
export const CNN = 'blinken-seoul-2025-01-06--cnn';
const SEED = { file: 'blinken-seoul-2025-01-06.txt', text: seed };

function seedArticles(): Article[] {
  return parseDigest(SEED.text, { file: SEED.file }).articles;
}

/** The seed story's data files with both reports (and their index entries) made hostile. */
export function hostileFiles(): Map<string, string> {
  const files = dataFilesFor([SEED]);
  const articles = seedArticles().map(hostileArticle);
  for (const article of articles) files.set(`/data/articles/${article.id}.json`, JSON.stringify(article));
  const index = JSON.parse(files.get('/data/index.json') ?? '') as LibraryIndex;
  for (const story of index.stories) {
    story.title = `${SCRIPT_TAG} title`;
    for (const summary of story.articles) {
      summary.outlet = { ...summary.outlet, name: IMG_TAG };
      summary.headline = `${SCRIPT_TAG} headline`;
      summary.lede = IMG_TAG;
    }
  }
  files.set('/data/index.json', JSON.stringify(index));
  const text = articles[0]?.text ?? '';
  files.set('/data/comparisons/blinken-seoul-2025-01-06.json', JSON.stringify({ storyId: 'blinken-seoul-2025-01-06', comparisons: [hostileComparison(VOA, CNN, text)] }));
  return files;
}

/**
 * Render the app with the query cache already holding the index and these articles, so they
 * are never fetched or validated: how the views behave if hostile data ever got past the
 * schema (a `javascript:` source link, say). Anything else fails as if offline.
 */
export function renderSeeded(path: string, articles: readonly Article[]): RenderResult {
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline: this test seeds the cache'))));
  const files = dataFilesFor([SEED]);
  const queryClient = createQueryClient({ retryDelay: 0 });
  queryClient.setQueryData(['library-index'], JSON.parse(files.get('/data/index.json') ?? '') as LibraryIndex);
  for (const article of articles) queryClient.setQueryData(['article', article.id], article);
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  return render(<App queryClient={queryClient} router={router} />);
}

export function hostileSeedArticles(): Article[] {
  return seedArticles().map(hostileArticle);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Nothing in the document came from the text as markup: no element an attacker's tags would
 * make, no event-handler attribute anywhere, no text node holding half a character.
 */
export function expectInertDocument(): void {
  const root = document.body;
  // (The app's own dialogs close with <form method="dialog">: no action, no navigation.)
  const foreign = [...root.querySelectorAll('script, iframe, object, embed, style, link, base, meta, form[action], b, i')];
  expect(foreign.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
  // The masthead's logo is the only image the app draws.
  expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['/favicon.svg']);
  const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')).map((name) => `${element.tagName.toLowerCase()}[${name}]`),
  );
  expect(handlers).toEqual([]);
  const links = [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
  expect(links.filter((href) => !/^(\/|#|https?:\/\/)/.test(href))).toEqual([]);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const broken: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (LONE_SURROGATE.test(node.textContent ?? '')) broken.push(JSON.stringify(node.textContent?.slice(0, 40)));
  }
  expect(broken, 'text nodes holding half a surrogate pair').toEqual([]);
}

/** An element's text as the reader sees it, without the fact numbers marks carry. */
export function readableText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const number of copy.querySelectorAll('.compare-mark-number')) number.remove();
  return copy.textContent;
}

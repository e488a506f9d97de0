import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASTRAL, BIDI, DATA_URL, ENTITIES, IMG_TAG, JAVASCRIPT_URL, LONG_LINE, SCRIPT_TAG, ZERO_WIDTH } from '../../fixtures/app/hostile.ts';
import { renderApp } from '../../support/render-app.tsx';
import { CNN, expectInertDocument, hostileFiles, hostileSeedArticles, renderSeeded } from './hostile-support.tsx';

// A 100,000-character paragraph is heavy work for jsdom on a busy 2-core machine.
const SLOW = { timeout: 20_000 };

describe('reader: hostile text is shown as text', { timeout: 40_000 }, () => {
  it('shows tags, entities, bidi and zero-width characters, emoji and a 100,000-character line exactly as written', async () => {
    renderApp(`/articles/${CNN}`, hostileFiles());
    const article = await screen.findByRole('article', {}, SLOW);
    const heading = within(article).getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(`${SCRIPT_TAG} ${ASTRAL}`);
    expect(heading.children).toHaveLength(0);

    // The outlet's name (in the byline, and in the links to compare with the other reports) is
    // markup-shaped text, nothing more: each a <bdi> holding only that text.
    const names = within(article).getAllByText(IMG_TAG);
    expect(names.length).toBeGreaterThan(0);
    expect(names.map((name) => [name.tagName, name.children.length])).toEqual(names.map(() => ['BDI', 0]));
    const caption = article.querySelector('figcaption');
    expect(caption?.textContent).toContain(`${IMG_TAG} ${BIDI}`);
    expect(caption?.textContent).toContain(ENTITIES);

    const paragraphs = [...article.querySelectorAll('.reading-body p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toEqual([
      `Opening ${SCRIPT_TAG} and ${IMG_TAG} in the lede.`,
      `Entities ${ENTITIES} stay as typed.`,
      `${BIDI} and ${ZERO_WIDTH} here.`,
      ASTRAL,
      LONG_LINE,
    ]);
    expect(paragraphs[4]).toHaveLength(100_000);
    // Entities are not decoded: `&lt;b&gt;` never becomes a <b> element.
    expect(article.querySelector('b, i')).toBeNull();
    expectInertDocument();
  });

  it('links an http(s) source by the host it really opens, not the host the digest claims', async () => {
    renderApp(`/articles/${CNN}`, hostileFiles());
    const article = await screen.findByRole('article', {}, SLOW);
    const link = within(article).getByRole('link', { name: /Read the full report at/ });
    expect(link).toHaveAccessibleName(/^Read the full report at evil\.example ?\(opens in a new tab\)$/);
    expect(link).toHaveAttribute('href', 'https://evil.example/path?q=<script>');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(article).not.toHaveTextContent('www.trusted-news.example');
  });

  // The schema refuses these in the data; the view must not depend on that.
  it.each([
    ['javascript:', JAVASCRIPT_URL],
    ['JavaScript: with spaces and case', ' JaVaScRiPt:alert(1)'],
    ['data:', DATA_URL],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/'],
    ['not a URL', 'http://'],
    ['ftp:', 'ftp://files.example/report'],
  ])('shows a %s source as plain text, never a link', async (_name, url) => {
    const articles = hostileSeedArticles().map((article) => ({ ...article, sourceUrl: url }));
    renderSeeded(`/articles/${CNN}`, articles);
    const article = await screen.findByRole('article', {}, SLOW);
    expect(within(article).queryByRole('link', { name: /full report/ })).toBeNull();
    expect(article.querySelector('footer a')).toBeNull();
    expect(article.querySelector('footer')?.textContent).toContain(url);
    expectInertDocument();
  });
});

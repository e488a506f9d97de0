import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASTRAL, IMG_TAG, JAVASCRIPT_URL, LONG_LINE, SCRIPT_TAG } from '../../fixtures/app/hostile.ts';
import { renderApp } from '../../support/render-app.tsx';
import { CNN, VOA, expectInertDocument, hostileFiles, hostileSeedArticles, readableText, renderSeeded } from './hostile-support.tsx';

// A 100,000-character paragraph, marked, is heavy work for jsdom on a busy 2-core machine.
const SLOW = { timeout: 20_000 };

async function columns(): Promise<HTMLElement[]> {
  await screen.findByText('2 shared facts', {}, SLOW);
  return screen.getAllByRole('article');
}

describe('comparison: hostile text is shown as text', { timeout: 40_000 }, () => {
  it('shows both hostile reports literally, with no markup, handlers or broken characters', async () => {
    renderApp(`/compare/${VOA}/${CNN}`, hostileFiles());
    const sides = await columns();
    expect(sides).toHaveLength(2);
    for (const column of sides) {
      expect(within(column).getByRole('heading', { level: 2 }).textContent).toBe(`${SCRIPT_TAG} ${ASTRAL}`);
      const body = readableText(column.querySelector('.reading-body') ?? column);
      expect(body).toContain(`Opening ${SCRIPT_TAG} and ${IMG_TAG} in the lede.`);
      expect(body).toContain(LONG_LINE);
    }
    // The outlet names head the page as text, each isolated so a bidi override stays inside it.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(`${IMG_TAG} and ${IMG_TAG}`);
    expect([...heading.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([IMG_TAG, IMG_TAG]);
    expectInertDocument();
  });

  it('marks markup-shaped text as text, and widens marks that would split an emoji to whole characters', async () => {
    renderApp(`/compare/${VOA}/${CNN}`, hostileFiles());
    const [a] = await columns();
    if (a === undefined) throw new Error('two columns expected');
    const textOf = (selector: string): string[] => [...a.querySelectorAll(selector)].map(readableText);
    expect(textOf('mark[data-item-id="fact-tag"]')).toEqual([SCRIPT_TAG]);
    // The data puts this fact's start on the second half of 🚀 and the conflict's end on the first half of 𝒳.
    expect(textOf('mark[data-item-id="fact-rocket"]')).toEqual(['🚀 with ']);
    expect(textOf('mark[data-item-id="conflict-script"]')).toEqual(['𝒳']);
    // What the other outlet wrote, and the conflict's note, are text in the description too (the
    // descriptions arrive a paint after the marks: decision 010, session 9).
    await waitFor(() => {
      expect(within(a).getByRole('button', { name: SCRIPT_TAG })).toHaveAccessibleDescription(new RegExp(`CNN|${IMG_TAG.replace(/[()]/g, '\\$&')} wrote: “<script>alert\\(1\\)</script>”`));
    }, SLOW);
    expectInertDocument();
  });

  it('copies hostile text into Markdown escaped, with the source an autolink only when it is http(s)', async () => {
    const user = userEvent.setup();
    renderApp(`/compare/${VOA}/${CNN}`, hostileFiles());
    await columns();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Copied to the clipboard.');
    const markdown = await navigator.clipboard.readText();
    // Every < and > of the text is escaped, so no Markdown renderer turns it into HTML.
    expect(markdown.replace(/\\[<>]/gu, '')).not.toMatch(/<(?!https?:\/\/)[^>]*>/u);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('Source: <https://evil.example/path?q=%3Cscript%3E>');
  });

  it('never turns a javascript: source into a Markdown autolink', async () => {
    const user = userEvent.setup();
    renderSeeded(`/compare/${VOA}/${CNN}`, hostileSeedArticles().map((article) => ({ ...article, sourceUrl: JAVASCRIPT_URL })));
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }, SLOW));
    await screen.findByText('Copied to the clipboard.');
    const markdown = await navigator.clipboard.readText();
    expect(markdown).not.toContain('<javascript:');
    expect(markdown).toContain('Source: given as “javascript:alert(1)” (not a web address)');
  });
});

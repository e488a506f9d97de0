import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDigest, type Article } from '../../../src/engine/index.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { CNN, renderSeeded } from '../hostile/hostile-support.tsx';

// Right-to-left text from a digest (an Arabic outlet, a Hebrew paragraph) or a bidi override in
// a name must not reorder the page around it: each untrusted string gets its own direction,
// isolated from its neighbours (<bdi> inline, dir="auto" on blocks).
const RLO = '\u202E';
const OUTLET = `${RLO}الجزيرة`;
const HEADLINE = 'بلينكن يحذر من تعاون روسيا وكوريا الشمالية';
const PARAGRAPH = 'בלינקן הזהיר ביום שני מפני שיתוף פעולה.';

function rightToLeft(article: Article): Article {
  return {
    ...article,
    outlet: { ...article.outlet, name: OUTLET },
    headline: HEADLINE,
    paragraphs: [PARAGRAPH, ...article.paragraphs.slice(1)],
    caption: HEADLINE,
    credit: OUTLET,
  };
}

const seedArticles = () => parseDigest(seed, { file: 'blinken-seoul-2025-01-06.txt' }).articles;
// A busy 2-core machine can take a while to render the first page.
const SLOW = { timeout: 20_000 };

describe('reader: text direction of untrusted text', () => {
  it('isolates the outlet, headline, caption, credit and every paragraph', async () => {
    const articles = seedArticles().map((article) => (article.id === CNN ? rightToLeft(article) : article));
    renderSeeded(`/articles/${CNN}`, articles);
    const article = await screen.findByRole('article', {}, SLOW);

    const heading = within(article).getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(HEADLINE);
    expect(heading).toHaveAttribute('dir', 'auto');

    // The outlet line and the credit: inline, so each in a <bdi> of its own.
    const outlets = within(article).getAllByText(OUTLET);
    expect(outlets.map((element) => element.tagName)).toEqual(['BDI', 'BDI']);

    // The caption isolated from the interface's "Photo:" label, which would otherwise set its direction.
    const figcaption = article.querySelector('figcaption') as HTMLElement;
    expect(within(figcaption).getByText(HEADLINE).tagName).toBe('BDI');
    const paragraphs = [...article.querySelectorAll('.reading-body p')];
    expect(paragraphs[0]).toHaveTextContent(PARAGRAPH);
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.filter((paragraph) => paragraph.getAttribute('dir') !== 'auto')).toEqual([]);
  });

  it('isolates the other outlets in the compare links and the other reports', async () => {
    renderSeeded(`/articles/${CNN}`, seedArticles());
    const compare = await screen.findByRole('navigation', { name: 'Compare this report' }, SLOW);
    for (const link of within(compare).getAllByRole('link')) {
      expect(link.querySelector('bdi')?.textContent, link.textContent).toBeTruthy();
    }
    const others = screen.getByRole('navigation', { name: 'Other reports of this story' });
    for (const link of within(others).getAllByRole('link')) {
      expect(link.querySelector('bdi')?.textContent, link.textContent).toBeTruthy();
      expect(link.querySelector('[dir="auto"]')?.textContent, link.textContent).toBeTruthy();
    }
  });
});

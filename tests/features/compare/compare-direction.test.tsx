import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/engine/index.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { CNN, renderSeeded, VOA } from '../hostile/hostile-support.tsx';

// A right-to-left outlet or headline (or a bidi override in one) must not reorder the column
// around it: each gets its own direction, isolated from its neighbours.
const OUTLET = '\u202Eالجزيرة';
const HEADLINE = 'بلينكن يحذر من تعاون روسيا وكوريا الشمالية';

const seedArticles = () => parseDigest(seed, { file: 'blinken-seoul-2025-01-06.txt' }).articles;
// A busy 2-core machine can take a while to render the first page.
const SLOW = { timeout: 20_000 };

describe('comparison: text direction of untrusted text', () => {
  it('isolates each column’s outlet and headline, and gives every paragraph its own direction', async () => {
    const articles = seedArticles().map((article) => (article.id === CNN ? { ...article, outlet: { ...article.outlet, name: OUTLET }, headline: HEADLINE } : article));
    renderSeeded(`/compare/${VOA}/${CNN}`, articles);
    const column = await screen.findByRole('article', { name: HEADLINE }, SLOW);
    expect(within(column).getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'auto');
    expect(within(column).getByText(OUTLET).tagName).toBe('BDI');
    const paragraphs = [...document.querySelectorAll('.compare-column .reading-body p')];
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(paragraphs.filter((paragraph) => paragraph.getAttribute('dir') !== 'auto')).toEqual([]);
  });
});

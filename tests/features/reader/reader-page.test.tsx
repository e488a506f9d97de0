import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';

const files = dataFilesFor([
  { file: 'blinken-seoul-2025-01-06.txt', text: seed },
  { file: 'ports-strike-2025-01-14.txt', text: strike },
]);

describe('reader', () => {
  it('shows the headline, outlet, date, caption with credit, every paragraph and the source', async () => {
    renderApp('/articles/blinken-seoul-2025-01-06--cnn', files);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Blinken warns Russia is close to sharing advanced satellite technology with North Korea',
    );
    expect(article).toHaveTextContent('CNN');
    expect(within(article).getByText('January 6, 2025')).toHaveAttribute('datetime', '2025-01-06');
    const caption = within(article).getByText(/US Secretary of State Antony Blinken attends the joint press conference/);
    expect(caption.closest('figcaption')).toHaveTextContent(/Seoul, South Korea\.\s*Chung Sung-Jun\/Getty Images$/);
    expect(article.querySelectorAll('.reading-body p')).toHaveLength(6);
    const source = within(article).getByRole('link', { name: /www\.edition\.cnn\.com/ });
    expect(source).toHaveAttribute('href', 'https://www.edition.cnn.com');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText('Derived title')).toBeNull();
  });

  it('marks a title derived from the lede and links to the other reports of the story', async () => {
    renderApp('/articles/blinken-seoul-2025-01-06--voa', files);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^U\.S\. Secretary of State Antony Blinken said Monday/);
    expect(screen.getByText('Derived title')).toBeInTheDocument();
    const others = screen.getByRole('navigation', { name: 'Other reports of this story' });
    const link = within(others).getByRole('link', { name: /CNN/ });
    expect(link).toHaveAttribute('href', '/articles/blinken-seoul-2025-01-06--cnn');
    expect(within(others).queryByRole('link', { name: /Voice of America/ })).toBeNull();
  });

  it('sets straight quotes and dashes typographically, and shows Updated with its time', async () => {
    renderApp('/articles/ports-strike-2025-01-14--ap', files);
    const article = await screen.findByRole('article');
    expect(within(article).getByText(/^“We are not going to let machines take our jobs,” union president/)).toHaveTextContent(
      'It’s the first such strike since 1977.',
    );
    expect(within(article).getByText(/^NEW YORK \(AP\) – Dockworkers/)).toBeInTheDocument();
    expect(article).toHaveTextContent('Updated January 14, 2025, 3:05 PM ET');
    expect(within(article).getByText('(AP Photo/Jane Doe)')).toBeInTheDocument();
  });

  it('gives an unknown article and an unknown address a real not-found page', async () => {
    renderApp('/articles/no-such-article', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/');
  });

  it('gives an unknown route a not-found page', async () => {
    renderApp('/no/such/page', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('keeps the chosen theme and text size across visits', async () => {
    const user = userEvent.setup();
    const first = renderApp('/articles/blinken-seoul-2025-01-06--cnn', files);
    await user.click(await screen.findByRole('radio', { name: 'Sepia' }));
    await user.click(screen.getByRole('radio', { name: 'Extra large' }));
    expect(document.documentElement.dataset['theme']).toBe('sepia');
    expect(document.querySelector('.reading-body')).toHaveClass('text-[1.625rem]');
    expect(JSON.parse(window.localStorage.getItem('parallax:reading-settings:v1') ?? 'null')).toEqual({ theme: 'sepia', textSize: 'x-large' });
    first.unmount();

    renderApp('/articles/blinken-seoul-2025-01-06--voa', files);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Sepia' })).toBeChecked());
    expect(screen.getByRole('radio', { name: 'Extra large' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('radio')).toHaveLength(3);
  });
});

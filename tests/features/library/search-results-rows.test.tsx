import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { renderApp } from '../../support/render-app.tsx';

// A file of its own: the search index is built once per module graph, from the first files served.

// 12 digests of 3 reports each: 36 reports say "harbour", more than the 30 a search shows.
const outlets = ['ASSOCIATED PRESS', 'REUTERS', 'CNN'];
const digests = Array.from({ length: 12 }, (_, story) => ({
  file: `harbour-${String(story + 1).padStart(2, '0')}-2025-01-14.txt`,
  text: outlets.map((label) => `${label} | Published Jan. 14, 2025\nThe harbour reopened on Tuesday, story ${story + 1} said.\n`).join(''),
}));
const files = new Map([...buildDataFiles(digests, { comparisons: 'browser' })].map(([path, body]) => [`/${path}`, body]));

it('shows every result up to the limit, not only the rows a new answer renders first', async () => {
  renderApp('/?q=harbour', files);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('36 reports match “harbour”; showing the best 30'));
  await waitFor(() => expect(within(screen.getByRole('list', { name: /^Results for/ })).getAllByRole('listitem')).toHaveLength(30));
});

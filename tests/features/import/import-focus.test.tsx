import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';
import { useImportTestEnvironment } from './import-support.ts';

useImportTestEnvironment();

const files = () => dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]);

/** Discard removes the preview and the button with it: the focus must land somewhere useful, not on the page body. */
async function discardPreview(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const preview = await screen.findByRole('heading', { name: 'Preview: 1 story ready to save' });
  await waitFor(() => expect(preview).toHaveFocus());
  await user.click(screen.getByRole('button', { name: 'Discard' }));
  expect(screen.queryByRole('heading', { name: /^Preview/ })).toBeNull();
  expect(document.activeElement).not.toBe(document.body);
}

describe('import: the focus after Discard', () => {
  it('returns to the digest text, which still holds what was pasted', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    const box = await screen.findByLabelText('Digest text');
    await user.click(box);
    await user.paste(strike);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await discardPreview(user);
    expect(box).toHaveFocus();
    expect(box).toHaveValue(strike);
  });

  it('returns to the file picker after files were chosen', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    const input = await screen.findByLabelText('Digest files (.txt)');
    await user.upload(input, new File([strike], 'strike.txt', { type: 'text/plain' }));
    await discardPreview(user);
    expect(input).toHaveFocus();
  });

  it('returns to the first field of the article form', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    await user.type(await screen.findByLabelText('Outlet'), 'The Guardian');
    await user.type(screen.getByLabelText('Date'), '2025-01-07');
    await user.click(screen.getByLabelText('Article text'));
    await user.paste('Blinken left Seoul on Tuesday.');
    await user.click(screen.getByRole('button', { name: 'Check article' }));
    await discardPreview(user);
    expect(screen.getByLabelText('Outlet')).toHaveFocus();
  });

  it('keeps the focus on the radio buttons while choosing Replace or Keep both', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    const input = await screen.findByLabelText('Digest files (.txt)');
    await user.upload(input, new File([strike], 'strike.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Save 1 story to the library' }));
    const saved = await screen.findByRole('heading', { name: 'Saved 1 story to your library' });
    await waitFor(() => expect(saved).toHaveFocus());
    await user.upload(screen.getByLabelText('Digest files (.txt)'), new File([strike], 'strike.txt', { type: 'text/plain' }));
    const replace = await screen.findByRole('radio', { name: 'Replace the earlier import' });
    await user.click(replace);
    expect(replace).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Keep both' })).toHaveFocus();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readLocalLibrary } from '../../../src/lib/local-library/library-store.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';
import { useImportTestEnvironment } from './import-support.ts';

useImportTestEnvironment();
// Whole flows with the real parser and engine (the first loads the lexicon): slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 15_000 });

const files = () => dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]);
const BROKEN = 'CNN | Published January 6, 2025\nA first paragraph.\nREUTERS | Published Smarch 40, 2025\nAnother paragraph.\n';

async function pasteAndImport(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const box = await screen.findByLabelText('Digest text');
  await user.click(box);
  // Typed text would be read as key names; paste is what a reader does anyway.
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Import' }));
}

describe('import: paste, preview, save', () => {
  it('previews a pasted digest (focus on the preview), saves it, and the library shows it with its badge', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/import', files());
    expect(await screen.findByRole('heading', { level: 1, name: 'Import digests' })).toBeInTheDocument();
    await pasteAndImport(user, strike);

    const preview = await screen.findByRole('heading', { name: 'Preview: 1 story ready to save' });
    await waitFor(() => expect(preview).toHaveFocus());
    const section = preview.closest('section') as HTMLElement;
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('East and Gulf Coast dockworkers strike over automation');
    expect(section).toHaveTextContent('Pasted text · 2 reports · Associated Press, Reuters · January 14, 2025');
    expect(within(section).getByRole('list', { name: /^Reports in/ })).toHaveTextContent(/Associated Press, January 14, 2025: .*\(derived title\) · \d+ words/);
    expect((await readLocalLibrary()).stories).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Save 1 story to the library' }));
    const saved = await screen.findByRole('heading', { name: 'Saved 1 story to your library' });
    await waitFor(() => expect(saved).toHaveFocus());
    expect((await readLocalLibrary()).stories.map(({ story }) => story.id)).toEqual(['imported-2025-01-14-east-and-gulf-coast-dockworkers-strike']);

    await user.click(screen.getByRole('link', { name: 'Go to the library' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const heading = await screen.findByRole('heading', { level: 2, name: /^East and Gulf Coast dockworkers strike/ });
    const card = heading.closest('article') as HTMLElement;
    expect(within(card).getByText('Imported')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete imported story' })).toBeInTheDocument();
    const bundled = screen.getByRole('heading', { level: 2, name: /^Blinken warns/ }).closest('article') as HTMLElement;
    expect(within(bundled).queryByText('Imported')).toBeNull();
    expect(within(bundled).queryByRole('button', { name: 'Delete imported story' })).toBeNull();
  });

  it('shows a malformed digest’s problems by line with the line as written, focuses them, and saves nothing', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    await pasteAndImport(user, BROKEN);
    const summary = await screen.findByRole('heading', { name: 'Could not import pasted text' });
    await waitFor(() => expect(summary).toHaveFocus());
    const section = summary.closest('section') as HTMLElement;
    expect(section).toHaveTextContent('Nothing from it has been saved');
    expect(section).toHaveTextContent(/Line 3: unreadable date in the header for REUTERS/);
    expect(within(section).getByLabelText('Line 3 as written')).toHaveTextContent('REUTERS | Published Smarch 40, 2025');
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    expect((await readLocalLibrary()).stories).toEqual([]);
  });

  it('reads several files at once: the good one is previewed, the bad one named with its line', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    const input = await screen.findByLabelText('Digest files (.txt)');
    await user.upload(input, [new File([strike], 'strike.txt', { type: 'text/plain' }), new File([BROKEN], 'broken.txt', { type: 'text/plain' })]);
    const summary = await screen.findByRole('heading', { name: 'Could not import broken.txt' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Preview: 1 story ready to save' })).toBeInTheDocument();
    expect(screen.getByText(/^strike\.txt · 2 reports/)).toBeInTheDocument();
  });

  it('takes files dropped on the drop zone', async () => {
    renderApp('/import', files());
    const zone = (await screen.findByLabelText('Digest files (.txt)')).parentElement as HTMLElement;
    fireEvent.dragOver(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [new File([strike], 'dropped.txt', { type: 'text/plain' })] } });
    expect(await screen.findByText(/^dropped\.txt · 2 reports/)).toBeInTheDocument();
  });

  it('asks whether a re-imported story replaces the earlier import or is kept beside it', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    const input = await screen.findByLabelText('Digest files (.txt)');
    await user.upload(input, new File([strike], 'strike.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Save 1 story to the library' }));
    await screen.findByRole('heading', { name: 'Saved 1 story to your library' });

    await user.upload(screen.getByLabelText('Digest files (.txt)'), new File([strike], 'strike.txt', { type: 'text/plain' }));
    const group = await screen.findByRole('group', { name: 'You imported this story before' });
    expect(within(group).getByRole('radio', { name: 'Keep both' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Replace the earlier import' }));
    await user.click(screen.getByRole('button', { name: 'Save 1 story to the library' }));
    await screen.findByRole('heading', { name: 'Saved 1 story to your library' });
    expect((await readLocalLibrary()).stories.map(({ story }) => story.id)).toEqual(['imported-strike']);

    await user.upload(screen.getByLabelText('Digest files (.txt)'), new File([strike], 'strike.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Save 1 story to the library' }));
    await screen.findByRole('heading', { name: 'Saved 1 story to your library' });
    expect((await readLocalLibrary()).stories.map(({ story }) => story.id).sort()).toEqual(['imported-strike', 'imported-strike-2']);
  });
});

describe('import: a full disk', () => {
  it('says nothing was saved and why, with the focus on it', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    await pasteAndImport(user, strike);
    const save = await screen.findByRole('button', { name: 'Save 1 story to the library' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(save);
    const heading = await screen.findByRole('heading', { name: 'Nothing was saved' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Your browser has no room left for Parallax to store these stories.');
    put.mockRestore();
    expect((await readLocalLibrary()).stories).toEqual([]);
  });
});

describe('import: one article from a form', () => {
  it('says which fields are missing (focus on the first), then builds a digest the parser reads, and the reader opens it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/import', files());
    await user.click(await screen.findByRole('button', { name: 'Check article' }));
    expect(screen.getByLabelText('Outlet')).toHaveFocus();
    expect(screen.getByLabelText('Outlet')).toHaveAccessibleDescription('Enter the outlet’s name.');
    expect(screen.getByLabelText('Article text')).toHaveAccessibleDescription('One paragraph per line. Paste the article’s text.');

    await user.type(screen.getByLabelText('Outlet'), 'The Guardian');
    await user.type(screen.getByLabelText('Date'), '2025-01-07');
    await user.type(screen.getByLabelText(/^Headline/), 'Seoul visit ends with warning on satellites');
    await user.click(screen.getByLabelText('Article text'));
    await user.paste('Blinken left Seoul on Tuesday.\nHe warned about satellite technology.');
    await user.click(screen.getByRole('button', { name: 'Check article' }));
    const preview = await screen.findByRole('heading', { name: 'Preview: 1 story ready to save' });
    expect(preview.closest('section')).toHaveTextContent('The Guardian, January 7, 2025: Seoul visit ends with warning on satellites');
    await user.click(screen.getByRole('button', { name: 'Save 1 story to the library' }));
    await user.click(await screen.findByRole('link', { name: 'Seoul visit ends with warning on satellites' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles/imported-2025-01-07-seoul-visit-ends-with-warning-on--guardian'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Seoul visit ends with warning on satellites' })).toBeInTheDocument();
    expect(screen.getByText('He warned about satellite technology.')).toBeInTheDocument();
  });
});

describe('import: deleting, with undo', () => {
  it('deletes from the library card, moves focus to Undo, and Undo puts the story back and focuses it', async () => {
    const user = userEvent.setup();
    renderApp('/import', files());
    await pasteAndImport(user, strike);
    await user.click(await screen.findByRole('button', { name: 'Save 1 story to the library' }));
    await user.click(await screen.findByRole('link', { name: 'Go to the library' }));
    const card = (await screen.findByRole('heading', { level: 2, name: /^East and Gulf Coast/ })).closest('article') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Delete imported story' }));

    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(screen.getByText('Deleted “East and Gulf Coast dockworkers strike over automation”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: /^East and Gulf Coast/ })).toBeNull());
    expect((await readLocalLibrary()).stories).toEqual([]);

    await user.click(undo);
    const restored = await screen.findByRole('heading', { level: 2, name: /^East and Gulf Coast/ });
    await waitFor(() => expect(restored).toHaveFocus());
    expect(screen.getByText('Restored “East and Gulf Coast dockworkers strike over automation”.')).toBeInTheDocument();
    expect((await readLocalLibrary()).stories).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  });
});

describe('import: a browser without a local library', () => {
  it('says so on the import page and in the library, which still shows the bundled stories', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const user = userEvent.setup();
    renderApp('/import', files());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Imported stories cannot be saved in this browser.');
    expect(alert).toHaveTextContent('IndexedDB is not available');
    await pasteAndImport(user, strike);
    expect(await screen.findByRole('button', { name: 'Save 1 story to the library' })).toBeDisabled();

    await user.click(screen.getByRole('link', { name: '← Library' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Blinken warns/ })).toBeInTheDocument();
    expect(await screen.findByText('Only the bundled library is shown.')).toBeInTheDocument();
  });
});

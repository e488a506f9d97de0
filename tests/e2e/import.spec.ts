import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { CNN_ID, visitAndWaitForServiceWorker } from './pwa-support';

// Issue #6: digests imported into this browser's own library (IndexedDB) work like bundled ones,
// survive a reload and offline use, and can be deleted with undo.

const fixture = (path: string): string => readFileSync(resolve(import.meta.dirname, '..', 'fixtures', path), 'utf8');
const STRIKE = fixture('app/ports-strike-straight-quotes.txt');
const BEES = fixture('digests/single-article.txt');
const STRIKE_STORY = 'imported-2025-01-14-east-and-gulf-coast-dockworkers-strike';
const STRIKE_TITLE = 'East and Gulf Coast dockworkers strike over automation';
const AP_ID = `${STRIKE_STORY}--ap`;
const REUTERS_ID = `${STRIKE_STORY}--reuters`;
const BROKEN = 'CNN | Published January 6, 2025\nA first paragraph.\nREUTERS | Published Smarch 40, 2025\nAnother paragraph.\n';

test('imported digests join the library, reader and comparisons, and stay there after a reload and offline', async ({ page, context }) => {
  await visitAndWaitForServiceWorker(page, '/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import digests' })).toBeVisible();

  // By paste.
  await page.getByLabel('Digest text').fill(STRIKE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const preview = page.getByRole('heading', { name: 'Preview: 1 story ready to save' });
  await expect(preview).toBeFocused();
  await expect(page.getByText(/^Pasted text · 2 reports · Associated Press, Reuters · January 14, 2025$/)).toBeVisible();
  await page.getByRole('button', { name: 'Save 1 story to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Saved 1 story to your library' })).toBeFocused();

  // By file.
  await page.getByLabel('Digest files (.txt)').setInputFiles({ name: 'bees.txt', mimeType: 'text/plain', buffer: Buffer.from(BEES) });
  await expect(page.getByRole('heading', { name: 'Preview: 1 story ready to save' })).toBeFocused();
  await expect(page.getByText(/^bees\.txt · 1 report · /)).toBeVisible();
  await page.getByRole('button', { name: 'Save 1 story to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Saved 1 story to your library' })).toBeFocused();

  // In the library, with the badge.
  await page.getByRole('link', { name: 'Go to the library' }).click();
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: STRIKE_TITLE }) });
  await expect(card.getByText('Imported', { exact: true })).toBeVisible();
  await expect(page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: /^Beekeepers across the United States/ }) }).getByText('Imported', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // The reader.
  await card.getByRole('link', { name: /^Associated Press/ }).click();
  await expect(page).toHaveURL(`/articles/${AP_ID}`);
  await expect(page.locator('.reading-body p').first()).toHaveText(/^NEW YORK \(AP\) . Dockworkers walked off the job/);

  // Compared with a bundled report, from the picker (computed in the worker).
  await page.goto('/compare');
  await page.getByLabel('Left report').selectOption(AP_ID);
  await page.getByLabel('Right report').selectOption(CNN_ID);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(`/compare/${AP_ID}/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Associated Press and CNN');
  await expect(page.getByText(/Compared in your browser/)).toBeVisible();
  await expect(page.getByTestId('compare-counts')).toBeVisible();

  // A reload keeps them.
  await page.goto('/');
  await page.reload();
  await expect(card.getByText('Imported', { exact: true })).toBeVisible();

  // Offline: the library, the reader and the imported pair's stored comparison.
  await context.setOffline(true);
  await page.reload();
  await expect(card.getByText('Imported', { exact: true })).toBeVisible();
  await page.goto(`/articles/${REUTERS_ID}`);
  await expect(page.locator('.reading-body p').first()).toHaveText(/^Some 45,000 dockworkers went on strike/);
  await page.goto(`/compare/${AP_ID}/${REUTERS_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Associated Press and Reuters');
  await expect(page.getByTestId('compare-counts')).toBeVisible();
  await expect(page.getByText(/Compared in your browser/)).toHaveCount(0);

  // Delete, then undo, still offline.
  await page.goto('/');
  await card.getByRole('button', { name: 'Delete imported story' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.getByText(`Deleted “${STRIKE_TITLE}”.`)).toBeVisible();
  await expect(card).toHaveCount(0);
  await expectNoAxeViolations(page);
  await undo.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: STRIKE_TITLE })).toBeFocused();
  await expect(page.getByText(`Restored “${STRIKE_TITLE}”.`)).toBeVisible();
  await page.reload();
  await expect(card.getByText('Imported', { exact: true })).toBeVisible();
});

test('a malformed digest shows each problem with its line, saves nothing, and the page passes axe', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import digests' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Digest text').fill(BROKEN);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.getByRole('heading', { name: 'Could not import pasted text' });
  await expect(summary).toBeFocused();
  await expect(page.getByText(/^Line 3: unreadable date in the header for REUTERS/)).toBeVisible();
  await expect(page.getByLabel('Line 3 as written')).toHaveText('REUTERS | Published Smarch 40, 2025');
  await expect(page.getByText('Nothing from it has been saved')).toBeVisible();
  await expectNoAxeViolations(page);

  // A good digest's preview, with a re-import's question, passes too.
  await page.getByLabel('Digest text').fill(STRIKE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Preview: 1 story ready to save' })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByText('Imported', { exact: true })).toHaveCount(0);
});

test('one article typed into the form, by keyboard alone', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Outlet').fill('The Guardian');
  await page.getByLabel('Date').fill('2025-01-07');
  await page.getByLabel(/^Headline/).fill('Seoul visit ends with warning on satellites');
  await page.getByLabel('Article text').fill('Blinken left Seoul on Tuesday.\nHe warned about satellite technology.');
  await page.getByRole('button', { name: 'Check article' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Preview: 1 story ready to save' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save 1 story to the library' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Saved 1 story to your library' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seoul visit ends with warning on satellites');
  await expectNoAxeViolations(page);
});

test('Discard gives the focus back to the digest text, by keyboard', async ({ page }) => {
  await page.goto('/import');
  const box = page.getByLabel('Digest text');
  await box.fill(STRIKE);
  await page.getByRole('button', { name: 'Import', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Preview: 1 story ready to save' })).toBeFocused();
  await page.getByRole('button', { name: 'Discard' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Preview/ })).toHaveCount(0);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(STRIKE);
});

test('damaged records in the local library are named, then removed after a confirmation, and the page passes axe', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import digests' })).toBeVisible();
  // A first visit does not create the local library (nothing to read yet); an import does.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map(({ name }) => name))).not.toContain('parallax-local-library');
  await page.getByLabel('Digest text').fill(STRIKE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('button', { name: 'Save 1 story to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Saved 1 story to your library' })).toBeFocused();
  // A story record the app cannot read, written straight into the database the import created.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('parallax-local-library');
        open.onerror = () => fail(new Error('open failed'));
        open.onsuccess = () => {
          const transaction = open.result.transaction('stories', 'readwrite');
          transaction.objectStore('stories').put({ id: 'imported-junk', story: { title: 42 }, importedAt: 'x' });
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(new Error('write failed'));
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'One stored record cannot be read' })).toBeVisible();
  await expect(page.getByText(/^Story imported-junk: the story record is damaged/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Remove damaged records…' }).press('Enter');
  await expect(page.getByText(/^Remove this record from this browser for good\?/)).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Remove 1 damaged record' }).click();
  await expect(page.getByText('Removed 1 damaged record.')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Damaged records' })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});

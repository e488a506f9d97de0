import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibraryIndex, parseDigest, splitLibraryIndex } from '../../../src/engine/index.ts';
import { encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import { strikeText } from '../local-library/local-library-support.ts';

// The data worker's check of each file, held back for the head until a test answers it: the
// parts of a split index must not wait for it before they are requested.
const heldHead: { answer: ((result: unknown) => void) | null } = { answer: null };
const checked: string[] = [];

vi.mock('../../../src/lib/data/data-worker-client.ts', () => ({
  prepareDataWorker: () => undefined,
  check: (schema: string) => {
    checked.push(schema);
    if (schema === 'library-index') return new Promise((resolve) => (heldHead.answer = resolve));
    return Promise.resolve({ ok: true, data: undefined });
  },
  validate: () => Promise.reject(new Error('not used here')),
  readImportedEntries: () => Promise.reject(new Error('not used here')),
  sortNamesOffThread: () => Promise.reject(new Error('not used here')),
}));

const { fetchLibraryIndex } = await import('../../../src/lib/data/library-index.ts');

/** A split index of the same story repeated under other ids (enough stories for three parts). */
function splitIndex() {
  const digests = Array.from({ length: 12 }, (_, n) => parseDigest(strikeText.replaceAll('strike', `strike${n}`), { file: `strike-${n}.txt` }));
  const index = buildLibraryIndex(digests);
  const { head, parts } = splitLibraryIndex(index, 1500);
  const files = new Map<string, string>([['/data/index.json', JSON.stringify(head)]]);
  parts.forEach((part, n) => files.set(`/data/${head.parts?.[n] ?? ''}`, JSON.stringify(encodeIndexPart(part))));
  return { index, head, files };
}

function serve(files: Map<string, string>): string[] {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const path = new URL(url, 'http://localhost').pathname;
    requested.push(path);
    const body = files.get(path);
    return Promise.resolve(body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } }));
  });
  return requested;
}

describe('fetchLibraryIndex: the parts leave before the head is checked', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    heldHead.answer = null;
    checked.length = 0;
  });

  it('requests every part once the page has parsed the head, while its check is still out', async () => {
    const { index, head, files } = splitIndex();
    expect(head.parts?.length).toBeGreaterThan(1);
    const requested = serve(files);
    const loading = fetchLibraryIndex();
    await vi.waitFor(() => expect(requested).toHaveLength(1 + (head.parts?.length ?? 0)));
    expect(heldHead.answer).not.toBeNull(); // the head's check has not been answered yet
    heldHead.answer?.({ ok: true, data: undefined });
    const joined = await loading;
    expect(joined.stories).toEqual(index.stories);
    // Each part fetched once, early: not again after the check.
    expect(requested).toEqual(['/data/index.json', ...(head.parts ?? []).map((part) => `/data/${part}`)]);
  });

  it('fails with the head’s error when the worker refuses the head, whatever the parts were', async () => {
    const { files } = splitIndex();
    serve(files);
    const loading = fetchLibraryIndex();
    await vi.waitFor(() => expect(checked.filter((schema) => schema === 'library-index-part').length).toBeGreaterThan(0));
    heldHead.answer?.({ ok: false, reason: 'shape', where: ' at stories.0.title: expected a string' });
    await expect(loading).rejects.toThrow(/The library index is not in the expected shape at stories\.0\.title/);
  });

  it('fails with a missing part’s error once the head is accepted (never a partial library)', async () => {
    const { head, files } = splitIndex();
    files.delete(`/data/${head.parts?.[1] ?? ''}`);
    serve(files);
    const loading = fetchLibraryIndex();
    await vi.waitFor(() => expect(heldHead.answer).not.toBeNull());
    heldHead.answer?.({ ok: true, data: undefined });
    await expect(loading).rejects.toThrow(/was not found \(\/data\/index\/2\.json\)/);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

// What the page does with each index file, in order: post its text to the data worker for the
// check (`check`), or parse it itself (JSON.parse).
const steps: string[] = [];
/** The worker's answers: at once (`ok: true`) unless a test holds them back. */
let answers: () => Promise<unknown> = () => Promise.resolve({ ok: true, data: undefined });

vi.mock('../../../src/lib/data/data-worker-client.ts', () => ({
  prepareDataWorker: () => undefined,
  check: (_schema: string, text: string) => {
    steps.push(`check ${/"name":"(\w+)"/.exec(text)?.[1] ?? '?'}`);
    return answers();
  },
  validate: () => Promise.reject(new Error('not used here')),
}));

const { fetchJson } = await import('../../../src/lib/data/fetch-json.ts');

let parseSpy: { mockRestore: () => void } | undefined;

const file = (name: string): string => `{"name":"${name}"}`;

describe('fetchJson, parsing in the page while the worker checks', () => {
  afterEach(() => {
    parseSpy?.mockRestore(); // only this spy: the setup file watches console.error with its own
    vi.unstubAllGlobals();
    steps.length = 0;
    answers = () => Promise.resolve({ ok: true, data: undefined });
  });

  it('posts every file that has arrived to the worker before parsing any of them', async () => {
    // Two parts of a split index whose responses are in together (as at 10,000 articles): the
    // worker's checks are the slower side, so it must not wait for the page's parse of the first
    // before it is given the second.
    vi.stubGlobal('fetch', vi.fn((url: string) => Promise.resolve(new Response(file(url.endsWith('1.json') ? 'a' : 'b'), { headers: { 'content-type': 'application/json' } }))));
    const parse = JSON.parse;
    parseSpy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, ...rest) => {
      const parsed = parse(text, ...rest) as { name: string };
      steps.push(`parse ${parsed.name}`);
      return parsed;
    });
    const parsed = await Promise.all([
      fetchJson('/data/index/1.json', 'library-index-part', undefined, { parseInPage: true }),
      fetchJson('/data/index/2.json', 'library-index-part', undefined, { parseInPage: true }),
    ]);
    expect(parsed).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(steps.filter((step) => step.startsWith('check'))).toEqual(['check a', 'check b']);
    expect(steps.indexOf('check b')).toBeLessThan(steps.indexOf('parse a'));
  });

  it('decodes a part while the worker checks it, and uses it only once the worker accepts the text', async () => {
    // The worker's checks are the slower side: the last part's decode, run after its check
    // answered, was on the first card's path.
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(file('a'), { headers: { 'content-type': 'application/json' } }))));
    let accept: (answer: unknown) => void = () => undefined;
    answers = () => new Promise((resolve) => (accept = resolve));
    const decode = vi.fn((parsed: unknown) => Promise.resolve({ decoded: parsed }));
    const loading = fetchJson('/data/index/1.json', 'library-index-part', undefined, { parseInPage: true, decode });
    await vi.waitFor(() => expect(decode).toHaveBeenCalledWith({ name: 'a' }));
    let settled = false;
    void loading.finally(() => (settled = true));
    await new Promise((done) => setTimeout(done, 10));
    expect(settled).toBe(false); // decoded, but not trusted before the worker's answer
    accept({ ok: true, data: undefined });
    await expect(loading).resolves.toEqual({ decoded: { name: 'a' } });
  });

  it('refuses a part the worker refuses, whatever the page decoded', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(file('a'), { headers: { 'content-type': 'application/json' } }))));
    answers = () => Promise.resolve({ ok: false, reason: 'shape', where: ' at stories.0.6.0.2: expected the number of an outlet in the table' });
    const decode = vi.fn(() => Promise.reject(new Error('the decoder refused it too')));
    await expect(fetchJson('/data/index/1.json', 'library-index-part', undefined, { parseInPage: true, decode })).rejects.toThrow(/not in the expected shape at stories\.0\.6\.0\.2/);
  });

  it('reports a decoder failure the worker did not see (it decodes the same way, so only a broken decoder)', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(file('a'), { headers: { 'content-type': 'application/json' } }))));
    await expect(fetchJson('/data/index/1.json', 'library-index-part', undefined, { parseInPage: true, decode: () => Promise.reject(new Error('decoder broke')) })).rejects.toThrow('decoder broke');
  });
});

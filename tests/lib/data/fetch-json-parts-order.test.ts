import { afterEach, describe, expect, it, vi } from 'vitest';

// What the page does with each index file, in order: post its text to the data worker for the
// check (`check`), or parse it itself (JSON.parse).
const steps: string[] = [];

vi.mock('../../../src/lib/data/data-worker-client.ts', () => ({
  prepareDataWorker: () => undefined,
  check: (_schema: string, text: string) => {
    steps.push(`check ${/"name":"(\w+)"/.exec(text)?.[1] ?? '?'}`);
    return Promise.resolve({ ok: true, data: undefined });
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
});

import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_CHARS } from '../../src/engine/index.ts';
import { answerImportRequest } from '../../src/lib/import-worker.ts';

describe('the import handler', () => {
  it('refuses a file over the import limit before reading it, naming the file, its size and the limit', () => {
    const text = 'x'.repeat(MAX_IMPORT_FILE_CHARS + 1);
    const answer = answerImportRequest({ requestId: 7, files: [{ name: 'huge.txt', label: 'huge.txt', text }] });
    expect(answer).toEqual({
      requestId: 7,
      ok: true,
      parts: [
        {
          ok: false,
          file: 'huge.txt',
          problems: [
            {
              line: 0,
              problem: `the file is ${(MAX_IMPORT_FILE_CHARS + 1).toLocaleString('en-US')} characters long, over the import limit of ${MAX_IMPORT_FILE_CHARS.toLocaleString('en-US')}`,
              expected: expect.stringMatching(/^at most .* characters in one file .*; split it into several files$/) as unknown,
              excerpt: null,
            },
          ],
        },
      ],
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const prepareDataWorker = vi.hoisted(() => vi.fn());
vi.mock('../../src/lib/data/data-worker-client.ts', () => ({ prepareDataWorker }));

// Every route's first data waits for the data worker's check of the index, so the entry starts the
// worker before anything else it evaluates: its script is then on its way while React, the router
// and the query client are evaluated (docs/decisions/009, session 9).
describe('the entry starts the data worker first', () => {
  it('starts the worker when its module is evaluated', async () => {
    await import('../../src/app/start-data-worker.ts');
    expect(prepareDataWorker).toHaveBeenCalledTimes(1);
  });

  it('imports that module before any other (imports are evaluated in order)', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/app/main.tsx'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    expect(imports[0]).toBe('./start-data-worker.ts');
  });
});

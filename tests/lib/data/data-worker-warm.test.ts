import { describe, expect, it, vi } from 'vitest';
import { warmCollationAfter, type DataRequest } from '../../../src/lib/data/data-worker.ts';

// The data worker loads the collation rules once the library index's first file is checked, so
// the outlets' sort after the last part does not load them on the first card's path.
describe('the data worker warms its collation after checking the library index', () => {
  it('only after a check of the library index, and only once', () => {
    const later = vi.fn<(task: () => void) => void>();
    const requests: DataRequest[] = [
      { id: 1, op: 'check', schema: 'article', payload: '{}' },
      { id: 2, op: 'validate', schema: 'library-index', payload: '{}' },
      { id: 3, op: 'imported-entries' },
      { id: 4, op: 'sort-names', names: ['b', 'a'] },
    ];
    for (const request of requests) expect(warmCollationAfter(request, later)).toBe(false);
    expect(later).not.toHaveBeenCalled();

    expect(warmCollationAfter({ id: 5, op: 'check', schema: 'library-index', payload: '{}' }, later)).toBe(true);
    expect(later).toHaveBeenCalledTimes(1);
    expect(warmCollationAfter({ id: 6, op: 'check', schema: 'library-index', payload: '{}' }, later)).toBe(false);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('in a task of its own that compares names as the sort does (localeCompare)', async () => {
    // A fresh module: the test above used this one's single warm-up.
    vi.resetModules();
    const { warmCollationAfter: warm } = await import('../../../src/lib/data/data-worker.ts');
    const tasks: (() => void)[] = [];
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    try {
      expect(warm({ id: 1, op: 'check', schema: 'library-index', payload: '{}' }, (task) => tasks.push(task))).toBe(true);
      expect(compare).not.toHaveBeenCalled(); // not in the answer's own task
      for (const task of tasks) task();
      expect(compare).toHaveBeenCalled();
    } finally {
      compare.mockRestore();
    }
  });
});

import { QueryObserver, notifyManager } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/lib/query-client.ts';

describe('the app’s query client', () => {
  it('tells a query’s subscribers of a change in a microtask, not in a later timer task', async () => {
    // A search's answer reaches the results list this way: with TanStack Query's default
    // (`setTimeout(0)`), the list waited for a timer task behind whatever the page had queued.
    const client = createQueryClient();
    const observer = new QueryObserver(client, { queryKey: ['answer'], queryFn: () => 'unused', enabled: false });
    const heard = vi.fn();
    // As useQuery subscribes a component (notifyManager.batchCalls around React's store callback).
    const unsubscribe = observer.subscribe(notifyManager.batchCalls(heard));
    client.setQueryData(['answer'], 'results');
    expect(heard).not.toHaveBeenCalled(); // still batched: not during the change itself
    await Promise.resolve();
    await Promise.resolve();
    expect(heard).toHaveBeenCalled();
    expect(observer.getCurrentResult().data).toBe('results');
    unsubscribe();
  });
});

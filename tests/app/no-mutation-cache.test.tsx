import { QueryClient, QueryClientProvider, useMutation, useQuery, type MutationCache as QueryMutationCache } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MutationCache } from '../../src/app/no-mutation-cache.ts';

// The production build gives query-core's queryClient.js src/app/no-mutation-cache.ts for its
// `./mutationCache.js` (vite.config.ts, to keep the Mutation machinery out of the first page's
// JavaScript; tests/build/budgets.test.ts checks the build has it). Vitest loads the package
// as it is, so here the client is given the empty cache as an option: queries work as before,
// and a mutation, which the app never makes, fails loudly instead of silently doing nothing.
const createQueryClient = (): QueryClient => new QueryClient({ mutationCache: new MutationCache() as unknown as QueryMutationCache });

function Title() {
  const { data } = useQuery({ queryKey: ['title'], queryFn: () => Promise.resolve('Parallax') });
  return <h1>{data ?? 'loading'}</h1>;
}

function Save() {
  const mutation = useMutation({ mutationFn: () => Promise.resolve('saved') });
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      Save
    </button>
  );
}

describe('the QueryClient without mutations', () => {
  it('runs queries, mounts, counts no mutation in flight, resumes nothing and clears', async () => {
    const client = createQueryClient();
    render(
      <QueryClientProvider client={client}>
        <Title />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Parallax' })).toBeInTheDocument();
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.clear();
    expect(client.getQueryData(['title'])).toBeUndefined();
  });

  it('refuses to make a mutation, naming why', async () => {
    const client = createQueryClient();
    expect(() => new MutationCache().build()).toThrow(/no mutations.*vite\.config\.ts/);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      render(
        <QueryClientProvider client={client}>
          <Save />
        </QueryClientProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(errors).toHaveLength(1));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(String(errors[0])).toMatch(/no mutations/);
  });
});

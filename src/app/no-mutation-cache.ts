import type { MutationCache as QueryMutationCache } from '@tanstack/react-query';

/**
 * The mutation cache of the app's QueryClient, in the production build: an empty one. Parallax
 * only reads (queries); nothing calls `useMutation`. TanStack Query's QueryClient always makes a
 * `MutationCache`, and with it the whole `Mutation` machinery, even when no mutation ever runs
 * (about 1.7 KB gzip of the first page's JavaScript, issue #5). `vite.config.ts` gives
 * query-core's `queryClient.js`, and only it, this module in place of its `./mutationCache.js`
 * (docs/decisions/006-offline-cache-policy.md).
 *
 * It answers what a QueryClient asks of its mutation cache when no mutation exists (none pending,
 * nothing paused to resume, nothing to clear) and refuses, loudly, to make a mutation: code that
 * starts using `useMutation` must remove the substitution in `vite.config.ts` first.
 */
export class MutationCache implements Pick<QueryMutationCache, 'getAll' | 'find' | 'findAll' | 'resumePausedMutations' | 'clear' | 'notify'> {
  readonly config: Record<string, never> = {};

  build(): never {
    throw new Error('This build has no mutations: vite.config.ts replaces TanStack Query\'s MutationCache (src/app/no-mutation-cache.ts).');
  }

  getAll(): [] {
    return [];
  }

  find(): undefined {
    return undefined;
  }

  findAll(): [] {
    return [];
  }

  resumePausedMutations(): Promise<unknown> {
    return Promise.resolve();
  }

  clear(): void {}

  notify(): void {}

  subscribe(): () => void {
    return () => {};
  }

  hasListeners(): boolean {
    return false;
  }
}

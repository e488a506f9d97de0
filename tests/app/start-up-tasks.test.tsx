import { QueryClient } from '@tanstack/react-query';
import type { LazyRouteFunction, LoaderFunctionArgs, RouteObject } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes.tsx';

// The app's start-up in tasks of their own (issue #5, Total Blocking Time): the entry's evaluation,
// the router's first navigation, each route's chunk request and each route's loader were one task
// of 41-61 ms observed, 164-244 ms in Lighthouse's simulation (4x), on the comparison page.
// src/app/next-task.ts and docs/decisions/010-compare-view.md (session 12).

const createAppRouter = vi.hoisted(() => vi.fn(() => ({})));
vi.mock('../../src/app/router.tsx', () => ({ createAppRouter }));
vi.mock('../../src/app/start-data-worker.ts', () => ({}));
vi.mock('../../src/app/app.tsx', () => ({ App: () => null }));

const pageModules = vi.hoisted(() => ({ evaluated: [] as string[] }));
vi.mock('../../src/features/compare/compare-page.tsx', () => {
  pageModules.evaluated.push('compare-page');
  return { ComparePage: () => null };
});
vi.mock('../../src/features/library/library-page.tsx', () => {
  pageModules.evaluated.push('library-page');
  return { LibraryPage: () => null };
});

/** Every route below the root, depth first. */
function allRoutes(routes: readonly RouteObject[]): RouteObject[] {
  return routes.flatMap((route) => [route, ...allRoutes(route.children ?? [])]);
}

function routeAt(routes: readonly RouteObject[], path: string): RouteObject {
  const route = allRoutes(routes).find((candidate) => candidate.path === path);
  if (route === undefined) throw new Error(`no route ${path}`);
  return route;
}

function loaderArgs(url: string, params: Record<string, string>): LoaderFunctionArgs {
  return { request: new Request(url), params, context: undefined } as unknown as LoaderFunctionArgs;
}

/** Lets every pending promise reaction run, without letting a timer fire. */
async function settleMicrotasks(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await Promise.resolve();
}

describe('start-up in tasks of their own', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.resetModules();
    createAppRouter.mockClear();
    document.getElementById('root')?.remove();
  });

  it('makes the router in a task after the entry has been evaluated', async () => {
    document.body.append(Object.assign(document.createElement('div'), { id: 'root' }));
    await import('../../src/app/main.tsx');
    await settleMicrotasks();
    expect(createAppRouter).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(createAppRouter).toHaveBeenCalledTimes(1);
  });

  it("starts a route's loader in a task after the router calls it", async () => {
    const fetchMock = vi.fn((input: string) => Promise.resolve(new Response(input, { status: 404 })));
    vi.stubGlobal('fetch', fetchMock);
    const routes = createRoutes(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    const compare = routeAt(routes, '/compare/:a/:b');
    const loaded = Promise.resolve(
      (compare.loader as (args: LoaderFunctionArgs) => Promise<unknown>)(loaderArgs('http://localhost/compare/x/y', { a: 'x', b: 'y' })),
    ).catch(() => 'failed');
    await settleMicrotasks();
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalled();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(expect.arrayContaining(['/data/articles/x.json', '/data/articles/y.json']));
    await vi.runAllTimersAsync();
    await loaded;

    const library = routeAt(routes, '/');
    fetchMock.mockClear();
    void Promise.resolve((library.loader as (args: LoaderFunctionArgs) => Promise<unknown>)(loaderArgs('http://localhost/', {}))).catch(() => undefined);
    await settleMicrotasks();
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalled();
    await vi.runAllTimersAsync();
  });

  it("asks for a route's chunk in a task after the router asks for it", async () => {
    const routes = createRoutes(new QueryClient());
    for (const [path, name] of [
      ['/compare/:a/:b', 'compare-page'],
      ['/', 'library-page'],
    ] as const) {
      const lazy = routeAt(routes, path).lazy as LazyRouteFunction<RouteObject>;
      const module = lazy();
      await settleMicrotasks();
      expect(pageModules.evaluated).not.toContain(name);
      await vi.advanceTimersByTimeAsync(0);
      const { Component } = await module;
      expect(Component).toBeTypeOf('function');
      expect(pageModules.evaluated).toContain(name);
    }
  });
});

import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The error pages load on demand (src/app/lazy-route-error.tsx). When their own chunk cannot be
// downloaded either (offline before the app was cached), the route still explains and offers a
// reload, never a blank page. Any other failure of theirs is not a download problem: it goes on
// to the boundary above, as it would without the lazy loading.

const ROUTE_ERROR = '../../src/app/route-error.tsx';

/** What the browser rejects a dynamic import with when the file cannot be fetched (Chromium's words). */
const chunkLoadFailure = () => new TypeError('Failed to fetch dynamically imported module: /assets/route-error.js');

/** The boundary above the route's error element, standing in for the router's own. */
class Outer extends Component<{ children: ReactNode }, { caught: string | null }> {
  override state: { caught: string | null } = { caught: null };
  static getDerivedStateFromError(error: unknown): { caught: string } {
    return { caught: error instanceof Error ? error.message : 'something that is not an Error' };
  }
  override render(): ReactNode {
    if (this.state.caught === null) return this.props.children;
    return <p>Outer boundary: {this.state.caught}</p>;
  }
}

/** console.error calls (React reports each error a boundary catches), kept instead of failing the test. */
function keepReports(): unknown[][] {
  const reported: unknown[][] = [];
  vi.mocked(console.error).mockImplementation((...args: unknown[]) => {
    reported.push(args);
  });
  return reported;
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock(ROUTE_ERROR);
});

describe('the error pages, loaded on demand', () => {
  it('says the page could not be loaded, with a reload, when their code cannot be downloaded', async () => {
    // The import resolves to a module whose export cannot be read: the lazy loader rejects with
    // the browser's own TypeError (a throwing factory would reach it wrapped in Vitest's error).
    vi.doMock(ROUTE_ERROR, () =>
      Object.defineProperty({}, 'RouteError', {
        enumerable: true,
        get: () => {
          throw chunkLoadFailure();
        },
      }),
    );
    const { LazyRouteError } = await import('../../src/app/lazy-route-error.tsx');
    const reported = keepReports();
    render(
      <Outer>
        <LazyRouteError />
      </Outer>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Part of Parallax could not be downloaded. Check your connection, then reload the page.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByText(/^Outer boundary/)).toBeNull();
    // React reports the error its boundary caught; that one report is expected here, nothing else.
    expect(reported).toHaveLength(1);
    expect(reported[0]?.some((part) => String(part).includes('ErrorPagesUnavailable'))).toBe(true);
  });

  it('passes any other error of the error pages on to the boundary above, not calling it a download problem', async () => {
    vi.doMock(ROUTE_ERROR, () => ({
      RouteError: () => {
        throw new Error('a bug in the error page');
      },
    }));
    const { LazyRouteError } = await import('../../src/app/lazy-route-error.tsx');
    keepReports();
    render(
      <Outer>
        <LazyRouteError />
      </Outer>,
    );
    expect(await screen.findByText('Outer boundary: a bug in the error page')).toBeInTheDocument();
    expect(screen.queryByText(/could not be downloaded/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});

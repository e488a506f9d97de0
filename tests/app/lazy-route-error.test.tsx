import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LazyRouteError } from '../../src/app/lazy-route-error.tsx';

// The error pages load on demand. When their own chunk cannot be downloaded either (offline
// before the app was cached), the route still explains and offers a reload, never a blank page.
vi.mock('../../src/app/route-error.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/route-error.js');
});

describe('the error pages, loaded on demand', () => {
  it('says the page could not be loaded, with a reload, when their code cannot be downloaded', async () => {
    // React reports the error its boundary caught; that one report is expected here, nothing else.
    const reported: unknown[][] = [];
    vi.mocked(console.error).mockImplementation((...args: unknown[]) => {
      reported.push(args);
    });
    render(<LazyRouteError />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Part of Parallax could not be downloaded. Check your connection, then reload the page.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(reported).toHaveLength(1);
    expect(reported[0]?.some((part) => String(part).includes('ErrorPagesUnavailable'))).toBe(true);
  });
});

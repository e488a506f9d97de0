import { Component, lazy, Suspense, type ReactNode } from 'react';
import { primaryButton } from '../components/ui/button-classes.ts';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { StatusPanel } from '../components/ui/status-panel.tsx';
import { isChunkLoadError } from './chunk-load-error.ts';

// The error pages load when one is needed, not with the first page (its JavaScript budget,
// docs/decisions/006). The service worker precaches their chunk with every other.
const RouteError = lazy(async () => ({ default: (await import('./route-error.tsx')).RouteError }));

/**
 * The error pages' own code could not be downloaded (offline before the app was cached, or a
 * release removed the old file): the plainest page that still explains and offers a reload.
 * Any other error (a bug in an error page) is not a download problem: it goes on to the
 * boundary above, as it would without the lazy loading.
 */
class ErrorPagesUnavailable extends Component<{ children: ReactNode }, { error: { thrown: unknown } | null }> {
  override state: { error: { thrown: unknown } | null } = { error: null };

  static getDerivedStateFromError(thrown: unknown): { error: { thrown: unknown } } {
    return { error: { thrown } };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    // Rethrown while rendering, so the boundary above catches it.
    if (!isChunkLoadError(this.state.error.thrown)) throw this.state.error.thrown;
    return (
      <StatusPanel
        tone="error"
        title="This page could not be loaded"
        actions={
          <button type="button" className={primaryButton} onClick={() => window.location.reload()}>
            Reload
          </button>
        }
      >
        Part of Parallax could not be downloaded. Check your connection, then reload the page.
      </StatusPanel>
    );
  }
}

/** A route's error element: the error pages of route-error.tsx, loaded on demand. */
export function LazyRouteError() {
  return (
    <ErrorPagesUnavailable>
      <Suspense fallback={<LoadingState label="Loading…" />}>
        <RouteError />
      </Suspense>
    </ErrorPagesUnavailable>
  );
}

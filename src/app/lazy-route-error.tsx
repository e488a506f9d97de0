import { Component, lazy, Suspense, type ReactNode } from 'react';
import { primaryButton } from '../components/ui/button-classes.ts';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { StatusPanel } from '../components/ui/status-panel.tsx';

// The error pages load when one is needed, not with the first page (its JavaScript budget,
// docs/decisions/006). The service worker precaches their chunk with every other.
const RouteError = lazy(async () => ({ default: (await import('./route-error.tsx')).RouteError }));

/**
 * The error pages' own code could not be downloaded (offline before the app was cached, or a
 * release removed the old file): the plainest page that still explains and offers a reload.
 */
class ErrorPagesUnavailable extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
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

import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useLocalLibraryStatus } from '../lib/data/library-index.ts';
import { useDeletionNotice } from '../lib/local-library/deletion-notice.ts';
import { paths } from '../lib/paths.ts';
import { NetworkStatus } from './pwa/network-status.tsx';

// Loaded only when there is something to say: they stay out of the first page's JavaScript.
const UndoNotice = lazy(async () => ({ default: (await import('../features/import/undo-notice.tsx')).UndoNotice }));
const LocalLibraryNotice = lazy(async () => ({ default: (await import('../features/import/local-library-notice.tsx')).LocalLibraryNotice }));

/** The frame around every page: skip link, masthead, progress while a page loads. */
export function Layout() {
  const navigation = useNavigation();
  const location = useLocation();
  const deletionNotice = useDeletionNotice();
  const localLibrary = useLocalLibraryStatus();
  const localLibraryNeedsNotice = localLibrary !== null && (!localLibrary.available || localLibrary.damaged.length > 0);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so keyboard and screen-reader
  // users start at its top instead of on a link that no longer exists.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  useEffect(() => {
    if (location.pathname === paths.library.pattern) document.title = 'Library · Parallax';
  }, [location.pathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only rounded-lg bg-accent px-4 py-2 text-accent-ink focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link to={paths.library.getHref()} className="flex items-center gap-2 font-reading text-xl font-semibold tracking-tight">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Parallax
          </Link>
          <div className="flex items-center gap-3">
            <NetworkStatus />
            <nav aria-label="Main">
              <Link to={paths.library.getHref()} className="rounded px-2 py-1 text-sm font-medium text-muted hover:text-ink">
                Library
              </Link>
              <Link to={paths.importDigests.getHref()} className="rounded px-2 py-1 text-sm font-medium text-muted hover:text-ink">
                Import
              </Link>
            </nav>
          </div>
        </div>
        <div
          role="progressbar"
          aria-label="Loading page"
          aria-hidden={navigation.state === 'idle'}
          className={`h-0.5 bg-accent transition-opacity ${navigation.state === 'idle' ? 'opacity-0' : 'animate-pulse opacity-100'}`}
        />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="flex-1 outline-none">
        {/* Above the library: say when imported stories are missing (the import page says it its own way). */}
        {location.pathname === paths.library.pattern && localLibraryNeedsNotice ? (
          <Suspense fallback={null}>
            <LocalLibraryNotice />
          </Suspense>
        ) : null}
        <Outlet />
      </main>
      {deletionNotice === null ? null : (
        <Suspense fallback={null}>
          <UndoNotice />
        </Suspense>
      )}
      <footer className="border-t border-line px-4 py-6 text-center text-sm text-muted">
        Parallax shows excerpts as the outlets published them; follow each source link for the full report.
      </footer>
      <ScrollRestoration />
    </div>
  );
}

import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { primaryButton, secondaryButton } from '../components/ui/button-classes.ts';
import { StatusPanel } from '../components/ui/status-panel.tsx';
import { DataError, NotFoundError, OfflineUnavailableError } from '../lib/data/fetch-json.ts';
import { paths } from '../lib/paths.ts';
import { isChunkLoadError } from './chunk-load-error.ts';
import { NotFoundPage } from './not-found-page.tsx';

function isArticleNotFound(error: unknown): boolean {
  return isRouteErrorResponse(error) && error.status === 404 && (error.data as { what?: string } | null)?.what === 'article';
}

interface Failure {
  /** What went wrong, naming what failed. */
  detail: string;
  /** The server path that failed, for a reader who reports it. */
  url: string | null;
  retry: 'revalidate' | 'reload';
}

function describeFailure(error: unknown): Failure {
  if (error instanceof DataError || error instanceof NotFoundError) {
    // Only a server address is worth showing; the local library's names mean nothing to a reader.
    const url = error.url.startsWith('local-library:') ? null : new URL(error.url, window.location.href).pathname;
    return { detail: error.message, url, retry: 'revalidate' };
  }
  // A route's code could not be downloaded. The router keeps the failed import, so only a
  // reload asks for the code again.
  if (isChunkLoadError(error)) {
    return { detail: 'Part of Parallax could not be downloaded. Check your connection, then reload the page.', url: null, retry: 'reload' };
  }
  if (isRouteErrorResponse(error)) return { detail: `The page answered ${error.status} ${error.statusText}`.trim() + '.', url: null, retry: 'revalidate' };
  return { detail: 'Something went wrong while showing this page.', url: null, retry: 'revalidate' };
}

/**
 * Each status gets its own page; anything unexpected gets a way back and a retry. Shown inside
 * the layout, so the masthead and its link to the library keep working.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const articleMissing = isArticleNotFound(error);
  const pageMissing = isRouteErrorResponse(error) && error.status === 404 && !articleMissing;

  const offline = error instanceof OfflineUnavailableError;

  useEffect(() => {
    if (!pageMissing) document.title = `${articleMissing ? 'Article not found' : offline ? 'Not saved for offline reading' : 'Could not load'} · Parallax`;
  }, [articleMissing, offline, pageMissing]);

  // Not saved here and no network: try again by itself as soon as the network is back.
  useEffect(() => {
    if (!offline) return undefined;
    const retry = () => void revalidator.revalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, revalidator]);

  if (pageMissing) return <NotFoundPage what="page" />;

  const tryAgain = (retry: Failure['retry'], className: string) => (
    <button
      type="button"
      className={className}
      disabled={revalidator.state === 'loading'}
      onClick={() => (retry === 'reload' ? window.location.reload() : void revalidator.revalidate())}
    >
      {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
    </button>
  );
  const backToLibrary = (label: string, className: string) => (
    <Link to={paths.library.getHref()} className={className}>
      {label}
    </Link>
  );

  // For a state rather than a failure: the way back first, asking again second.
  const libraryFirst = (
    <>
      {backToLibrary('Back to the library', primaryButton)}
      {tryAgain('revalidate', secondaryButton)}
    </>
  );

  // A missing article is normally a mistyped link; during a deploy it may be back in a moment.
  if (articleMissing) {
    return (
      <StatusPanel
        title="Article not found"
        actions={libraryFirst}
      >
        There is no article at this address. It may have been renamed, or the link may be mistyped.
      </StatusPanel>
    );
  }

  // A large library keeps on this device only what was opened here (docs/decisions/006): not an error.
  if (offline) {
    return (
      <StatusPanel
        title="Not saved for offline reading"
        actions={libraryFirst}
      >
        <p>{error.message}</p>
        <p className="mt-2">
          It has not been opened on this device yet, so it is not stored here. It opens by itself when you are back online. The library, search and
          everything you have opened still work offline.
        </p>
      </StatusPanel>
    );
  }

  const failure = describeFailure(error);
  return (
    <StatusPanel
      tone="error"
      title="This page could not be loaded"
      actions={
        <>
          {tryAgain(failure.retry, primaryButton)}
          {backToLibrary('Go to the library', secondaryButton)}
        </>
      }
    >
      <p>{failure.detail}</p>
      {failure.url === null ? null : (
        <p className="mt-2 text-sm">
          Address: <code className="break-all">{failure.url}</code>
        </p>
      )}
    </StatusPanel>
  );
}

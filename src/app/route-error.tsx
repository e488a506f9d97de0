import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { primaryButton, secondaryButton } from '../components/ui/button-classes.ts';
import { StatusPanel } from '../components/ui/status-panel.tsx';
import { DataError } from '../lib/data/fetch-json.ts';
import { paths } from '../lib/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';

function isArticleNotFound(error: unknown): boolean {
  return isRouteErrorResponse(error) && error.status === 404 && (error.data as { what?: string } | null)?.what === 'article';
}

/** Each status gets its own page; anything unexpected gets a way back and a retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage what={isArticleNotFound(error) ? 'article' : 'page'} />;
  }
  const detail = error instanceof DataError ? error.message : 'Something went wrong while showing this page.';
  return (
    <StatusPanel
      tone="error"
      title="This page could not be loaded"
      actions={
        <>
          <button type="button" className={primaryButton} onClick={() => void revalidator.revalidate()}>
            {revalidator.state === 'loading' ? 'Trying again…' : 'Try again'}
          </button>
          <Link to={paths.library.getHref()} className={secondaryButton}>
            Go to the library
          </Link>
        </>
      }
    >
      <p>{detail}</p>
    </StatusPanel>
  );
}

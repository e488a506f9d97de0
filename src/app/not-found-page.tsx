import { useEffect } from 'react';
import { Link } from 'react-router';
import { StatusPanel } from '../components/ui/status-panel.tsx';
import { primaryButton } from '../components/ui/button-classes.ts';
import { paths } from '../lib/paths.ts';

interface NotFoundPageProps {
  what: 'page' | 'article';
}

export function NotFoundPage({ what }: NotFoundPageProps) {
  const title = what === 'article' ? 'Article not found' : 'Page not found';
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
  return (
    <StatusPanel
      title={title}
      actions={
        <Link to={paths.library.getHref()} className={primaryButton}>
          Back to the library
        </Link>
      }
    >
      {what === 'article'
        ? 'There is no article at this address. It may have been renamed, or the link may be mistyped.'
        : 'Nothing lives at this address. Check the link, or start again from the library.'}
    </StatusPanel>
  );
}

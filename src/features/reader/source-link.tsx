import { parseExternalUrl } from './external-url.ts';

interface SourceLinkProps {
  /** The source link as the data gives it. */
  url: string | null;
  /** The host as the digest's `SOURCE:` line names it. */
  source: string | null;
}

/**
 * "Read the full report at …": a real link only for an http(s) URL, naming the host it
 * actually opens. Anything else is shown as plain text, so a `javascript:` or `data:` URL can
 * never become something to click.
 */
export function SourceLink({ url, source }: SourceLinkProps) {
  if (url === null) return <p className="text-muted">This digest gives no link to the original report.</p>;
  const external = parseExternalUrl(url);
  if (external === null) {
    return (
      <p className="text-muted">
        This is an excerpt{source === null ? '' : ` from ${source}`}. Its source is given as <span className="break-all font-medium text-ink">{url}</span>,
        which is not a web address this page will open.
      </p>
    );
  }
  return (
    <p>
      This is an excerpt.{' '}
      <a href={external.href} target="_blank" rel="noopener noreferrer" className="break-all font-medium text-accent underline underline-offset-4">
        Read the full report at {external.host}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    </p>
  );
}

import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

interface BreadcrumbsProps {
  /** From the top down: the pages above this one, each a link. */
  trail: readonly Crumb[];
  className?: string;
}

/**
 * The way back up: a labelled navigation landmark with a list of links. The first link carries
 * a "←" in its text (so it reads "← Library"); later ones are separated by a "/" that screen
 * readers skip.
 */
export function Breadcrumbs({ trail, className = '' }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className={`text-sm ${className}`.trim()}>
      <ol className="flex flex-wrap items-center gap-x-2">
        {trail.map((crumb, index) => (
          <li key={crumb.to} className="flex items-center gap-x-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-muted">
                /
              </span>
            ) : null}
            <Link to={crumb.to} className="text-accent underline-offset-4 hover:underline">
              {index === 0 ? `← ${crumb.label}` : crumb.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

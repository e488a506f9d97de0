import type { ReactNode } from 'react';

interface StatusPanelProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: 'neutral' | 'error';
  /** The page's main heading when the panel is all the page shows. */
  headingLevel?: 1 | 2;
}

/** The designed state for loading, empty, not-found and failure: never a blank page. */
export function StatusPanel({ title, children, actions, tone = 'neutral', headingLevel = 1 }: StatusPanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section
      role={tone === 'error' ? 'alert' : undefined}
      className="mx-auto my-16 max-w-xl rounded-2xl border border-line bg-surface p-8 text-center shadow-sm"
    >
      <Heading className={`text-2xl font-semibold ${tone === 'error' ? 'text-danger' : 'text-ink'}`}>{title}</Heading>
      {children === undefined ? null : <div className="mt-3 text-muted">{children}</div>}
      {actions === undefined ? null : <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div>}
    </section>
  );
}

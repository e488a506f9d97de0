import type { ReactNode } from 'react';

interface BadgeProps {
  children: ReactNode;
  title?: string;
}

/** A small label. Its meaning is in its words, never in its colour. */
export function Badge({ children, title }: BadgeProps) {
  return (
    <span
      title={title}
      className="inline-flex items-center rounded-full border border-line bg-badge px-2 py-0.5 font-ui text-xs font-medium tracking-wide text-badge-ink"
    >
      {children}
    </span>
  );
}

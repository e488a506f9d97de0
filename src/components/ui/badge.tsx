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

/** Marks a story title the digest did not give: the build took it from the lede. */
export function DerivedTitleBadge() {
  return <Badge title="The digest gives no headline; this title is taken from the lede">Derived title</Badge>;
}

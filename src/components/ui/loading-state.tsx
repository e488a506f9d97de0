interface LoadingStateProps {
  label: string;
}

/** A calm placeholder while data loads, announced to screen readers. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-2xl space-y-4 px-4 py-16">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-8 w-2/3 animate-pulse rounded bg-badge" />
      <div aria-hidden="true" className="h-4 w-full animate-pulse rounded bg-badge" />
      <div aria-hidden="true" className="h-4 w-5/6 animate-pulse rounded bg-badge" />
      <div aria-hidden="true" className="h-4 w-4/6 animate-pulse rounded bg-badge" />
    </div>
  );
}

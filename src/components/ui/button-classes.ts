/** Shared looks for buttons and button-like links. */
export const primaryButton =
  'inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90';
export const secondaryButton =
  'inline-flex items-center gap-2 rounded-lg border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-badge';

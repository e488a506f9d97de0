/**
 * The months by name, spelled out here rather than asked of `Intl.DateTimeFormat`: building that
 * formatter cost 30–370 ms of main-thread start-up on every page (profiled on this machine), for
 * output that is always US English.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2025-01-06` → `January 6, 2025` (the date only, in UTC, so no time zone can shift it). */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * Typographic quotes and dashes for display. Every replacement is one character for one, so
 * character offsets into the stored text stay valid for the rendered text.
 */
export function smartenPunctuation(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—–-])"/gu, '$1“')
    .replace(/"/gu, '”')
    .replace(/(^|[\s([{“‘—–-])'/gu, '$1‘')
    .replace(/'/gu, '’')
    .replace(/ - /gu, ' – ');
}

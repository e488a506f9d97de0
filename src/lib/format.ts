const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `2025-01-06` → `January 6, 2025` (the date only, so no time zone can shift it). */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
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

/** A link the page may open: only the web's own schemes, and the host it really goes to. */
export interface ExternalUrl {
  href: string;
  host: string;
}

/**
 * `http:` and `https:` URLs only, parsed rather than pattern-matched: `javascript:`, `data:`,
 * `vbscript:`, `blob:`, protocol-relative and malformed URLs all give null. The schema already
 * refuses them in the data; the renderer does not rely on that. The host is the one the browser
 * would go to (an internationalised name shows in its ASCII form, so a look-alike cannot pass
 * for a real domain), not what the digest's `SOURCE:` line claims.
 */
export function parseExternalUrl(url: string | null): ExternalUrl | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.host === '') return null;
  // The href stays as given: the browser parses it exactly as URL did above.
  return { href: url, host: parsed.host };
}

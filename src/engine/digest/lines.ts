/** The shapes the parser reads a digest into, and the patterns of its marker lines. */
import { ArticleSchema } from '../schema.ts';
import type { HeaderDate } from './dates.ts';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line trimmed of surrounding white space (non-breaking spaces included). */
  text: string;
}

export interface Header {
  line: Line;
  label: string;
  kind: 'published' | 'updated';
  date: HeaderDate;
}

/** What the lines before an article's header said about it. */
export interface Lead {
  caption: Line | null;
  related: Line | null;
}

export interface ArticleDraft {
  header: Header;
  lead: Lead;
  paragraphs: Line[];
  source: Line | null;
}

export const READ_FULL = /^read (?:the )?full (?:article|story)\b[\s.:>»→›…-]*$/iu;
export const SOURCE = /^source\s*:\s*(?<value>.*)$/iu;
/**
 * A web address: an optional http(s) scheme, a host of two or more labels, an optional port, and
 * a path of characters a URL may hold. Nothing else (`javascript:`, `data:`, `ftp:`, a user name
 * before `@`) can pass, since the host may hold only letters, digits and hyphens.
 */
export const SOURCE_VALUE = /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#][^\s"<>\\^`{|}\p{C}]*)?$/iu;
const SOURCE_URL = ArticleSchema.shape.sourceUrl;

/** The link a `SOURCE:` value makes: always http(s). */
export function sourceUrlOf(value: string): string {
  return /^https?:\/\//iu.test(value) ? value : `https://${value}`;
}

/**
 * Whether a `SOURCE:` value is a web address the app can link to: the shape above, and a link
 * that the data contract's URL check accepts (a port up to 65535, a host that is not a broken
 * IP address or punycode label), so a parsed digest always validates.
 */
export function isWebAddress(value: string): boolean {
  return SOURCE_VALUE.test(value) && SOURCE_URL.safeParse(sourceUrlOf(value)).success;
}
export const RELATED = /^related\s*:\s*(?<value>.+)$/iu;

export function isTailMarker(line: Line): boolean {
  return READ_FULL.test(line.text) || isSourceLine(line, true) || /^RELATED\s*:/u.test(line.text);
}

/**
 * `SOURCE:` shouted is always the marker; `Source:` in any other case only when a host follows,
 * so that prose such as “Source: a person familiar with the talks” stays prose.
 */
export function isSourceLine(line: Line, shoutedOnly = false): boolean {
  const match = SOURCE.exec(line.text);
  if (match === null) return false;
  if (line.text.startsWith('SOURCE')) return true;
  return !shoutedOnly && isWebAddress(match.groups?.['value'] ?? '');
}

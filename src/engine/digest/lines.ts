/** The shapes the parser reads a digest into, and the patterns of its marker lines. */
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
export const SOURCE_VALUE = /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]\S*)?$/iu;
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
  return !shoutedOnly && SOURCE_VALUE.test(match.groups?.['value'] ?? '');
}

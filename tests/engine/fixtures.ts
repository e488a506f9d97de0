import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DigestError, tryParseDigest, type ParsedDigest } from '../../src/engine/index.ts';

/**
 * The time limit of a test that guards against a quadratic blow-up on a large input. Tests assert
 * no timings (speed is measured by `npm run bench`); this limit is the bound instead: a linear run
 * takes well under a second, the quadratic versions these tests caught took minutes.
 */
export const LINEAR_TIME_LIMIT_MS = 15_000;

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A fixture's text, by its path under tests/fixtures. */
export function readFixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/** The file name a fixture is parsed under: what error messages and ids are built from. */
export function fileNameOf(path: string): string {
  return path.replace(/^.*\//u, '');
}

/** Parse text that must be a good digest; a parse error fails the test with its message. */
export function parseOk(text: string, file = 'test.txt'): ParsedDigest {
  const result = tryParseDigest(text, { file });
  if (!result.ok) throw new Error(`expected ${file} to parse, got: ${result.error.message}`);
  return result.value;
}

export function parseFixture(path: string): ParsedDigest {
  return parseOk(readFixture(path), fileNameOf(path));
}

/** Parse text that must be rejected; returns the DigestError. */
export function parseError(text: string, file = 'test.txt'): DigestError {
  const result = tryParseDigest(text, { file });
  if (result.ok) throw new Error(`expected ${file} to be rejected, but it parsed into ${result.value.articles.length} article(s)`);
  return result.error;
}

/** Windows line endings, a byte-order mark, and trailing spaces and non-breaking spaces. */
export function addWindowsNoise(text: string): string {
  const tails = ['  ', '\u00A0', ' \u00A0 ', '\t', ''];
  return `\uFEFF${text
    .split('\n')
    .map((line, index) => (line === '' ? line : `${line}${tails[index % tails.length] ?? ''}`))
    .join('\r\n')}`;
}

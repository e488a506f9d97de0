import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import {
  ComparisonSchema,
  DigestError,
  ParsedDigestSchema,
  compareAllPairs,
  compareArticles,
  conflictNote,
  parseDigest,
  tryParseDigest,
  type Article,
  type Comparison,
  type ParsedDigest,
} from '../../../src/engine/index.ts';
import { unaccountedLines } from '../digest/accounting.ts';

/**
 * What must hold for any input, as plain functions that throw an Error saying what broke, so
 * the vitest run (tests/engine/fuzz/*.test.ts) and the long fuzz run (scripts/fuzz.ts) check
 * the very same things.
 */

export class PropertyViolation extends Error {
  override readonly name = 'PropertyViolation';
}

function fail(message: string): never {
  throw new PropertyViolation(message);
}

/** No lone surrogate: the two halves of every astral character (emoji, 𝒳) are together. */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(text);
}

function describe(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : JSON.stringify(thrown);
}

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).length;
}

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

const FILE = 'fuzz.txt';

/**
 * The parser's contract on any input: it never throws from tryParseDigest and throws only a
 * DigestError from parseDigest; it is deterministic; an error names the file and real lines,
 * in order; a result validates against the data contract, accounts for every non-empty line
 * (each in exactly one field, paragraphs verbatim), has unique ids that do not change with
 * Windows line endings or a byte-order mark, links only to http(s), and keeps astral
 * characters whole.
 */
export function checkParse(text: string): ParsedDigest | null {
  let result: ReturnType<typeof tryParseDigest>;
  try {
    result = tryParseDigest(text, { file: FILE });
  } catch (error) {
    fail(`tryParseDigest threw ${describe(error)}`);
  }
  let thrown: unknown = null;
  try {
    parseDigest(text, { file: FILE });
  } catch (error) {
    thrown = error;
  }
  if (result.ok && thrown !== null) fail(`parseDigest threw ${describe(thrown)} where tryParseDigest succeeded`);
  if (!result.ok && !(thrown instanceof DigestError)) fail(`parseDigest threw ${describe(thrown)}, not a DigestError`);
  if (!isDeepStrictEqual(tryParseDigest(text, { file: FILE }), result)) fail('two parses of the same text differ');

  if (!result.ok) {
    checkError(result.error, text);
    return null;
  }
  checkDigest(result.value, text);
  return result.value;
}

function checkError(error: DigestError, text: string): void {
  if (!(error instanceof DigestError)) fail('the error is not a DigestError');
  if (!/^(?:fuzz\.txt|[\d,]+ problems in fuzz\.txt:)/u.test(error.message)) fail(`the message does not name the file: ${error.message.slice(0, 120)}`);
  const lines = lineCount(text);
  let previous = 0;
  for (const problem of error.problems) {
    if (problem.line < 0 || problem.line > lines) fail(`problem on line ${problem.line} of a ${lines}-line input`);
    if (problem.line < previous) fail('problems are not in line order');
    previous = problem.line;
    if (problem.problem === '' || problem.expected === '') fail('a problem without a reason or an expectation');
  }
  if (isWellFormed(text) && !isWellFormed(error.message)) fail('the message cuts an astral character in half');
}

function checkDigest(digest: ParsedDigest, text: string): void {
  const valid = ParsedDigestSchema.safeParse(digest);
  if (!valid.success) fail(`the result breaks the data contract: ${valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const unaccounted = unaccountedLines(text, digest);
  if (unaccounted !== null) fail(`a line is lost or misplaced: ${unaccounted}`);

  const ids = digest.articles.map((article) => article.id);
  if (new Set(ids).size !== ids.length) fail(`ids are not unique: ${ids.join(', ')}`);
  const inputLines = new Set(text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((line) => line.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/gu, '')));
  for (const article of digest.articles) {
    if (!article.id.startsWith(`${digest.story.id}--`)) fail(`article id ${article.id} is not under story ${digest.story.id}`);
    if (article.text !== article.paragraphs.join('\n\n')) fail(`the text of ${article.id} is not its paragraphs joined`);
    for (const paragraph of article.paragraphs) if (!inputLines.has(paragraph)) fail(`a paragraph of ${article.id} is not an input line as written: ${JSON.stringify(paragraph.slice(0, 80))}`);
    if (article.sourceUrl !== null && (!/^https?:\/\//iu.test(article.sourceUrl) || article.source === null)) fail(`a link that is not http(s): ${article.sourceUrl}`);
  }
  if (isWellFormed(text)) {
    const broken = stringsOf(digest).find((value) => !isWellFormed(value));
    if (broken !== undefined) fail(`an output field cuts an astral character in half: ${JSON.stringify(broken.slice(0, 80))}`);
  }

  const windows = `\uFEFF${text.replace(/\r\n|\r|\n/gu, '\r\n')}`;
  const again = tryParseDigest(windows, { file: FILE });
  if (!again.ok) fail(`Windows line endings and a byte-order mark make the digest fail: ${again.error.message.slice(0, 160)}`);
  if (!isDeepStrictEqual(again.value, digest)) fail('Windows line endings and a byte-order mark change the result (ids or fields)');
}

// ---------------------------------------------------------------------------------------------

/**
 * The oracle for "compare(b, a) mirrors compare(a, b)", written out here on purpose rather than
 * calling the engine's mirrorComparison: the engine answers one of the two orders with that very
 * function, so checking against it would always pass, bugs included.
 */
function mirror(comparison: Comparison): Comparison {
  return {
    a: comparison.b,
    b: comparison.a,
    facts: comparison.facts.map((fact) => ({ ...fact, a: fact.b, b: fact.a })),
    conflicts: comparison.conflicts.map((conflict) => {
      const values: [string, string] = [conflict.values[1], conflict.values[0]];
      return { ...conflict, a: conflict.b, b: conflict.a, values, note: conflictNote(conflict.subject, values) };
    }),
  };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function checkSpans(comparison: Comparison, a: Article, b: Article): void {
  const items = [...comparison.facts.map((fact) => ({ id: fact.id, a: fact.a, b: fact.b })), ...comparison.conflicts.map((conflict) => ({ id: conflict.id, a: conflict.a, b: conflict.b }))];
  for (const item of items) {
    for (const [side, article] of [['a', a], ['b', b]] as const) {
      for (const span of item[side]) {
        const { text } = article;
        const where = `${item.id} side ${side} [${span.start}, ${span.end}) of ${text.length}`;
        if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start || span.end > text.length) fail(`span outside the text: ${where}`);
        if (isLow(text.charCodeAt(span.start)) || isHigh(text.charCodeAt(span.end - 1))) {
          fail(`span splits a surrogate pair: ${where}: ${JSON.stringify(text.slice(Math.max(0, span.start - 4), span.end + 4))}`);
        }
      }
    }
  }
}

export interface CompareBudget {
  /**
   * Longest time one compareArticles call may take, in ms: for `npm run fuzz`, a measurement run.
   * Tests leave it out and let their own time limit be the bound (no timing assertion in a test).
   */
  maxPairMs?: number;
}

export interface CompareStats {
  pairs: number;
  slowestPairMs: number;
  facts: number;
  conflicts: number;
}

/**
 * The comparison's contract on any articles the parser makes: the result validates; every span
 * lies inside its text and on character boundaries (never inside a surrogate pair);
 * compare(b, a) mirrors compare(a, b); it is deterministic; compareAllPairs is every pair in
 * order; and each pair takes bounded time.
 */
export function checkCompare(articles: readonly Article[], budget: CompareBudget): CompareStats {
  const stats: CompareStats = { pairs: 0, slowestPairMs: 0, facts: 0, conflicts: 0 };
  const expected: Comparison[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const [a, b] = [articles[i] as Article, articles[j] as Article];
      const started = performance.now();
      let comparison: Comparison;
      try {
        comparison = compareArticles(a, b);
      } catch (error) {
        fail(`compareArticles(${a.id}, ${b.id}) threw ${describe(error)}`);
      }
      const elapsed = performance.now() - started;
      stats.pairs += 1;
      stats.slowestPairMs = Math.max(stats.slowestPairMs, elapsed);
      stats.facts += comparison.facts.length;
      stats.conflicts += comparison.conflicts.length;
      if (budget.maxPairMs !== undefined && elapsed > budget.maxPairMs) fail(`compareArticles(${a.id}, ${b.id}) took ${elapsed.toFixed(0)} ms (budget ${budget.maxPairMs} ms) for ${a.text.length} + ${b.text.length} characters`);
      const valid = ComparisonSchema.safeParse(comparison);
      if (!valid.success) fail(`the comparison breaks the data contract: ${valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      checkSpans(comparison, a, b);
      if (!isDeepStrictEqual(compareArticles(b, a), mirror(comparison))) fail(`compare(${b.id}, ${a.id}) does not mirror compare(${a.id}, ${b.id})`);
      if (!isDeepStrictEqual(compareArticles(a, b), comparison)) fail(`compare(${a.id}, ${b.id}) differs between two runs`);
      expected.push(comparison);
    }
  }
  if (!isDeepStrictEqual(compareAllPairs(articles), expected)) fail('compareAllPairs is not every pair of compareArticles, in order');
  return stats;
}

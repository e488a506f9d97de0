import { ComparisonSchema, MAX_DIGEST_CHARS, MAX_IMPORT_FILE_CHARS, compareAllPairs, splitDigestCollection, tryParseDigest } from '../engine/index.ts';
import { ImportRequestSchema, type ImportRequest, type ImportResponse, type ParsedPart } from './import-worker-protocol.ts';

function readFile(file: ImportRequest['files'][number]): ParsedPart[] {
  const label = file.label;
  // Checked before the file is split into digests, so a huge file costs nothing but this message.
  if (file.text.length > MAX_IMPORT_FILE_CHARS) {
    const count = (n: number): string => n.toLocaleString('en-US');
    return [
      {
        ok: false,
        file: label,
        problems: [
          {
            line: 0,
            problem: `the file is ${count(file.text.length)} characters long, over the import limit of ${count(MAX_IMPORT_FILE_CHARS)}`,
            expected: `at most ${count(MAX_IMPORT_FILE_CHARS)} characters in one file (each digest at most ${count(MAX_DIGEST_CHARS)}); split it into several files`,
            excerpt: null,
          },
        ],
      },
    ];
  }
  return splitDigestCollection(file.text, label).map((part): ParsedPart => {
    // A collection names each digest on its separator line; otherwise the file's own name (or none, pasted).
    const result = tryParseDigest(part.text, { file: part.file === label ? file.name : part.file });
    if (!result.ok) {
      const where = part.file === label ? label : `${label} (digest ${part.file})`;
      const problems = result.error.problems.map((problem) => ({ ...problem, line: problem.line === 0 ? 0 : problem.line + part.lineOffset }));
      return { ok: false, file: where, problems };
    }
    // Every pair, compared now with the build's engine, so imported stories open as fast as bundled ones.
    const comparisons = compareAllPairs(result.value.articles).map((comparison) => ComparisonSchema.parse(comparison));
    return { ok: true, file: file.name, digest: result.value, comparisons };
  });
}

/**
 * Parse digests and compare each one's articles with the same engine the build uses. The engine
 * worker (src/lib/engine-worker.ts) runs it; tests, which have no Worker, call it directly.
 */
export function answerImportRequest(message: unknown): ImportResponse {
  const parsed = ImportRequestSchema.safeParse(message);
  const requestId = typeof message === 'object' && message !== null && 'requestId' in message && typeof message.requestId === 'number' ? message.requestId : 0;
  if (!parsed.success) return { requestId, ok: false, message: 'The import request was not in the expected shape.' };
  try {
    return { requestId, ok: true, parts: parsed.data.files.flatMap(readFile) };
  } catch (error) {
    return { requestId, ok: false, message: error instanceof Error ? error.message : 'The digests could not be read.' };
  }
}

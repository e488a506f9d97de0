import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DigestError, ParsedDigestSchema, compareAllPairs, parseDigest, toContractJson } from '../engine/index.ts';
import { GoldError, parseGold, resolveGold } from './eval/gold.ts';
import { formatDetails, formatSummary } from './eval/report.ts';
import { ContractViolation, scoreDigest, type DigestResult } from './eval/score.ts';
import { summarize } from './eval/summary.ts';

/**
 * `npm run eval [-- FILES…] [--json] [--verbose]`: measure the overlap engine against the gold
 * files (docs/compare-contract.md, "How it is scored"). A measurement: it exits 0 whether or not
 * the targets are met, and non-zero only on bad input.
 */

const USAGE = `usage: npm run -s eval -- [GOLD.gold.json | DIGEST.txt …] [--json] [--verbose]
  default: tests/fixtures/blinken-seoul-2025-01-06.gold.json and tests/fixtures/overlap/*.gold.json
  --json     print the whole result as JSON on stdout
  --verbose  list, per pair, each predicted fact and whether it hit, and each missed required fact`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_GOLD = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.gold.json');
const OVERLAP_DIR = join(ROOT, 'tests/fixtures/overlap');
const GOLD_SUFFIX = '.gold.json';

/** Bad input that is not the gold's or the digest's fault in particular: a missing file, bad JSON. */
class InputError extends Error {
  override name = 'InputError';
}

async function defaultGoldFiles(): Promise<string[]> {
  let names: string[] = [];
  try {
    names = await readdir(OVERLAP_DIR);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return [SEED_GOLD, ...names.filter((name) => name.endsWith(GOLD_SUFFIX)).sort().map((name) => join(OVERLAP_DIR, name))];
}

/** A digest named on the command line stands for the gold next to it. */
const goldPathFor = (file: string): string => (file.endsWith('.txt') ? `${file.slice(0, -'.txt'.length)}${GOLD_SUFFIX}` : file);

const display = (path: string): string => relative(process.cwd(), path) || path;

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${display(path)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function evaluate(goldPath: string, warn: (message: string) => void): Promise<DigestResult> {
  const goldFile = display(goldPath);
  const raw = await readText(goldPath, 'gold file');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${goldFile}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const gold = parseGold(json, goldFile);
  const digestPath = join(dirname(goldPath), gold.digest);
  const digestText = await readText(digestPath, `digest (the “digest” of ${goldFile})`);
  // Exactly what `npm run compare -- FILE --json` prints.
  const parsed = ParsedDigestSchema.parse(parseDigest(digestText, { file: basename(digestPath) }));
  const output = toContractJson(parsed, compareAllPairs(parsed.articles));
  const resolved = resolveGold(gold, output.articles, goldFile);
  for (const warning of resolved.warnings) warn(warning);
  return scoreDigest(output, resolved, gold.digest);
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('-')));
  if (flags.has('--help') || flags.has('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = [...flags].filter((flag) => flag !== '--json' && flag !== '--verbose');
  if (unknown.length > 0) {
    process.stderr.write(`eval: unknown option ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const named = argv.filter((arg) => !arg.startsWith('-'));
  const goldPaths = named.length > 0 ? named.map(goldPathFor) : await defaultGoldFiles();
  const digests: DigestResult[] = [];
  for (const goldPath of goldPaths) digests.push(await evaluate(goldPath, (message) => process.stderr.write(`eval: warning: ${message}\n`)));
  const result = summarize(digests);
  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const sections = flags.has('--verbose') ? digests.map(formatDetails) : [];
  process.stdout.write(`${[...sections, formatSummary(result)].join('\n\n')}\n`);
  return 0;
}

const BAD_INPUT = [InputError, GoldError, DigestError, ContractViolation];

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = BAD_INPUT.some((kind) => error instanceof kind);
    const message = error instanceof Error ? (known ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`eval: ${message}\n`);
    process.exitCode = 1;
  },
);

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DigestError, ParsedDigestSchema, compareAllPairs, toContractJson, tryParseDigest, type Comparison, type ParsedDigest } from '../engine/index.ts';

const USAGE = 'usage: npm run -s compare -- path/to/digest.txt [--json]';

function quote(text: string, ranges: readonly { start: number; end: number }[]): string {
  return ranges.map((range) => `“${text.slice(range.start, range.end)}”`).join(' … ');
}

function describeComparison(digest: ParsedDigest, comparison: Comparison): string[] {
  const byId = new Map(digest.articles.map((article) => [article.id, article]));
  const [a, b] = [byId.get(comparison.a), byId.get(comparison.b)];
  if (a === undefined || b === undefined) return [];
  const lines = [`${a.outlet.short} ↔ ${b.outlet.short}: ${comparison.facts.length} shared facts, ${comparison.conflicts.length} conflicts`];
  comparison.facts.forEach((fact, index) => {
    lines.push(`  ${index + 1}. ${fact.kind} (${fact.score.toFixed(2)})`, `     ${a.outlet.short}: ${quote(a.text, fact.a)}`, `     ${b.outlet.short}: ${quote(b.text, fact.b)}`);
  });
  for (const conflict of comparison.conflicts) lines.push(`  ≠ ${conflict.note}`);
  return lines;
}

function describe(digest: ParsedDigest, comparisons: readonly Comparison[]): string {
  const { story, articles } = digest;
  const lines = [
    `${story.title}${story.titleDerived ? ' (title derived from the lede)' : ''}`,
    `story ${story.id} · ${articles.length} article${articles.length === 1 ? '' : 's'} · comments: ${story.comments ?? 'unknown'}`,
    '',
  ];
  for (const article of articles) {
    const title = article.headline ?? `${article.headlineDerived ?? ''} (derived)`;
    lines.push(`${article.outlet.name} (${article.outlet.short}) · ${article.publishedAt} · ${article.id}`);
    lines.push(`  ${title}`);
    lines.push(`  ${article.paragraphs.length} paragraphs, ${article.wordCount} words${article.source === null ? '' : ` · ${article.source}`}`);
  }
  for (const comparison of comparisons) lines.push('', ...describeComparison(digest, comparison));
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => arg !== '--json');
  if (files.length !== 1 || files[0]?.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const path = files[0] ?? '';
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    process.stderr.write(`compare: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const result = tryParseDigest(text, { file: basename(path) });
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    return 1;
  }
  const digest = ParsedDigestSchema.parse(result.value);
  const comparisons = compareAllPairs(digest.articles);
  process.stdout.write(json ? `${JSON.stringify(toContractJson(digest, comparisons), null, 2)}\n` : `${describe(digest, comparisons)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`compare: ${error instanceof DigestError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

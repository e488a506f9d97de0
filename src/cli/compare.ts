import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DigestError, ParsedDigestSchema, compareAllPairs, toContractJson, tryParseDigest, type ParsedDigest } from '../engine/index.ts';

const USAGE = 'usage: npm run -s compare -- path/to/digest.txt [--json]';

function describe(digest: ParsedDigest): string {
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
  lines.push('', 'Shared facts: not computed yet (the overlap engine is issue #3).');
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
  process.stdout.write(json ? `${JSON.stringify(toContractJson(digest, compareAllPairs(digest.articles)), null, 2)}\n` : `${describe(digest)}\n`);
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

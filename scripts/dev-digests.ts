/**
 * The development digests with their gold, parsed and resolved: the seed and every digest of
 * tests/fixtures/overlap, in file order. Shared by the learned gate's data (scripts/draft-model/)
 * and the figure pairing's table (scripts/figure-pairing/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold, resolveGold, type ResolvedGold } from '../src/cli/eval/gold.ts';
import type { ContractArticle } from '../src/engine/contract.ts';
import { ParsedDigestSchema, parseDigest, toContractJson, type ParsedDigest } from '../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED_GOLD = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.gold.json');
const OVERLAP_DIR = join(ROOT, 'tests/fixtures/overlap');

export interface DevelopmentDigest {
  /** The digest's file name without `.txt`. */
  name: string;
  parsed: ParsedDigest;
  articles: ContractArticle[];
  gold: ResolvedGold;
}

/** The seed's gold, then every development gold in name order. */
function developmentGoldFiles(): string[] {
  const names = readdirSync(OVERLAP_DIR).filter((name) => name.endsWith('.gold.json')).sort();
  return [SEED_GOLD, ...names.map((name) => join(OVERLAP_DIR, name))];
}

/** Every development digest, parsed, with its gold resolved against the parsed articles. */
export function loadDevelopmentDigests(): DevelopmentDigest[] {
  return developmentGoldFiles().map((goldPath) => {
    const file = basename(goldPath);
    const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), file);
    const digestPath = join(dirname(goldPath), gold.digest);
    const parsed = ParsedDigestSchema.parse(parseDigest(readFileSync(digestPath, 'utf8'), { file: basename(digestPath) }));
    const { articles } = toContractJson(parsed, []);
    return { name: gold.digest.replace(/\.txt$/u, ''), parsed, articles, gold: resolveGold(gold, articles, file) };
  });
}

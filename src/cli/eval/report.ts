import type { ResolvedSpan } from './gold.ts';
import type { Counts, DigestResult, Metrics, PairResult, QuotedSpan } from './score.ts';
import type { EvalResult, TargetCheck } from './summary.ts';

/** Human-readable renderings of an evaluation: the summary table and the per-pair details. Pure. */

const fixed = (value: number | null): string => (value === null ? '—' : value.toFixed(2));
const mean = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));

type Row = readonly string[];

function table(header: Row, rows: readonly Row[], separatorBefore: number): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (row: Row): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  const body = rows.map(render);
  return [render(header), rule, ...body.slice(0, separatorBefore), rule, ...body.slice(separatorBefore)];
}

const HEADER: Row = ['digest', 'pairs', 'unrel.', 'facts', 'hits', 'R', 'P', 'F1', 'highlight P', 'conflict R', 'unmatched C', 'false (unrel.)'];

function row(name: string, counts: Counts | null, metrics: Metrics, unmatchedConflicts: string, falseFacts: string): Row {
  return [
    name,
    counts === null ? '' : String(counts.pairs),
    counts === null ? '' : String(counts.unrelatedPairs),
    counts === null ? '' : String(counts.predictedFacts),
    counts === null ? '' : `${counts.requiredHit}/${counts.requiredFacts}`,
    fixed(metrics.recall),
    fixed(metrics.precision),
    fixed(metrics.f1),
    fixed(metrics.highlightPrecision),
    fixed(metrics.conflictRecall),
    unmatchedConflicts,
    falseFacts,
  ];
}

function describeTarget(check: TargetCheck): string {
  const mark = check.met === null ? '–' : check.met ? '✓' : '✗';
  const basis = check.basis === 'mean' ? 'mean over digests' : 'total over all digests';
  const value = check.value === null ? 'undefined' : check.basis === 'total' ? String(check.value) : check.value.toFixed(2);
  const need = `${check.direction === 'min' ? '≥' : '≤'} ${check.threshold}`;
  const verdict = check.met === null ? 'not measurable here' : check.met ? 'met' : 'missed';
  return `  ${mark} ${check.label} (${basis}): ${value}, target ${need}: ${verdict}`;
}

/** The summary: one row per digest, the macro mean and the pooled (micro) row, then the targets. */
export function formatSummary(result: EvalResult): string {
  const rows: Row[] = result.digests.map((digest) => row(digest.digest, digest.counts, digest.metrics, String(digest.counts.unmatchedConflicts), String(digest.counts.falseFactsOnUnrelated)));
  rows.push(row('mean over digests', null, result.mean, '', mean(result.mean.falseFactsOnUnrelated)));
  rows.push(row('all pairs pooled', result.micro.counts, result.micro.metrics, String(result.micro.counts.unmatchedConflicts), String(result.micro.counts.falseFactsOnUnrelated)));
  const lines = table(HEADER, rows, result.digests.length);
  lines.push(
    '',
    'R = share of required reference facts hit; P = share of predicted facts that hit a reference fact;',
    'highlight P = share of highlighted characters inside reference spans; — = undefined (nothing to measure);',
    'unmatched C = predicted conflicts that touch no reference conflict (false ones, or real ones the gold left out).',
    ...(result.conflictsByKind.length === 0
      ? []
      : ['', `reference conflicts touched, by kind (pooled): ${result.conflictsByKind.map(({ kind, touched, total }) => `${kind} ${touched}/${total}`).join(' · ')}`]),
    '',
    'targets',
    ...result.targets.map(describeTarget),
  );
  return lines.join('\n');
}

const LONG = 160;

/** A span as a quotation, long ones shortened in the middle so a whole-article highlight stays readable. */
function quoted(span: QuotedSpan | ResolvedSpan): string {
  const text = span.text.length <= LONG ? span.text : `${span.text.slice(0, LONG / 2)} … [${span.text.length} characters] … ${span.text.slice(-LONG / 2)}`;
  return `[${span.start}, ${span.end}) ${JSON.stringify(text)}`;
}

function spanLines(label: string, spans: readonly (QuotedSpan | ResolvedSpan)[], indent: string): string[] {
  if (spans.length === 0) return [`${indent}${label}: (no span)`];
  return spans.map((span, index) => `${indent}${index === 0 ? `${label}:` : ' '.repeat(label.length + 1)} ${quoted(span)}`);
}

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);

function formatPair(pair: PairResult): string[] {
  const { counts, metrics } = pair;
  const what = pair.unrelated
    ? `unrelated (no required facts): ${counts.predictedFacts} false fact(s)`
    : `R ${fixed(metrics.recall)} (${counts.requiredHit}/${counts.requiredFacts}) · P ${fixed(metrics.precision)} (${counts.predictedHit}/${counts.predictedFacts}) · highlight P ${fixed(metrics.highlightPrecision)}`;
  const lines = [`${pair.a.label} ↔ ${pair.b.label} · ${what} · conflicts ${counts.conflictsTouched}/${counts.conflicts}`];
  if (pair.facts.length === 0) lines.push('  no predicted facts');
  for (const fact of pair.facts) {
    let verdict: string;
    if (fact.hits.length > 0) verdict = `✓ hits ${fact.hits.join(', ')}`;
    else if (fact.overlaps.length > 0) verdict = `✗ overlaps ${fact.overlaps.join(', ')}, but less than half of it is inside reference spans in one article`;
    else verdict = '✗ hits no reference fact';
    const inside = `inside reference spans: ${pair.a.label} ${percent(fact.inside.a)}, ${pair.b.label} ${percent(fact.inside.b)}`;
    lines.push(`  #${fact.index} ${fact.kind} ${fact.score} ${verdict} (${inside})`, ...spanLines(pair.a.label, fact.a, '      '), ...spanLines(pair.b.label, fact.b, '      '));
  }
  for (const missed of pair.missed) {
    const near = missed.nearMisses.length === 0 ? '' : ` (near miss: #${missed.nearMisses.join(', #')})`;
    lines.push(`  missed required ${missed.id}: ${missed.claim}${near}`, ...spanLines(pair.a.label, missed.a, '      '), ...spanLines(pair.b.label, missed.b, '      '));
  }
  for (const conflict of pair.conflicts) {
    const verdict = conflict.touches.length > 0 ? `✓ touches ${conflict.touches.join(', ')}` : '✗ touches no reference conflict';
    lines.push(`  conflict #${conflict.index} ${JSON.stringify(conflict.note)} ${verdict}`, ...spanLines(pair.a.label, conflict.a, '      '), ...spanLines(pair.b.label, conflict.b, '      '));
  }
  for (const missed of pair.missedConflicts) {
    lines.push(`  missed conflict ${missed.id} (${missed.kind}): ${missed.note}`, ...spanLines(pair.a.label, missed.a, '      '), ...spanLines(pair.b.label, missed.b, '      '));
  }
  return lines;
}

/** Every pair of a digest: each predicted fact and whether it hit, each missed required fact and conflict. */
export function formatDetails(digest: DigestResult): string {
  return [`== ${digest.digest} (gold: ${digest.gold})`, ...digest.pairs.flatMap((pair) => ['', ...formatPair(pair)])].join('\n');
}

import { describe, expect, it } from 'vitest';
import { ContractViolation, metricsOf, scoreDigest } from '../../../src/cli/eval/score.ts';
import { summarize } from '../../../src/cli/eval/summary.ts';
import { article, at, comparison, conflict, fact, gold, output, whole } from './helpers.ts';

const TROOPS = 'North Korea supplied troops to Russia';
const MET = 'Officials met on Monday';
const voa = article('d--voa', 'VOA', `Blinken said ${TROOPS} last year.\n\nThe weather in Seoul was cold and grey all week.\n\n${MET} in the capital.`);
const cnn = article('d--cnn', 'CNN', `${TROOPS}, Blinken warned.\n\nMarkets in Tokyo rose sharply after the news.\n\n${MET} in the capital.`);
const bank = article('d--bank', 'BANK', 'The central bank raised interest rates by half a point on Tuesday.');

/** Troops is required, the meeting optional; both are shared by VOA and CNN only. */
const seedLike = gold([voa, cnn, bank], {
  facts: [
    { id: 'troops', required: true, spans: { VOA: [TROOPS], CNN: [TROOPS] } },
    { id: 'met', required: false, spans: { VOA: [MET], CNN: [MET] } },
  ],
});

/** Score VOA–CNN with these predicted facts. */
function scorePair(...facts: ReturnType<typeof fact>[]) {
  const result = scoreDigest(output([voa, cnn], [comparison(voa, cnn, facts)]), seedLike);
  const [pair] = result.pairs;
  if (pair === undefined) throw new Error('expected one pair');
  return pair;
}

describe('a predicted fact hits a reference fact', () => {
  it('when it states exactly the reference spans', () => {
    const pair = scorePair(fact([at(voa, TROOPS)], [at(cnn, TROOPS)]));
    expect(pair.facts.map((f) => f.hits)).toEqual([['troops']]);
    expect(pair.metrics).toEqual({ recall: 1, precision: 1, f1: 1, highlightPrecision: 1, conflictRecall: null, falseFactsOnUnrelated: 0 });
    expect(pair.missed).toEqual([]);
  });

  it('when one of its spans overlaps a reference span by 8 characters, not 7', () => {
    const troops = at(voa, TROOPS);
    const eight = scorePair(fact([{ start: troops.end - 8, end: troops.end }], [at(cnn, TROOPS)]));
    const seven = scorePair(fact([{ start: troops.end - 7, end: troops.end }], [at(cnn, TROOPS)]));
    expect([eight.facts[0]?.hits, eight.facts[0]?.overlaps]).toEqual([['troops'], ['troops']]);
    expect([seven.facts[0]?.hits, seven.facts[0]?.overlaps]).toEqual([[], []]);
    expect([eight.metrics.recall, seven.metrics.recall]).toEqual([1, 0]);
  });

  it('applies the 8-character threshold in the second article too', () => {
    const troops = at(cnn, TROOPS);
    const seven = scorePair(fact([at(voa, TROOPS)], [{ start: troops.start, end: troops.start + 7 }]));
    const eight = scorePair(fact([at(voa, TROOPS)], [{ start: troops.start, end: troops.start + 8 }]));
    expect([eight.facts[0]?.hits, seven.facts[0]?.hits]).toEqual([['troops'], []]);
  });

  it('needs the overlap from one span, not two adjacent ones', () => {
    const troops = at(voa, TROOPS);
    const split = scorePair(fact([{ start: troops.start, end: troops.start + 5 }, { start: troops.start + 5, end: troops.start + 10 }], [at(cnn, TROOPS)]));
    expect(split.facts[0]?.hits).toEqual([]);
  });

  it('but not when it highlights two whole articles', () => {
    const pair = scorePair(fact([whole(voa)], [whole(cnn)]));
    expect(pair.facts[0]?.overlaps).toEqual(['troops', 'met']);
    expect(pair.facts[0]?.hits).toEqual([]);
    expect(pair.missed.map((missed) => [missed.id, missed.nearMisses])).toEqual([['troops', [0]]]);
    expect([pair.metrics.recall, pair.metrics.precision, pair.metrics.f1]).toEqual([0, 0, 0]);
  });

  it('when exactly half of its characters in an article are inside reference spans, not fewer', () => {
    const troops = at(voa, TROOPS);
    const half = scorePair(fact([{ start: troops.start, end: troops.end + TROOPS.length }], [at(cnn, TROOPS)]));
    const less = scorePair(fact([{ start: troops.start, end: troops.end + TROOPS.length + 1 }], [at(cnn, TROOPS)]));
    expect([half.facts[0]?.hits, half.facts[0]?.inside]).toEqual([['troops'], { a: 0.5, b: 1 }]);
    expect([less.facts[0]?.hits, less.facts[0]?.overlaps]).toEqual([[], ['troops']]);
  });

  it('needs half inside in each article, not on average', () => {
    const pair = scorePair(fact([at(voa, TROOPS)], [whole(cnn)]));
    expect(pair.facts[0]?.hits).toEqual([]);
  });

  it('counts optional facts’ spans as reference spans for the half rule, and may hit two facts at once', () => {
    const pair = scorePair(fact([at(voa, TROOPS), at(voa, MET)], [at(cnn, TROOPS), at(cnn, MET)]));
    expect(pair.facts[0]?.hits).toEqual(['troops', 'met']);
    expect([pair.counts.predictedHit, pair.counts.requiredHit]).toEqual([1, 1]);
  });
});

describe('precision, recall, F1 and highlight precision', () => {
  it('counts a prediction of an optional fact as correct for precision but not for recall', () => {
    const pair = scorePair(fact([at(voa, MET)], [at(cnn, MET)]));
    expect(pair.metrics).toMatchObject({ recall: 0, precision: 1, f1: 0, highlightPrecision: 1 });
    expect(pair.unrelated).toBe(false);
  });

  it('counts highlighted characters once per article, both articles together', () => {
    const troops = at(voa, TROOPS);
    const longer = { start: troops.start, end: troops.end + ' last year.'.length };
    const pair = scorePair(
      fact([longer], [at(cnn, TROOPS)]), // 37 of 48 inside in VOA: a hit
      fact([troops], [at(cnn, 'Markets in Tokyo rose sharply')]), // nothing inside in CNN: a miss
    );
    expect(pair.facts.map((f) => f.hits)).toEqual([['troops'], []]);
    // VOA: union 48 characters, 37 inside; CNN: 37 + 29 characters, 37 inside.
    expect([pair.counts.highlightedChars, pair.counts.highlightedInside]).toEqual([48 + 37 + 29, 37 + 37]);
    expect(pair.metrics.highlightPrecision).toBe(74 / 114);
    expect([pair.metrics.recall, pair.metrics.precision, pair.metrics.f1]).toEqual([1, 0.5, 2 / 3]);
  });

  it('leaves precision and highlight precision undefined when nothing is predicted; F1 is then 0', () => {
    const pair = scorePair();
    expect(pair.metrics).toEqual({ recall: 0, precision: null, f1: 0, highlightPrecision: null, conflictRecall: null, falseFactsOnUnrelated: 0 });
    expect(pair.missed.map((missed) => missed.id)).toEqual(['troops']);
  });

  it('leaves every ratio undefined when there is nothing to measure', () => {
    const zero = metricsOf({ pairs: 1, unrelatedPairs: 1, requiredFacts: 0, requiredHit: 0, optionalFacts: 0, predictedFacts: 0, predictedHit: 0, highlightedChars: 0, highlightedInside: 0, conflicts: 0, conflictsTouched: 0, predictedConflicts: 0, unmatchedConflicts: 0, falseFactsOnUnrelated: 0 });
    expect(zero).toEqual({ recall: null, precision: null, f1: null, highlightPrecision: null, conflictRecall: null, falseFactsOnUnrelated: 0 });
  });
});

describe('conflict recall', () => {
  const a = article('c--a', 'A', 'Officials said 23 people were killed in the blast on Monday.');
  const b = article('c--b', 'B', 'At least 31 dead after the blast, police said on Monday.');
  const deaths = gold([a, b], {
    facts: [{ id: 'blast', required: true, spans: { A: ['killed in the blast'], B: ['dead after the blast'] } }],
    conflicts: [{ id: 'deaths', kind: 'number', spans: { A: ['23 people were killed'], B: ['31 dead'] } }],
  });
  const score = (...conflicts: ReturnType<typeof conflict>[]) => scoreDigest(output([a, b], [comparison(a, b, [], conflicts)]), deaths).pairs[0];
  const first = (span: { start: number }) => ({ start: span.start, end: span.start + 1 });

  it('counts a reference conflict touched (one character is enough) in both articles', () => {
    const pair = score(conflict([first(at(a, '23'))], [first(at(b, '31'))]));
    expect([pair?.metrics.conflictRecall, pair?.conflicts[0]?.touches, pair?.missedConflicts]).toEqual([1, ['deaths'], []]);
  });

  it('not when only one article is touched, or the span is empty', () => {
    const oneSide = score(conflict([at(a, '23')], [at(b, 'police')]));
    const empty = score(conflict([{ start: at(a, '23').start, end: at(a, '23').start }], [at(b, '31')]));
    expect([oneSide?.metrics.conflictRecall, empty?.metrics.conflictRecall]).toEqual([0, 0]);
    expect(oneSide?.missedConflicts.map((missed) => missed.id)).toEqual(['deaths']);
  });

  it('is undefined for a pair with no reference conflicts', () => {
    expect(scorePair().metrics.conflictRecall).toBeNull();
  });

  it('pools the reference conflicts by the kind their gold gives them, touched or not', () => {
    const when = gold([a, b], {
      facts: [{ id: 'blast', required: true, spans: { A: ['killed in the blast'], B: ['dead after the blast'] } }],
      conflicts: [
        { id: 'deaths', kind: 'number', spans: { A: ['23 people were killed'], B: ['31 dead'] } },
        { id: 'who', kind: 'name', spans: { A: ['Officials said'], B: ['police said'] } },
      ],
    });
    const touched = scoreDigest(output([a, b], [comparison(a, b, [], [conflict([at(a, '23')], [at(b, '31')])])]), when);
    const untouched = scoreDigest(output([a, b], [comparison(a, b, [], [])]), when);
    expect(summarize([touched, untouched]).conflictsByKind).toEqual([
      { kind: 'name', touched: 0, total: 2 },
      { kind: 'number', touched: 1, total: 2 },
    ]);
  });

  it('counts the predicted conflicts that touch no reference conflict as unmatched', () => {
    const pair = score(conflict([at(a, '23')], [at(b, '31')]), conflict([at(a, 'Monday')], [at(b, 'police')]), conflict([at(a, 'Officials')], [at(b, 'Monday')]));
    expect([pair?.counts.predictedConflicts, pair?.counts.unmatchedConflicts, pair?.metrics.conflictRecall]).toEqual([3, 2, 1]);
  });
});

describe('pairs', () => {
  it('scores every pair of a three-article digest, in digest order, and counts facts on unrelated pairs', () => {
    const result = scoreDigest(
      output([voa, cnn, bank], [
        comparison(voa, cnn, [fact([at(voa, TROOPS)], [at(cnn, TROOPS)])]),
        comparison(voa, bank, [fact([at(voa, 'Blinken said')], [at(bank, 'The central bank')])]),
        comparison(cnn, bank, []),
      ]),
      seedLike,
    );
    expect(result.pairs.map((pair) => [pair.a.label, pair.b.label, pair.unrelated, pair.counts.falseFactsOnUnrelated])).toEqual([
      ['VOA', 'CNN', false, 0],
      ['VOA', 'BANK', true, 1],
      ['CNN', 'BANK', true, 0],
    ]);
    expect(result.pairs[1]?.metrics).toEqual({ recall: null, precision: 0, f1: null, highlightPrecision: 0, conflictRecall: null, falseFactsOnUnrelated: 1 });
    expect(result.counts).toMatchObject({ pairs: 3, unrelatedPairs: 2, requiredFacts: 1, requiredHit: 1, predictedFacts: 2, predictedHit: 1, falseFactsOnUnrelated: 1 });
    // Micro over the digest's pairs: the unrelated pair's prediction lowers precision and highlight precision.
    expect(result.metrics).toMatchObject({ recall: 1, precision: 0.5, f1: 2 / 3, highlightPrecision: 74 / (74 + 'Blinken said'.length + 'The central bank'.length) });
  });

  it('counts a fact with spans in three articles in each of the three pairs', () => {
    const third = article('d--third', 'THIRD', `Officials say ${TROOPS}.`);
    const shared = gold([voa, cnn, third], { facts: [{ id: 'troops', required: true, spans: { VOA: [TROOPS], CNN: [TROOPS], THIRD: [TROOPS] } }] });
    const result = scoreDigest(output([voa, cnn, third], [comparison(cnn, third, [fact([at(cnn, TROOPS)], [at(third, TROOPS)])])]), shared);
    expect(result.pairs.map((pair) => [pair.a.label, pair.b.label, pair.counts.requiredFacts, pair.counts.requiredHit])).toEqual([
      ['VOA', 'CNN', 1, 0],
      ['VOA', 'THIRD', 1, 0],
      ['CNN', 'THIRD', 1, 1],
    ]);
    expect(result.metrics.recall).toBe(1 / 3);
  });

  it('treats a pair that shares only optional facts as unrelated: its predictions are false facts, yet correct for precision', () => {
    const optionalOnly = gold([voa, cnn], { facts: [{ id: 'met', required: false, spans: { VOA: [MET], CNN: [MET] } }] });
    const pair = scoreDigest(output([voa, cnn], [comparison(voa, cnn, [fact([at(voa, MET)], [at(cnn, MET)])])]), optionalOnly).pairs[0];
    expect([pair?.unrelated, pair?.counts.falseFactsOnUnrelated, pair?.metrics.precision, pair?.metrics.recall]).toEqual([true, 1, 1, null]);
  });

  it('reads a comparison given in the other order, and a pair the engine left out as no predictions', () => {
    const result = scoreDigest(output([voa, cnn, bank], [comparison(cnn, voa, [fact([at(cnn, TROOPS)], [at(voa, TROOPS)])])]), seedLike);
    expect(result.pairs.map((pair) => pair.counts.predictedHit)).toEqual([1, 0, 0]);
    expect(result.pairs[0]?.facts[0]?.a[0]?.text).toBe(TROOPS);
  });

  it('rejects output that breaks the contract', () => {
    expect(() => scoreDigest(output([voa, cnn], [comparison(voa, cnn, [fact([{ start: 0, end: voa.text.length + 1 }], [at(cnn, TROOPS)])])]), seedLike)).toThrow(
      new ContractViolation(`engine output: comparison d--voa / d--cnn, fact #0: span {start: 0, end: ${voa.text.length + 1}} is not a range in d--voa’s text (length ${voa.text.length})`),
    );
    expect(() => scoreDigest(output([voa, cnn], [comparison(voa, bank, [])]), seedLike)).toThrow('engine output: comparison d--voa / d--bank: not a pair of two articles of the digest');
    expect(() => scoreDigest(output([voa, cnn], [comparison(voa, cnn, []), comparison(cnn, voa, [])]), seedLike)).toThrow('the pair is compared twice');
  });
});

describe('averages over digests', () => {
  const perfect = scoreDigest(output([voa, cnn], [comparison(voa, cnn, [fact([at(voa, TROOPS)], [at(cnn, TROOPS)])])]), seedLike);
  const empty = scoreDigest(output([voa, cnn], [comparison(voa, cnn, [])]), seedLike);

  it('takes the mean of each defined digest metric, and pools the counts for the micro row', () => {
    const result = summarize([perfect, empty]);
    expect(result.mean).toEqual({ recall: 0.5, precision: 1, f1: 0.5, highlightPrecision: 1, conflictRecall: null, falseFactsOnUnrelated: 0 });
    expect(result.micro.counts).toMatchObject({ pairs: 2, requiredFacts: 2, requiredHit: 1, predictedFacts: 1, predictedHit: 1 });
    expect(result.micro.metrics).toMatchObject({ recall: 0.5, precision: 1, f1: 2 / 3 });
  });

  it('marks the targets: missed, met, or not measurable', () => {
    const result = summarize([perfect, empty]);
    expect(result.targets.map((check) => [check.metric, check.value, check.met])).toEqual([
      ['f1', 0.5, false],
      ['highlightPrecision', 1, true],
      ['conflictRecall', null, null],
      ['falseFactsOnUnrelated', 0, true],
    ]);
  });

  it('holds false facts on unrelated pairs to a total of at most 1 over every digest', () => {
    const noisy = scoreDigest(output([voa, bank], [comparison(voa, bank, [fact([at(voa, 'Blinken')], [at(bank, 'central')])])]), seedLike);
    const result = summarize([noisy, noisy]);
    expect([result.mean.falseFactsOnUnrelated, result.micro.counts.falseFactsOnUnrelated]).toEqual([1, 2]);
    expect(result.targets.find((check) => check.metric === 'falseFactsOnUnrelated')?.met).toBe(false);
  });
});

import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { alignRegions, measure, type ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { FigureIndex } from '../../../src/engine/overlap/quantities-index.ts';
import { findQuantities, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { readUnits } from '../../../src/engine/overlap/units-read.ts';
import { numberKeys, type Unit } from '../../../src/engine/overlap/units.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/**
 * Round 14s (decision 004): in the V8 of Node 20, `{ ...record, field }`, where the record lacks
 * the field, gives every object it makes a hidden class (map) of its own, and reading a field of
 * thousands of such objects misses V8's property caches each time. The engine's many small records are built as literals instead;
 * these tests ask V8 itself whether records made apart share one map.
 */
setFlagsFromString('--allow-natives-syntax');
// V8's own test of two objects' hidden classes, compiled once the flag allows its syntax.
const haveSameMap = runInThisContext('(a, b) => %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** How many hidden classes the objects have between them. */
function mapsOf(objects: readonly object[]): number {
  const seen: object[] = [];
  for (const object of objects) if (!seen.some((other) => haveSameMap(other, object))) seen.push(object);
  return seen.length;
}

function units(text: string, ids: Map<string, number>): Unit[] {
  const tokens = tokenize(text);
  const read = readUnits(tokens, splitClauses(text, tokens), findQuantities(text), findDates(text, '2026-05-01'), lexicon);
  read.forEach((unit, index) => {
    unit.index = index;
  });
  numberKeys(read, ids);
  return read;
}

describe('14s records made apart share a hidden class', () => {
  it('tells hidden classes apart', () => {
    const make = (i: number): { n: number; m: number } => ({ n: i, m: 1 });
    expect(mapsOf(Array.from({ length: 20 }, (_, i) => make(i)))).toBe(1);
    expect(mapsOf([make(1), { m: 1, n: 1 }])).toBe(2);
  });

  it('gives every stretch the aligner measures, with what else its sentences share, one map', () => {
    const ids = new Map<string, number>();
    const a = units('Officials said 40 people were evacuated from the valley on Monday after the river burst its banks, and the mayor said the town would rebuild.', ids);
    const b = units('The river burst its banks on Monday and 40 people were evacuated from the valley, officials said, and the mayor vowed to rebuild the town.', ids);
    const found: ClauseAlignment[] = [];
    for (let round = 0; round < 4; round += 1) found.push(...alignRegions(0, a, 0, b));
    const withBesides = found.filter((alignment) => alignment.besides !== undefined);
    expect(withBesides.length).toBeGreaterThanOrEqual(4);
    expect(mapsOf(withBesides)).toBe(1);
  });

  it('sets `besides` only when given, on the measured record itself', () => {
    const ids = new Map<string, number>();
    const a = units('Forty people were evacuated.', ids);
    const b = units('Forty people were evacuated.', ids);
    const [stretch] = alignRegions(0, a, 0, b);
    expect(stretch).toBeDefined();
    const matches = stretch?.matches ?? [];
    const without = measure(0, 0, matches, a, b);
    expect('besides' in without).toBe(false);
    const withIt = [measure(0, 0, matches, a, b, 1.5), measure(0, 0, matches, a, b, 0)];
    expect(withIt.map((alignment) => alignment.besides)).toEqual([1.5, 0]);
    expect(mapsOf(withIt)).toBe(1);
  });

  it('gives clauses, merged with a short one or renumbered, one map', () => {
    // `he said` and `officials said` are short clauses that join the clause before them.
    const text = 'The bridge will close on Monday, he said, and traffic will be diverted. Repairs will take a year, officials said, while the ferry runs.';
    const clauses = [...splitClauses(text, tokenize(text)), ...splitClauses(text, tokenize(text))];
    expect(clauses.length).toBeGreaterThanOrEqual(6);
    expect(mapsOf(clauses)).toBe(1);
  });
});

describe('14s a figure query counts without a function made per query', () => {
  // FigureIndex.count counts through a method now: the same count, and it stops reading at `most`
  // on each of its three paths (figures read always, a figure that reads all, the sorted ranges).
  const figure = (value: number, extra: Partial<Quantity> = {}): Quantity => ({ start: 0, end: 1, value, low: value, high: value, hedged: false, unit: 'count', noun: null, resolution: 1, text: String(value), ...extra });
  const same = Array.from({ length: 6 }, () => figure(40));
  const always = [figure(40, { low: 10, high: 90, value: 50, text: 'between 10 and 90' }), ...same];

  it('reads the sorted figures only until it has counted `most`', () => {
    const index = new FigureIndex(same, (q) => q);
    let read = 0;
    expect(index.count(figure(40), () => ((read += 1), true), 2)).toBe(2);
    expect(read).toBe(2);
    expect(index.count(figure(40), () => true)).toBe(6);
    expect(index.count(figure(40), () => false)).toBe(0);
    expect(index.some(figure(40), () => true)).toBe(true);
  });

  it('stops as soon in the figures every query reads, and for a query that reads them all', () => {
    const index = new FigureIndex(always, (q) => q);
    let read = 0;
    expect(index.count(figure(40), () => ((read += 1), true), 1)).toBe(1);
    expect(read).toBe(1);
    read = 0;
    expect(index.count(figure(50, { low: 0, high: 100, text: 'between 0 and 100' }), () => ((read += 1), true), 3)).toBe(3);
    expect(read).toBe(3);
    expect(index.count(figure(50, { low: 0, high: 100, text: 'between 0 and 100' }), () => true)).toBe(7);
  });
});

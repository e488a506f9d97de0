import { describe, expect, it } from 'vitest';
import type { UnitMatch } from '../../../src/engine/overlap/align.ts';
import { ANCHORED_GAIN, anchoredWins, byAnchors, matchUnits, oneToOne, tiesContested } from '../../../src/engine/overlap/align-pairing.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/** Mend B of session 18 (decision 004): the review of round 24r's pairing by sure matches. */

/** A unit of one word, `key`, at `index` (each key its own number; weight 1 unless told). */
const ids = new Map<string, number>();
function unit(index: number, key: string, extra: Partial<Unit> = {}): Unit {
  if (!ids.has(key)) ids.set(key, ids.size);
  return {
    index, clause: 0, sentence: 0, quoted: false, attribution: false, first: index, last: index + 1, start: index * 10, end: index * 10 + 5,
    kind: 'word', key, senses: [], kin: [], near: [], frames: [], quantity: null, date: null, keys: [key], keyIds: [ids.get(key) as number],
    baseWeight: 1, weight: 1, byTitle: false, ...extra,
  };
}
const match = (a: Unit, b: Unit, similarity = 1): UnitMatch => ({ a, b, similarity, value: similarity * Math.min(a.weight, b.weight) });
const byValueThenPlace = (x: UnitMatch, y: UnitMatch): number => y.value - x.value || x.a.index - y.a.index || x.b.index - y.b.index;
/** Matches between units of the two sides given as [indexA, indexB, key], in `candidateMatches`' order. */
const candidates = (pairs: [number, number, string][]): UnitMatch[] => pairs.map(([a, b, key]) => match(unit(a, key), unit(b, key))).sort(byValueThenPlace);
const mirrored = (all: readonly UnitMatch[]): UnitMatch[] => all.map((m) => ({ ...m, a: m.b, b: m.a })).sort(byValueThenPlace);
const places = (matches: readonly UnitMatch[]): string[] => matches.map((m) => `${m.a.index}-${m.b.index}`).sort();
const flipped = (matches: readonly UnitMatch[]): string[] => matches.map((m) => `${m.b.index}-${m.a.index}`).sort();

const TAIL_A = 'Under the law, makers and importers pay 60 cents a kilo on cereals containing more than 20 grams of sugar per 100 grams, and 30 cents a kilo on cereals with between 10 and 20 grams.';
const TAIL_B = 'The charge of 60 cents a kilo applies to cereals with more than twenty grams of sugar per 100 grams. A lower 30 cent rate covers cereals with between ten and twenty grams.';
const LEAD_B = 'Wellmouth has become the first state to tax sweetened cereals, Health Minister Ana Ruiz told reporters in Port Calder on Tuesday. ';
const LOWER = '30 cents a kilo on cereals with between 10 and 20 grams | 30 cent rate covers cereals with between ten and twenty grams';

describe('mend 18b the pairing by sure matches is the same whichever report is A', () => {
  it('pairs the lower rate when A’s lead sorts after B’s (the report read first is then the other one)', () => {
    const [a, b] = pair('Wellmouth lawmakers approved a levy on sweetened cereals on Tuesday, Health Minister Ana Ruiz said in Port Calder. ' + TAIL_A, LEAD_B + TAIL_B);
    expect(a.text > b.text).toBe(true);
    expect(factTexts(a, b)).toContain(LOWER);
  });

  it('pairs the lower rate when A’s lead sorts before B’s', () => {
    const [a, b] = pair('Lawmakers in Wellmouth approved a levy on sweetened cereals on Tuesday, Health Minister Ana Ruiz said in Port Calder. ' + TAIL_A, LEAD_B + TAIL_B);
    expect(a.text < b.text).toBe(true);
    expect(factTexts(a, b)).toContain(LOWER);
  });

  it('reads the sure match nearest on both sides, so the tie goes the same way mirrored', () => {
    // Sure matches at 0–0 and 4–20; A's one `levy` (3) meets B's two (3, 19). Nearest in A alone,
    // 3–19 is on 4–20's diagonal; mirrored, 3–3 is on 0–0's and wins by place. By |Δa| + |Δb| each
    // candidate has a sure match on its diagonal, and place decides the same way both ways.
    const all = candidates([[0, 0, 'tax'], [4, 20, 'sugar'], [3, 3, 'levy'], [3, 19, 'levy']]);
    const forward = oneToOne(byAnchors(all) ?? []);
    const backward = oneToOne(byAnchors(mirrored(all)) ?? []);
    expect(places(forward)).toEqual(flipped(backward));
    expect(places(forward)).toContain('3-3');
  });
});

describe('mend 18b a sure match is an exact word, not a name nor an attribution', () => {
  it('reads no sure match in names or in who said it', () => {
    const name = (index: number, key: string): Unit => unit(index, key, { kind: 'name' });
    const all = [match(name(0, 'ruiz'), name(0, 'ruiz')), match(unit(1, 'said', { attribution: true }), unit(1, 'said', { attribution: true })), match(unit(3, 'levy'), unit(3, 'levy')), match(unit(3, 'levy'), unit(9, 'levy'))].sort(byValueThenPlace);
    expect(byAnchors(all)).toBeNull();
  });

  it('reads no synonym as sure', () => {
    const all = [match(unit(0, 'tax'), unit(0, 'levy'), 0.8), match(unit(3, 'rate'), unit(3, 'rate')), match(unit(3, 'rate'), unit(9, 'rate'))].sort(byValueThenPlace);
    expect(byAnchors(all)).toBeNull();
  });
});

describe('mend 18b the choice between the two pairings', () => {
  const stretch = (strength: number, spanned: number): { strength: number; spanned: number } => ({ strength, spanned });
  it('keeps the pairing by place when the new one gains less than a whole match', () => {
    expect(anchoredWins(stretch(3, 10), stretch(3 + ANCHORED_GAIN - 0.01, 10))).toBe(false);
    expect(anchoredWins(stretch(3, 10), stretch(4, 10))).toBe(true);
  });
  it('keeps the pairing by place when the new one is stronger but looser', () => {
    // 5 over 20 units against 3 over 10: stronger by two matches, but .25 a unit against .3.
    expect(anchoredWins(stretch(3, 10), stretch(5, 20))).toBe(false);
    expect(anchoredWins(stretch(3, 10), stretch(5, 16))).toBe(true);
  });

  it('is null when no match is sure, or every one is', () => {
    expect(byAnchors(candidates([[3, 3, 'levy'], [3, 9, 'levy']]))).toBeNull();
    expect(byAnchors(candidates([[0, 0, 'tax'], [3, 3, 'levy']]))).toBeNull();
    expect(byAnchors(candidates([[0, 0, 'tax'], [3, 3, 'levy'], [3, 9, 'levy']]))).not.toBeNull();
  });

  /** One sentence as units of one clause, `keys` in order (weight 1). */
  const sentence = (keys: string[]): Unit[] => keys.map((key, index) => unit(index, key));
  const indexOf = (units: readonly Unit[]): Map<number, Unit[]> => {
    const byKey = new Map<number, Unit[]>();
    for (const u of units) byKey.set(u.keyIds[0] as number, [...(byKey.get(u.keyIds[0] as number) ?? []), u]);
    return byKey;
  };

  it('takes the pairing by sure matches when its first stretch is stronger by a whole match and no looser', () => {
    // A tells `cents`, `drinks`, `grams` twice; B once, beside `between`, which A tells only in its
    // second clause. By place B's words go to A's first clause, whose stretch holds two matches.
    const a = sentence(['cents', 'drinks', 'x1', 'x2', 'x3', 'x4', 'grams', 'y1', 'cents', 'drinks', 'between', 'grams']);
    const b = sentence(['cents', 'rate', 'drinks', 'between', 'grams']);
    expect(places(matchUnits(a, b, indexOf(b)))).toEqual(['10-3', '11-4', '8-0', '9-2']);
    expect(tiesContested()).toBe(true);
  });

  it('keeps the pairing by place when both pairings hold the same matches, in its order', () => {
    // `rate` once in A (1), twice in B (4, 6): 1–6 is refused at the same value, so the ties are
    // read again; by the sure matches 0–0 and 2–2 the pairing holds the same three matches.
    const a = sentence(['tax', 'rate', 'levy']);
    const b = sentence(['tax', 'y1', 'levy', 'y2', 'rate', 'y3', 'rate']);
    const paired = matchUnits(a, b, indexOf(b));
    expect(tiesContested()).toBe(true);
    expect(paired.map((m) => `${m.a.index}-${m.b.index}`)).toEqual(['0-0', '1-4', '2-2']);
  });

  it('reads no tie as contested when a match is refused only for a unit paired at a higher value', () => {
    const heavy = (index: number, key: string): Unit => unit(index, key, { weight: 2 });
    oneToOne([match(heavy(0, 'levy'), heavy(0, 'levy')), match(heavy(0, 'levy'), unit(5, 'levy')), match(unit(1, 'tax'), unit(1, 'tax'))]);
    expect(tiesContested()).toBe(false);
    oneToOne([match(unit(0, 'levy'), unit(0, 'levy')), match(unit(0, 'levy'), unit(5, 'levy'))]);
    expect(tiesContested()).toBe(true);
  });
});

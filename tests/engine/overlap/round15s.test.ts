import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { bestFirst, contextReader, pairedFigureConflicts, type SentenceContext } from '../../../src/engine/overlap/conflicts-pairing.ts';
import { widened } from '../../../src/engine/overlap/conflicts-pairing-scores.ts';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { withoutAccents } from '../../../src/engine/overlap/conflicts-common.ts';
import { firstNamesBefore } from '../../../src/engine/overlap/conflicts-people.ts';
import { NamesInRole, WrittenWords, type RoleUnit } from '../../../src/engine/overlap/word-indexes.ts';
import { FIGURES_TEXT, generator, side } from './pairing-sides.ts';

/**
 * Round 15s (decision 004): questions two conflict detectors asked by reading a whole report
 * once per candidate (a square in a long report), answered by an index read once. The output is
 * unchanged (checked on every digest and the bench's pairs, byte for byte); these tests pin that
 * each index gives the scan's answer and does not read the report again.
 */

/** The figure pairing on two texts, every sentence pair aligned, and how often it read a pair's context. */
function pairing(textA: string, textB: string): { reads: number; values: [string, string][]; b: number[] } {
  const ids = new Map<string, number>();
  const [A, B] = [side(textA, ids), side(textB, ids)];
  const reader = contextReader(A, B, A.unitsBySentence.flatMap((_, regionA) => B.unitsBySentence.map((__, regionB) => ({ regionA, regionB }))));
  let reads = 0;
  const counting: SentenceContext = {
    aligned: (a, b) => reader.aligned(a, b),
    strength: (a, b) => {
      reads += 1;
      return reader.strength(a, b);
    },
  };
  const drafts = pairedFigureConflicts(A, B, lexicon, new Set(), counting);
  return { reads, values: drafts.map((draft) => draft.values), b: drafts.map((draft) => draft.b[0]?.start ?? -1) };
}

describe('the figure pairing reads the pairs that may score most first', () => {
  // Twelve figures a side of one noun and one verb, every sentence pair aligned: six near 100 and
  // six near 190 in each report, in opposite orders, so that in text order each figure meets the
  // far value first. Read best bound first, each figure's next best is a near pair's score early,
  // and far pairs stop before their context is read (108 reads in text order, 144 pairs).
  const run = (from: number): string => Array.from({ length: 6 }, (_, i) => `Rescuers said ${from + i} people were evacuated on Monday.`).join(' ');
  it('asks fewer pairs for their context than text order did', () => {
    const { reads } = pairing(`${run(100)} ${run(190)}`, `${run(185)} ${run(104)}`);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(80);
  });
  it('pairs a figure with the first of two equal partners in text order, whatever the order of reading', () => {
    const sentence = (value: number): string => `Rescuers said ${value} people were evacuated from the flooded village on Monday.`;
    const textB = `${sentence(120)} Officials said 7 cars were towed. ${sentence(120)}`;
    const { values, b } = pairing(sentence(140), textB);
    expect(values).toEqual([['140 people', '120 people']]);
    expect(b).toEqual([textB.indexOf('120')]);
  });
});

describe('bestFirst', () => {
  it('orders every index once, highest values first by buckets', () => {
    const random = generator(7);
    const values = Array.from({ length: 500 }, () => random() * 10 - 6);
    const order = [...bestFirst(values)];
    expect([...order].sort((x, y) => x - y)).toEqual(values.map((_, k) => k));
    const width = (Math.max(...values) - Math.min(...values)) / 64;
    for (let k = 1; k < order.length; k += 1) expect(values[order[k] ?? 0] ?? 0).toBeLessThanOrEqual((values[order[k - 1] ?? 0] ?? 0) + width + 1e-9);
    expect([...bestFirst([2, 2, 2])]).toEqual([0, 1, 2]);
    expect([...bestFirst([])]).toEqual([]);
  });
});

describe('figures told apart by their widened ranges', () => {
  // The pairing sets aside two figures of one unit more than a factor of two apart whose ranges,
  // widened by their full slack, do not meet: such figures must never agree.
  const text = FIGURES_TEXT;
  const figures = findQuantities(text);
  it('never finds two so set aside in agreement', () => {
    let apart = 0;
    for (const a of figures) {
      for (const b of figures) {
        const [x, y] = [widened(a), widened(b)];
        if (x === null || y === null || a.unit !== b.unit || Math.max(a.value, b.value) / Math.min(a.value, b.value) <= 2) continue;
        if (x.high >= y.low && y.high >= x.low) continue;
        apart += 1;
        expect(quantitiesAgree(a, b), `${a.text} / ${b.text}`).toBe(false);
      }
    }
    expect(apart).toBeGreaterThan(20);
  });
  it('leaves out shares, times of day, ceilings and zero', () => {
    for (const phrase of ['52%', 'up to 500 homes', '0 people', 'at 11:50 p.m.']) {
      const [quantity] = findQuantities(phrase);
      expect(quantity === undefined ? null : widened(quantity), phrase).toBeNull();
    }
  });
});

/** What conflicts-names.ts asked before: the word written whole, by a regular expression over the text. */
const writesByScan = (text: string, word: string): boolean => new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'u').test(text);

describe('WrittenWords', () => {
  const text = 'Dale Pritchard sued Pritchett-Jones. Kalni\u0146a and Kalnin\u0303a met O’Brien’s aide, Zelenskyy said; Mark Pritchards2 left.';
  it('answers as the scan over the text did', () => {
    const written = new WrittenWords(text);
    for (const word of ['Pritchard', 'Pritchett', 'Jones', 'Kalniņa', 'Kalnin', 'Brien', 'Zelensky', 'Zelenskyy', 'Pritchards', 'Mark', 'mark', 'Dale', 'Sued']) {
      expect(written.writes(word), word).toBe(writesByScan(text, word));
    }
  });
  it('reads the text once, however many words are asked', () => {
    // Round 19s: the first few questions are searched for (`indexOf`), then every word is read once.
    let [reads, searches] = [0, 0];
    const counted = {
      match: (pattern: RegExp) => ((reads += 1), text.match(pattern)),
      indexOf: (word: string, from?: number) => ((searches += from === undefined ? 1 : 0), text.indexOf(word, from)),
      charCodeAt: (at: number) => text.charCodeAt(at),
      codePointAt: (at: number) => text.codePointAt(at),
      slice: (start: number, end?: number) => text.slice(start, end),
      length: text.length,
    } as unknown as string;
    const written = new WrittenWords(counted);
    for (let i = 0; i < 50; i += 1) expect(written.writes(i % 2 === 0 ? 'Pritchard' : 'Nobody')).toBe(i % 2 === 0);
    expect(reads).toBe(1);
    expect(searches).toBeLessThanOrEqual(8);
  });
});

/** What conflicts.ts `nameSlotConflicts` asked before: every name unit, then every unit of its clause. */
function inRoleByScan(units: readonly RoleUnit[], text: string, wordsOf: (text: string) => ReadonlySet<string>, words: ReadonlySet<string>, role: readonly { key: string }[]): boolean {
  return units.some((unit) => {
    if (unit.kind !== 'name' && unit.kind !== 'alias') return false;
    if (![...wordsOf(text.slice(unit.start, unit.end))].some((word) => words.has(word))) return false;
    return units.some((other) => other.clause === unit.clause && role.some((held) => held.key === other.key));
  });
}

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word !== ''));

/** An invented report: units of a few kinds and keys over a text of names, in clauses. */
function inventedReport(random: () => number): { units: RoleUnit[]; text: string } {
  const names = ['Ingrid Solheim', 'Nakken', 'Tom Bell', 'Bell', 'Aerts', 'Hugo Lemaire', 'NSi'];
  const words = ['cut', 'ribbon', 'said', 'won', 'pulled', 'out'];
  const units: RoleUnit[] = [];
  let text = '';
  const count = 20 + Math.floor(random() * 40);
  for (let i = 0; i < count; i += 1) {
    const isName = random() < 0.4;
    const written = isName ? (names[Math.floor(random() * names.length)] as string) : (words[Math.floor(random() * words.length)] as string);
    const start = text.length;
    text += `${written} `;
    const kind = isName ? (random() < 0.8 ? 'name' : 'alias') : random() < 0.5 ? 'word' : 'quantity';
    units.push({ kind, key: isName ? `name:${written.toLowerCase()}` : `lem:${written}`, clause: Math.floor(i / (2 + Math.floor(random() * 4))), start, end: start + written.length });
  }
  return { units, text };
}

describe('NamesInRole', () => {
  it('answers as the scan over every unit did, on invented reports', () => {
    const random = generator(15);
    const queries = [new Set(['solheim']), new Set(['bell', 'tom']), new Set(['aerts']), new Set(['nobody']), new Set(['nsi', 'hugo'])];
    const roles = [[{ key: 'lem:cut' }], [{ key: 'lem:won' }, { key: 'lem:said' }], [{ key: 'name:nakken' }], [{ key: 'lem:none' }], []];
    let agreed = 0;
    for (let report = 0; report < 60; report += 1) {
      const { units, text } = inventedReport(random);
      const index = new NamesInRole(units, text, wordsOf);
      for (const words of queries) {
        for (const role of roles) {
          const expected = inRoleByScan(units, text, wordsOf, words, role);
          expect(index.holds(words, role), `report ${report}`).toBe(expected);
          if (expected) agreed += 1;
        }
      }
    }
    expect(agreed).toBeGreaterThan(100);
  });
  it('reads each name unit once, however many pairs ask', () => {
    const { units, text } = inventedReport(generator(3));
    let reads = 0;
    const counting = (written: string): Set<string> => ((reads += 1), wordsOf(written));
    const index = new NamesInRole(units, text, counting);
    for (let i = 0; i < 100; i += 1) index.holds(new Set(['bell']), [{ key: 'lem:cut' }]);
    expect(reads).toBe(units.filter((unit) => unit.kind === 'name' || unit.kind === 'alias').length);
  });
});

describe('firstNamesBefore: the first names a report gives each surname, read once per report', () => {
  /** The scan round 15c ran for each person: every capitalised word right before the surname. */
  function scan(text: string, surname: string): string[] {
    const plain = (word: string): string => withoutAccents(word).toLowerCase();
    const words = text.split(/[^\p{L}\p{M}'’-]+/u);
    const names: string[] = [];
    for (let at = 1; at < words.length; at += 1) {
      const before = words[at - 1] ?? '';
      const title = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|judge|justice|the|a|an)$/iu.test(before);
      if (plain(words[at] ?? '').replace(/['’]s$/u, '') === surname && /^\p{Lu}/u.test(before) && !title) names.push(plain(before));
    }
    return names;
  }

  it('gives the scan’s answer for every word of a report', () => {
    const next = generator(15);
    const vocabulary = ['Tomás', 'Ernesto', 'Millaqueo', 'millaqueo', "Millaqueo's", 'farmer', 'his', 'son', 'The', 'Dr', 'Mr', 'Ana', 'Kjær', 'found', 'the', 'bones', 'O’Neill'];
    for (let round = 0; round < 40; round += 1) {
      const text = Array.from({ length: 30 }, () => vocabulary[Math.floor(next() * vocabulary.length)] ?? '').join(next() < 0.5 ? ' ' : ', ');
      const index = firstNamesBefore(text);
      for (const word of ['millaqueo', 'bones', 'son', 'kjaer', 'kjær', 'o’neill', 'tomas']) {
        expect([...(index.get(word) ?? [])].sort(), `${word} in “${text}”`).toEqual(scan(text, word).sort());
      }
    }
  });

  it('keys each surname by its plain form and keeps every first name written before it', () => {
    const index = firstNamesBefore('Farmer Ernesto Millaqueo said his son, Tomás MILLAQUEO, found the bones.');
    expect(index.get('millaqueo')).toEqual(['ernesto', 'tomas']);
    expect(index.has('bones')).toBe(false);
  });

  it('reads a possessive surname as the surname, and a title or an article as no first name', () => {
    const index = firstNamesBefore("Tomás Quilapan found them on Ernesto Quilapan's farm; Mr Quilapan, his father, called The Quilapan family lawyer.");
    expect(index.get('quilapan')).toEqual(['tomas', 'ernesto']);
  });
});

import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, resolveGold } from '../../../src/cli/eval/gold.ts';
import { compareAllPairs, toContractJson } from '../../../src/engine/index.ts';
import { parseFixture, readFixture } from '../../engine/fixtures.ts';
import { article, goldJson } from './helpers.ts';

const voa = article('d--voa', 'VOA', 'Blinken said North Korea supplied troops to Russia.\n\nHe said it in Seoul.');
const cnn = article('d--cnn', 'CNN', 'North Korea supplied troops to Russia, Blinken warned from “Seoul”.');
const articles = [voa, cnn];

function resolve(json: Record<string, unknown>) {
  return resolveGold(parseGold(json, 'x.gold.json'), articles, 'x.gold.json');
}

const troops = (spans: Record<string, string[]>) => goldJson(articles, { facts: [{ id: 'troops', required: true, spans }] });

describe('resolveGold', () => {
  it('finds each span’s first occurrence in its article’s text, keyed by article id', () => {
    const gold = resolve(troops({ VOA: ['North Korea supplied troops', 'said'], CNN: ['North Korea supplied troops to Russia'] }));
    expect(gold.facts[0]?.spans).toEqual(
      new Map([
        ['d--voa', [{ start: 13, end: 40, text: 'North Korea supplied troops' }, { start: 8, end: 12, text: 'said' }]],
        ['d--cnn', [{ start: 0, end: 37, text: 'North Korea supplied troops to Russia' }]],
      ]),
    );
    expect(gold.warnings).toEqual(['x.gold.json: fact “troops”: span for “VOA” is shorter than 8 characters, so no prediction can hit it there: "said"']);
  });

  it('names the file, the fact, the label and the span when a span is not in the text', () => {
    expect(() => resolve(troops({ VOA: ['North Korea supplied troops'], CNN: ['supplied soldiers'] }))).toThrow(
      new GoldError('x.gold.json: fact “troops”: span for “CNN” not found in that article’s text: "supplied soldiers"'),
    );
  });

  it('says when a span differs from the text only in its quote marks', () => {
    expect(() => resolve(troops({ VOA: ['North Korea supplied troops'], CNN: ['warned from "Seoul"'] }))).toThrow(
      'x.gold.json: fact “troops”: span for “CNN” not found in that article’s text (it is there with different quote marks): "warned from \\"Seoul\\""',
    );
  });

  it('names a label that matches no article, and lists the labels there are', () => {
    expect(() => resolve(troops({ VOA: ['North Korea supplied troops'], AP: ['North Korea supplied troops'] }))).toThrow(
      new GoldError('x.gold.json: fact “troops”: outlet label “AP” matches no article of the digest (its labels: “VOA”, “CNN”)'),
    );
  });

  it('refuses a label that matches two articles', () => {
    const twice = [voa, { ...cnn, id: 'd--cnn-2' }, cnn];
    const gold = parseGold(troops({ VOA: ['North Korea supplied troops'], CNN: ['North Korea supplied troops'] }), 'x.gold.json');
    expect(() => resolveGold(gold, twice, 'x.gold.json')).toThrow('x.gold.json: fact “troops”: outlet label “CNN” matches 2 articles (d--cnn-2, d--cnn); a gold cannot tell them apart');
  });

  it('checks conflicts the same way', () => {
    const json = goldJson(articles, { conflicts: [{ id: 'where', kind: 'name', spans: { VOA: ['in Seoul'], CNN: ['in Tokyo'] } }] });
    expect(() => resolve(json)).toThrow('x.gold.json: conflict “where”: span for “CNN” not found in that article’s text: "in Tokyo"');
  });

  it('takes any conflict kind a gold writer names (a quote given to different people is an "attribution")', () => {
    const json = goldJson(articles, { conflicts: [{ id: 'who', kind: 'attribution', spans: { VOA: ['Blinken'], CNN: ['Blinken'] } }] });
    expect(resolve(json).conflicts.map((conflict) => conflict.kind)).toEqual(['attribution']);
  });

  it('refuses an empty conflict kind', () => {
    const json = goldJson(articles, { conflicts: [{ id: 'who', kind: '', spans: { VOA: ['Blinken'], CNN: ['Blinken'] } }] });
    expect(() => resolve(json)).toThrow(/at conflicts\[0\]\.kind/u);
  });

  it('warns about a fact only one article states', () => {
    expect(resolve(troops({ VOA: ['North Korea supplied troops'] })).warnings).toEqual(['x.gold.json: fact “troops” has spans in 1 article(s), so no pair shares it']);
  });
});

describe('parseGold', () => {
  it('lists the problems of an invalid gold with their paths', () => {
    const json = troops({ VOA: [''] });
    (json['facts'] as Record<string, unknown>[]).push({ id: 'troops', claim: 'again', spans: {} });
    let message = '';
    try {
      parseGold(json, 'x.gold.json');
    } catch (error) {
      message = error instanceof GoldError ? error.message : String(error);
    }
    expect(message).toMatch(/^x\.gold\.json: not a valid gold file:\n/u);
    expect(message).toContain('a span is an exact, non-empty substring of the article text');
    expect(message).toContain('at facts[1].required');
  });

  it('refuses two facts with one id', () => {
    const json = troops({ VOA: ['North Korea supplied troops'], CNN: ['North Korea supplied troops'] });
    const facts = json['facts'] as unknown[];
    facts.push(facts[0]);
    expect(() => parseGold(json, 'x.gold.json')).toThrow('x.gold.json: not a valid gold file:\n✖ fact id “troops” is used twice\n  → at facts[1].id');
  });

  it('takes missing conflicts and onlyIn as none', () => {
    const json = troops({ VOA: ['North Korea supplied troops'], CNN: ['North Korea supplied troops'] });
    delete json['conflicts'];
    delete json['onlyIn'];
    expect(parseGold(json, 'x.gold.json')).toMatchObject({ conflicts: [], onlyIn: {} });
  });
});

describe('the seed gold', () => {
  it('loads and resolves against the seed digest, every span found where it says', () => {
    const parsed = parseFixture('blinken-seoul-2025-01-06.txt');
    const output = toContractJson(parsed, compareAllPairs(parsed.articles));
    const gold = resolveGold(parseGold(JSON.parse(readFixture('blinken-seoul-2025-01-06.gold.json')), 'seed.gold.json'), output.articles, 'seed.gold.json');
    expect(gold.digest).toBe('blinken-seoul-2025-01-06.txt');
    expect(gold.warnings).toEqual([]);
    expect(gold.facts.map((fact) => [fact.id, fact.required])).toEqual([
      ['satellite-tech', true],
      ['equipment-training', true],
      ['troops', true],
      ['transition', true],
      ['where-when', false],
      ['backing-the-war', false],
      ['war-began', false],
    ]);
    const texts = new Map(output.articles.map((of) => [of.id, of.text]));
    for (const fact of gold.facts) {
      expect([...fact.spans.keys()]).toEqual(['blinken-seoul-2025-01-06--voa', 'blinken-seoul-2025-01-06--cnn']);
      for (const [id, spans] of fact.spans) for (const span of spans) expect(texts.get(id)?.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDigest, formatDigestCollection, spellIsoDate, splitDigestCollection, tryParseDigest, type Article, type ParsedDigest } from '../../../src/engine/index.ts';
import { parseFixture, parseOk } from '../fixtures.ts';
import { digestModelArb, renderLines } from './digest-model.ts';

/** Everything but the header's line, which is where the article sits in the text it came from. */
const withoutLines = (articles: readonly Article[]) => articles.map((article) => ({ ...article, headerLine: 0 }));

function roundTrip(digest: ParsedDigest, file: string): ParsedDigest {
  return parseOk(formatDigest(digest.articles, { comments: digest.story.comments }), file);
}

const fixtureDir = (path: string): string[] =>
  readdirSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `${path}${name}`);

describe('formatDigest', () => {
  it('writes the seed as a digest: RELATED headlines, captions with credits, READ FULL ARTICLE after every report', () => {
    const seed = parseFixture('blinken-seoul-2025-01-06.txt');
    const text = formatDigest(seed.articles, { comments: seed.story.comments });
    const lines = text.split('\n');
    expect(lines[0]).toBe('U.S. Secretary of State Antony Blinken is greeted before he boards a plane at the Osan Air Base in Pyeongtaek, South Korea, Jan. 6, 2025.');
    expect(lines[1]).toBe('VOICE OF AMERICA | Published January 6, 2025');
    expect(lines).toContain('RELATED: Blinken warns Russia is close to sharing advanced satellite technology with North Korea');
    expect(lines.filter((line) => line === 'READ FULL ARTICLE')).toHaveLength(2);
    expect(lines.at(-2)).toBe('Be the first to comment');
  });

  it.each([...fixtureDir('digests/'), ...fixtureDir('app/'), 'blinken-seoul-2025-01-06.txt'])('parses back to the same articles: %s', (path) => {
    const digest = parseFixture(path);
    const file = path.replace(/^.*\//u, '');
    const again = roundTrip(digest, file);
    expect(withoutLines(again.articles)).toEqual(withoutLines(digest.articles));
    expect({ ...again.story, file: null }).toEqual({ ...digest.story, file: null });
  });

  it('parses back to the same articles for generated digests', () => {
    fc.assert(
      fc.property(digestModelArb, (model) => {
        const digest = parseOk(renderLines(model).join('\n'), 'model.txt');
        expect(withoutLines(roundTrip(digest, 'model.txt').articles)).toEqual(withoutLines(digest.articles));
      }),
      { numRuns: 150 },
    );
  });

  it('builds a digest for one article typed into a form, which the parser reads', () => {
    const text = formatDigest([
      {
        outlet: { label: 'Reuters' },
        dateline: { kind: 'published', text: spellIsoDate('2025-02-03'), time: null },
        headline: 'Markets steady after rate decision',
        caption: null,
        credit: null,
        source: null,
        paragraphs: ['Stocks closed flat on Monday.', 'Bond yields edged lower.'],
      },
    ]);
    expect(text).toBe('RELATED: Markets steady after rate decision\nReuters | Published February 3, 2025\nStocks closed flat on Monday.\nBond yields edged lower.\nREAD FULL ARTICLE\n');
    const { articles } = parseOk(text, 'form.txt');
    expect(articles[0]).toMatchObject({ headline: 'Markets steady after rate decision', publishedAt: '2025-02-03', outlet: { name: 'Reuters', known: true } });
  });

  it('refuses an empty list and a date that is not ISO', () => {
    expect(() => formatDigest([])).toThrow(RangeError);
    expect(() => spellIsoDate('2025-13-01')).toThrow('not an ISO date: 2025-13-01');
  });
});

describe('digest collections', () => {
  it('writes several digests into one file and splits them again, with line offsets into the file', () => {
    const seed = parseFixture('blinken-seoul-2025-01-06.txt');
    const strike = parseFixture('app/ports-strike-straight-quotes.txt');
    const text = formatDigestCollection([
      { file: 'seed.txt', articles: seed.articles, comments: seed.story.comments },
      { file: 'strike.txt', articles: strike.articles, comments: strike.story.comments },
    ]);
    const parts = splitDigestCollection(text, 'export.txt');
    expect(parts.map((part) => part.file)).toEqual(['seed.txt', 'strike.txt']);
    expect(parts[0]?.lineOffset).toBe(1);
    const second = parts[1];
    if (second === undefined) throw new Error('two parts expected');
    expect(text.split('\n')[second.lineOffset - 1]).toBe('===== digest: strike.txt =====');
    const parsed = parseOk(second.text, second.file);
    expect(withoutLines(parsed.articles)).toEqual(withoutLines(strike.articles.map((article) => ({ ...article, id: article.id.replace(/^[^-]+.*?--/u, 'strike--'), storyId: 'strike' }))));
    // A header line in the part is that many lines further down in the file.
    expect(text.split('\n')[(parsed.articles[0]?.headerLine ?? 0) + second.lineOffset - 1]).toMatch(/^ASSOCIATED PRESS \| Updated/);
  });

  it('reads a file without separators as one digest under its own name', () => {
    expect(splitDigestCollection('CNN | Published January 6, 2025\nText.', 'one.txt')).toEqual([{ file: 'one.txt', text: 'CNN | Published January 6, 2025\nText.', lineOffset: 0 }]);
    expect(tryParseDigest(splitDigestCollection('', 'empty.txt')[0]?.text ?? '', { file: 'empty.txt' }).ok).toBe(false);
  });
});

import fc from 'fast-check';
import { digestModelArb, noiseArb, renderLines, renderWithNoise } from '../digest/digest-model.ts';

/**
 * Realistic digests with hostile text in them, for the fuzzer (`npm run fuzz`) and its small
 * fixed-seed run in `npm test`. A digest starts as a well-formed model (headers, captions,
 * credits, markers, dates, trailers: tests/engine/digest/digest-model.ts); then hostile pieces
 * are worked into its lines, lines are inserted, moved and dropped, and the text gets Windows
 * line endings, a byte-order mark and stray white space.
 */

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** Pieces of text an attacker or a bad copy-paste puts in a digest; the app must show them as text. */
export const HOSTILE_PIECES = {
  markup: ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p><iframe src="//evil.example"></iframe>', '<b>', '</div>', '<svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}'],
  urls: ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(2)</script>', 'data:image/svg+xml;base64,PHN2Zz4=', 'https://www.example.com/a?b=1#c', 'www.evil.example', 'vbscript:msgbox(1)', 'file:///etc/passwd'],
  entities: ['&lt;', '&gt;', '&amp;', '&#x202E;', '&#0;', '&nbsp;', '&quot;', '&#8212;', '&lt;script&gt;'],
  bidi: ['\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'],
  zeroWidth: ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'],
  astral: ['🚀', '👨‍👩‍👧', '🇺🇸', '🇬🇫', '👍🏽', '𝒳', '𝒳-1', '𠀀', '𝟙𝟚', '🛰️', '😀', '🏳️‍🌈', '\u{10FFFD}', '\u{E0041}'],
  combining: ['e\u0301', 'Z\u0324\u0354\u0367\u0311\u0313', 'n\u0303', '\u0915\u094D\u0937'],
  quotes: ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›'],
  numbers: ['23', '1,200', '3.5%', '$4 billion', 'March 3, 2025', '10-2', '٣', '१२', '½', '2,000,000', '0.0001'],
  dashes: ['—', '–', '-', '‑', '―'],
  space: ['\u00A0', '\u3000', '\t', '\u2009', '\u202F', '\u2028', '\u2029'],
  /** Rejected with a line-numbered DigestError: control characters and lone surrogates. */
  notText: ['\u0000', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\uD83D', '\uDE80', '\u0008'],
} as const;

export type PieceKind = keyof typeof HOSTILE_PIECES;

/** Hostile pieces that the parser keeps (everything but `notText`). */
const KEPT_KINDS = (Object.keys(HOSTILE_PIECES) as PieceKind[]).filter((kind) => kind !== 'notText');

const keptPieceArb: fc.Arbitrary<string> = fc.oneof(...KEPT_KINDS.map((kind) => pick(HOSTILE_PIECES[kind])));

/** A long run: a word with no space, emoji, or repeated prose (kept short enough for many cases). */
const longRunArb: fc.Arbitrary<string> = fc
  .record({ unit: pick(['a', 'A', '🚀', '𝒳 ', 'a. ', 'Officials said. ', '<b>', '&amp;', '1,', '“', 'A/B ']), length: fc.integer({ min: 200, max: 4_000 }) })
  .map(({ unit, length }) => unit.repeat(Math.ceil(length / unit.length)));

export interface PieceOptions {
  /** Also use characters the parser rejects (NUL, escape, lone surrogates…). */
  notText: boolean;
}

/** One hostile piece. */
export function pieceArb(options: PieceOptions): fc.Arbitrary<string> {
  const arbitraries: fc.Arbitrary<string>[] = [keptPieceArb, keptPieceArb, keptPieceArb, longRunArb, fc.string({ unit: 'grapheme', maxLength: 6 })];
  if (options.notText) arbitraries.push(pick(HOSTILE_PIECES.notText), fc.string({ unit: 'binary', maxLength: 4 }));
  return fc.oneof(...arbitraries);
}

/** Where a piece goes in a line: at a position (as a fraction of the line), glued to a word or spaced. */
interface Insertion {
  line: number;
  at: number;
  piece: string;
  spaced: boolean;
}

/** Put `piece` into `text` at a code-point boundary near `at` (0..1): never inside a surrogate pair. */
export function insertAt(text: string, at: number, piece: string, spaced: boolean): string {
  let index = Math.floor(at * (text.length + 1));
  const code = text.charCodeAt(index);
  if (index > 0 && code >= 0xdc00 && code <= 0xdfff) index -= 1;
  const glue = spaced ? ' ' : '';
  return `${text.slice(0, index)}${glue}${piece}${glue}${text.slice(index)}`;
}

/** Lines that the format gives meaning to, with hostile values: markers, headers, captions. */
const HOSTILE_LINES = [
  'SOURCE: javascript:alert(1)',
  'SOURCE: data:text/html,<script>alert(2)</script>',
  'SOURCE: www.example.com/"><script>alert(1)</script>',
  'SOURCE: www.example.com:99999',
  'SOURCE: https://www.example.com/🚀?q=𝒳',
  'SOURCE: www.zürich.ch/artikel',
  'SOURCE: \u202Ewww.example.com',
  'Source: javascript:alert(1)',
  'RELATED: <script>alert(1)</script>',
  'RELATED: 🚀 𝒳-1 reaches orbit',
  'READ FULL ARTICLE <img src=x onerror=alert(1)>',
  '<script>alert(1)</script> | Published January 6, 2025',
  'REU\u202ETERS | Published January 6, 2025',
  '🚀 | Published January 6, 2025',
  'C\u200BN\u200BN | Updated Jan. 7, 2025, 3:05 PM ET',
  'Divers search the harbour. <img src=x onerror=alert(1)> (AP Photo/<b>Jane</b>)',
  '🚀 A rocket lifts off 🇬🇫. Photo: ESA 📷',
  '.',
  '?',
  '“',
  '\u200B\u200C\u200D',
  '3 comments',
];

type LineEdit = { kind: 'insert'; at: number; line: string } | { kind: 'delete'; at: number } | { kind: 'swap'; at: number } | { kind: 'duplicate'; at: number };

function lineEditArb(options: PieceOptions): fc.Arbitrary<LineEdit> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(pick(HOSTILE_LINES), pieceArb(options)) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  );
}

function applyEdits(lines: readonly string[], edits: readonly LineEdit[]): string[] {
  const out = [...lines];
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'insert') out.splice(at, 0, edit.line);
    else if (edit.kind === 'delete') out.splice(at, 1);
    else if (edit.kind === 'duplicate') out.splice(at, 0, out[at] ?? '');
    else if (at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1] ?? '', out[at] ?? ''];
  }
  return out;
}

const HEADER_LINE = / \| (?:Published|Updated) /u;
/** Marker lines: a piece in one makes it another line (a SOURCE that is no web address is an error). */
const MARKER_LINE = /^(?:SOURCE:|READ FULL ARTICLE$|\d[\d,]* comments?$|1 comment$|Be the first to comment$)/u;

function decorate(lines: readonly string[], insertions: readonly Insertion[], intoStructure: boolean): string[] {
  const out = [...lines];
  for (const insertion of insertions) {
    const index = insertion.line % Math.max(out.length, 1);
    const line = out[index];
    if (line === undefined || (!intoStructure && (HEADER_LINE.test(line) || MARKER_LINE.test(line)))) continue;
    // A RELATED headline takes the piece after its marker (unless the structure is fair game too).
    const prefix = !intoStructure && line.startsWith('RELATED: ') ? 'RELATED: ' : '';
    out[index] = `${prefix}${insertAt(line.slice(prefix.length), insertion.at, insertion.piece, insertion.spaced)}`;
  }
  return out;
}

export interface HostileDigest {
  text: string;
  /** What was done to the model, for a readable counterexample. */
  recipe: string;
}

/**
 * A realistic digest (1 to 6 articles) with hostile pieces in its lines. With `notText`, some
 * cases also hold characters the parser must reject; with `edits`, lines are inserted, moved
 * and dropped, so the digest may be out of shape.
 */
export function hostileDigestArb(options: PieceOptions & { edits: boolean }): fc.Arbitrary<HostileDigest> {
  const insertionArb = fc.record({ line: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), piece: pieceArb(options), spaced: fc.boolean() });
  return digestModelArb.chain((model) => {
    const lines = renderLines(model);
    return fc
      .record({
        insertions: fc.array(insertionArb, { minLength: 1, maxLength: 12 }),
        intoHeaders: fc.boolean().map((value) => value && options.edits),
        edits: options.edits ? fc.array(lineEditArb(options), { maxLength: 4 }) : fc.constant([] as LineEdit[]),
        noise: noiseArb(lines.length + 16),
      })
      .map(({ insertions, intoHeaders, edits, noise }) => {
        const decorated = applyEdits(decorate(lines, insertions, intoHeaders), edits);
        return {
          text: renderWithNoise(decorated, noise),
          recipe: `${model.articles.length} article(s); ${insertions.length} piece(s)${intoHeaders ? ' (headers and markers too)' : ''}; ${edits.length} line edit(s)`,
        };
      });
  });
}

/** Any input at all: hostile digests, random text, binary. */
export function anyInputArb(): fc.Arbitrary<HostileDigest> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileDigestArb({ notText: true, edits: true }) },
    { weight: 2, arbitrary: hostileDigestArb({ notText: false, edits: false }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((text) => ({ text, recipe: 'random code points' })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(pick(HOSTILE_LINES), pick(['CNN | Published January 6, 2025', 'READ FULL ARTICLE', 'SOURCE: www.cnn.com', 'Officials said 23 people died.', ''])), { maxLength: 20 })
        .map((lines) => ({ text: lines.join('\n'), recipe: 'format lines in random order' })),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Articles that share facts, for the comparison.

const PEOPLE = ['Antony Blinken', 'Kim Jong Un', 'Cho Tae-yul', 'María López', '𝒳avier Ødegaard', 'Lena Kraus', 'Yoon Suk Yeol', 'Jane Doe'];
const PLACES = ['Seoul', 'Kourou', 'Antakya', 'Zürich', 'Kyiv', 'Porto Alegre', '北京', 'Valletta'];
const THINGS = ['the 𝒳-1 rocket', 'the budget', 'the ferry', 'the satellites 🛰️', 'the ceasefire', 'the tariffs', 'the floods', 'the talks'];
const VERBS = [
  ['said', 'told reporters'],
  ['approved', 'passed'],
  ['launched', 'sent up'],
  ['killed', 'left dead'],
  ['warned', 'cautioned'],
  ['rejected', 'turned down'],
];
const DAYS = ['on Monday', 'on Tuesday', 'on Jan. 6', 'on March 3, 2025', 'last week', 'yesterday'];

interface Fact {
  who: string;
  verb: readonly [string, string];
  what: string;
  where: string;
  when: string;
  count: number;
  quoted: boolean;
}

const factArb: fc.Arbitrary<Fact> = fc.record({
  who: pick(PEOPLE),
  verb: pick(VERBS).map((pair) => [pair[0] ?? 'said', pair[1] ?? 'said'] as const),
  what: pick(THINGS),
  where: pick(PLACES),
  when: pick(DAYS),
  count: fc.integer({ min: 1, max: 5_000 }),
  quoted: fc.boolean(),
});

/** One report's telling of a fact: either wording of the verb, maybe another figure, maybe a quote. */
interface Telling {
  synonym: boolean;
  otherCount: boolean;
  order: boolean;
}

function tell(fact: Fact, telling: Telling): string {
  const verb = telling.synonym ? fact.verb[1] : fact.verb[0];
  const count = telling.otherCount ? fact.count + 7 : fact.count;
  const figure = count.toLocaleString('en-US');
  if (fact.quoted) return `“${fact.what.charAt(0).toUpperCase()}${fact.what.slice(1)} ${verb} ${figure} people,” ${fact.who} said in ${fact.where} ${fact.when}.`;
  return telling.order
    ? `In ${fact.where}, ${fact.who} ${verb} ${fact.what} ${fact.when}, and ${figure} people were affected.`
    : `${fact.who} ${verb} ${fact.what} in ${fact.where} ${fact.when}, affecting ${figure} people.`;
}

export interface ComparedDigest {
  text: string;
  recipe: string;
}

/**
 * A digest of 2 to 4 articles that tell some of the same facts in other words, with hostile
 * pieces (markup, emoji, bidirectional and zero-width characters, long runs) in the prose.
 */
export function comparedDigestArb(): fc.Arbitrary<ComparedDigest> {
  const tellingArb = fc.record({ synonym: fc.boolean(), otherCount: fc.integer({ min: 0, max: 5 }).map((n) => n === 0), order: fc.boolean() });
  const articleArb = fc.record({
    label: pick(['REUTERS', 'CNN', 'NPR', 'AL JAZEERA', 'REU\u202ETERS', '🚀 NEWS', 'THE <B>TIMES</B>']),
    facts: fc.array(fc.record({ index: fc.nat(), telling: tellingArb }), { minLength: 1, maxLength: 8 }),
    insertions: fc.array(fc.record({ paragraph: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), piece: pieceArb({ notText: false }), spaced: fc.boolean() }), { maxLength: 6 }),
    perParagraph: fc.integer({ min: 1, max: 3 }),
  });
  return fc.record({ facts: fc.array(factArb, { minLength: 1, maxLength: 8 }), articles: fc.array(articleArb, { minLength: 2, maxLength: 4 }) }).map(({ facts, articles }) => {
    const lines: string[] = [];
    articles.forEach((article) => {
      const sentences = article.facts.map(({ index, telling }) => tell(facts[index % facts.length] ?? (facts[0] as Fact), telling));
      let paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += article.perParagraph) paragraphs.push(sentences.slice(i, i + article.perParagraph).join(' '));
      for (const insertion of article.insertions) {
        const index = insertion.paragraph % paragraphs.length;
        paragraphs = paragraphs.map((paragraph, at) => (at === index ? insertAt(paragraph, insertion.at, insertion.piece, insertion.spaced) : paragraph));
      }
      lines.push(`${article.label} | Published January 6, 2025`, ...paragraphs, 'READ FULL ARTICLE');
    });
    return { text: lines.join('\n'), recipe: `${articles.length} articles over ${facts.length} fact(s)` };
  });
}

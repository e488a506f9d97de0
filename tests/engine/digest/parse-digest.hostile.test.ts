import { describe, expect, it } from 'vitest';
import { DigestError, ParsedDigestSchema, parseDigest, tryParseDigest, type Article, type ParsedDigest } from '../../../src/engine/index.ts';
import { MAX_ARTICLES_PER_DIGEST, MAX_ARTICLE_CHARS, MAX_DIGEST_CHARS } from '../../../src/engine/limits.ts';
import { LINEAR_TIME_LIMIT_MS, parseError, parseOk, readFixture } from '../fixtures.ts';

/**
 * Hostile text (docs/limits.md, “Hostile text”): markup, script URLs, entities, bidirectional
 * and zero-width characters, emoji, very long lines, NUL bytes. The parser keeps text exactly
 * as written (the app shows it as text, never as markup), or rejects the digest with a message
 * that names the file, the line and the problem. It never makes a link of anything but http(s).
 */

const HOSTILE = 'digests/hostile/';
const HEADER = 'REUTERS | Published January 6, 2025';
const BODY = 'Oil prices rose on Monday after a cold snap lifted demand for heating fuel.';

function hostile(name: string): ParsedDigest {
  const digest = parseOk(readFixture(`${HOSTILE}${name}`), name);
  expect(ParsedDigestSchema.safeParse(digest).error?.message).toBeUndefined();
  return digest;
}

function articleAt(digest: ParsedDigest, index: number): Article {
  const article = digest.articles[index];
  if (article === undefined) throw new Error(`no article at position ${index}`);
  return article;
}

/** Both entry points agree: the result's DigestError and the thrown one carry this message. */
function expectRejected(text: string, file: string, message: string): DigestError {
  const error = parseError(text, file);
  expect(error.message).toBe(message);
  expect(() => parseDigest(text, { file })).toThrow(DigestError);
  return error;
}

/** Whether a string holds no lone surrogate: every emoji's two halves kept together. */
function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDFFF]/u.test(text);
}

/** Every text field of every article: what the app shows. */
function shownTexts(digest: ParsedDigest): string[] {
  return digest.articles.flatMap((article) => [
    article.outlet.label,
    article.outlet.name,
    article.headline ?? '',
    article.headlineDerived ?? '',
    article.caption ?? '',
    article.credit ?? '',
    article.source ?? '',
    ...article.paragraphs,
  ]);
}

describe('markup is kept as written (the app shows it as text)', () => {
  it('<script> in a caption, a header label, paragraphs and a RELATED headline', () => {
    const digest = hostile('script-tags-in-every-field.txt');
    const [times, reuters] = [articleAt(digest, 0), articleAt(digest, 1)];
    expect(times.outlet).toEqual({ name: '<script>alert(1)</Script> Times', short: '<script>alert(1)</Script> Times', label: '<script>alert(1)</script> TIMES', known: false });
    expect(times.caption).toBe('Protesters gather outside parliament in Valletta, Malta. <script>alert("caption")</script> Jane Doe/AP');
    expect(times.paragraphs).toEqual([
      '<script>alert("lede")</script> Parliament voted 41 to 23 on Monday to approve the budget after a night of debate.',
      'The opposition said the vote <b>ignored</b> the auditor’s report </p><iframe src="//evil.example"></iframe>.',
    ]);
    expect(times.headlineDerived).toBe('<script>alert("lede")</script> Parliament voted 41 to 23 on Monday to approve the budget…');
    expect(reuters.headline).toBe('Malta passes budget <script>document.cookie</script> after all-night debate');
    expect(reuters.paragraphs[0]).toContain('<style>body{display:none}</style>');
    // Ids are slugs: nothing of the markup but its letters survives into a URL path.
    expect(times.id).toBe('script-tags-in-every-field--script-alert-1-script-times');
  });

  it('<img onerror> in a caption and a paragraph', () => {
    const article = articleAt(hostile('img-onerror-in-caption.txt'), 0);
    expect(article.caption).toBe('Divers search the harbour in Valletta. <img src=x onerror=alert(document.domain)> (AP Photo/<img src=x onerror=alert(2)>)');
    expect(article.credit).toBeNull();
    expect(article.paragraphs).toEqual(['Divers searched the harbour on Monday after a ferry lost <img src=x onerror=alert(1)> two containers in a storm.']);
  });

  it('HTML entities are not decoded: “&lt;script&gt;” stays eleven characters of text', () => {
    const article = articleAt(hostile('html-entities-kept-as-written.txt'), 0);
    expect(article.caption).toBe('Traders watch screens in Frankfurt &amp; London.');
    expect(article.credit).toBe('Photo: Reuters');
    expect(article.paragraphs).toEqual([
      'Shares in AT&amp;T rose 3% &lt;script&gt;alert(1)&lt;/script&gt; after the company said profit beat forecasts.',
      'Analysts called the results &quot;solid&quot; &#8212; and said &#x202E;nothing&#x202C; had changed &nbsp; since October.',
    ]);
  });
});

describe('SOURCE: only http(s) web addresses become links; anything else is an error, never dropped', () => {
  const expected = 'expected a host such as “SOURCE: www.voanews.com”.';

  it.each([
    ['javascript-url-in-source.txt', 4, 'javascript:alert(document.cookie)'],
    ['data-url-in-source.txt', 3, 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['javascript-url-disguised-as-host.txt', 3, 'javascript://www.cnn.com/%0Aalert(1)'],
    ['html-in-source-path.txt', 3, 'www.cnn.com/"><script>alert(1)</script>'],
  ])('%s is rejected, naming line %i and the value', (name, line, value) => {
    expectRejected(readFixture(`${HOSTILE}${name}`), name, `${name}:${line}: the SOURCE line gives “${value}”, which is not a web address; ${expected}`);
  });

  it.each([
    ['ftp://www.cnn.com', 'another scheme'],
    ['https://evil.example@www.cnn.com', 'a user name before the host'],
    ['www.cnn.com:99999', 'a port over 65535 (the link would not be a URL)'],
    ['1.2.3.4.5', 'a broken IP address'],
    ['www.cnn.0x1f', 'a host ending in a hexadecimal number'],
    ['xn--.com', 'a broken punycode label'],
    ['www.cnn.com/\u202Eexe.txt', 'a bidirectional override in the path'],
    ['www.cnn.com/a\u00ADb', 'a soft hyphen in the path'],
    ['www.cnn.com/a"b', 'a quotation mark in the path'],
    ['www.cnn.com/<b>', 'angle brackets in the path'],
    ['www.cnn.com/a\\b', 'a backslash in the path'],
  ])('SOURCE: %s (%s) is rejected', (value) => {
    const message = parseError(`${HEADER}\n${BODY}\nSOURCE: ${value}\n`, 'source.txt').message;
    expect(message).toBe(`source.txt:3: the SOURCE line gives “${value}”, which is not a web address; ${expected}`);
  });

  it.each([
    ['www.reuters.com', 'https://www.reuters.com'],
    ['reuters.com/world/oil?id=1#top', 'https://reuters.com/world/oil?id=1#top'],
    ['http://www.reuters.com', 'http://www.reuters.com'],
    ['HTTPS://WWW.REUTERS.COM/A', 'HTTPS://WWW.REUTERS.COM/A'],
    ['www.reuters.com:8443/a', 'https://www.reuters.com:8443/a'],
    ['nachrichten.zürich.ch/artikel', 'https://nachrichten.zürich.ch/artikel'],
  ])('SOURCE: %s links to %s', (value, url) => {
    const article = articleAt(parseOk(`${HEADER}\n${BODY}\nSOURCE: ${value}\n`, 'source.txt'), 0);
    expect([article.source, article.sourceUrl]).toEqual([value, url]);
    expect(ParsedDigestSchema.safeParse(parseOk(`${HEADER}\n${BODY}\nSOURCE: ${value}\n`)).success).toBe(true);
  });

  it('script URLs in prose, and “Source: javascript:…” as the last paragraph, stay visible prose with no link', () => {
    const article = articleAt(hostile('urls-in-prose.txt'), 0);
    expect(article.paragraphs).toEqual([
      'Researchers warned that links such as javascript:alert(1) and data:text/html,<script>alert(2)</script> still spread in chat groups.',
      'The agency published its advice at https://www.cisa.gov/news and asked readers not to click unknown links.',
      'Source: javascript:alert(3)',
    ]);
    expect(article.sourceUrl).toBe('https://www.npr.org/2025/01/06/links?ref=top#advice');
  });
});

describe('invisible characters', () => {
  it('bidirectional overrides and isolates are kept; a label with one still names the known outlet', () => {
    const digest = hostile('bidi-overrides.txt');
    const [reuters, jazeera] = [articleAt(digest, 0), articleAt(digest, 1)];
    expect(reuters.outlet).toEqual({ name: 'Reuters', short: 'Reuters', label: 'REU\u202ETERS', known: true });
    expect(jazeera.outlet).toEqual({ name: 'Al Jazeera', short: 'Al Jazeera', label: '\u202DAL JAZEERA', known: true });
    expect(reuters.caption).toBe('Flood waters cover a road in Porto Alegre, Brazil. \u202EJane Doe/AP\u202C');
    expect(reuters.paragraphs).toEqual([
      'Floods in southern Brazil killed 83 people, officials said on Monday. \u202Egnp.exe\u202C was not involved.',
      'The governor said \u2067\u05E9\u05DC\u05D5\u05DD\u2069 rescue teams \u2066reached 1,200 families\u2069 and \u200Fwould\u200E stay.',
    ]);
    expect(jazeera.paragraphs).toEqual(['At least 83 people have died in floods in southern Brazil, officials said.\u202A']);
    expect(reuters.id).toBe('bidi-overrides--reuters');
  });

  it('zero-width characters are kept, even a paragraph of nothing else; labels split by them still resolve', () => {
    const digest = hostile('zero-width-characters.txt');
    const [reuters, cnn] = [articleAt(digest, 0), articleAt(digest, 1)];
    expect([reuters.outlet.name, reuters.outlet.label]).toEqual(['Reuters', '\u200BREUTERS\u200B']);
    expect([cnn.outlet.name, cnn.outlet.label]).toEqual(['CNN', 'C\u200BN\u200BN']);
    expect(reuters.paragraphs).toEqual(['Floods\u200B in southern\u200C Brazil\u200D killed 83\u2060 people, officials\uFEFF said on Monday.', '\u200B\u200C\u200D']);
    expect(reuters.text).toBe(reuters.paragraphs.join('\n\n'));
  });

  it('line and paragraph separators (U+2028, U+2029) stay inside their paragraph', () => {
    const article = articleAt(hostile('unicode-line-separators.txt'), 0);
    expect(article.paragraphs).toEqual(['Officials said the talks would resume.\u2028A second line in one paragraph.\u2029A third.']);
  });
});

describe('emoji and other astral characters', () => {
  const digest = hostile('emoji-and-astral-characters.txt');
  const [npr, reuters] = [articleAt(digest, 0), articleAt(digest, 1)];

  it('are kept in every field, each surrogate pair whole', () => {
    expect(npr.caption).toBe('🚀 A rocket lifts off from Kourou, French Guiana 🇬🇫.');
    expect(npr.credit).toBe('Photo: ESA 📷');
    expect(reuters.headline).toBe('𝒳-1 carries four satellites into orbit 🛰️');
    expect(npr.paragraphs[1]).toBe('Engineers 👩🏽‍🚀 in 𠀀𠀁 Kourou cheered as the 𝒳-1 reached orbit 🎉 after 9 minutes.');
    expect(reuters.paragraphs[0]).toBe('The 𝒳-1 rocket🚀carried 4 satellites into orbit on Tuesday🇪🇺, the agency said 👍🏽.');
    for (const text of shownTexts(digest)) expect(isWellFormed(text)).toBe(true);
  });

  it('a derived title is cut between characters, never inside a surrogate pair', () => {
    for (const filler of ['🚀', '𝒳', 'a🚀', '👨‍👩‍👧']) {
      const lede = filler.repeat(Math.ceil(200 / filler.length));
      const title = articleAt(parseOk(`${HEADER}\n${lede}\n`), 0).headlineDerived ?? '';
      expect(title.endsWith('…')).toBe(true);
      expect(title.length).toBeLessThanOrEqual(91);
      expect(isWellFormed(title)).toBe(true);
      expect(lede.startsWith(title.slice(0, -1))).toBe(true);
    }
  });

  it('an error excerpt is cut between characters too', () => {
    const value = '𝒳'.repeat(100);
    const error = parseError(`${HEADER}\n${BODY}\nSOURCE: ${value}\n`, 'excerpt.txt');
    expect(isWellFormed(error.message)).toBe(true);
    expect(isWellFormed(error.problems[0]?.excerpt ?? '')).toBe(true);
  });
});

describe('characters that are not text are reported with their line', () => {
  const expected = 'expected plain text only (such characters come from a damaged file, or one saved in another format).';

  it('a NUL byte in a paragraph', () => {
    expectRejected(readFixture(`${HOSTILE}nul-in-paragraph.txt`), 'nul-in-paragraph.txt', `nul-in-paragraph.txt:2: the line holds a NUL character (U+0000), which is not text; ${expected}`);
  });

  it('terminal escape sequences (ESC, U+001B) in a paragraph of a long file', () => {
    expectRejected(
      readFixture(`${HOSTILE}ansi-escapes-in-paragraph.txt`),
      'ansi-escapes-in-paragraph.txt',
      `ansi-escapes-in-paragraph.txt:3: the line holds a control character (U+001B), which is not text; ${expected}`,
    );
  });

  it('a lone surrogate (half an emoji, from a string cut in the wrong place)', () => {
    expectRejected(`${HEADER}\n${BODY} \uD83D\n`, 'half.txt', `half.txt:2: the line holds a lone surrogate (U+D83D, half of a character such as an emoji), which is not text; ${expected}`);
  });

  it('a NEL (U+0085) and a DEL (U+007F)', () => {
    const error = parseError(`${HEADER}\n${BODY}\u0085${BODY}\n${BODY}\u007F\n`, 'c1.txt');
    expect(error.problems.map((problem) => [problem.line, problem.problem])).toEqual([
      [2, 'the line holds a control character (U+0085), which is not text'],
      [3, 'the line holds a control character (U+007F), which is not text'],
    ]);
  });

  it('tabs, form feeds and vertical tabs are white space, not errors', () => {
    const article = articleAt(parseOk(`${HEADER}\n\t${BODY}\f\n${BODY}\u000B${BODY}\n`), 0);
    expect(article.paragraphs).toEqual([BODY, `${BODY}\u000B${BODY}`]);
  });

  it('many damaged lines: the first ten are listed, the tenth counts the rest', () => {
    const lines = Array.from({ length: 30 }, (_, index) => `${BODY} ${index}\u0000`);
    const error = parseError(`${HEADER}\n${lines.join('\n')}\n${'Clean prose fills the file. '.repeat(200)}\n`, 'many.txt');
    expect(error.problems).toHaveLength(10);
    expect(error.problems[9]?.problem).toBe('the line holds a NUL character (U+0000), which is not text (and 20 more lines like it)');
  });

  it('a mostly-binary file is still one “binary file” problem', () => {
    expectRejected(`${HEADER}\n${BODY}\n${'\u0000'.repeat(50)}\n`, 'blob.bin', 'blob.bin:3: this looks like a binary file, not text; expected a plain-text digest (UTF-8).');
  });
});

describe('very long lines', () => {
  /** `unit` repeated to 100,000 characters, or one fewer where the cut would split an emoji. */
  const long = (unit: string, length = 100_000): string => {
    const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return isWellFormed(text) ? text : text.slice(0, -1);
  };

  it.each([
    ['prose', long(`${BODY} `).trimEnd()],
    ['one word with no space', long('a')],
    ['upper case with no space (a dateline look-alike)', long('A')],
    ['initials and full stops', long('A. B. ').trimEnd()],
    ['emoji', long('🚀 𝒳 ')],
  ])('a 100,000-character paragraph of %s is kept whole, quickly', { timeout: LINEAR_TIME_LIMIT_MS }, (_name, line) => {
    const article = articleAt(parseOk(`${HEADER}\n${line}\nSOURCE: www.reuters.com\n`), 0);
    expect(article.paragraphs).toEqual([line.trim()]);
    expect((article.headlineDerived ?? '').length).toBeLessThanOrEqual(91);
    expect(isWellFormed(article.headlineDerived ?? '')).toBe(true);
  });

  it.each([
    ['sentences', long(`${BODY} `).trimEnd()],
    ['“a. ” repeated: a sentence break every three characters', long('a. ').trimEnd()],
    ['initials', long('A. B. ').trimEnd()],
  ])('a 100,000-character caption line of %s before a header is read in linear time', { timeout: LINEAR_TIME_LIMIT_MS }, (_name, line) => {
    const digest = parseOk(`${HEADER}\n${BODY}\nSOURCE: www.reuters.com\n${line}\nCNN | Published January 6, 2025\n${BODY}\n`);
    expect(articleAt(digest, 1).caption).toBe(line);
  });

  it('a 100,000-character label is not a header', () => {
    expectRejected(
      `${'A'.repeat(100_000)} | Published January 6, 2025\n${BODY}\n`,
      'label.txt',
      'label.txt:1: no article header found in the digest; expected an article header such as “CNN | Published January 6, 2025”.',
    );
  });
});

describe('limits (src/engine/limits.ts, docs/limits.md)', () => {
  const count = (n: number): string => n.toLocaleString('en-US');

  it('an article over MAX_ARTICLE_CHARS is reported at its header, naming the outlet and the limit', () => {
    const paragraph = 'x'.repeat(MAX_ARTICLE_CHARS - 1);
    const text = `CNN | Published January 6, 2025\n${BODY}\n${HEADER}\n${paragraph}\n${BODY}\n`;
    const length = paragraph.length + 2 + BODY.length;
    expectRejected(
      text,
      'long-article.txt',
      `long-article.txt:3: the REUTERS article is ${count(length)} characters long, over the limit of ${count(MAX_ARTICLE_CHARS)} per article; expected articles of at most ${count(MAX_ARTICLE_CHARS)} characters (shorten the article or split it).`,
    );
  });

  it('an article of exactly MAX_ARTICLE_CHARS is accepted', () => {
    const paragraph = 'x'.repeat(MAX_ARTICLE_CHARS - 2 - BODY.length);
    expect(articleAt(parseOk(`${HEADER}\n${BODY}\n${paragraph}\n`), 0).text).toHaveLength(MAX_ARTICLE_CHARS);
  });

  it('more than MAX_ARTICLES_PER_DIGEST articles are reported at the first one over', () => {
    const text = `${HEADER}\n${BODY}\n`.repeat(MAX_ARTICLES_PER_DIGEST + 1);
    expectRejected(
      text,
      'many-articles.txt',
      `many-articles.txt:${2 * MAX_ARTICLES_PER_DIGEST + 1}: the digest holds ${MAX_ARTICLES_PER_DIGEST + 1} articles, over the limit of ${MAX_ARTICLES_PER_DIGEST}; expected at most ${MAX_ARTICLES_PER_DIGEST} articles in one digest, all reports of one story (split larger collections into one digest per story).`,
    );
    expect(parseOk(`${HEADER}\n${BODY}\n`.repeat(MAX_ARTICLES_PER_DIGEST)).articles).toHaveLength(MAX_ARTICLES_PER_DIGEST);
  });

  it('the message lists at most 20 problems and counts the rest; the error keeps them all', () => {
    const text = `${HEADER}\n${BODY}\n${`RELATED: Oil climbs as cold snap lifts demand\n${BODY}\n`.repeat(25)}`;
    const error = parseError(text, 'related.txt');
    expect(error.problems).toHaveLength(25);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('25 problems in related.txt:');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toMatch(/^related\.txt:41: a RELATED headline with no article after it;/u);
    expect(lines.at(-1)).toBe('… and 5 more.');
  });

  it('a digest of MAX_DIGEST_CHARS in articles under the article limit parses in bounded time', { timeout: LINEAR_TIME_LIMIT_MS }, () => {
    const article = `${HEADER}\n${`${BODY}\n`.repeat(Math.floor((MAX_ARTICLE_CHARS - 1_000) / (BODY.length + 2)))}SOURCE: www.reuters.com\n`;
    const text = article.repeat(Math.ceil(MAX_DIGEST_CHARS / article.length)).slice(0, MAX_DIGEST_CHARS);
    const lastNewline = text.lastIndexOf('\n');
    const digest = text.slice(0, lastNewline + 1).padEnd(MAX_DIGEST_CHARS, ' ');
    expect(digest).toHaveLength(MAX_DIGEST_CHARS);
    const result = tryParseDigest(digest, { file: 'max.txt' });
    if (!result.ok) throw result.error;
    expect(result.value.articles.length).toBeGreaterThan(1);
  });

  it('articles of one outlet get numbered ids', () => {
    const digest = parseOk(`${HEADER}\n${BODY}\n`.repeat(MAX_ARTICLES_PER_DIGEST), 'same.txt');
    expect(digest.articles.map((article) => article.id).slice(0, 3)).toEqual(['same--reuters', 'same--reuters-2', 'same--reuters-3']);
    expect(new Set(digest.articles.map((article) => article.id)).size).toBe(MAX_ARTICLES_PER_DIGEST);
  });
});

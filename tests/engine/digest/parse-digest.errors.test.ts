import { describe, expect, it } from 'vitest';
import { DigestError, MAX_ARTICLE_CHARS, MAX_DIGEST_CHARS, parseDigest, tryParseDigest } from '../../../src/engine/index.ts';
import { LINEAR_TIME_LIMIT_MS, parseError, readFixture } from '../fixtures.ts';

const HEADER = 'REUTERS | Published January 6, 2025';
const BODY = 'Oil prices rose on Monday after a cold snap lifted demand for heating fuel.';

/** Both entry points must agree: tryParseDigest reports, parseDigest throws a DigestError. */
function expectRejected(text: string, file: string, message: string): DigestError {
  const error = parseError(text, file);
  expect(error).toBeInstanceOf(DigestError);
  expect(error.message).toBe(message);
  let thrown: unknown = null;
  try {
    parseDigest(text, { file });
  } catch (caught) {
    thrown = caught;
  }
  expect(thrown).toBeInstanceOf(DigestError);
  expect((thrown as DigestError).message).toBe(message);
  return error;
}

describe('bad input', () => {
  it('an empty file', () => {
    const error = expectRejected('', 'empty.txt', 'empty.txt: the file is empty; expected an article header such as “CNN | Published January 6, 2025” followed by its paragraphs.');
    expect(error.line).toBe(0);
  });

  it('a file of white space only (spaces, tabs, blank lines, a byte-order mark, non-breaking spaces)', () => {
    expectRejected('\uFEFF \r\n\t\n\u00A0\n\n', 'blank.txt', 'blank.txt: the file holds only white space; expected an article header such as “CNN | Published January 6, 2025” followed by its paragraphs.');
  });

  it('binary content', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10);
    const error = expectRejected(png, 'photo.png', 'photo.png:2: this looks like a binary file, not text; expected a plain-text digest (UTF-8).');
    expect(error.line).toBe(2);
  });

  it('bytes that are not UTF-8, decoded with replacement characters', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28, 0xa0, 0xa1]));
    expectRejected(decoded, 'latin.bin', 'latin.bin:1: this looks like a binary file, not text; expected a plain-text digest (UTF-8).');
  });

  it('no article header', () => {
    const error = expectRejected(
      readFixture('digests/bad/no-article-header.txt'),
      'no-article-header.txt',
      'no-article-header.txt:1: no article header found in the digest; expected an article header such as “CNN | Published January 6, 2025”.',
    );
    expect(error.problems[0]?.excerpt).toBe('The government said on Monday it would review the tender.');
  });

  it('a header with no body', () => {
    expectRejected(
      readFixture('digests/bad/header-without-body.txt'),
      'header-without-body.txt',
      'header-without-body.txt:5: the article header for CNN has no body; expected at least one paragraph line after the header.',
    );
  });

  it('a header with no body between two articles', () => {
    expectRejected(
      `${HEADER}\n${BODY}\nCNN | Published January 6, 2025\nNPR | Published January 6, 2025\n${BODY}\n`,
      'middle.txt',
      'middle.txt:3: the article header for CNN has no body; expected at least one paragraph line after the header.',
    );
  });

  it('an unreadable date', () => {
    const error = expectRejected(
      readFixture('digests/bad/unreadable-date.txt'),
      'unreadable-date.txt',
      'unreadable-date.txt:3: unreadable date in the header for CNN: “Smarch” is not a month name; expected a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time.',
    );
    expect(error.problems[0]?.excerpt).toBe('CNN | Published Smarch 41, 2025');
  });

  it('an impossible date', () => {
    expectRejected(
      readFixture('digests/bad/impossible-date.txt'),
      'impossible-date.txt',
      'impossible-date.txt:1: unreadable date in the header for BLOOMBERG: “February 30, 2025”: day 30 does not exist in that month; expected a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time.',
    );
  });

  it('a header that says Published but gives no date', () => {
    expectRejected(`CNN | Published\n${BODY}\n`, 'no-date.txt', 'no-date.txt:1: the header for CNN has no date; expected a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time.');
  });

  it('junk after the date', () => {
    expectRejected(
      `CNN | Published January 6, 2025 by staff\n${BODY}\n`,
      'junk.txt',
      'junk.txt:1: unreadable date in the header for CNN: unexpected “by staff” after the date “January 6, 2025” (expected nothing, or a time such as “3:05 PM ET”); expected a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time.',
    );
  });

  it('text before the first header beyond one caption line', () => {
    const error = expectRejected(
      readFixture('digests/bad/text-before-first-header.txt'),
      'text-before-first-header.txt',
      'text-before-first-header.txt:1: unexpected text before the first article header; expected at most a “RELATED:” headline and one photo-caption line before an article header such as “CNN | Published January 6, 2025”.',
    );
    expect(error.problems).toHaveLength(1);
  });

  it('a RELATED line with no article after it', () => {
    expectRejected(
      readFixture('digests/bad/related-at-end.txt'),
      'related-at-end.txt',
      'related-at-end.txt:5: a RELATED headline with no article after it; expected an article header such as “CNN | Published January 6, 2025” after a RELATED line.',
    );
  });

  it('a RELATED line and a caption with no article after them', () => {
    expectRejected(
      `${readFixture('digests/bad/related-at-end.txt')}A trader works on the floor of the New York Stock Exchange. Jane Doe/AP\n`,
      'related-caption-at-end.txt',
      'related-caption-at-end.txt:5: a RELATED headline with no article after it; expected an article header such as “CNN | Published January 6, 2025” after a RELATED line.',
    );
  });

  it('a RELATED line in the middle of an article', () => {
    expectRejected(
      `${HEADER}\n${BODY}\nRELATED: Oil climbs as cold snap lifts demand\n${BODY}\n`,
      'related-mid.txt',
      'related-mid.txt:3: a RELATED headline with no article after it; expected an article header such as “CNN | Published January 6, 2025” after a RELATED line.',
    );
  });

  it('a READ FULL ARTICLE marker in the middle of an article', () => {
    expectRejected(
      `${HEADER}\n${BODY}\nREAD FULL ARTICLE\n${BODY}\nSOURCE: www.reuters.com\n`,
      'read-mid.txt',
      'read-mid.txt:3: a “READ FULL ARTICLE” marker in the middle of the REUTERS article; expected it only after the article’s last paragraph, next to its SOURCE line.',
    );
  });

  it('a SOURCE line in the middle of an article', () => {
    expectRejected(
      `${HEADER}\n${BODY}\nSOURCE: www.reuters.com\n${BODY}\n`,
      'source-mid.txt',
      'source-mid.txt:3: a SOURCE line in the middle of the REUTERS article; expected it only after the article’s last paragraph, next to its READ FULL ARTICLE marker.',
    );
  });

  it('a SOURCE line that is not a web host', () => {
    expectRejected(
      readFixture('digests/bad/source-not-a-host.txt'),
      'source-not-a-host.txt',
      'source-not-a-host.txt:4: the SOURCE line gives “Axios reporting”, which is not a web address; expected a host such as “SOURCE: www.voanews.com”.',
    );
  });

  it('a SOURCE line with nothing after it', () => {
    expectRejected(`${HEADER}\n${BODY}\nSOURCE:\n`, 'source-empty.txt', 'source-empty.txt:3: the SOURCE line gives no site; expected a host such as “SOURCE: www.voanews.com”.');
  });

  // Refused before any parsing: the test's time limit (not a timing assertion) is the guard.
  it('a file over MAX_DIGEST_CHARS', { timeout: LINEAR_TIME_LIMIT_MS }, () => {
    const big = `${HEADER}\n${`${BODY}\n`.repeat(Math.ceil(MAX_DIGEST_CHARS / BODY.length) + 1)}`;
    expect(big.length).toBeGreaterThan(MAX_DIGEST_CHARS);
    expectRejected(
      big,
      'huge.txt',
      `huge.txt: the digest is ${big.length.toLocaleString('en-US')} characters long, over the limit of ${MAX_DIGEST_CHARS.toLocaleString('en-US')}; expected a digest of at most ${MAX_DIGEST_CHARS.toLocaleString('en-US')} characters (split larger collections into one digest per story).`,
    );
  });

  it('a 50 MB file, quickly', { timeout: LINEAR_TIME_LIMIT_MS }, () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const result = tryParseDigest(huge, { file: 'huge.txt' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/^huge\.txt: the digest is 52,428,800 characters long, over the limit of /u);
  });

  it('a file exactly at MAX_DIGEST_CHARS is not rejected for its size', () => {
    // Articles just under MAX_ARTICLE_CHARS each: the digest limit is reached before the article one.
    const filler = 'A'.repeat(1_000);
    const article = `${HEADER}\n${`${filler}\n`.repeat(Math.floor(MAX_ARTICLE_CHARS / (filler.length + 2)) - 1)}`;
    const whole = article.repeat(Math.floor(MAX_DIGEST_CHARS / article.length));
    const text = `${whole}${HEADER}\n`.padEnd(MAX_DIGEST_CHARS, 'A');
    expect(text.length).toBe(MAX_DIGEST_CHARS);
    const result = tryParseDigest(text, { file: 'max.txt' });
    expect(result.ok ? result.value.articles.length : result.error.message).toBe(Math.floor(MAX_DIGEST_CHARS / article.length) + 1);
  });

  it('names the file “digest” when none is given', () => {
    expect(tryParseDigest('').ok ? '' : (tryParseDigest('') as { ok: false; error: DigestError }).error.message).toMatch(/^digest: the file is empty;/u);
  });

  it('lists every problem, in line order, and points at the first', () => {
    const text = `CNN | Published January 6, 2025\nPARIS | Published results were 52 to 48 on January 6, 2025.\n${BODY}\nNPR | Updated Feb. 30, 2025\n${BODY}\n`;
    const error = parseError(text, 'two.txt');
    expect(error.problems.map((problem) => problem.line)).toEqual([1, 2, 4]);
    expect(error.line).toBe(1);
    expect(error.message.split('\n')[0]).toBe('3 problems in two.txt:');
    expect(error.message.split('\n').slice(1).map((line) => line.slice(0, line.indexOf(';')))).toEqual([
      'two.txt:1: the article header for CNN has no body',
      'two.txt:2: unreadable date in the header for PARIS: “results were 52 to 48 on January 6, 2025.” is not a date like “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”',
      'two.txt:4: unreadable date in the header for NPR: “Feb. 30, 2025”: day 30 does not exist in that month',
    ]);
  });
});

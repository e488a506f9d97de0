import { describe, expect, it } from 'vitest';
import { ParsedDigestSchema, type Article, type ParsedDigest } from '../../../src/engine/index.ts';
import { addWindowsNoise, fileNameOf, parseFixture, parseOk, readFixture } from '../fixtures.ts';

/** The fields a reader sees, with paragraphs shortened to their first words. */
function view(article: Article) {
  return {
    outlet: `${article.outlet.name} (${article.outlet.short})${article.outlet.known ? '' : ' [unknown]'}`,
    label: article.outlet.label,
    publishedAt: article.publishedAt,
    dateline: `${article.dateline.kind} ${article.dateline.text}${article.dateline.time === null ? '' : ` @ ${article.dateline.time}`}`,
    headline: article.headline,
    caption: article.caption,
    credit: article.credit,
    source: article.source,
    paragraphs: article.paragraphs.map((paragraph) => paragraph.split(' ').slice(0, 5).join(' ')),
  };
}

function articleAt(digest: ParsedDigest, index: number): Article {
  const article = digest.articles[index];
  if (article === undefined) throw new Error(`no article at position ${index}`);
  return article;
}

const ALL_FIXTURES = [
  'digests/three-outlets-abbreviated-months.txt',
  'digests/updated-with-time.txt',
  'digests/day-first-dates.txt',
  'digests/no-caption-no-source.txt',
  'digests/caption-after-bare-paragraphs.txt',
  'digests/credit-ap-photo.txt',
  'digests/credit-photo-colon.txt',
  'digests/credit-via-getty.txt',
  'digests/blank-lines-between-paragraphs.txt',
  'digests/prose-with-marker-words.txt',
  'digests/quote-spans-paragraphs.txt',
  'digests/trailer-3-comments.txt',
  'digests/trailer-1-comment.txt',
  'digests/six-articles.txt',
  'digests/single-article.txt',
  'digests/unknown-outlet.txt',
];

describe.each(ALL_FIXTURES)('%s', (path) => {
  it('validates against the data contract', () => {
    const result = ParsedDigestSchema.safeParse(parseFixture(path));
    expect(result.error?.message).toBeUndefined();
  });

  it('keeps every paragraph exactly as written, and the text as the paragraphs joined by a blank line', () => {
    const lines = readFixture(path).split('\n');
    for (const article of parseFixture(path).articles) {
      for (const paragraph of article.paragraphs) expect(lines).toContain(paragraph);
      expect(article.text).toBe(article.paragraphs.join('\n\n'));
    }
  });

  it('gives each article a readable id made of the file name and the outlet’s short name', () => {
    const digest = parseFixture(path);
    const story = fileNameOf(path).replace(/\.txt$/u, '');
    expect(digest.story.id).toBe(story);
    for (const article of digest.articles) expect(article.id).toMatch(new RegExp(`^${story}--[a-z0-9]+(?:-[a-z0-9]+)*$`, 'u'));
    expect(new Set(digest.articles.map((article) => article.id)).size).toBe(digest.articles.length);
  });

  it('parses the same with Windows line endings, a byte-order mark and trailing (non-breaking) spaces', () => {
    expect(parseOk(addWindowsNoise(readFixture(path)), fileNameOf(path))).toEqual(parseFixture(path));
  });
});

describe('three outlets, abbreviated months', () => {
  const digest = parseFixture('digests/three-outlets-abbreviated-months.txt');

  it('reads Sept., Oct and Dec. dates and every piece of each article', () => {
    expect(digest.articles.map(view)).toEqual([
      {
        outlet: 'Reuters (Reuters)',
        label: 'REUTERS',
        publishedAt: '2024-09-03',
        dateline: 'published Sept. 3, 2024',
        headline: null,
        caption: 'A cargo ship waits to cross the Panama Canal near Panama City, Sept. 3, 2024.',
        credit: null,
        source: 'www.reuters.com',
        paragraphs: ['PANAMA CITY (Reuters) - The', 'The limit, down from an', '“We are managing every drop'],
      },
      {
        outlet: 'Al Jazeera (Al Jazeera)',
        label: 'AL JAZEERA',
        publishedAt: '2024-10-01',
        dateline: 'published Oct 1, 2024',
        headline: 'Panama Canal lifts draft limits as rains refill Gatun Lake',
        caption: 'Ships line up at the Pacific entrance of the Panama Canal.',
        credit: 'Photo: Reuters',
        source: 'www.aljazeera.com',
        paragraphs: ['The Panama Canal Authority has', 'Officials said the change would'],
      },
      {
        outlet: 'NPR (NPR)',
        label: 'NPR',
        publishedAt: '2024-12-12',
        dateline: 'published Dec. 12, 2024',
        headline: 'Panama Canal returns to full traffic for the first time since the drought',
        caption: null,
        credit: null,
        source: 'www.npr.org',
        paragraphs: ['The Panama Canal is back', 'Shipping analysts say the recovery', 'The canal authority still plans'],
      },
    ]);
  });

  it('reads the trailer and titles the story with the first real headline', () => {
    expect(digest.story).toMatchObject({
      comments: 2,
      title: 'Panama Canal lifts draft limits as rains refill Gatun Lake',
      titleDerived: false,
      publishedAt: '2024-12-12',
    });
  });

  it('derives a title for the first article only, from its lede without the dateline', () => {
    expect(digest.articles.map((article) => article.headlineDerived)).toEqual([
      'The Panama Canal will keep daily transits capped at 32 ships through the end of the year…',
      null,
      null,
    ]);
  });
});

describe('Updated, and a time after the date', () => {
  const digest = parseFixture('digests/updated-with-time.txt');

  it('stores the date only, and keeps the word and the time in their own fields', () => {
    expect(digest.articles.map((article) => [article.publishedAt, article.dateline])).toEqual([
      ['2025-01-06', { kind: 'updated', text: 'January 6, 2025', time: '3:05 PM ET' }],
      ['2025-01-06', { kind: 'published', text: 'Jan. 6, 2025', time: '11:40 a.m. EST' }],
    ]);
  });

  it('keeps a bare host as given and links it over https', () => {
    expect(digest.articles.map((article) => [article.source, article.sourceUrl])).toEqual([
      ['apnews.com', 'https://apnews.com'],
      ['www.cbsnews.com', 'https://www.cbsnews.com'],
    ]);
  });

  it('keeps (AP Photo/…) credits with their brackets', () => {
    expect(view(articleAt(digest, 0))).toMatchObject({
      outlet: 'Associated Press (AP)',
      caption: 'Crews work to restore power lines toppled by the storm in Tallahassee, Fla., Jan. 6, 2025.',
      credit: '(AP Photo/Mark Ruiz)',
    });
  });

  it('has no comment count without a trailer', () => {
    expect(digest.story.comments).toBeNull();
  });
});

describe('day-first dates', () => {
  const digest = parseFixture('digests/day-first-dates.txt');

  it('reads “6 January 2025” and “7 Jan 2025, 14:20 CET”', () => {
    expect(digest.articles.map((article) => [article.outlet.name, article.publishedAt, article.dateline])).toEqual([
      ['The Guardian', '2025-01-06', { kind: 'published', text: '6 January 2025', time: null }],
      ['DW', '2025-01-07', { kind: 'updated', text: '7 Jan 2025', time: '14:20 CET' }],
    ]);
  });

  it('splits a “Photograph by …” credit off the caption', () => {
    expect([articleAt(digest, 0).caption, articleAt(digest, 0).credit]).toEqual([
      'Farmers drive tractors towards the European Parliament in Brussels.',
      'Photograph by Lena Kraus',
    ]);
  });

  it('dates the story by its latest report', () => {
    expect(digest.story.publishedAt).toBe('2025-01-07');
  });
});

describe('no caption, no READ FULL ARTICLE, no SOURCE', () => {
  const digest = parseFixture('digests/no-caption-no-source.txt');

  it('leaves the missing pieces null and keeps every paragraph', () => {
    expect(digest.articles.map(view)).toEqual([
      {
        outlet: 'BBC News (BBC)',
        label: 'BBC',
        publishedAt: '2025-03-03',
        dateline: 'published March 3, 2025',
        headline: null,
        caption: null,
        credit: null,
        source: null,
        paragraphs: ['Scientists in Antarctica have drilled', 'The team, working at a', 'The researchers hope bubbles of'],
      },
      {
        outlet: 'Nature (Nature) [unknown]',
        label: 'NATURE',
        publishedAt: '2025-03-04',
        dateline: 'published March 4, 2025',
        headline: 'Ice core reveals 1.2 million years of climate history',
        caption: null,
        credit: null,
        source: null,
        paragraphs: ['An international team has extracted', 'Analysis of the deepest layers'],
      },
    ]);
    expect(digest.articles.map((article) => article.sourceUrl)).toEqual([null, null]);
  });
});

describe('a caption straight after the previous article’s last paragraph', () => {
  const digest = parseFixture('digests/caption-after-bare-paragraphs.txt');

  it('is recognised by its credit and given to the next article', () => {
    expect(digest.articles.map((article) => [article.paragraphs.length, article.caption, article.credit])).toEqual([
      [2, null, null],
      [2, 'A man wades through floodwater on a street in York.', 'Danny Lawson/PA Wire'],
    ]);
  });
});

describe.each([
  ['digests/credit-ap-photo.txt', 'A firefighter sprays water on a burning home in Altadena, Calif., Wednesday, Jan. 8, 2025.', '(AP Photo/Ethan Swope)'],
  ['digests/credit-photo-colon.txt', 'Rescuers search for survivors in the rubble of a collapsed building in Antakya.', 'Photo: Reuters'],
  ['digests/credit-via-getty.txt', 'A woman walks past a building damaged by a drone strike in Kyiv on January 1, 2025.', 'AFP via Getty Images'],
])('%s', (path, caption, credit) => {
  it('splits the credit off the caption, exactly as written', () => {
    const article = articleAt(parseFixture(path), 0);
    expect([article.caption, article.credit]).toEqual([caption, credit]);
  });
});

describe('blank lines between paragraphs', () => {
  it('are not paragraphs, and do not shift the header line', () => {
    const article = articleAt(parseFixture('digests/blank-lines-between-paragraphs.txt'), 0);
    expect(view(article)).toMatchObject({
      caption: 'Commuters wait on a platform at Tokyo Station, Jan. 15, 2025.',
      source: 'www3.nhk.or.jp',
      paragraphs: ['Japan’s largest rail operator says', 'The increase, which averages 7.1', 'Commuter passes will rise by'],
    });
    expect(article.headerLine).toBe(3);
  });
});

describe('prose that uses the words READ, SOURCE and RELATED', () => {
  it('stays prose: only the real markers end the article', () => {
    const article = articleAt(parseFixture('digests/prose-with-marker-words.txt'), 0);
    expect(article.paragraphs.map((paragraph) => paragraph.split(' ').slice(0, 3).join(' '))).toEqual([
      'Kenya’s education ministry',
      'The ministry, which',
      'Teachers said the',
      'Read the study,',
      'Source: the ministry',
      'Related efforts in',
    ]);
    expect(article.source).toBe('www.bbc.com');
  });
});

describe('a quote that spans two paragraphs', () => {
  const digest = parseFixture('digests/quote-spans-paragraphs.txt');
  const article = articleAt(digest, 0);

  it('keeps both paragraphs, each exactly as written', () => {
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/^“We were told .* living memory,$/u);
    expect(article.paragraphs[1]).toMatch(/^“Now we are burying .* on Monday\.$/u);
  });

  it('derives a real title from a lede that opens a quote, and never leaves the quote open', () => {
    const title = article.headlineDerived ?? '';
    expect(title).toMatch(/^“We were told the water would not reach the town centre/u);
    expect((title.match(/“/gu) ?? []).length).toBe((title.match(/”/gu) ?? []).length);
    expect(digest.story.title).toBe(title);
  });

  it('title-cases an unknown outlet with accents', () => {
    expect(article.outlet).toEqual({ name: 'El País', short: 'El País', label: 'EL PAÍS', known: false });
  });
});

describe.each([
  ['digests/trailer-3-comments.txt', 3],
  ['digests/trailer-1-comment.txt', 1],
  ['digests/six-articles.txt', 12],
  ['digests/single-article.txt', null],
])('%s', (path, comments) => {
  it(`has ${String(comments)} comments`, () => {
    const digest = parseFixture(path);
    expect(digest.story.comments).toBe(comments);
    expect(digest.articles.at(-1)?.paragraphs.at(-1)).not.toMatch(/comment/iu);
  });
});

describe('six articles', () => {
  const digest = parseFixture('digests/six-articles.txt');

  it('reads every article, with and without each optional piece', () => {
    expect(
      digest.articles.map((article) => ({
        id: article.id,
        headline: article.headline,
        caption: article.caption,
        credit: article.credit,
        source: article.source,
        paragraphs: article.paragraphs.length,
      })),
    ).toEqual([
      { id: 'six-articles--reuters', headline: null, caption: 'Europe’s Ariane 6 rocket lifts off from the spaceport in Kourou, French Guiana, July 9, 2024.', credit: null, source: 'www.reuters.com', paragraphs: 2 },
      { id: 'six-articles--bbc', headline: 'Ariane 6 reaches orbit on debut but upper stage misfires', caption: null, credit: null, source: 'www.bbc.co.uk', paragraphs: 2 },
      { id: 'six-articles--dw', headline: 'Ariane 6: what went wrong with the final burn', caption: null, credit: null, source: null, paragraphs: 1 },
      { id: 'six-articles--france-24', headline: 'France hails Ariane 6 launch as a sovereign success', caption: 'Spectators watch the launch from a viewing site near Kourou.', credit: 'AFP via Getty Images', source: 'www.france24.com', paragraphs: 2 },
      { id: 'six-articles--euronews', headline: 'How much did Ariane 6 cost?', caption: null, credit: null, source: null, paragraphs: 2 },
      { id: 'six-articles--space-intel-report', headline: 'Arianespace books 30 launches for the new rocket', caption: null, credit: null, source: 'www.spaceintelreport.com', paragraphs: 2 },
    ]);
  });

  it('numbers positions and header lines in digest order', () => {
    expect(digest.articles.map((article) => [article.position, article.headerLine])).toEqual([
      [0, 2], [1, 8], [2, 13], [3, 18], [4, 24], [5, 28],
    ]);
    expect(digest.story.articleIds).toEqual(digest.articles.map((article) => article.id));
  });
});

describe('a single article', () => {
  it('has no headline, so the story title is derived and marked so', () => {
    const digest = parseFixture('digests/single-article.txt');
    expect(digest.articles).toHaveLength(1);
    expect(digest.story).toMatchObject({
      title: 'Beekeepers across the United States lost an estimated 55 percent of their managed colonies…',
      titleDerived: true,
    });
    expect(articleAt(digest, 0).headlineDerived).toBe(digest.story.title);
  });
});

describe('unknown outlets', () => {
  const digest = parseFixture('digests/unknown-outlet.txt');

  it('are title-cased, with a readable short name and id', () => {
    expect(digest.articles.map((article) => [article.outlet, article.id])).toEqual([
      [{ name: 'Kyiv Independent', short: 'Kyiv Independent', label: 'KYIV INDEPENDENT', known: false }, 'unknown-outlet--kyiv-independent'],
      [{ name: 'The Irish Times', short: 'Irish Times', label: 'THE IRISH TIMES', known: false }, 'unknown-outlet--irish-times'],
    ]);
  });
});

describe('two articles from one outlet', () => {
  it('get distinct ids', () => {
    const text = readFixture('digests/trailer-3-comments.txt').replace('3 comments\n', '') + readFixture('digests/trailer-3-comments.txt');
    expect(parseOk(text, 'faa.txt').articles.map((article) => article.id)).toEqual(['faa--npr', 'faa--npr-2']);
  });
});

describe('without a file name', () => {
  it('builds the story id from the earliest date and the title', () => {
    const result = parseOk(readFixture('digests/day-first-dates.txt'), '');
    expect(result.story.id).toBe('2025-01-06-eu-farmers-block-brussels-streets-over');
  });
});

describe('inside a line', () => {
  const seed = readFixture('blinken-seoul-2025-01-06.txt');

  it('keeps non-breaking spaces within a paragraph (offsets point into the text as written)', () => {
    const text = seed.replace('U.S. Secretary of State Antony Blinken said Monday', 'U.S.\u00A0Secretary of State Antony Blinken said Monday');
    expect(articleAt(parseOk(text), 0).paragraphs[0]).toMatch(/^U\.S\.\u00A0Secretary of State/u);
  });

  it('reads a header whose separators are non-breaking spaces', () => {
    const text = seed.replace('CNN | Published January 6, 2025', 'CNN\u00A0|\u00A0Published January\u00A06, 2025');
    expect(parseOk(text).articles.map((article) => [article.outlet.label, article.publishedAt])).toEqual([
      ['VOICE OF AMERICA', '2025-01-06'],
      ['CNN', '2025-01-06'],
    ]);
  });

  it('keeps a paragraph with a bar in it as prose', () => {
    const text = seed.replace('He said North Korea is already seeing', 'Seoul | Tokyo talks aside, he said North Korea is already seeing');
    const article = articleAt(parseOk(text), 0);
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[2]).toMatch(/^Seoul \| Tokyo talks aside/u);
  });

  it('accepts a lower-case “Source:” with a host as the SOURCE line', () => {
    const text = seed.replace('SOURCE: www.voanews.com', 'Source: www.voanews.com');
    expect(articleAt(parseOk(text), 0).source).toBe('www.voanews.com');
  });

  it('takes a RELATED headline before the first article when a digest gives one', () => {
    const text = `RELATED: Blinken says North Korea is getting Russian help\n${seed}`;
    const digest = parseOk(text);
    expect([articleAt(digest, 0).headline, articleAt(digest, 0).headlineDerived, digest.story.titleDerived]).toEqual([
      'Blinken says North Korea is getting Russian help',
      null,
      false,
    ]);
  });
});

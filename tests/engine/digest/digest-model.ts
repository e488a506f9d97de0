import fc from 'fast-check';
import type { ParsedDigest } from '../../../src/engine/index.ts';

/**
 * A digest as a model: what the parser should find in the text rendered from it. Generated
 * models respect the one ambiguity the format has (see `captionNeedsMarks`), and nothing else.
 */
export interface ArticleModel {
  label: string;
  kind: 'Published' | 'Updated';
  iso: string;
  /** The date as the header writes it. */
  dateText: string;
  time: string | null;
  /** What the header writes between the date and the time (`, `, ` at `…). */
  timeSeparator: string;
  caption: string | null;
  credit: string | null;
  readFull: boolean;
  source: string | null;
  /** The `RELATED:` headline before this article; never on the first. */
  headline: string | null;
  paragraphs: string[];
}

export interface TrailerModel {
  line: string;
  count: number;
}

export interface DigestModel {
  articles: ArticleModel[];
  trailer: TrailerModel | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** AP style: five months are never abbreviated, September is `Sept.`. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const LABEL_WORDS = ['THE', 'DAILY', 'NEWS', 'TIMES', 'POST', 'WORLD', 'KOREA', 'HERALD', 'GLOBE', 'MAIL', 'PRESS', 'RADIO', 'FREE', 'ASIA', 'TRIBUNE', 'NPR', 'DW', 'AL', 'JAZEERA', 'GUARDIAN', 'VOICE', 'OF', 'AMERICA', 'CNN', 'REUTERS', 'ÉCHO', 'KYIV'];
const KNOWN_LABELS = ['VOICE OF AMERICA', 'CNN', 'REUTERS', 'AL JAZEERA', 'THE GUARDIAN', 'NPR', 'DW', 'BBC', 'ASSOCIATED PRESS'];

const WORDS = [
  'officials', 'said', 'the', 'ministry', 'talks', 'would', 'resume', 'next', 'week', 'after', 'a', 'pause', 'over', 'tariffs',
  'rescuers', 'searched', 'rubble', 'through', 'night', 'prices', 'rose', 'percent', 'in', 'march', 'voters', 'turned', 'out',
  'despite', 'rain', 'government', 'announced', 'new', 'funding', 'for', 'schools', 'and', 'hospitals', 'troops', 'withdrew',
  'from', 'border', 'town', 'Blinken', 'Seoul', 'Kyiv', 'Paris', 'U.S.', 'Jan.', 'Mr.', 'Gov.', 'Dr.', 'it’s', 'mayor’s',
  'long-term', '2,000', '1.6', 'billion', 'late', '—', 'on', 'Monday', 'to', 'its', 'allies',
];
/** The markers' words, used as prose: the parser must not take them for markers. */
const MARKER_WORDS = ['READ', 'SOURCE', 'RELATED', 'READ FULL ARTICLE', 'SOURCE:', 'RELATED:', 'Read', 'source:', 'related', 'read the full story'];
const NAMES = ['Jane Doe', 'Chung Sung-Jun', 'Ethan Swope', 'Lena Kraus', 'Ahn Young-joon', 'María López'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'EPA', 'Bloomberg'];
const HOST_WORDS = ['voanews', 'edition.cnn', 'reuters', 'aljazeera', 'theguardian', 'npr', 'dw', 'example-news', 'nachrichten'];
const HEADLINE_WORDS = ['Blinken', 'warns', 'Russia', 'North', 'Korea', 'drought', 'limits', 'canal', 'traffic', 'farmers', 'protest', 'deal', 'storm', 'power', 'cut', 'to', 'thousands', 'as', '—', 'what', 'comes', 'next?', 'U.S.'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const dateArb = fc
  .record({ year: fc.integer({ min: 1990, max: 2035 }), month: fc.integer({ min: 1, max: 12 }), dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), form: fc.integer({ min: 0, max: 4 }) })
  .map(({ year, month, dayFraction, form }) => {
    const day = 1 + Math.floor(dayFraction * daysIn(year, month));
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const full = MONTHS[month - 1] ?? '';
    const texts = [
      `${full} ${day}, ${year}`,
      `${AP_MONTHS[month - 1] ?? ''} ${day}, ${year}`,
      `${day} ${full} ${year}`,
      `${day} ${SHORT_MONTHS[month - 1] ?? ''} ${year}`,
      `${SHORT_MONTHS[month - 1] ?? ''} ${day}, ${year}`,
    ];
    return { iso, dateText: texts[form] ?? '' };
  });

const timeArb = fc.oneof(
  fc.record({ hour: fc.integer({ min: 1, max: 12 }), minute: fc.integer({ min: 0, max: 59 }), meridiem: pick(['AM', 'PM', 'a.m.', 'p.m.']), zone: pick(['', ' ET', ' EST', ' GMT']) }).map(
    ({ hour, minute, meridiem, zone }) => `${hour}:${String(minute).padStart(2, '0')} ${meridiem}${zone}`,
  ),
  fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), zone: pick([' GMT', ' CET', ' GMT+1', '']) }).map(
    ({ hour, minute, zone }) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zone}`,
  ),
  fc.integer({ min: 1, max: 12 }).map((hour) => `${hour} p.m.`),
);
const timeSeparatorArb = pick([', ', ' at ', ' ', ' - ']);

/** A sentence of prose: capitalised, ends with a full stop, may quote someone or use the markers’ words. */
const sentenceArb = fc
  .record({
    words: fc.array(pick(WORDS), { minLength: 3, maxLength: 14 }),
    marker: fc.option(fc.record({ word: pick(MARKER_WORDS), at: fc.nat() }), { nil: null }),
    quoted: fc.boolean(),
    nbsp: fc.option(fc.nat(), { nil: null }),
  })
  .map(({ words, marker, quoted, nbsp }) => {
    const list = [...words];
    if (marker !== null) list.splice(1 + (marker.at % list.length), 0, marker.word);
    let text = list.join(' ');
    if (nbsp !== null) {
      const spaces = [...text.matchAll(/ /gu)];
      const space = spaces[nbsp % Math.max(spaces.length, 1)];
      if (space !== undefined) text = `${text.slice(0, space.index)}\u00A0${text.slice(space.index + 1)}`;
    }
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return quoted ? `“${text},” she said.` : `${text}.`;
  });

const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));

const creditArb = fc.oneof(
  pick(NAMES).map((name) => `(AP Photo/${name})`),
  pick(AGENCIES).map((agency) => `Photo: ${agency}`),
  pick(['AFP', 'Anadolu', 'Bloomberg', 'AFP/Pool']).map((agency) => `${agency} via Getty Images`),
  pick(NAMES).map((name) => `${name}/Getty Images`),
);

const captionArb = fc.record({
  words: fc.array(pick(WORDS), { minLength: 3, maxLength: 12 }),
  place: pick(['Seoul, South Korea', 'Kyiv, Ukraine', 'Brussels', 'Panama City']),
  datedBy: fc.option(dateArb, { nil: null }),
  credit: fc.option(creditArb, { nil: null }),
});

const headlineArb = fc.array(pick(HEADLINE_WORDS), { minLength: 2, maxLength: 12 }).map((words) => {
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
});

const sourceArb = fc.record({ sub: pick(['www.', '', 'edition.', 'www3.']), word: pick(HOST_WORDS), tld: pick(['.com', '.org', '.co.uk', '.de']) }).map(({ sub, word, tld }) => `${sub}${word}${tld}`);

const labelArb = fc.oneof(pick(KNOWN_LABELS), fc.array(pick(LABEL_WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')));

const articleArb = fc.record({
  label: labelArb,
  kind: pick(['Published', 'Updated'] as const),
  date: dateArb,
  time: fc.option(fc.record({ time: timeArb, separator: timeSeparatorArb }), { nil: null }),
  caption: fc.option(captionArb, { nil: null }),
  readFull: fc.boolean(),
  source: fc.option(sourceArb, { nil: null }),
  headline: fc.option(headlineArb, { nil: null }),
  paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 5 }),
});

const trailerArb = fc.option(
  fc.oneof(
    fc.constant({ line: 'Be the first to comment', count: 0 }),
    fc.constant({ line: '1 comment', count: 1 }),
    fc.integer({ min: 2, max: 5000 }).map((count) => ({ line: `${count.toLocaleString('en-US')} comments`, count })),
  ),
  { nil: null },
);

/**
 * Without READ FULL ARTICLE, SOURCE or RELATED before it, a caption line after another article
 * could be that article's last paragraph: the format only tells them apart by the caption's
 * look (a credit, or the date it was taken at its end). Generated captions in that spot have one.
 */
function captionNeedsMarks(previous: ArticleModel | undefined, article: ArticleModel): boolean {
  return previous !== undefined && !previous.readFull && previous.source === null && article.headline === null;
}

export const digestModelArb: fc.Arbitrary<DigestModel> = fc
  .record({ articles: fc.array(articleArb, { minLength: 1, maxLength: 6 }), trailer: trailerArb })
  .map(({ articles, trailer }) => {
    const models: ArticleModel[] = [];
    articles.forEach((draft, index) => {
      const headline = index === 0 ? null : draft.headline;
      let caption: string | null = null;
      let credit: string | null = null;
      if (draft.caption !== null) {
        const words = draft.caption.words.join(' ');
        const dated = draft.caption.datedBy === null ? '' : `, ${draft.caption.datedBy.dateText}`;
        caption = `${words.charAt(0).toUpperCase()}${words.slice(1)} in ${draft.caption.place}${dated}.`;
        credit = draft.caption.credit;
      }
      const article: ArticleModel = {
        label: draft.label,
        kind: draft.kind,
        iso: draft.date.iso,
        dateText: draft.date.dateText,
        time: draft.time === null ? null : draft.time.time,
        timeSeparator: draft.time === null ? '' : draft.time.separator,
        caption,
        credit,
        readFull: draft.readFull,
        source: draft.source,
        headline,
        paragraphs: draft.paragraphs,
      };
      if (caption !== null && credit === null && draft.caption?.datedBy === null && captionNeedsMarks(models.at(-1), article)) {
        article.credit = '(AP Photo/Jane Doe)';
      }
      models.push(article);
    });
    return { articles: models, trailer };
  });

/** The lines of a digest, before any noise. */
export function renderLines(model: DigestModel): string[] {
  const lines: string[] = [];
  model.articles.forEach((article) => {
    if (article.headline !== null) lines.push(`RELATED: ${article.headline}`);
    if (article.caption !== null) lines.push(article.credit === null ? article.caption : `${article.caption} ${article.credit}`);
    const time = article.time === null ? '' : `${article.timeSeparator}${article.time}`;
    lines.push(`${article.label} | ${article.kind} ${article.dateText}${time}`);
    lines.push(...article.paragraphs);
    if (article.readFull) lines.push('READ FULL ARTICLE');
    if (article.source !== null) lines.push(`SOURCE: ${article.source}`);
  });
  if (model.trailer !== null) lines.push(model.trailer.line);
  return lines;
}

export interface Noise {
  eol: '\n' | '\r\n';
  bom: boolean;
  /** Per line: blank lines before it, white space after it, white space before it. */
  blankLines: number[];
  trailing: string[];
  leading: string[];
  finalEol: boolean;
}

export const noiseArb = (lineCount: number): fc.Arbitrary<Noise> =>
  fc.record({
    eol: pick(['\n', '\r\n'] as const),
    bom: fc.boolean(),
    blankLines: fc.array(fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }), { minLength: lineCount, maxLength: lineCount }),
    trailing: fc.array(pick(['', '', '', ' ', '  ', '\u00A0', ' \u00A0', '\t']), { minLength: lineCount, maxLength: lineCount }),
    leading: fc.array(pick(['', '', '', '', ' ', '\u00A0']), { minLength: lineCount, maxLength: lineCount }),
    finalEol: fc.boolean(),
  });

export function renderWithNoise(lines: readonly string[], noise: Noise): string {
  const out: string[] = [];
  lines.forEach((line, index) => {
    for (let n = 0; n < (noise.blankLines[index] ?? 0); n += 1) out.push(n % 2 === 0 ? '' : ' \u00A0');
    out.push(`${noise.leading[index] ?? ''}${line}${noise.trailing[index] ?? ''}`);
  });
  return `${noise.bom ? '\uFEFF' : ''}${out.join(noise.eol)}${noise.finalEol ? noise.eol : ''}`;
}

/** What the parser should say about a model, in the output's own terms. */
export function expectedOutput(model: DigestModel) {
  return {
    comments: model.trailer === null ? null : model.trailer.count,
    articles: model.articles.map((article) => ({
      label: article.label,
      publishedAt: article.iso,
      dateline: { kind: article.kind === 'Updated' ? 'updated' : 'published', text: article.dateText, time: article.time },
      headline: article.headline,
      hasDerivedTitle: article.headline === null,
      caption: article.caption,
      credit: article.credit,
      source: article.source,
      sourceUrl: article.source === null ? null : `https://${article.source}`,
      paragraphs: article.paragraphs,
    })),
  };
}

export function actualOutput(digest: ParsedDigest): ReturnType<typeof expectedOutput> {
  return {
    comments: digest.story.comments,
    articles: digest.articles.map((article) => ({
      label: article.outlet.label,
      publishedAt: article.publishedAt,
      dateline: article.dateline,
      headline: article.headline,
      hasDerivedTitle: article.headlineDerived !== null && article.headlineDerived.length > 0,
      caption: article.caption,
      credit: article.credit,
      source: article.source,
      sourceUrl: article.sourceUrl,
      paragraphs: article.paragraphs,
    })),
  };
}

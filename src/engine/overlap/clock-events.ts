/**
 * What a time of day times (round 28t): the clause's verb and its subject, so two times of one
 * story are set against each other only when they time one event. A story often times several
 * (`The women's race started at 9 a.m.` / `The men's race started at 10:30 a.m.`, `The first fire`
 * / `A second fire`, `The tremor struck again at 4 p.m.`); a verb alike on both sides does not
 * make them one.
 */
import { unitSimilarity } from './align-similarity.ts';
import type { CharRange } from '../text/ranges.ts';
import type { Side } from './conflicts-common.ts';
import type { Unit } from './units.ts';

/** Two words alike: one key, or words the aligner finds similar. */
export const likeWords = (x: Unit, y: Unit): boolean => x.key === y.key || unitSimilarity(x, y) > 0;

/**
 * A word written as a verb's past or participle (`capsized`, `struck`, `overturned`): its form is
 * not its lemma, nor the lemma's plural (`boats`). What a time of day dates is an action.
 */
export function inflectedVerb(text: string, unit: Unit): boolean {
  if (!unit.key.startsWith('lem:')) return false;
  const written = text.slice(unit.start, unit.end).toLowerCase();
  const lemma = unit.key.slice(4);
  return written !== lemma && !written.endsWith('s');
}

/** A verb's past or participle, not its `-ing` form (`pumping station` names a thing). */
const pastForm = (text: string, unit: Unit): boolean => inflectedVerb(text, unit) && !/ing$/iu.test(text.slice(unit.start, unit.end));

/** A word between two of a subject's that ends it: what comes before says who told it or when (`said the fault`, `in the chaos when the system`). */
const SUBJECT_BREAK = /[,;:]|\b(?:when|that|as|after|while|because|and|but|which|who|where)\b/iu;

/** A preposition between two words of a subject: the words after it are not the head's phrase. */
const OF_PHRASE = /\b(?:of|in|on|at|for|from|across|near|under|with)\b/iu;

/**
 * A verb's subject, its head's phrase: its clause's words right before the verb back to a past
 * form or a break (`the fault` of `said the fault began`), less any after a preposition (`Part` of
 * `Part of the roof`). Its words in order, the head last.
 */
export function subjectBefore(side: Side, sentence: number, verbStart: number): Unit[] {
  const words = (side.unitsBySentence[sentence] ?? []).filter((unit) => unit.kind === 'word' && unit.end <= verbStart);
  const subject: Unit[] = [];
  for (let i = words.length - 1, edge = verbStart; i >= 0; i--) {
    const word = words[i] as Unit;
    const gap = side.text.slice(word.end, edge);
    if (SUBJECT_BREAK.test(gap) || pastForm(side.text, word) || word.attribution) break;
    // A preposition between ends the head's phrase: `Part of the roof` is a part, `Trading in the stock` a trading.
    if (OF_PHRASE.test(gap)) subject.length = 0;
    subject.unshift(word);
    edge = word.start;
  }
  return subject;
}

/** What a time of day times: the subject of the verb before it, and whether the clause tells a further one. */
export interface TimedEvent {
  subject: readonly Unit[];
  /**
   * The action told as done once more (`struck again at 4 p.m.`, `broke out once more`) or its
   * subject as a further one of its kind (`A second fire broke out`, `Another tremor struck`):
   * another event than the first.
   */
  further: boolean;
}

/** Words that tell an action done once more (`struck again`): anywhere in its clause. */
const REPEATED = /\b(?:again|once\s+more|anew)\b/iu;
/**
 * Words that make a subject a further one of its kind (`Another tremor`, `A second fire`): only
 * before the subject's head. After the verb they tell where or for how long (`on the second floor`,
 * `for a second day`, `on 3rd Avenue`), not which event.
 */
const FURTHER_ONE = /\b(?:another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b/iu;

/**
 * The event a time of day times: the last past form before it in its clause (`started` of `The
 * men's race started at 10:30 a.m.`; no comma or colon between), that verb's subject, and whether
 * it is told as a further one: a repeat anywhere from the subject to the clause's end, or an
 * ordinal or `another` before the subject's head. Null when no past form stands before the time in
 * its clause.
 */
export function timedEvent(side: Side, time: Unit): TimedEvent | null {
  const sentence = side.unitsBySentence[time.sentence] ?? [];
  const verb = sentence.filter((unit) => unit.end <= time.start && pastForm(side.text, unit) && !/[,;:]/u.test(side.text.slice(unit.end, time.start))).at(-1);
  return verb === undefined ? null : eventOf(side, time, verb.start);
}

/** What a time of day after a verb starting at `verbStart` times: that verb's subject, and whether its clause tells a further one. */
function eventOf(side: Side, time: Unit, verbStart: number): TimedEvent {
  const subject = subjectBefore(side, time.sentence, verbStart);
  const from = subject[0]?.start ?? verbStart;
  // The subject's own determiner or ordinal (`A second fire`, `Another`) stands right before its first word.
  const opening = /(?:[\p{L}\p{N}]+\s+){0,2}$/u.exec(side.text.slice(Math.max(0, from - 24), from))?.[0] ?? '';
  const clauseEnd = /[,;:.!?]/u.exec(side.text.slice(time.end, time.end + 80))?.index ?? 80;
  const beforeHead = opening + side.text.slice(from, subject.at(-1)?.end ?? from);
  return { subject, further: REPEATED.test(side.text.slice(from, time.end + clauseEnd)) || FURTHER_ONE.test(beforeHead) };
}

/**
 * Words that set apart events of one kind in one story, each set a contrast: whose event it is
 * (`the women's race` / `the men's race`) and when in the day (`the morning session` / `the
 * afternoon session`). Two reports that each add a word of their own to one event (`The shallow
 * quake` / `The magnitude-6.1 quake`, `The northbound train` / `The passenger train`) name one
 * event: only words of one contrast, differing, name two.
 */
const CONTRASTS: readonly (readonly string[])[] = [
  ['men', 'women', 'boys', 'girls', 'male', 'female', 'junior', 'senior', 'youth'],
  ['morning', 'afternoon', 'evening', 'night', 'overnight', 'midday', 'lunchtime'],
];

/** A word as a contrast reads it: lower case, without a possessive (`women's` → `women`, `boys’` → `boys`). */
const contrastWord = (text: string, unit: Unit): string => text.slice(unit.start, unit.end).toLowerCase().replace(/['’]s?$/u, '');

/**
 * Whether two timed events are two of one story: one is told as a further one and the other is
 * not (`The tremor struck again at 4 p.m.` / `The tremor struck at 3 a.m.`, `A second fire`); or
 * their subjects share a head, one word (`race` / `race`), and the words before it set them apart
 * by one contrast (`women's` / `men's`, `morning` / `afternoon`: `CONTRASTS`). A subject on one
 * side only, or words on one side only (`The flight` / `The delayed flight`), or each side's own
 * word of no contrast, tell one event more or less fully.
 */
export function twoEvents(a: TimedEvent, b: TimedEvent, textA: string, textB: string): boolean {
  if (a.further !== b.further) return true;
  const before = (subject: readonly Unit[], other: readonly Unit[]): Unit[] | null => {
    let head = subject.length - 1;
    while (head >= 0 && !other.some((x) => x.key === (subject[head] as Unit).key)) head--;
    return head < 0 ? null : subject.slice(0, head);
  };
  const [modsA, modsB] = [before(a.subject, b.subject), before(b.subject, a.subject)];
  if (modsA === null || modsB === null) return false;
  const [wordsA, wordsB] = [modsA.map((unit) => contrastWord(textA, unit)), modsB.map((unit) => contrastWord(textB, unit))];
  return CONTRASTS.some((contrast) => {
    const [inA, inB] = [wordsA.filter((word) => contrast.includes(word)), wordsB.filter((word) => contrast.includes(word))];
    return inA.some((word) => !wordsB.includes(word)) && inB.some((word) => !wordsA.includes(word));
  });
}

/**
 * Whether a conflict of times of day, whichever reader found it (the sentence pairs, the start
 * reader, the slots, the figure pairing), sets the times of two events against each other: the
 * times it marks, each read for what it times (`timedEvent`), are `twoEvents`.
 */
export function timesTwoEvents(draft: { a: readonly CharRange[]; b: readonly CharRange[] }, A: Side, B: Side): boolean {
  // A conflict of times is known by its figures, not its subject: the figure pairing names a pair
  // of times by the noun beside them (conflicts-pairing.ts), the sentence pairs by `time`.
  const timeAt = (side: Side, ranges: readonly CharRange[]): Unit | undefined => {
    const at = ranges[0];
    return at === undefined ? undefined : side.units.find((unit) => unit.quantity?.unit === 'clock' && unit.start < at.end && at.start < unit.end);
  };
  const [x, y] = [timeAt(A, draft.a), timeAt(B, draft.b)];
  const [a, b] = [x === undefined ? null : timedEvent(A, x), y === undefined ? null : timedEvent(B, y)];
  return a !== null && b !== null && twoEvents(a, b, A.text, B.text);
}

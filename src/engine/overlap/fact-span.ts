import { lemmatize } from '../lexicon/index.ts';
import { partsOfSpeech, readsAsVerb } from '../lexicon/parts-of-speech.ts';
import { SPEECH, type ClauseAlignment } from './align.ts';
import { NOT_BEFORE_A_VERB, readsAsVerbWord, WORD, withoutAttributions } from './fact-attribution.ts';
import { isEntityUnit, isPinnedUnit, type Unit } from './units.ts';

/**
 * The phrase that carries a fact, on one side of a stretch (decision 004, round 12h). A
 * stretch runs from its first to its last matched word; two kinds of matched word at its
 * edges frame the fact instead of stating it, and stay out of the highlight:
 * - a reporting frame: a short speaker up to an active reporting verb (or a verb with `that`
 *   after it) that opens the stretch, when more of the shared words follow it than stand in it
 *   (`the regional Catalan government said | air-quality readings … had not detected …`,
 *   `residents told US media that | tornado sirens had sounded`): who said it, not what was said;
 * - a lone edge word: a matched word alone in the first or last clause of the stretch
 *   (`a crash on the Cipressa`, not `riders was caught with 30 kilometers left, before | a
 *   crash on the Cipressa`; `capital markets day in London on Nov. 19`, not `…, where Madsen`):
 *   a word the fact's clause runs on to, not the clause that states it. Clauses joined by `and`
 *   or `or` are of one rank, and the fact may run across them, unless a verb follows the `and`
 *   (`… and added 112 for the fourth wicket`); a participle after a comma (`…, stranding
 *   travellers`) opens a clause here too (round 14t), though not for alignment.
 * Inside the highlight, words that match nothing and say something else (an aside between
 * commas or dashes, a statement coordinated before the fact's) are cut out: the fact then has
 * two spans in that report (`carryingSpans`, round 14t); so is who told it (an attribution set
 * off by commas, or inside a relative clause: fact-attribution.ts, round 15h).
 * A figure, a day or a name is what a fact is about: no trim takes one out, and a frame that
 * holds a figure or a day is no mere speaker. Each trim keeps at least `KEEP_UNITS` matched
 * words. Selection still weighs the whole stretch; only the highlight narrows (select.ts).
 */
const KEEP_UNITS = 2;
/** The most words before a frame's verb (`the regional health ministry said`). */
const SPEAKER_WORDS = 5;

/** Clauses joined by a coordinating `and` / `or`. */
const COORDINATED = /^[\s,]*(?:and|or)\b/iu;

const isFigureOrDay = (unit: Unit): boolean => unit.quantity !== null || unit.date !== null;

/**
 * Whether `word`, written after `previous`, is a reporting verb in the active voice. A
 * participle (`telling supporters …`, `adding that …`) trails an action and opens no frame.
 */
function reports(word: string, previous: string): boolean {
  const lemma = lemmatize(word.toLowerCase());
  return SPEECH.has(`lem:${lemma}`) && readsAsVerb(word, lemma) && !/ing$/iu.test(word) && !NOT_BEFORE_A_VERB.test(previous);
}

/**
 * Where the reporting frame that opens the text from `from` to `to` ends (after its verb, or
 * after the `that` that follows it), or -1. Its speaker is one to `SPEAKER_WORDS` words and
 * names no action: an `-ed` or `-ing` verb before the reporting verb means the stretch opens on
 * what happened (`jumped`, `concede, telling`).
 */
function frameEnd(text: string, from: number, to: number): number {
  const words = [...text.slice(from, to).matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)];
  for (let i = 0; i < words.length && i <= SPEAKER_WORDS; i += 1) {
    const word = words[i]?.[0] ?? '';
    const previous = words[i - 1]?.[0];
    const next = words[i + 1];
    const that = next?.[0].toLowerCase() === 'that';
    if (previous !== undefined && (reports(word, previous) || (that && readsAsVerbWord(word) && !NOT_BEFORE_A_VERB.test(previous)))) {
      const last = that ? next : words[i];
      return from + (last?.index ?? 0) + (last?.[0].length ?? 0);
    }
    if (/(?:ed|ing)$/iu.test(word) && readsAsVerbWord(word)) return -1;
  }
  return -1;
}

/** Whether a reporting verb follows a named speaker, or a speaker set off before it by a comma (`…, the biotech that funded the trial, | said`). */
const afterItsSpeaker = (speaker: Unit, verb: Unit, text: string): boolean => isEntityUnit(speaker) || /,/u.test(text.slice(speaker.end, verb.start));

/** A matched reporting verb (`said`, `told`), not a noun (`the report`, `a statement`). */
const isReportingVerb = (unit: Unit, text: string): boolean => SPEECH.has(unit.key) && readsAsVerbWord(text.slice(unit.start, unit.end));

/** The units left when the reporting frame that opens them is taken off (the same units when none is). */
function withoutFrame(kept: readonly Unit[], text: string): readonly Unit[] {
  const first = kept[0];
  const last = kept.at(-1);
  if (first === undefined || last === undefined || kept.length <= KEEP_UNITS) return kept;
  const end = frameEnd(text, first.start, last.end);
  if (end < 0) return kept;
  const frame = kept.filter((unit) => unit.start < end && !SPEECH.has(unit.key));
  const rest = kept.filter((unit) => unit.start >= end);
  const said = rest[0];
  // What was said keeps enough of the fact, in the frame's clause, and more of the shared
  // words than the speaker: else the speaker is what both report (`both presidents said`).
  if (said === undefined || said.clause !== first.clause || rest.length < KEEP_UNITS || rest.length <= frame.length) return kept;
  return frame.some(isFigureOrDay) ? kept : rest;
}

/** A participle that opens a clause after a comma (`…, stranding travellers`, `…, dealing a setback`). */
const PARTICIPLE_AFTER_COMMA = /,\s+(\p{L}+ing)\b/giu;
/** A verb coordinated with the one before (`… and added 112`, `… and putting the question`). */
const VERB_AFTER_CONJUNCTION = /\b(?:and|but)\s+(\p{L}+)/giu;

/** Whether a pattern's first group, somewhere in `gap`, reads as a verb. */
function opensWithAVerb(gap: string, pattern: RegExp): boolean {
  for (const found of gap.matchAll(pattern)) if (readsAsVerbWord(found[1] ?? '')) return true;
  return false;
}

/**
 * Whether `to` stands in another clause than `from`, not joined to it by `and` / `or`; or after
 * a comma and a participle that trails the statement with what followed from it, or after an
 * `and` / `but` that joins a second verb, a statement of its own (round 14t).
 */
function clauseBreak(text: string, from: Unit, to: Unit): boolean {
  const gap = text.slice(from.end, to.start);
  if (from.clause !== to.clause && !COORDINATED.test(gap)) return true;
  return opensWithAVerb(gap, PARTICIPLE_AFTER_COMMA) || opensWithAVerb(gap, VERB_AFTER_CONJUNCTION);
}

/** The matched units of one side that the highlight spans, in text order. */
export function carryingUnits(matched: readonly Unit[], text: string): Unit[] {
  let kept = [...withoutFrame([...matched].sort((x, y) => x.start - y.start), text)];
  // A reporting verb that opens the units, its speaker already left out (`He | said | the city had
  // cut 14 posts`, `“…,” | said | Curtis Lyle`), says who told it, not what (round 15h); so does one
  // that ends them after a named speaker (`FSA chief operating officer Katie Pettifer | said`), the
  // person being what the fact is about, or after a comma. Right after a speaker named by common
  // words (`the two foreign ministers said`) it stays: the speaker may be what both report (12h).
  while (kept.length > KEEP_UNITS && isReportingVerb(kept[0] as Unit, text)) kept = kept.slice(1);
  while (kept.length > KEEP_UNITS && isReportingVerb(kept.at(-1) as Unit, text) && afterItsSpeaker(kept.at(-2) as Unit, kept.at(-1) as Unit, text)) kept = kept.slice(0, -1);
  while (kept.length > KEEP_UNITS && !isPinnedUnit(kept[0] as Unit) && clauseBreak(text, kept[0] as Unit, kept[1] as Unit)) kept = kept.slice(1);
  while (kept.length > KEEP_UNITS && !isPinnedUnit(kept.at(-1) as Unit) && clauseBreak(text, kept.at(-2) as Unit, kept.at(-1) as Unit)) kept = kept.slice(0, -1);
  return kept;
}

/** The highlight of one side of a stretch: from the first to the last unit that carries the fact. */
export function carryingSpan(alignment: ClauseAlignment, side: 'a' | 'b', text: string): { start: number; end: number } {
  const span = side === 'a' ? alignment.spanA : alignment.spanB;
  // The stretch's own highlight already leaves out a speaker name (align.ts, `withoutSpeaker`).
  const matched = alignment.matches.map((match) => match[side]).filter((unit) => unit.start >= span.start && unit.end <= span.end);
  const kept = carryingUnits(matched, text);
  if (kept.length === matched.length || kept.length === 0) return span;
  return { start: Math.min(...kept.map((unit) => unit.start)), end: Math.max(...kept.map((unit) => unit.end)) };
}

/** The fewest words of an aside (`, the main rail link between Tyrol and Vorarlberg,`) left out of a highlight. */
const ASIDE_WORDS = 6;
/**
 * A conjunction that joins a second statement, at the end of a gap, perhaps with the auxiliary of
 * that statement's verb (`… in the best interests of shareholders and | will recommend it`;
 * `will lead the merged company, while | Lusavia's chief …`).
 */
const COORDINATION_AT_END = /\b(?:and|but|while|whereas)(?:\s+(?:will|would|can|could|may|might|must|shall|should|has|have|had|is|are|was|were))?\s*$/iu;
/** The fewest words of a coordinated statement of its own (`would operate 212 aircraft and`). */
const COORDINATED_WORDS = 3;
/** The last item of a list: `and` / `or` after the gap's last comma, dash or semicolon. */
const LIST_TAIL = /,[^,;—–]*\b(?:and|or)\b[^,;—–]*$/iu;
/**
 * A comma and a conjunction at the end of a gap, perhaps with `that`, a pronoun subject and an
 * auxiliary after it (`…, and | found`, `…, and that it had | cooperated`, `…, and it has | urged`):
 * when a verb follows, what follows is a second statement, not the last item of a list (round 21p).
 */
const CLAUSE_AFTER_COMMA = /,\s*(?:and|but|or)\s+(?:that\s+)?(?:(?:it|he|she|they|we|you|i|this|there)\s+)?(?:(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall|should)\s+)?$/iu;

/**
 * Whether the words between two matched words of a highlight, none of them shared, say
 * something else than the fact (round 14t): an aside of `ASIDE_WORDS` words or more set off by a
 * comma, a dash or a semicolon (an appositive, a relative clause, a second statement) that is
 * not a list running on to its last item, or a statement with a verb of its own coordinated
 * before the fact's (`would operate 212 aircraft and | carry almost 48mn passengers`); or, when
 * the matched word after the gap (`next`) is a verb, a clause ended by a comma and a conjunction
 * (`a lead anchor stock weighing about 400kg, and | found cooking pots`, round 21p): the second
 * statement is a fact of its own, and the first one's last words are not part of it.
 */
function separable(gap: string, next: string, before: string): boolean {
  // A bare `, and` after an earlier item that a comma opens with a verb (`cleaned the hull, painted
  // the deck, and | repaired the engine`) ends a list of verb phrases, not a statement (mend C, session 17).
  const list = /,\s*(?:and|or)\s+$/iu.test(gap) && [...`${before}${gap.slice(0, gap.lastIndexOf(','))}`.matchAll(/,\s*(\p{L}+)/gu)].some((item) => readsAsVerbWord(item[1] ?? ''));
  if (CLAUSE_AFTER_COMMA.test(gap) && readsAsVerbWord(next) && !list) return true;
  const words = [...gap.matchAll(WORD)].map((match) => match[0]);
  // A list that runs on to its last item (`for cleaning supplies, bus parts and office chairs`) is what the fact is of.
  if (words.length >= ASIDE_WORDS && /[,;—–]/u.test(gap) && !LIST_TAIL.test(gap)) return true;
  const conjunction = COORDINATION_AT_END.exec(gap);
  return conjunction !== null && words.length >= COORDINATED_WORDS && [...gap.slice(0, conjunction.index).matchAll(WORD)].some((match) => readsAsVerbWord(match[0]));
}

/**
 * The highlight of one side as the pieces that carry the fact: the carrying span, cut where its
 * matched words are parted by words that say something else (`separable`). The contract lets a
 * fact have several spans in a report: two pieces of one sentence highlight the fact's words and
 * not the aside between them (`the Arlberg line between Landeck and Bludenz | was closed`).
 */
export function carryingSpans(alignment: ClauseAlignment, side: 'a' | 'b', text: string): { start: number; end: number }[] {
  const span = carryingSpan(alignment, side, text);
  const units = alignment.matches
    .map((match) => match[side])
    .filter((unit) => unit.start >= span.start && unit.end <= span.end)
    .sort((x, y) => x.start - y.start);
  const pieces: { start: number; end: number }[] = [];
  let start = span.start;
  for (let i = 1; i < units.length; i += 1) {
    const [from, to] = [units[i - 1] as Unit, units[i] as Unit];
    if (to.start <= from.end || !separable(text.slice(from.end, to.start), text.slice(to.start, to.end), text.slice(span.start, from.end))) continue;
    pieces.push({ start, end: from.end });
    start = to.start;
  }
  pieces.push({ start, end: withCountedNoun(span.end, units, text) });
  return withoutAttributions(pieces, units, text, KEEP_UNITS);
}

/**
 * Where a highlight that ends on a figure ends: after the noun the figure counts, when the figure
 * as read runs on to it (`total, 53 | deputies`, `backing of 53 | lawmakers`; round 17p). What a
 * figure counts is what says which figure it is; the other report's highlight usually holds it.
 */
function withCountedNoun(end: number, units: readonly Unit[], text: string): number {
  const last = units.at(-1);
  const quantity = last?.quantity;
  if (last === undefined || quantity === null || quantity === undefined || last.end !== end) return end;
  // A measure's noun is its unit: what it measures is the noun written right after it (`the 1.7km | line`).
  if (quantity.unit === 'other' && quantity.end <= end) {
    const next = MEASURED.exec(text.slice(end, end + 30));
    return next !== null && !NOT_MEASURED.test(next[1] ?? '') && !readsAsAdverb(next[1] ?? '') && !readsAsVerbWord(next[1] ?? '') ? end + next[0].length : end;
  }
  if (quantity.end <= end) return end;
  // Only a noun phrase right after it in its clause: no punctuation between.
  return /^[\s\p{L}\p{N}'’-]*$/u.test(text.slice(end, quantity.end)) ? quantity.end : end;
}

/** A lowercase word right after a measure. */
const MEASURED = /^ (\p{Ll}{3,})(?![\p{L}'’-])/u;
/**
 * An adverb after a measure (`12km quickly`, `5km roughly`): says how, not what. The lexicon's
 * parts of speech hold no adverbs, so a word in `-ly` reads as one unless the lexicon gives it as
 * a noun and not as an adjective (`supply`, `rally`, `assembly`, `family` are nouns; `early`,
 * `weekly` describe); a word it does not know stays an adverb.
 */
function readsAsAdverb(word: string): boolean {
  if (!/ly$/iu.test(word)) return false;
  const parts = partsOfSpeech(lemmatize(word.toLowerCase()));
  return !parts.includes('noun') || parts.includes('adjective');
}

/** Words after a measure that say where or how, not what (`10 kilometres deep`, `35km north of`). */
const NOT_MEASURED = /^(?:and|but|for|from|with|into|onto|per|than|the|that|which|who|while|when|until|since|ago|later|earlier|apart|deep|high|long|wide|tall|away|(?:north|south)(?:east|west)?|east|west|off|over|under|above|below|across|along|around|about|after|before|ahead|behind|each|every|its|their|this|these|those|his|her|our)$/iu;

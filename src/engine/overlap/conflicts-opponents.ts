import { charRange } from '../text/ranges.ts';
import { type ConflictDraft, type Side } from './conflicts-common.ts';
import { firstNamesBefore, nameKey } from './conflicts-people.ts';
import { quotedAt } from './conflicts-places.ts';
import { PRONOUN, pronounAntecedent } from './pronoun-antecedent.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './quantities-lexicon.ts';
import { conflictNote } from './types.ts';
import type { Lexicon } from './units.ts';

/**
 * Whom a player beat in one round of a draw (round 27n): `Bevan beat Jamie Caird in the semi-finals`
 * / `Bevan had dumped out Liam Pryor in Saturday's semi-final`. A player meets one opponent in a
 * round, so two reports that name two different people beaten by one player in one round disagree.
 * Without a round (`beat Ferrer on her way to the title`) a player beats many; that is no conflict.
 * The verbs differ from report to report (`knocked out`, `battered`, `edged past`), and the
 * opponent is often written after a place or a description (`Scotland's Ross Buchanan`, `Welsh star
 * Owen Pritchard`), so this is read as subject, verb of defeating, object person and round — a
 * verb–object reader — not as shared words (which conflicts-role-holders.ts asks for).
 */

/** Verbs of defeating an opponent, past or present, with their particles (`knocked out`, `edged past`). */
const DEFEAT = String.raw`(?:beat|beats|beaten|defeats?|defeated|(?:knock|dump)(?:s|ed)?\s+out|edge[sd]?\s+(?:past|out)|(?:got|gets|get)\s+past|(?:saw|sees|see)\s+off|(?:swept|eased|cruised)\s+past|brushed\s+aside|battered|thrashed|hammered|crushed|routed|overcame|eliminated|ousted|dispatched|stunned|upset)`;
/** A subject right before the verb, with an auxiliary at most: a name or a pronoun opening a sentence. A `never`, `not` between them is no win. */
const WIN = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})\s+(?:(?:had|has|have)\s+)?${DEFEAT}\b`, 'gu');
/** What follows the verb up to the opponent: a possessive place or team (`Spain's`) or up to three words of description. */
const OPPONENT = /^\s+((?:[\p{L}\p{M}'’-]+\s+){0,3}?)(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})(?![\p{L}\p{M}'’-])/u;
/** The round, after `in` and a determiner or a day (`in the semis`, `in Saturday's semi-final`); nothing after `to` (`to book a place in the final`) or a clause's end. */
const ROUND = /^[^.;!?“”"]*?\bin\s+(?:the\s+|a\s+|\p{Lu}\p{Ll}+['’]s\s+)?(semi-?finals?|semis|quarter-?finals?|quarters|final(?!\s+(?:set|game|frame|leg|minutes?|seconds?|round|stages?|quarter|hole|lap|day|whistle)\b)|(?:first|second|third|fourth|opening)\s+round|last\s+(?:16|32|eight|four))\b/iu;
/** Where the round may no longer be told of this win: another clause, a purpose, a sentence's end. */
const CLAUSE_END = /[.;!?“”"]|,\s+(?:while|and|but|as|whereas)\b|\bto\s+(?:book|reach|set|earn|secure|make|seal|clinch)\b/u;
/** Words that set a win in another edition than the story's: a year, `last year`, `a season earlier` (review 21b). */
const ANOTHER_EDITION = /\b(?:19|20)\d{2}\b|\blast\s+(?:year|season|time|month)\b|\b(?:previous|earlier|last)\s+(?:year|season|edition|meeting)['’]?s?\b|\ba\s+(?:year|season)\s+(?:ago|earlier|before)\b/iu;

const roundOf = (round: string): string => {
  const lower = round.toLowerCase().replace(/\s+/gu, ' ');
  if (lower.startsWith('semi')) return 'semi-final';
  if (lower.startsWith('quarter')) return 'quarter-final';
  return lower;
};

interface Win {
  /** `player|round`: whom the player beat in that round. */
  key: string;
  opponent: string;
  start: number;
  end: number;
}

/** Days and months (quantities-lexicon.ts): one written before a name (`On Saturday Kowal beat …`) is a date, whatever the report writes before the surname. */
const DAYS_AND_MONTHS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** A day or a month written as a name is (`Saturday`, not `SATURDAY`). */
const dayOrMonth = (word: string): boolean => DAYS_AND_MONTHS.has(word.toLowerCase()) && word === word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * Where the player's own name opens in a subject run (round 28n): at the words the dictionary does
 * not know, at the run's end, so a span carries the fact (the player, the verb, the opponent) and
 * not a day or a title before it: `On Saturday Kowal` is `Kowal`, `Coach Anna Berg` is `Anna Berg`,
 * `Van Oorschot` stays whole. A first name the report writes before this surname is the name's,
 * known word or not (`Grace Kowal`); a possessive is not (`Spain’s Marta Kowal`; review 22a). The
 * surname at least, known or not.
 */
function ownNameAt(subject: string, lexicon: Lexicon, firstNames: readonly string[]): number {
  const words = [...subject.matchAll(/\S+/gu)];
  let own = words.length - 1;
  const ofTheName = (word: string): boolean => !/['’]s?$/u.test(word) && ((firstNames.includes(nameKey(word)) && !dayOrMonth(word)) || !lexicon.isKnownWord(lexicon.lemmatize(word.toLowerCase())));
  while (own > 0 && ofTheName(words[own - 1]?.[0] ?? '')) own -= 1;
  return words[own]?.index ?? 0;
}

function winsOf(side: Side, lexicon: Lexicon): Win[] {
  const { text } = side;
  const surnames = firstNamesBefore(text);
  const wins: Win[] = [];
  for (const match of text.matchAll(WIN)) {
    const subject = match[1] ?? '';
    const start = match.index;
    if (quotedAt(side.clauses, start)) continue;
    const pronoun = PRONOUN.test(subject) && /(?:^|[.!?]["”’)]?\s+)$/u.test(text.slice(Math.max(0, start - 4), start));
    const player = pronoun ? pronounAntecedent(text, start, surnames) : nameKey(subject.split(/\s+/u).at(-1) ?? '');
    if (player === undefined || !surnames.has(player)) continue;
    const after = text.slice(start + match[0].length, start + match[0].length + 200);
    const found = OPPONENT.exec(after);
    if (found === null || /[,.;:]/u.test(found[1] ?? '')) continue;
    const name = found[2] ?? '';
    const opponent = nameKey(name.split(/\s+/u).at(-1) ?? '');
    // A person: a surname written after a first name, unknown to the dictionary as written.
    if (!surnames.has(opponent) || lexicon.isKnownWord(opponent) || opponent === player) continue;
    const end = start + match[0].length + found[0].length;
    const rest = text.slice(end, end + 160);
    const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length);
    const round = ROUND.exec(clause)?.[1];
    if (round === undefined) continue;
    // The win's sentence up to the round: a year or `last year` there tells another edition's win.
    const opening = text.slice(Math.max(0, start - 200), start).split(/[.!?]["”’)]?\s+|\n/u).at(-1) ?? '';
    if (ANOTHER_EDITION.test(opening + text.slice(start, end) + clause)) continue;
    wins.push({ key: `${player}|${roundOf(round)}`, opponent, start: pronoun ? start : start + ownNameAt(subject, lexicon, surnames.get(player) ?? []), end });
  }
  return wins;
}

/** One player's opponent in one round, a different person in each report: one conflict per pair of mentions. */
export function opponentConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [winsA, winsB] = [winsOf(A, lexicon), winsOf(B, lexicon)];
  if (winsA.length === 0 || winsB.length === 0) return [];
  const opponents = (wins: readonly Win[], key: string): Set<string> => new Set(wins.filter((win) => win.key === key).map((win) => win.opponent));
  const drafts: ConflictDraft[] = [];
  for (const a of winsA) {
    for (const b of winsB) {
      if (a.key !== b.key || a.opponent === b.opponent) continue;
      // A report that names two people beaten in that round (a doubles pair) tells no single opponent.
      if (opponents(winsA, a.key).size !== 1 || opponents(winsB, b.key).size !== 1) continue;
      const values: [string, string] = [A.text.slice(a.start, a.end), B.text.slice(b.start, b.end)];
      drafts.push({ a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'opponent', values, note: conflictNote('opponent', values), strength: 1 });
    }
  }
  return drafts;
}

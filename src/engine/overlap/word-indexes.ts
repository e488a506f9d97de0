/**
 * Indexes that answer, in time independent of the report's length, questions a conflict
 * detector used to answer by reading a whole report once per candidate: a long report has
 * hundreds of candidates, so the scans grew with the square of its length (decision 004,
 * round 15s). Each index is built once per report and comparison, the first time it is asked,
 * and answers exactly what the scan it replaces answered.
 */
import { isHighSurrogate, isLowSurrogate } from '../text/characters.ts';

/**
 * The runs of letters and marks of a text (`Pritchard`, `Kalniņa`), each a whole word: the text
 * writes a word of letters (`writes`) when one of its runs is that word. Equivalent to testing
 * `(?<![\p{L}\p{M}])word(?![\p{L}\p{M}])` against the whole text for a word of letters only.
 */
export class WrittenWords {
  private words: Set<string> | null = null;
  private asked = 0;

  constructor(private readonly text: string) {}

  /** Whether the text writes `word` (letters only) as a whole word, case and accents as given. */
  writes(word: string): boolean {
    if (this.words === null && this.asked < SEARCHED_WORDS) {
      // The first few questions are searched for: a set of every word of a long report costs
      // more than a few searches, and most comparisons ask none or one (decision 004, round 19s).
      this.asked += 1;
      return writesWord(this.text, word);
    }
    this.words ??= new Set(this.text.match(/[\p{L}\p{M}]+/gu) ?? []);
    return this.words.has(word);
  }
}
/** How many questions `WrittenWords` answers by searching the text before it reads every word once. */
const SEARCHED_WORDS = 8;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
/** Whether `text` writes `word` as a whole run of letters and marks: the scan `WrittenWords` reads once. */
export function writesWord(text: string, word: string): boolean {
  if (!LETTERS.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER.test(codePointBefore(text, at)) && !LETTER.test(codePointAt(text, at + word.length))) return true;
  }
  return false;
}
/** The code point that ends right before `at` ('' at the start). */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return isLowSurrogate(low) && isHighSurrogate(high) ? text.slice(at - 2, at) : text.slice(at - 1, at);
}
/** The code point that starts at `at` ('' at the end). */
function codePointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** What `NamesInRole` reads of a unit. */
export interface RoleUnit {
  kind: string;
  key: string;
  clause: number;
  start: number;
  end: number;
}

/**
 * Whether a report writes a word of a name in a clause that also holds one of a role's words:
 * the name units' words, each with the clauses it is written in, and each clause's keys.
 * `holds(words, role)` is `units.some(unit => unit is a name or alias whose words meet `words`
 * && units.some(other => other.clause === unit.clause && role.some(held => held.key === other.key)))`.
 */
export class NamesInRole {
  private clausesOfWord: Map<string, number[]> | null = null;
  private readonly keysOfClause = new Map<number, Set<string>>();

  constructor(
    private readonly units: readonly RoleUnit[],
    private readonly text: string,
    private readonly wordsOf: (text: string) => ReadonlySet<string>,
  ) {}

  holds(words: ReadonlySet<string>, role: readonly { key: string }[]): boolean {
    const clausesOfWord = this.clausesOfWord ?? this.build();
    for (const word of words) {
      for (const clause of clausesOfWord.get(word) ?? []) {
        const keys = this.keysOfClause.get(clause);
        if (keys !== undefined && role.some((held) => keys.has(held.key))) return true;
      }
    }
    return false;
  }

  private build(): Map<string, number[]> {
    const clausesOfWord = new Map<string, number[]>();
    for (const unit of this.units) {
      let keys = this.keysOfClause.get(unit.clause);
      if (keys === undefined) this.keysOfClause.set(unit.clause, (keys = new Set()));
      keys.add(unit.key);
      if (unit.kind !== 'name' && unit.kind !== 'alias') continue;
      for (const word of this.wordsOf(this.text.slice(unit.start, unit.end))) {
        const clauses = clausesOfWord.get(word);
        if (clauses === undefined) clausesOfWord.set(word, [unit.clause]);
        else if (clauses.at(-1) !== unit.clause) clauses.push(unit.clause);
      }
    }
    this.clausesOfWord = clausesOfWord;
    return clausesOfWord;
  }
}

/**
 * What the clause around a relative date says of it (split from dates-relative.ts, round 20d):
 * whether a future verb stands before or after it (`talks will resume on Monday`, `in two weeks
 * it will choose`), and whether it is the span a record is measured over (`the first time in
 * three years`).
 */

/** Words before a weekday, in its sentence, that put it in the future: "talks will resume on Monday". */
const FUTURE = /\b(?:will|won['’]t|shall|is\s+due|are\s+due|due\s+to|expected\s+to|scheduled|set\s+to|plans?\s+to|to\s+be\s+held|going\s+to)\b|['’]ll\b/i;

/**
 * Words just before `in three years` that make it the span a record is measured over, not a day
 * ahead: `the first time in three years`, `the worst storm in a decade`, `its lowest level in two
 * years`. A superlative (`-est`, `best`, `worst`, `most`, `least`), `first`, `time` or `ever`,
 * then at most three words. `-est` words that are no superlatives (`protest`, `interest`) do not count.
 */
const RECORD_WORD = /^(?:first|time|ever|most|least|best|worst|\p{L}{2,}est)$/iu;
const NOT_SUPERLATIVE = new Set(['arrest', 'attest', 'behest', 'chest', 'conquest', 'contest', 'crest', 'detest', 'digest', 'divest', 'earnest', 'forest', 'guest', 'harvest', 'honest', 'infest', 'ingest', 'inquest', 'interest', 'invest', 'lest', 'manifest', 'midwest', 'modest', 'molest', 'nest', 'northwest', 'pest', 'priest', 'protest', 'quest', 'request', 'rest', 'southwest', 'suggest', 'test', 'unrest', 'vest', 'west', 'zest']);

/** Whether one of the four words before `at`, in its clause, is a superlative, `first`, `time` or `ever`. */
export function afterRecord(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 80), at).split(/[.?!;:,—–\n]/u).at(-1) ?? '';
  return clause.split(/[^\p{L}\d'’-]+/u).filter(Boolean).slice(-4).some((word) => RECORD_WORD.test(word) && !NOT_SUPERLATIVE.has(word.toLowerCase()));
}

/** Where a new clause begins: a subordinator, a coordinator of clauses, or clause punctuation. */
const CLAUSE_BREAK = /\b(?:after|before|because|since|when|while|although|though|whereas|following|but)\b|[,;:—–]/iu;

/** Whether the words before `at` in its clause (looking back at most 300 characters) are future. */
export function futureClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const clause = (before.split(/[.?!]\s|\n/).at(-1) ?? '').split(CLAUSE_BREAK).at(-1) ?? '';
  return FUTURE.test(clause);
}

/** Whether the rest of the clause after `at` is future (`in two weeks it will choose`). */
export function futureAfter(text: string, at: number): boolean {
  const after = text.slice(at, at + 120);
  const clause = after.split(/[.?!]\s|\n/)[0]?.split(CLAUSE_BREAK)[0] ?? '';
  return FUTURE.test(clause);
}

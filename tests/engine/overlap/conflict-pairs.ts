import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { charRange, type CharRange } from '../../../src/engine/text/ranges.ts';

/**
 * Tests on invented sentences (conflicts since rounds 6d, 7a and 7d; facts since 13r, decision
 * 004): a pair of one-outlet articles built from plain paragraphs, both dated as given, and the
 * notes of the conflicts or the texts of the facts found between them.
 */
export function pair(a: string, b: string, date = 'May 12, 2026', dateB = date): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published ${date}\n${a}\nASSOCIATED PRESS | Published ${dateB}\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

export const notes = (a: Article, b: Article): string[] => compareArticles(a, b).conflicts.map((conflict) => conflict.note);

/** Both directions: compare(a, b) mirrors compare(b, a). */
export const bothWays = (a: Article, b: Article): [string[], string[]] => [notes(a, b), notes(b, a)];

/** Each fact as `its text in a | its text in b`, a report's several spans joined by ` + `. */
export const factTexts = (a: Article, b: Article): string[] =>
  compareArticles(a, b).facts.map((fact) => `${fact.a.map((r) => a.text.slice(r.start, r.end)).join(' + ')} | ${fact.b.map((r) => b.text.slice(r.start, r.end)).join(' + ')}`);

/** Where `date` is first written in `text`: the span a date reader is given (round 21t, mend B and D of session 17). */
export const at = (text: string, date: string): { start: number; end: number } => ({ start: text.indexOf(date), end: text.indexOf(date) + date.length });

/** The notes of `found` of one kind: those that start with `start` (`who`, `date:`). */
export const ofKind = (found: readonly string[], start: string): string[] => found.filter((note) => note.startsWith(start));

/** Where `phrase` is first written in `text`, as the engine's character range (round 24h, mend D of session 18). */
export const rangeOf = (text: string, phrase: string): CharRange => charRange(text.indexOf(phrase), text.indexOf(phrase) + phrase.length);

/** A fact draft over two texts: its span on each side and its matched words, each an exact anchor (round 24h, mend D of session 18). */
export function factOf(text: { a: string; b: string }, spanA: string, spanB: string, words: readonly string[]): FactDraft {
  return { a: [rangeOf(text.a, spanA)], b: [rangeOf(text.b, spanB)], kind: 'paraphrase', strength: 2, score: 0.6, points: words.map((word) => ({ a: rangeOf(text.a, word), b: rangeOf(text.b, word), value: 1, anchor: true })) };
}

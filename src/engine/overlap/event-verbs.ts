/**
 * A small relation of event verbs (round 21t): verbs and phrasal verbs that tell one dated action
 * in other words, which the lexicon does not relate (`postponed to March 8` / `pushed back to
 * March 1`, `take effect` / `come into force`, `quit` / `was leaving`, `will close` / `shuts
 * down`). Where the words come from: the unrelated action pairs rounds 17d and 19c counted on
 * development (`postpone` / `push back`, `take effect` / `come into force`, `close` / `shut down`,
 * `catch` / `arrest`, `start` / `break out`, `quit` / `leave`), each grown to the everyday
 * synonyms a dictionary gives for that one sense (`delay`, `put off`; `enter into force`; `shut`;
 * `detain`; `begin`; `walk out`), no word from one story alone. Each group is one sense: a
 * word with two senses (`leave` a country, `leave` a coalition) is in the group only with the
 * object that fixes the sense, or not at all.
 */

/** One sense each: the forms of its verbs, as written (past, participle, present, -ing). */
const EVENT_GROUPS: readonly RegExp[] = [
  // put off to a later day
  /\b(?:postpon(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|delay(?:s|ed|ing)?|put(?:s|ting)?\s+off|defer(?:s|red|ring)?)\b/iu,
  // begin to apply (a law, a rule)
  /\b(?:tak(?:e|es|en|ing)|took)\s+effect\b|\b(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+force\b/iu,
  // stop operating (a branch, a plant)
  /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?)\b/iu,
  // taken into custody
  /\b(?:arrest(?:s|ed|ing)?|caught|catch(?:es|ing)?|detain(?:s|ed|ing)?)\b/iu,
  // a fire or an outbreak begins
  /\b(?:br(?:eak|eaks|oke|oken|eaking)\s+out|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning))\b/iu,
  // a party leaves a coalition
  /\b(?:quit(?:s|ting)?|(?:leav(?:e|es|ing)|left|walk(?:s|ed|ing)?\s+out\s+of|pull(?:s|ed|ing)?\s+out\s+of)\s+(?:the\s+)?(?:ruling\s+|governing\s+)?coalition)\b/iu,
];

/** How far before and after a date its clause is read for the verb that dates it (characters). */
const BEFORE = 60;
const AFTER = 30;
/** The clause a date stands in, as far as `BEFORE` / `AFTER` reach: cut at clause punctuation. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - BEFORE), start).split(/[.;:!?()—–]|,\s/u).at(-1) ?? '';
  const after = text.slice(end, end + AFTER).split(/[.;:!?()—–]|,\s/u)[0] ?? '';
  return `${before} ${after}`;
}

/** The event groups whose verbs stand in the clause of the date at `start`–`end`. */
export function eventGroupsAt(text: string, start: number, end: number): number[] {
  const clause = clauseAround(text, start, end);
  return EVENT_GROUPS.flatMap((group, index) => (group.test(clause) ? [index] : []));
}

/**
 * Whether two dates stand by verbs of one event group, written differently (`postponed to March
 * 8` / `pushed back to March 1`): one action told in other words. A verb both write alike is
 * the lexicon's to relate, not this relation's.
 */
export function datedByOneEvent(textA: string, a: { start: number; end: number }, textB: string, b: { start: number; end: number }): boolean {
  const [groupsA, groupsB] = [eventGroupsAt(textA, a.start, a.end), eventGroupsAt(textB, b.start, b.end)];
  return groupsA.some((group) => groupsB.includes(group) && verbAt(textA, a, group) !== verbAt(textB, b, group));
}
/** The verb of `group` a date's clause writes, lower-cased, with its inflection cut to a stem of four letters. */
function verbAt(text: string, at: { start: number; end: number }, group: number): string {
  const match = EVENT_GROUPS[group]?.exec(clauseAround(text, at.start, at.end));
  return (match?.[0] ?? '').toLowerCase().replace(/\s+/gu, ' ').slice(0, 4);
}

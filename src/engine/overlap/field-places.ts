/**
 * Places in a field a sentence tells (round 22n, decision 004): who came second told as
 * `finished second`, `came third`, `second place` or `the runner-up`. Two people's sentences
 * that tell one place share it as they would share a name (conflicts-people.ts).
 */
const PLACE_NUMBERS: ReadonlyMap<string, number> = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]]);
/**
 * The places in a field a sentence gives (`finished second`, `came third`, `second place`, `the
 * runner-up`: 2). `second` alone is no place (`their second try`), and neither is an ordinal
 * after `was`/`were` that ranks something else (mend D, session 17): `second only to Paris`,
 * `second to Rotterdam`, `third in command`, `in line`, or before a superlative (`second highest`).
 */
const NO_PLACE_AFTER_BE = String.raw`(?!\s+(?:only|to|in\s+(?:command|line)|most|least|worst|\p{L}+est)\b)`;
const PLACE_TOLD = new RegExp(
  String.raw`\b(?:(?:finish(?:ed|es|ing)?|came|comes|placed|ranked|ended)\s+(second|third|fourth|fifth)\b(?!-)|(?:was|were)\s+(second|third|fourth|fifth)\b(?!-)${NO_PLACE_AFTER_BE}|(second|third|fourth|fifth)[-\s]place\b|(runners?[-\s]up)\b)`,
  'giu',
);
export function placesIn(text: string): ReadonlySet<number> {
  const places = new Set<number>();
  for (const match of text.matchAll(PLACE_TOLD)) places.add(match[4] === undefined ? (PLACE_NUMBERS.get((match[1] ?? match[2] ?? match[3] ?? '').toLowerCase()) ?? 0) : 2);
  return places;
}

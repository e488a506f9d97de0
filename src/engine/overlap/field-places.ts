/**
 * Places in a field a sentence tells (round 22n, decision 004): who came second told as
 * `finished second`, `came third`, `second place` or `the runner-up`. Two people's sentences
 * that tell one place share it as they would share a name (conflicts-people.ts).
 */
const PLACE_NUMBERS: ReadonlyMap<string, number> = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]]);
/**
 * The places in a field a sentence gives (`finished second`, `came third`, `second place`, `the
 * runner-up`: 2). `second` alone is no place (`their second try`).
 */
const PLACE_TOLD = /\b(?:(?:finish(?:ed|es|ing)?|came|comes|placed|ranked|ended|was|were)\s+(second|third|fourth|fifth)\b(?!-)|(second|third|fourth|fifth)[-\s]place\b|(runners?[-\s]up)\b)/giu;
export function placesIn(text: string): ReadonlySet<number> {
  const places = new Set<number>();
  for (const match of text.matchAll(PLACE_TOLD)) places.add(match[3] === undefined ? (PLACE_NUMBERS.get((match[1] ?? match[2] ?? '').toLowerCase()) ?? 0) : 2);
  return places;
}

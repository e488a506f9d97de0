/**
 * Offsets in the engine are UTF-16 code units (JavaScript's), so a character outside the Basic
 * Multilingual Plane (an emoji, 𝒳) takes two: a high surrogate, then a low one. A cut or a mark
 * placed between the two would leave two broken halves.
 */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether offset `at` of `text` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
}

/** `at`, or one before it when `at` would split a surrogate pair: a cut there keeps whole characters. */
export function cutBetweenCharacters(text: string, at: number): number {
  return splitsPair(text, at) ? at - 1 : at;
}

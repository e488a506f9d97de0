/**
 * A dateline opens many wire stories: `(CNN) — `, `WASHINGTON (Reuters) - `,
 * `KYIV, Ukraine (AP) — `, and with the day of filing, `RIGA, Oct 4 (Reuters) - `. Some desks
 * write the place in title case (`Paris (AFP) – `, `Rio de Janeiro (AFP) - `): then the
 * parenthesis must read as an agency's name (capitalised words), so `Residents (about 300) – `
 * is prose. It is kept in the text (offsets stay true) but left out of titles.
 */
const FILED_ON = String.raw`(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|del|di|la|le|el|al)`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}[\p{L}.'’-]*(?:,?\s+(?:${PARTICLE}\s+)?\p{Lu}[\p{L}.'’-]*){0,4}`;
const AGENCY = String.raw`\(\p{Lu}[\p{L}.&/]*(?:\s\p{Lu}[\p{L}.&/]*){0,3}\)`;
const DATELINE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4})${FILED_ON}\s*(?:\([\p{L} .&/]{2,30}\))?|\([\p{L} .&/]{2,30}\)|${TITLE_PLACE}${FILED_ON}\s*${AGENCY})\s*[—–-]{1,2}\s+`,
  'u',
);

/** The length of the dateline that opens `paragraph`, or 0 when there is none. */
export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph);
  return match !== null && match[0].length <= 60 ? match[0].length : 0;
}

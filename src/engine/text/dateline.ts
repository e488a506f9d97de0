/**
 * A dateline opens many wire stories: `(CNN) — `, `WASHINGTON (Reuters) - `,
 * `KYIV, Ukraine (AP) — `, and with the day of filing, `RIGA, Oct 4 (Reuters) - `. It is kept
 * in the text (offsets stay true) but left out of titles.
 */
const FILED_ON = String.raw`(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?`;
const DATELINE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4})${FILED_ON}\s*(?:\([\p{L} .&/]{2,30}\))?|\([\p{L} .&/]{2,30}\))\s*[—–-]{1,2}\s+`,
  'u',
);

/** The length of the dateline that opens `paragraph`, or 0 when there is none. */
export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph);
  return match !== null && match[0].length <= 60 ? match[0].length : 0;
}

/**
 * Photo captions arrive with the credit run on: `… in Seoul, South Korea. Chung Sung-Jun/Getty
 * Images`. Split the credit off, exactly as written, and keep the caption before it.
 */

const AGENCY =
  String.raw`(?:Getty Images|Getty|Reuters|REUTERS|AP|AFP|EPA(?:-EFE)?|EFE|Shutterstock|Bloomberg|Xinhua|Anadolu(?: Agency)?|Alamy|Pool|Handout|Yonhap|Kyodo|Sipa(?: USA)?|SOPA Images|NurPhoto|LightRocket|TASS|Sputnik|WireImage|Stringer|Images|Photos?|Press|Agency|File|Courtesy\b.*|Submitted\b.*)`;

/** `(AP Photo/Jane Doe)`, `(Photo by Jung Yeon-je / AFP)`, `(Reuters)`, `[Ronn Dizon/AFP]`, `(Pic: RollingNews.ie)`. */
const BRACKETED_BODY = String.raw`(?:[^()[\]]*(?:/|\bvia\b|\bPhoto|\bImage|\bCredit|\bFile\b|\bPic(?:ture)?s?:)[^()[\]]*|\s*${AGENCY}\s*)`;
const PARENTHESISED = new RegExp(String.raw`\s*(\(${BRACKETED_BODY}\)|\[${BRACKETED_BODY}\])\s*$`, 'u');
/**
 * `(ABC News: Tim Swanston)`, `(AAP: Dean Lewins)`, `(Supplied: NSW Police)`, `(Supplied)`: a
 * source named in brackets, then the photographer. The source must say it is one (see
 * SOURCE_WORD below), so `(from left: Meloni, Scholz)` or `(Captain: Jane Doe)` stay in the caption.
 */
const SOURCE_BRACKETED = /\s*\(((?<source>\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3})(?::\s*[^()[\]:]{2,60})?)\)\s*$/u;

/**
 * `Photo: Reuters`, `Credit: Jane Doe/AP`, `Photograph by Jane Doe`, `Photographer: Jane Doe/Bloomberg`,
 * `Pic: Jane Doe`, `Photo: RollingNews.ie` (a dot inside a website's name ends no sentence).
 */
const LABELLED = /(?:^|(?<=[.!?”"’)]\s{1,3})|\s+[-–—|]\s+)((?:(?:Photo(?:graph(?:er)?)?|Image|Picture|Pic|Credit|Photo credit)s?\s*(?::|by)|Credit(?:\.{3}|…))\s*(?:[^.!?]|\.(?=[\p{L}\p{N}])){1,80})$/iu;
/**
 * The same label run on after a caption with no full stop (`… in Brno Photo: Jana Doe/CTK`):
 * capitalised and with its colon, which prose does not write mid-sentence.
 */
const RUN_ON_LABEL = /\s+((?:(?:Photo(?:graph(?:er)?)?|Image|Picture|Pic|Credit)s?:|Credit(?:\.{3}|…))\s*(?:[^.!?]|\.(?=[\p{L}\p{N}])){1,80})$/u;
/**
 * A picture agency run on after a caption with no full stop: `… for decades Getty Images`,
 * `… in Glasgow Jane Doe/AFP via Getty Images`. Only agencies whose name is no ordinary word, and
 * not after a word that would make the name part of the sentence (`works lent by Getty Images`).
 */
const RUN_ON_AGENCY =
  /(?<!\b(?:by|to|from|of|at|with|for|and|or|via|the|a|an))\s+((?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?\s?\/\s?)?(?:\p{Lu}[\p{L}-]*\s+via\s+)?(?:Getty Images|Alamy(?: Stock Photo)?|Shutterstock|PA Media|PA Wire|EPA-EFE))$/u;
/** A copyright sign opens a credit wherever it stands: `… since 2019 © Jane Doe/AFP via Getty Images`. */
const COPYRIGHT = /\s+(©\s*(?:\d{4}\s+)?\p{Lu}[^©]{1,80})$/u;
/**
 * An outlet's own credit after the caption's last sentence: its capitals, then `PHOTO` or `file
 * photo`, maybe a photographer (`ST PHOTO: LIM WEI TAN`, `CNA file photo`, `AFP PHOTO / Jane Doe`).
 * Case-sensitive: the capitals are what make it a source.
 */
const OUTLET_PHOTO = /(?:^|(?<=[.!?”"’)]\s{1,3}))(\p{Lu}{2,}(?: \p{Lu}{2,})? (?:PHOTO|Photo|FILE PHOTO|File photo|file photo)(?:\s*[:/]\s*[^.!?:/]{2,60})?)$/u;
/** A trailing run after the last sentence: `Chung Sung-Jun/Getty Images`, `AFP via Getty Images`. */
const TRAILING_CREDIT = new RegExp(
  String.raw`^(?:[\p{L}\p{N}.'’&-]+(?: [\p{L}\p{N}.'’&-]+){0,5}(?:\s?/\s?[\p{L}\p{N}.'’& -]{2,60}){1,3}|.{0,60}\bvia\s+${AGENCY}|(?:File|FILE)\s*[-–—:]?\s*.{0,60}|${AGENCY}(?:\s*/\s*[\p{L}.'’ -]{2,40})?)$`,
  'u',
);

/**
 * A bare name after the caption's last full sentence: `… at Hampden Park. SNS Group`, `PA Media`,
 * `Ministry of Defence`. Every word capitalised (joined by at most a lowercase `of`, `de`, `&`…),
 * no closing full stop; not after an abbreviation such as `Dr.` or `St.`, which ends no sentence.
 * A name alone may be a person or a place the photo shows (`Prince Charles and Lady Diana`,
 * `Kharkiv Oblast`), so it must also say it is a source: a word such as Media or Group, or an
 * agency's capitals (`PA`, `SNS`).
 */
const NAME_CREDIT = /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:of|de|du|del|la|van|von|&) )?\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const SOURCE_WORD = /(?:^|\s)(?:\p{Lu}{2,}|Images?|Media|Group|Press|Photos?|Photography|Pictures?|Agency|News|Service|Ministry|Department|Office|Handout|Archive|Collection)(?=\s|$)/u;
const ABBREVIATION_BEFORE = /(?:^|\s)(?:\p{L}|Dr|Mr|Mrs|Ms|Mx|St|Ste|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Jr|Sr|No|Nos|Inc|Co|Corp|Ltd|Bros|vs|v|Ave|Rd|Blvd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s+$/u;

/** No credit is longer than this (the longest seen is under 80 characters). */
const MAX_CREDIT_CHARS = 200;

export interface SplitCaption {
  caption: string | null;
  credit: string | null;
}

/** Offsets where a new sentence may start; an abbreviation such as `B.C.` also counts here. */
function sentenceBreaks(text: string): number[] {
  return [...text.matchAll(/[.!?][”"’)]?\s+(?=\S)/gu)].map((match) => match.index + match[0].length);
}

/** A credit runs on from no sentence of its own: any full stop inside it closes initials (`B.C.`). */
function endsNoSentence(tail: string): boolean {
  return sentenceBreaks(tail).every((at) => /(?:^|\s)(?:\p{L}\.)+\s+$/u.test(tail.slice(0, at)));
}

function isCreditLike(tail: string): boolean {
  return tail.split(/\s+/).length <= 10 && !/[.!?]$/.test(tail) && endsNoSentence(tail) && TRAILING_CREDIT.test(tail);
}

function result(caption: string, credit: string | null): SplitCaption {
  const trimmed = caption.trim();
  return { caption: trimmed === '' ? null : trimmed, credit };
}

export function splitCaption(line: string): SplitCaption {
  const text = line.trim();
  const parenthesised = PARENTHESISED.exec(text);
  if (parenthesised?.[1] !== undefined) return result(text.slice(0, parenthesised.index), parenthesised[1]);

  const sourced = SOURCE_BRACKETED.exec(text);
  const source = sourced?.groups?.['source'];
  if (sourced?.[1] !== undefined && source !== undefined && (source === 'Supplied' || SOURCE_WORD.test(source))) {
    return result(text.slice(0, sourced.index), text.slice(sourced.index).trim());
  }

  const outlet = OUTLET_PHOTO.exec(text);
  if (outlet?.[1] !== undefined) return result(text.slice(0, outlet.index), outlet[1]);

  const labelled = LABELLED.exec(text) ?? RUN_ON_LABEL.exec(text) ?? COPYRIGHT.exec(text);
  if (labelled?.[1] !== undefined) return result(text.slice(0, labelled.index), labelled[1].trim());

  // The longest credit-like tail after a sentence break: `B.C. Wildfire Service/The Canadian
  // Press` keeps its abbreviation. A line with no break may be a credit alone.
  // Only the last MAX_CREDIT_CHARS can be a credit: a long line with many breaks stays linear.
  const breaks = sentenceBreaks(text);
  for (const breakAt of breaks.length === 0 ? [0] : breaks) {
    if (text.length - breakAt > MAX_CREDIT_CHARS) continue;
    const tail = text.slice(breakAt);
    if (isCreditLike(tail)) return result(text.slice(0, breakAt), tail);
  }
  const lastBreak = breaks.at(-1);
  if (lastBreak !== undefined && text.length - lastBreak <= MAX_CREDIT_CHARS) {
    const tail = text.slice(lastBreak);
    if (NAME_CREDIT.test(tail) && SOURCE_WORD.test(tail) && !ABBREVIATION_BEFORE.test(text.slice(0, lastBreak))) return result(text.slice(0, lastBreak), tail);
  }
  const agency = RUN_ON_AGENCY.exec(text);
  if (agency?.[1] !== undefined) return result(text.slice(0, agency.index), agency[1]);
  return { caption: text, credit: null };
}

/** Whether a line on its own reads like a photo caption rather than a paragraph of prose. */
export function looksLikeCaption(line: string): boolean {
  if (splitCaption(line).credit !== null) return true;
  // Wire captions end on the date the photo was taken: `… Seoul, South Korea, Jan. 6, 2025.`
  if (/\b(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4})\.?$/u.test(line)) return true;
  return /^(?:FILE\b|File photo\b|In this (?:photo|image|handout)|Pictured\b)/u.test(line);
}

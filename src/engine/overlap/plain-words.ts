import { memoByText } from '../text/memo.ts';
import { withoutAccents } from './conflicts-common.ts';

/**
 * The words a report writes, lower-cased and without accents, hyphenated words also in their
 * parts (and the empty word when the text starts or ends with a separator, as the people's reader
 * always had it): whether it writes a surname or a name's word anywhere. Read once per text and kept with
 * the text's other work (text/memo.ts): the people's and the name slots' conflicts both ask it of
 * both reports, and each used to split and lower-case both whole reports itself (decision 004,
 * round 21s).
 */
export function plainWordsOf(text: string): ReadonlySet<string> {
  return memoByText(text, 'plain-words', () => plainWords(text, { keepEmpty: true }));
}

/** The words of a text or a name, lower-cased, without accents, hyphenated words also in their parts; the empty word only with `keepEmpty`. Not memoised: the slots call it on short name texts. */
export function plainWords(text: string, { keepEmpty = false } = {}): Set<string> {
  const words = new Set<string>();
  for (const word of withoutAccents(text).toLowerCase().split(/[^\p{L}\p{M}-]+/u)) {
    if (word === '' && !keepEmpty) continue;
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) words.add(part);
  }
  return words;
}

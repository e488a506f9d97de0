import { boundsATime, lemmasRelated, type Side } from './conflicts-common.ts';
import { nounsRelated } from './figure-nouns.ts';
import { isPartitive } from './figure-roles.ts';
import { isCeiling } from './quantities-agree.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { FigureIndex } from './quantities-index.ts';
import { shareSubject } from './quantities-shares.ts';
import type { Lexicon, Unit } from './units.ts';

/**
 * The figures of one side that the other report also gives somewhere (for the same kind of
 * thing): the two agree on those, whatever else either says. Computed once per comparison.
 */
export function figuresReportedIn(from: Side, other: Side, lexicon: Lexicon): Set<Unit> {
  // A part (`Two of the victims died in hospital`) is not a total: it gives no count of its own.
  // A vague amount (`dozens of people`) agrees with many figures but gives none of them.
  // A ceiling (`a buyback of up to $500 million`, `as much as half a billion`) agrees with every
  // smaller figure but gives none of them either.
  // Figures agree only within one unit (and currency), and only with figures near their value:
  // each is looked for among those alone (quantities-index.ts).
  // A person's age (`Ann Hale, 31,`) is read as an age, a length of years: it agrees with no count of `31 people`.
  const theirs = new FigureIndex(
    other.units.flatMap((unit): Quantity[] => {
      const quantity = unit.quantity;
      // So does a time that bounds another (`since 5am`, `By midday`), through a hedge too (`by about 7am`).
      if (quantity === null || isPartitive(other.text, quantity) || (quantity.hedged && quantity.resolution === 0) || isCeiling(quantity) || boundsATime(other.text, quantity)) return [];
      // A figure joined to a word by a hyphen (`their 17-digit number`, `the 101-seat chamber`)
      // counts that word: it agrees with no count of `17 crashes`.
      const joined = quantity.noun === null && quantity.unit === 'count' ? HYPHEN_NOUN.exec(other.text.slice(quantity.end, quantity.end + 24)) : null;
      return [joined?.[1] === undefined ? quantity : { ...quantity, noun: joined[1].toLowerCase() }];
    }),
    (quantity) => quantity,
  );
  // What each of the other's shares is a share of, read once for the call (`sharesOfOtherThings`).
  const subjects = new Map<Quantity, string | undefined>();
  const subjectOf = (their: Quantity): string | undefined => {
    if (!subjects.has(their)) subjects.set(their, shareSubject(other.text, their)?.word);
    return subjects.get(their);
  };
  const agreed = new Set<Unit>();
  for (const unit of from.units) {
    const quantity = unit.quantity;
    if (quantity === null) continue;
    const mine = shareSubject(from.text, quantity)?.word ?? null;
    const gives = (their: Quantity): boolean => quantitiesAgree(quantity, their) && nounsRelated(quantity, their, lexicon) && !sharesOfOtherThings(mine, their, subjectOf, lexicon);
    if (theirs.some(quantity, gives)) agreed.add(unit);
  }
  return agreed;
}

/**
 * A share with no counted noun whose subject is read (`Turnout was 54.1 per cent`,
 * quantities-shares.ts) is not given by a share of another thing (`claim 53 per cent of CPP
 * assets`, or another's subject): what the other is a share of (its noun, else its subject) is
 * read and unrelated. It narrows only what a share with no noun agrees with (it agreed with any
 * share); a share with a noun agrees as before.
 */
function sharesOfOtherThings(mine: string | null, their: Quantity, subjectOf: (their: Quantity) => string | undefined, lexicon: Lexicon): boolean {
  if (mine === null || their.unit !== 'percent') return false;
  const theirs = their.noun ?? subjectOf(their);
  return theirs !== undefined && !lemmasRelated(mine, theirs, lexicon);
}

const HYPHEN_NOUN = /^-(\p{L}+)(?![\p{L}-])/u;

/** What a comparison knows of both reports before it looks at sentence pairs. */
export interface Known {
  /** The figures each report also gives somewhere (`figuresReportedIn`). */
  agreed: ReadonlySet<Unit>;
  /** The names each report writes. */
  names: { a: ReadonlySet<string>; b: ReadonlySet<string> };
}

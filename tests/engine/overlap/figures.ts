import { findQuantities, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** The first figure read in `text` (a test fixture shared by the rounds' tests); throws if none. */
export const figure = (text: string): Quantity => {
  const found = findQuantities(text)[0];
  if (found === undefined) throw new Error(`no figure in ${text}`);
  return found;
};

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it (ECMAScript's
 * WhiteSpace and LineTerminator): tested on a character code, without a regular expression.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Where the `runs`-th run of non-space characters before `at` starts, looking back no further than
 * `floor`: a match that holds at most `runs` such runs before `at` (and starts on one) starts
 * there or later.
 */
export function startOfRunsBefore(text: string, at: number, runs: number, floor = 0): number {
  let i = at;
  for (let run = 0; run < runs && i > floor; run += 1) {
    while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i -= 1;
    while (i > floor && !isSpaceCode(text.charCodeAt(i - 1))) i -= 1;
  }
  return i;
}

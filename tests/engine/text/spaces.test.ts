import { describe, expect, it } from 'vitest';
import { isSpaceCode, startOfRunsBefore } from '../../../src/engine/text/spaces.ts';

describe('isSpaceCode', () => {
  it('reads every UTF-16 code unit as a regular expression’s \\s does', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('startOfRunsBefore', () => {
  const text = 'one  two\u00A0(three)\tfour';
  it('steps back over runs of non-space characters and the spaces between them', () => {
    const at = text.indexOf('four');
    expect(text.slice(startOfRunsBefore(text, at, 1), at)).toBe('(three)\t');
    expect(text.slice(startOfRunsBefore(text, at, 2), at)).toBe('two\u00A0(three)\t');
    expect(text.slice(startOfRunsBefore(text, at, 9), at)).toBe('one  two\u00A0(three)\t');
  });

  it('counts the run it stands in and looks back no further than the floor', () => {
    const at = text.indexOf('ree');
    expect(text.slice(startOfRunsBefore(text, at, 1), at)).toBe('(th');
    expect(startOfRunsBefore(text, at, 3, 6)).toBe(6);
  });
});

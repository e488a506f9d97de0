import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Read from disk: Vitest serves stylesheets to tests as empty, `?raw` included.
const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'features', 'compare', 'compare.css'), 'utf8');

// jsdom paints nothing, so this reads the rule itself (the pixels were checked in Chromium):
// `content-visibility: auto` implies paint containment, which clips at the padding box. Without
// padding, "In detail" cut off the selected fact's 2px ring and the 3px + 2px focus outline of
// its full-width buttons.
it('"In detail" leaves room inside its paint containment for rings and focus outlines', () => {
  const rule = /^\.compare-details\s*\{([^}]*)\}/m.exec(css)?.[1] ?? '';
  expect(rule).toMatch(/content-visibility:\s*auto/);
  const padding = /(?:^|;)\s*padding:\s*([\d.]+)rem\s*;/m.exec(rule)?.[1];
  expect(Number(padding)).toBeGreaterThanOrEqual(0.5); // 8px: more than the 5px a focus outline reaches out
  // The text stays where it was.
  expect(rule).toMatch(/margin-inline:\s*-([\d.]+)rem/);
  expect(/margin-inline:\s*-([\d.]+)rem/.exec(rule)?.[1]).toBe(padding);
});

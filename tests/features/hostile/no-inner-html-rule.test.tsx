import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The renderer's last line of defence before the CSP: untrusted text never becomes HTML. The
// rule lives in eslint.config.js; this proves it bites on the files that render text, so a
// careless edit of the config cannot switch it off. (tests/lint holds the layer rules' twin.)
const eslint = new ESLint({ cwd: process.cwd() });
const linter = new Linter({ configType: 'flat' });

async function innerHtmlMessages(filePath: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as { rules?: Record<string, Linter.RuleEntry> };
  const rule = config.rules?.['no-restricted-syntax'];
  if (rule === undefined) return [];
  const messages = linter.verify(
    code,
    [{ files: ['**/*.tsx'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { 'no-restricted-syntax': rule } }],
    filePath,
  );
  return messages.map((message) => message.message);
}

const UNSAFE = 'export const Body = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;\n';

describe('lint: no inner HTML', () => {
  // Loading the project's config (typescript-eslint and all) takes seconds on a busy machine.
  beforeAll(async () => {
    await eslint.calculateConfigForFile('src/app/example.tsx');
  }, 60_000);

  it.each(['src/features/reader/example.tsx', 'src/features/compare/example.tsx', 'src/components/ui/example.tsx', 'src/app/example.tsx'])(
    'refuses dangerouslySetInnerHTML in %s',
    async (filePath) => {
      expect(await innerHtmlMessages(filePath, UNSAFE)).toEqual(['Untrusted text is rendered as text: never set inner HTML.']);
    },
  );

  it.each([
    ['innerHTML', 'export function show(element: HTMLElement, html: string): void { element.innerHTML = html; }\n'],
    ['outerHTML', 'export function show(element: HTMLElement, html: string): void { element.outerHTML = html; }\n'],
    ['insertAdjacentHTML', "export function show(element: HTMLElement, html: string): void { element.insertAdjacentHTML('beforeend', html); }\n"],
    ['document.write', 'export function show(html: string): void { document.write(html); }\n'],
    ['createContextualFragment', 'export function show(range: Range, html: string): DocumentFragment { return range.createContextualFragment(html); }\n'],
    ['srcDoc', 'export const Frame = ({ html }: { html: string }) => <iframe title="x" srcDoc={html} />;\n'],
  ])('refuses %s outside JSX too', async (_name, code) => {
    expect(await innerHtmlMessages('src/features/reader/example.tsx', code)).toEqual(['Untrusted text is rendered as text: never set inner HTML.']);
  });

  it('lets text through', async () => {
    expect(await innerHtmlMessages('src/features/reader/example.tsx', 'export const Body = ({ text }: { text: string }) => <p>{text}</p>;\n')).toEqual([]);
  });
});

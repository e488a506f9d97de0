import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases prove they bite, so a careless edit
// of the config cannot silently switch them off. Each case takes the rule exactly as the
// project config resolves it for that path, and runs it alone (no type information needed).
const eslint = new ESLint({ cwd: process.cwd() });
const linter = new Linter({ configType: 'flat' });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as { rules?: Record<string, Linter.RuleEntry> };
  const rule = config.rules?.['no-restricted-imports'];
  if (rule === undefined) return [];
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } }],
    filePath,
  );
  return messages.map((message) => message.message);
}

describe('import direction (engine ← lib ← features ← app, cli → engine)', () => {
  it('keeps React, Node and the app out of the engine', async () => {
    const messages = await restrictedImports(
      'src/engine/digest/example.ts',
      "import { useState } from 'react';\nimport { readFile } from 'node:fs';\nimport { paths } from '../../lib/paths.ts';\nexport const all = [useState, readFile, paths];\n",
    );
    expect(messages).toHaveLength(3);
  });

  it('keeps one feature out of another', async () => {
    const messages = await restrictedImports('src/features/reader/example.ts', "import { LibraryPage } from '../library/library-page.tsx';\nexport const page = LibraryPage;\n");
    expect(messages).toEqual([expect.stringContaining('A feature never imports another feature')]);
  });

  it('lets a feature use lib and the engine', async () => {
    const messages = await restrictedImports(
      'src/features/reader/example.ts',
      "import { paths } from '../../lib/paths.ts';\nimport { parseDigest } from '../../engine/index.ts';\nexport const both = [paths, parseDigest];\n",
    );
    expect(messages).toEqual([]);
  });

  it('keeps lib and shared UI away from features and the app', async () => {
    expect(await restrictedImports('src/lib/example.ts', "import { App } from '../app/app.tsx';\nexport const app = App;\n")).toHaveLength(1);
    expect(await restrictedImports('src/components/ui/example.ts', "import { paths } from '../../lib/paths.ts';\nexport const p = paths;\n")).toHaveLength(1);
  });

  it('keeps the command line to the engine', async () => {
    expect(await restrictedImports('src/cli/example.ts', "import { paths } from '../lib/paths.ts';\nexport const p = paths;\n")).toHaveLength(1);
  });
});

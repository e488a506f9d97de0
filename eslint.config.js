// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: engine ← lib ← features ← app, and cli → engine
 * (docs/architecture.md). These rules make the direction a build failure, not a convention.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/', 'dist-when-read/', 'coverage/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.engine.json', './tsconfig.json', './tsconfig.node.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Route loaders throw react-router's data() responses on purpose: error elements render them.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'package', package: 'react-router', name: 'DataWithResponseInit' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is rendered as text: never set inner HTML.' },
        { selector: "JSXAttribute[name.name='srcDoc']", message: 'Untrusted text is rendered as text: never set inner HTML.' },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Untrusted text is rendered as text: never set inner HTML.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]",
          message: 'Untrusted text is rendered as text: never set inner HTML.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Untrusted text is rendered as text: never set inner HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict([
      layer(['**/lib/**', '**/features/**', '**/app/**', '**/components/**', '**/cli/**'], 'The engine is pure: it imports nothing from the app or the command line.'),
      layer(['react', 'react-dom', 'react-router', '@tanstack/*', 'node:*', 'fs', 'path'], 'The engine runs in the browser, a worker and Node alike: no React, DOM or Node imports.'),
    ]),
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: restrict([layer(['**/features/**', '**/app/**', '**/cli/**'], 'lib may import only the engine.')]),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: restrict([
      layer(['**/engine/**', '**/lib/**', '**/features/**', '**/app/**', '**/cli/**'], 'Shared UI pieces import nothing app-specific.'),
    ]),
  },
  {
    // Feature folders are flat, so `../name/…` from a feature file is always another feature.
    files: ['src/features/*/*.{ts,tsx}'],
    rules: restrict([
      layer(['**/app/**', '**/cli/**'], 'Features never import the app shell or the command line.'),
      { regex: String.raw`^\.\./(?!\.\./)`, message: 'A feature never imports another feature.' },
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([layer(['**/lib/**', '**/features/**', '**/app/**', '**/components/**'], 'The command line imports only the engine.')]),
  },
  {
    files: ['scripts/**/*.mjs', 'src/cli/**/*.ts', '*.config.{js,ts}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
);

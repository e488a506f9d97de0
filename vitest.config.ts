import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          // Vitest's 5 s default is too tight on a shared 2-core machine under load (the lint test
          // loads ESLint's whole config on its first case). No test asserts a timing.
          testTimeout: 20_000,
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/fast-check.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'features',
          environment: 'jsdom',
          // Rendering the comparison view takes over 5 s when both cores are busy (CI machines are
          // shared); a timeout here means "stuck", not "slow". Speed is measured by the benches.
          testTimeout: 15_000,
          include: ['tests/features/**/*.test.tsx', 'tests/lib/**/*.test.ts', 'tests/app/**/*.test.tsx'],
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/fast-check.ts', 'tests/setup/dom.ts'],
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
        },
      },
    ],
  },
});

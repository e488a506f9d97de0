import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one of the command-line entries (`src/cli/compare.ts`, …) as a user would, from the project root. */
export function runCli(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

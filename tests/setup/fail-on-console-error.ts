import { afterEach, beforeEach, vi } from 'vitest';

// Any console.error (React warnings, failed act(), unexpected logging) fails the test that
// caused it, so a noisy test cannot pass unnoticed.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) {
    const first = errors[0]?.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
    throw new Error(`console.error was called ${errors.length} time(s) during the test; first: ${first ?? ''}`);
  }
});

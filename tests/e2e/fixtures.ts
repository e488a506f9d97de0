import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** What the browser reports when the Content-Security-Policy refuses something. */
export interface CspViolation {
  directive: string;
  blockedUri: string;
  sourceFile: string;
  sample: string;
}

/** A test's way to say which problems it causes on purpose (the security spec does). */
export interface PageGuard {
  /** The CSP violations seen so far; taken ones no longer fail the test. */
  takeCspViolations(): CspViolation[];
  /** A console error matching this is expected (Chromium logs every refused script). */
  allowConsoleError(pattern: RegExp): void;
}

const REPORT_BINDING = '__parallaxReportCspViolation';

// Runs in every document before its own scripts. The binding hands each violation to the test
// at once, so one that happens just before a navigation or reload is not lost with the page.
function listenForCspViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, ((violation: unknown) => Promise<void>) | undefined>)[binding];
    void report?.({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedUri: event.blockedURI,
      sourceFile: event.sourceFile,
      sample: event.sample,
    });
  });
}

function describeCspViolation(violation: CspViolation): string {
  const where = violation.sourceFile === '' ? '' : ` (in ${violation.sourceFile})`;
  const sample = violation.sample === '' ? '' : `: ${violation.sample}`;
  return `CSP violation: ${violation.directive} refused ${violation.blockedUri || 'inline code'}${where}${sample}`;
}

/** The problems one test's page ran into; the `page` fixture fills it, the test may take from it. */
class GuardState implements PageGuard {
  readonly consoleErrors: string[] = [];
  private readonly allowed: RegExp[] = [];
  private violations: CspViolation[] = [];

  record(violation: CspViolation): void {
    this.violations.push(violation);
  }

  takeCspViolations(): CspViolation[] {
    const taken = this.violations;
    this.violations = [];
    return taken;
  }

  allowConsoleError(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  problems(): string[] {
    return [
      ...this.consoleErrors.filter((text) => !this.allowed.some((pattern) => pattern.test(text))),
      ...this.violations.map(describeCspViolation),
    ];
  }
}

/**
 * Playwright's `test`, with a `page` that fails the test if, at any point during it, the page
 * logs a console error, throws an uncaught error, or breaks the Content-Security-Policy
 * (checked when the test ends). `pageGuard` lets a test own the problems it causes on purpose.
 */
export const test = base.extend<{ pageGuard: PageGuard; guardState: GuardState }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  guardState: async ({}, use) => {
    await use(new GuardState());
  },

  pageGuard: async ({ guardState }, use) => {
    await use(guardState);
  },

  page: async ({ page, guardState }, use) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      const where = url ? ` (at ${url}${lineNumber ? `:${lineNumber}` : ''})` : '';
      guardState.consoleErrors.push(`console.error: ${message.text()}${where}`);
    });
    page.on('pageerror', (error) => {
      guardState.consoleErrors.push(`uncaught ${error.name}: ${error.message}`);
    });
    await page.exposeBinding(REPORT_BINDING, (_source, violation: CspViolation) => {
      guardState.record(violation);
    });
    await page.addInitScript(listenForCspViolations, REPORT_BINDING);

    await use(page);

    // Violation events are queued as tasks: let the page run them, so a report still on its
    // way arrives before the check (a closed page has nothing left to report).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100))).catch(() => undefined);
    expect(guardState.problems(), 'the page logged errors or broke the Content-Security-Policy during the test').toEqual([]);
  },
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails with a readable list. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(describeViolation);
  expect(violations, `axe found ${violations.length} accessibility violation(s) on ${page.url()}`).toEqual([]);
}

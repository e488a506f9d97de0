export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface AuditPage {
  name: string;
  path: string;
}

export interface PageResult {
  name: string;
  url: string;
  /** 0–100 per category audited. */
  scores: Record<string, number>;
  /** FCP, LCP, TBT, Speed Index in milliseconds and CLS unitless; null when Lighthouse did not measure it. */
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si', number | null>;
  /** Per category: the weighted audits that did not pass, as `id: title (value)`. */
  failing: Record<string, string[]>;
  /** Lighthouse's CPU benchmark of the host for this run (lhr.environment.benchmarkIndex); null if absent. */
  benchmarkIndex: number | null;
}

export declare const CATEGORIES: readonly Category[];
export declare const TARGETS: Readonly<Record<Category, number>>;
/** The metrics reported beside the scores: key → Lighthouse audit id. */
export declare const METRICS: Readonly<Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si', string>>;

/** The library, the first article and the first bundled comparison (with a fact) from dist/. */
export declare function pagesToAudit(dist?: string): AuditPage[];

/** Lighthouse (mobile preset) on each page, one after another, in one headless Chromium. */
export declare function runLighthouse(options: {
  baseURL: string;
  pages: AuditPage[];
  categories?: readonly Category[];
  /** Called with each page's full Lighthouse result and its artifacts (the trace among them), before the next page is audited. */
  onReport?: (name: string, lhr: unknown, artifacts?: unknown) => void | Promise<void>;
}): Promise<PageResult[]>;

export declare function formatTable(results: PageResult[], categories?: readonly Category[]): string;

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
  /** Per category: the weighted audits that did not pass, as `id: title (value)`. */
  failing: Record<string, string[]>;
}

export declare const CATEGORIES: readonly Category[];
export declare const TARGETS: Readonly<Record<Category, number>>;

/** The library, the first article and the first bundled comparison (with a fact) from dist/. */
export declare function pagesToAudit(dist?: string): AuditPage[];

/** Lighthouse (mobile preset) on each page, one after another, in one headless Chromium. */
export declare function runLighthouse(options: { baseURL: string; pages: AuditPage[]; categories?: readonly Category[] }): Promise<PageResult[]>;

export declare function formatTable(results: PageResult[], categories?: readonly Category[]): string;

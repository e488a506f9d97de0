/** The engine's only public entry: pure TypeScript, no DOM, no Node, no React. */
export { parseDigest, tryParseDigest } from './digest/parse-digest.ts';
export { MAX_ARTICLE_CHARS, MAX_DIGEST_CHARS } from './limits.ts';
export type { ParseOptions, ParseResult } from './digest/parse-digest.ts';
export { DigestError } from './digest/digest-error.ts';
export type { DigestProblem } from './digest/digest-error.ts';
export { resolveOutlet } from './digest/outlets.ts';
export { summarizeArticle, buildLibraryIndex } from './library/summaries.ts';
export { toContractJson, toContractComparison } from './contract.ts';
export { compareArticles, compareAllPairs } from './overlap/compare.ts';
export { conflictNote } from './overlap/types.ts';
export type { Comparison, SharedFact, Conflict, FactKind } from './overlap/types.ts';
export type { ContractOutput, ContractArticle } from './contract.ts';
export * from './schema.ts';
export { splitSentences } from './text/sentences.ts';
export { charRange, sliceRange } from './text/ranges.ts';
export type { CharOffset, CharRange } from './text/ranges.ts';

import type { DraftModel } from './draft-model.ts';

/** Placeholder until scripts/train-draft-model.ts writes this file: the hand-set rules. */
export const DRAFT_MODEL: DraftModel | null = null;

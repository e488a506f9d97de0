import type { VirtualStoryList } from './virtual-story-list.tsx';

/** Above this many stories the list renders only the cards near the viewport. */
export const VIRTUAL_LIST_FROM = 40;

let loading: Promise<{ VirtualStoryList: typeof VirtualStoryList }> | null = null;

/**
 * The virtual list's chunk (~10 KiB gzip), fetched once and only for a long library: a short
 * one never renders it, so never downloads it (tests/build/budgets.test.ts reports both).
 */
export function loadVirtualStoryList(): Promise<{ VirtualStoryList: typeof VirtualStoryList }> {
  loading ??= import('./virtual-story-list.tsx');
  return loading;
}

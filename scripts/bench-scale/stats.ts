/** Small helpers shared by the scale bench's parts (scripts/bench-scale.ts). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Typed letter by letter in the browser; every prefix is a search (the engine is timed on the same ones in Node). */
export const QUERY = 'earthquake rescuers manila';

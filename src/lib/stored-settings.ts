import { useCallback, useSyncExternalStore } from 'react';

export interface StoredSettingsOptions<T> {
  /** The localStorage key; bump its version when the shape changes. */
  key: string;
  /** Reads a stored value, filling in defaults for anything missing or damaged. */
  parse: (stored: unknown) => T;
  /** The settings when nothing is stored (called each time, so it may ask the system). */
  defaults: () => T;
  /** Runs whenever the settings change, here or in another tab. */
  onChange?: (value: T) => void;
}

export interface StoredSettings<T> {
  load: () => T;
  save: (patch: Partial<T>) => void;
  use: () => [T, (patch: Partial<T>) => void];
}

/**
 * Settings a reader chose, kept in localStorage and shared by every component that shows them
 * (and by other tabs). A damaged entry falls back to the defaults; with storage disabled the
 * settings last for this page only. The loaded value is stable until it changes, as
 * useSyncExternalStore needs.
 */
export function createStoredSettings<T extends object>({ key, parse, defaults, onChange }: StoredSettingsOptions<T>): StoredSettings<T> {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } | null = null;
  const serverValue = defaults();

  const readRaw = (): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };

  const load = (): T => {
    const raw = readRaw();
    if (cached !== null && cached.raw === raw) return cached.value;
    let value = defaults();
    if (raw !== null) {
      try {
        value = parse(JSON.parse(raw));
      } catch {
        // A damaged entry: the defaults, rather than a broken page.
      }
    }
    cached = { raw, value };
    return value;
  };

  const notify = (): void => {
    onChange?.(load());
    for (const listener of listeners) listener();
  };

  const save = (patch: Partial<T>): void => {
    const next = { ...load(), ...patch };
    try {
      window.localStorage.setItem(key, JSON.stringify(next));
      cached = null;
    } catch {
      cached = { raw: readRaw(), value: next };
    }
    notify();
  };

  const onStorage = (event: StorageEvent): void => {
    if (event.key === key) notify();
  };

  const subscribe = (listener: () => void): (() => void) => {
    if (listeners.size === 0) window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  };

  const use = (): [T, (patch: Partial<T>) => void] => {
    const value = useSyncExternalStore(subscribe, load, () => serverValue);
    const update = useCallback((patch: Partial<T>) => save(patch), []);
    return [value, update];
  };

  return { load, save, use };
}

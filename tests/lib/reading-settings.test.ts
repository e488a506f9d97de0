import { afterEach, describe, expect, it } from 'vitest';
import { loadReadingSettings, saveReadingSettings } from '../../src/lib/reading-settings.ts';

const KEY = 'parallax:reading-settings:v1';

describe('reading settings in localStorage', () => {
  afterEach(() => window.localStorage.clear());

  it('reads back what was saved', () => {
    saveReadingSettings({ theme: 'sepia', textSize: 'large' });
    expect(loadReadingSettings()).toEqual({ theme: 'sepia', textSize: 'large' });
  });

  it('keeps a valid field and replaces a damaged one with its default', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ theme: 'dark', textSize: 'enormous' }));
    expect(loadReadingSettings()).toEqual({ theme: 'dark', textSize: 'medium' });
  });

  it('ignores values of the wrong type and stored text that is not JSON', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ theme: ['dark'], textSize: 3 }));
    expect(loadReadingSettings()).toEqual({ theme: 'light', textSize: 'medium' });
    window.localStorage.setItem(KEY, '{not json');
    expect(loadReadingSettings()).toEqual({ theme: 'light', textSize: 'medium' });
  });
});

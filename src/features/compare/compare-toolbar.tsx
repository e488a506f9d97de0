import { memo } from 'react';
import { secondaryButton } from '../../components/ui/button-classes.ts';
import type { CompareSettings } from '../../lib/compare-settings.ts';
import { CopyMarkdownButton } from './copy-markdown-button.tsx';
import { StrictnessControl } from './strictness-control.tsx';

interface CompareToolbarProps {
  settings: CompareSettings;
  shownFacts: number;
  totalFacts: number;
  onSettings: (patch: Partial<CompareSettings>) => void;
  getMarkdown: () => string;
  onShortcuts: () => void;
}

/** Strictness, the unique-material tint, export and help. */
export const CompareToolbar = memo(function CompareToolbar({ settings, shownFacts, totalFacts, onSettings, getMarkdown, onShortcuts }: CompareToolbarProps) {
  return (
    <section aria-label="Comparison settings" className="compare-toolbar flex flex-wrap items-end gap-x-6 gap-y-3 rounded-xl border border-line bg-surface px-4 py-3">
      <StrictnessControl value={settings.minScore} shown={shownFacts} total={totalFacts} onChange={(minScore) => onSettings({ minScore })} />
      <label className="flex items-center gap-2 pb-1 text-sm">
        <input type="checkbox" checked={settings.tintUnique} onChange={(event) => onSettings({ tintUnique: event.target.checked })} className="h-4 w-4 accent-(--accent)" />
        Tint what only one reports
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <CopyMarkdownButton getMarkdown={getMarkdown} />
        <button type="button" className={secondaryButton} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className={secondaryButton} onClick={onShortcuts} aria-keyshortcuts="?">
          Shortcuts
        </button>
      </div>
    </section>
  );
});

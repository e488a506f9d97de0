import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useArticle } from '../../lib/data/article.ts';
import { useComparison } from '../../lib/data/comparisons.ts';
import { useCompareSettings } from '../../lib/compare-settings.ts';
import { useReadingSettings, type TextSize } from '../../lib/reading-settings.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { behavior, scrollIntoView } from './align-columns.ts';
import { CompareColumn } from './compare-column.tsx';
import { CompareHeader } from './compare-header.tsx';
import { buildCompareModel, SIDES, type Side } from './compare-model.ts';
import { CompareToolbar } from './compare-toolbar.tsx';
import { comparisonToMarkdown } from './comparison-markdown.ts';
import { HiddenFactNotice } from './hidden-fact-notice.tsx';
import { SelectionBar } from './selection-bar.tsx';
import { ShortcutsDialog, showDialog } from './shortcuts-dialog.tsx';
import { SideSwitch } from './side-switch.tsx';
import { SummaryGlance } from './summary-glance.tsx';
import { SummaryPanel } from './summary-panel.tsx';
import { usePaintStages } from './use-after-first-paint.ts';
import { useCompareSelection } from './use-compare-selection.ts';
import { useCompareShortcuts } from './use-compare-shortcuts.ts';

const BODY_SIZE: Record<TextSize, string> = {
  small: 'text-[1rem]',
  medium: 'text-[1.0625rem]',
  large: 'text-[1.25rem]',
  'x-large': 'text-[1.5rem]',
};

/** Two reports side by side: marks, selection, summary, strictness and export. */
export function ComparisonView({ aId, bId }: { aId: string; bId: string }) {
  const a = useArticle(aId);
  const b = useArticle(bId);
  const articles = useMemo(() => ({ a, b }), [a, b]);
  const query = useComparison(a, b);
  const [settings, updateSettings] = useCompareSettings();
  const location = useLocation();
  const [reading] = useReadingSettings();
  const comparison = query.data?.comparison ?? null;
  const model = useMemo(() => buildCompareModel(a, b, comparison, settings.minScore), [a, b, comparison, settings.minScore]);

  const [shownSide, setShownSide] = useState<Side>('a');
  const wide = useMediaQuery('(min-width: 48rem)', true);
  const lastSide = useRef<Side>('a');
  const scrollerA = useRef<HTMLDivElement>(null);
  const scrollerB = useRef<HTMLDivElement>(null);
  const scrollerRefs = useMemo(() => ({ a: scrollerA, b: scrollerB }), []);
  const helpDialog = useRef<HTMLDialogElement>(null);
  // What is not on the first screen follows it, a paint at a time (issue #5): (1) the marks'
  // hidden descriptions and, on a narrow screen, the report not shown; (2) "In detail"'s facts
  // and conflicts, below both reports; (3) its "Only in" lists.
  const stage = usePaintStages(3);
  const { selectedId: wantedId, select, align } = useCompareSelection(scrollerRefs, shownSide);
  const selected = model.sequence.find((item) => item.id === wantedId) ?? null;
  const selectedId = selected?.id ?? null;

  // A linked fact may arrive after the first paint (computed in the worker), or its mark with the
  // report not shown: align it then.
  useEffect(align, [align, model, stage]);

  const step = useCallback(
    (delta: 1 | -1) => {
      const items = model.sequence;
      if (items.length === 0) return;
      const at = items.findIndex((item) => item.id === selectedId);
      const next = at === -1 ? (delta === 1 ? 0 : items.length - 1) : (at + delta + items.length) % items.length;
      const item = items[next];
      if (item !== undefined) select(item.id, { focusSide: wide ? lastSide.current : shownSide });
    },
    [model.sequence, selectedId, select, shownSide, wide],
  );

  useCompareShortcuts({
    next: () => step(1),
    previous: () => step(-1),
    clear: () => select(null),
    help: () => showDialog(helpDialog.current),
  });

  const onSelectMark = useCallback(
    (id: string, side: Side, mark: HTMLElement) => {
      lastSide.current = side;
      select(id, { origin: { side, top: mark.getBoundingClientRect().top } });
    },
    [select],
  );
  const onSummarySelect = useCallback((id: string) => select(id, {}), [select]);
  const onShortcuts = useCallback(() => showDialog(helpDialog.current), []);
  const onShowSide = (side: Side): void => {
    setShownSide(side);
    lastSide.current = side;
    if (selectedId !== null) select(selectedId, { focusSide: side });
  };
  const onShowUnique = useCallback((side: Side, sentenceId: string): void => {
    setShownSide(side);
    requestAnimationFrame(() => {
      const scroller = scrollerRefs[side].current;
      const sentence = scroller?.querySelector<HTMLElement>(`[data-unique-id="${sentenceId}"]`);
      if (sentence == null) return;
      scrollIntoView(sentence, { block: 'center', behavior: behavior() });
      sentence.classList.add('compare-unique-flash');
      window.setTimeout(() => sentence.classList.remove('compare-unique-flash'), 1600);
    });
  }, [scrollerRefs]);
  const getMarkdown = useCallback(
    (): string => comparisonToMarkdown({ model, articles, minScore: settings.minScore, url: `${window.location.origin}${location.pathname}` }),
    [model, articles, settings.minScore, location.pathname],
  );

  useEffect(() => {
    document.title = `${a.outlet.name} and ${b.outlet.name} compared · Parallax`;
  }, [a.outlet.name, b.outlet.name]);

  return (
    <div data-compare-page="" className="compare-page mx-auto max-w-7xl px-4 py-6 wrap-break-word">
      <CompareHeader articles={articles} source={query.data?.source ?? null} />
      <div className="mt-4 space-y-4">
        <SummaryGlance model={model} articles={articles} status={query.status} />
        <CompareToolbar
          settings={settings}
          shownFacts={model.facts.length}
          totalFacts={comparison?.facts.length ?? 0}
          onSettings={updateSettings}
          getMarkdown={getMarkdown}
          onShortcuts={onShortcuts}
        />
        {query.isError ? (
          <p role="alert" className="rounded-xl border border-line bg-surface p-4 text-danger">
            The comparison could not be made: {query.error.message}{' '}
            <button type="button" className="font-medium underline" onClick={() => void query.refetch()}>
              Try again
            </button>
          </p>
        ) : null}
        <HiddenFactNotice wantedId={wantedId} selected={selected} comparison={comparison} onShow={(minScore) => updateSettings({ minScore })} />
      </div>
      <div className="mt-4">
        <SelectionBar
          item={selected}
          factCount={model.facts.length}
          conflictCount={model.conflicts.length}
          articles={articles}
          shownSide={shownSide}
          onStep={step}
          onClear={() => select(null)}
          onShowSide={onShowSide}
        />
        <div className="mt-3 md:hidden">
          <SideSwitch articles={articles} shownSide={shownSide} onChange={onShowSide} />
        </div>
        <div className="compare-columns mt-3 grid gap-4 md:grid-cols-2">
          {SIDES.map((side) => (
            <CompareColumn
              key={side}
              side={side}
              article={articles[side]}
              other={articles[side === 'a' ? 'b' : 'a']}
              items={model.sequence}
              unique={model.sides[side].unique}
              selectedId={selectedId}
              tintUnique={settings.tintUnique}
              shown={side === shownSide}
              withText={wide || side === shownSide || stage >= 1}
              withDescriptions={stage >= 1}
              textSizeClass={BODY_SIZE[reading.textSize]}
              scrollerRef={scrollerRefs[side]}
              onSelect={onSelectMark}
            />
          ))}
        </div>
      </div>
      {stage >= 2 ? (
        <SummaryPanel model={model} articles={articles} selectedId={selectedId} onSelect={onSummarySelect} onShowUnique={onShowUnique} withUnique={stage >= 3} />
      ) : null}
      <ShortcutsDialog dialogRef={helpDialog} />
    </div>
  );
}

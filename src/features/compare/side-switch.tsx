import type { Article } from '../../engine/index.ts';
import { SIDES, type Side } from './compare-model.ts';

interface SideSwitchProps {
  articles: Record<Side, Article>;
  shownSide: Side;
  onChange: (side: Side) => void;
}

/** On narrow screens one report shows at a time; this switches, keeping the selection. */
export function SideSwitch({ articles, shownSide, onChange }: SideSwitchProps) {
  return (
    <div role="group" aria-label="Report shown" className="compare-side-switch flex overflow-hidden rounded-lg border border-line md:hidden">
      {SIDES.map((side) => (
        <button
          key={side}
          type="button"
          aria-pressed={side === shownSide}
          onClick={() => onChange(side)}
          className="flex-1 border-r border-line px-3 py-2 text-sm font-medium last:border-r-0 aria-pressed:bg-accent aria-pressed:font-semibold aria-pressed:text-accent-ink"
        >
          {articles[side].outlet.name}
        </button>
      ))}
    </div>
  );
}

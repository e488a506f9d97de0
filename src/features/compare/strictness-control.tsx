import { useId } from 'react';

interface StrictnessControlProps {
  value: number;
  shown: number;
  total: number;
  onChange: (value: number) => void;
}

/** Minimum confidence for a highlighted fact: a slider that filters as it moves. */
export function StrictnessControl({ value, shown, total, onChange }: StrictnessControlProps) {
  const id = useId();
  const percent = Math.round(value * 100);
  const valueText = percent === 0 ? 'any confidence' : `at least ${percent}%`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        Minimum confidence
      </label>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={0}
          max={95}
          step={5}
          value={percent}
          aria-valuetext={`${valueText}; ${shown} of ${total} facts shown`}
          onChange={(event) => onChange(Number(event.target.value) / 100)}
          className="w-36 accent-(--accent)"
        />
        <output htmlFor={id} className="min-w-28 text-sm tabular-nums">
          {percent === 0 ? 'Any' : `≥ ${percent}%`} · {shown}/{total}
        </output>
      </div>
    </div>
  );
}

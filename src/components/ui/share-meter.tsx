interface ShareMeterProps {
  label: string;
  /** 0..1 */
  value: number;
  /** Said in words next to the bar, e.g. `4 of 9 sentences`. */
  detail: string;
}

/** A small horizontal meter: the bar for the eye, the words for everyone. */
export function ShareMeter({ label, value, detail }: ShareMeterProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums text-muted">
          {percent}% · {detail}
        </span>
      </div>
      <div
        role="meter"
        aria-label={`${label}: share of sentences with a shared fact`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${detail}`}
        className="h-2 overflow-hidden rounded-full border border-line bg-badge"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

import { useId } from 'react';

interface OutletFilterProps {
  outlets: readonly string[];
  value: string | null;
  onChange: (outlet: string | null) => void;
}

const ALL = '';

export function OutletFilter({ outlets, value, onChange }: OutletFilterProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        Outlet
      </label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.target.value === ALL ? null : event.target.value)}
        className="rounded-lg border border-line bg-surface px-3 py-2 text-ink"
      >
        <option value={ALL}>All outlets</option>
        {outlets.map((outlet) => (
          <option key={outlet} value={outlet}>
            {outlet}
          </option>
        ))}
      </select>
    </div>
  );
}

import { THEMES, TEXT_SIZES, useReadingSettings, type TextSize, type Theme } from '../../lib/reading-settings.ts';

const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const SIZE_LABELS: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' };

interface SegmentedProps<Value extends string> {
  legend: string;
  name: string;
  options: readonly Value[];
  labels: Record<Value, string>;
  value: Value;
  onChange: (value: Value) => void;
}

/** Native radios styled as a segmented control: arrow keys, labels and state come for free. */
function Segmented<Value extends string>({ legend, name, options, labels, value, onChange }: SegmentedProps<Value>) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="float-left mr-2 text-sm font-medium text-muted">{legend}</legend>
      <div className="inline-flex overflow-hidden rounded-lg border border-line">
        {options.map((option) => (
          <label
            key={option}
            className="cursor-pointer border-r border-line px-3 py-1.5 text-sm last:border-r-0 has-checked:bg-accent has-checked:font-semibold has-checked:text-accent-ink has-focus-visible:outline-3 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ReadingSettingsBar() {
  const [settings, update] = useReadingSettings();
  return (
    <section aria-label="Reading settings" className="flex flex-wrap gap-x-6 gap-y-3 rounded-xl border border-line bg-surface px-4 py-3">
      <Segmented legend="Text size" name="text-size" options={TEXT_SIZES} labels={SIZE_LABELS} value={settings.textSize} onChange={(textSize) => update({ textSize })} />
      <Segmented legend="Theme" name="theme" options={THEMES} labels={THEME_LABELS} value={settings.theme} onChange={(theme) => update({ theme })} />
    </section>
  );
}

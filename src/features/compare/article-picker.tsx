import { useId } from 'react';
import type { StoryEntry } from '../../engine/index.ts';

interface ArticlePickerProps {
  label: string;
  stories: readonly StoryEntry[];
  value: string;
  onChange: (articleId: string) => void;
}

/** Any report of any story, grouped by story. */
export function ArticlePicker({ label, stories, value, onChange }: ArticlePickerProps) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-muted">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink">
        {stories.map((story) => (
          <optgroup key={story.id} label={story.title}>
            {story.articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.outlet.name} — {article.headline ?? article.headlineDerived ?? article.lede}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

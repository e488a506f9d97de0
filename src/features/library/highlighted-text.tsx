import { highlightRanges, splitByRanges } from '../../lib/search/highlight.ts';

/** Text with the words a search matched wrapped in <mark>: built from text nodes, never from HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitByRanges(text, highlightRanges(text, terms)).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="rounded-sm bg-accent/20 px-0.5 text-ink">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

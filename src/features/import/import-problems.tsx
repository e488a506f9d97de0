import { forwardRef } from 'react';
import type { ImportFailure } from './use-import-flow.ts';

interface ImportProblemsProps {
  failures: readonly ImportFailure[];
  /** Shown when the digest was built from the article form, so its line numbers make sense. */
  digestText: string | null;
}

/** Every problem of every digest that failed, by file and line, with the offending line as written. */
export const ImportProblems = forwardRef<HTMLHeadingElement, ImportProblemsProps>(function ImportProblems({ failures, digestText }, headingRef) {
  const count = failures.length;
  return (
    <section aria-labelledby="import-problems-heading" className="rounded-2xl border-2 border-danger bg-surface p-5">
      <h2 id="import-problems-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-danger outline-none">
        {count === 1 ? `Could not import ${failures[0]?.file ?? 'the digest'}` : `Could not import ${count} digests`}
      </h2>
      <p className="mt-2">Nothing from {count === 1 ? 'it' : 'them'} has been saved: a digest is saved whole or not at all. Fix the lines below and import again.</p>
      <ul className="mt-4 space-y-4">
        {failures.map((failure, index) => (
          <li key={`${failure.file}-${index}`}>
            <h3 className="font-semibold">{failure.file}</h3>
            <ol className="mt-2 space-y-3">
              {failure.problems.map((problem, problemIndex) => (
                <li key={problemIndex} className="rounded-lg border border-line p-3">
                  <p>
                    <strong>{problem.line > 0 ? `Line ${problem.line}` : 'Whole file'}:</strong> {problem.problem}.
                  </p>
                  <p className="mt-1 text-sm text-muted">Expected {problem.expected}.</p>
                  {problem.excerpt !== null && problem.excerpt !== '' ? (
                    <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-badge px-2 py-1 text-sm">
                      <code aria-label={problem.line > 0 ? `Line ${problem.line} as written` : 'As written'}>{problem.excerpt}</code>
                    </pre>
                  ) : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
      {digestText === null ? null : (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">The digest made from the article form</summary>
          <ol className="mt-2 list-decimal pl-10 font-mono text-sm">
            {digestText.trimEnd().split('\n').map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
});

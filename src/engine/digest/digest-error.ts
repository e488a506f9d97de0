import { cutBetweenCharacters } from '../text/characters.ts';

export interface DigestProblem {
  /** 1-based line in the digest; 0 when the problem is the file as a whole. */
  line: number;
  /** What is wrong, in a reader's words. */
  problem: string;
  /** What the parser expected instead. */
  expected: string;
  /** The offending line as written (shortened when very long), or null. */
  excerpt: string | null;
}

const MAX_EXCERPT = 160;
/** The message lists this many problems (the first, by line) and counts the rest; `problems` keeps them all. */
const MAX_LISTED = 20;

export function excerptOf(line: string): string {
  if (line.length <= MAX_EXCERPT) return line;
  // Never cut between the two halves of a surrogate pair (an emoji): the message stays text.
  return `${line.slice(0, cutBetweenCharacters(line, MAX_EXCERPT))}…`;
}

function formatProblem(file: string, problem: DigestProblem): string {
  const where = problem.line > 0 ? `${file}:${problem.line}` : file;
  return `${where}: ${problem.problem}; expected ${problem.expected}.`;
}

/** The only error the digest parser throws: it names the file, the line and what was expected. */
export class DigestError extends Error {
  override readonly name = 'DigestError';
  readonly file: string;
  readonly problems: readonly DigestProblem[];

  constructor(file: string, problems: readonly DigestProblem[]) {
    if (problems.length === 0) throw new RangeError('a DigestError needs at least one problem');
    const lines = problems.slice(0, MAX_LISTED).map((problem) => formatProblem(file, problem));
    if (problems.length > MAX_LISTED) lines.push(`… and ${(problems.length - MAX_LISTED).toLocaleString('en-US')} more.`);
    super(problems.length === 1 ? (lines[0] ?? '') : `${problems.length.toLocaleString('en-US')} problems in ${file}:\n${lines.join('\n')}`);
    this.file = file;
    this.problems = problems;
  }

  /** The first problem's line: where a reader should look first. */
  get line(): number {
    return this.problems[0]?.line ?? 0;
  }

  get expected(): string {
    return this.problems[0]?.expected ?? '';
  }
}

/** One thing the content lint found: where it is, which rule it breaks, and what to change. */
export interface Finding {
  /** Path from the project root, e.g. `content/quizzes/m3.yaml`. */
  file: string;
  /** Where in the file: `line 12`, a question id, `days[0] (day1)`; empty when the whole file is meant. */
  where: string;
  /** The rule's id, e.g. `quote-style` (the rules are listed in `RULES`, lint.ts). */
  rule: string;
  message: string;
}

/** A text file of the course, as read from disk. */
export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
}

/** Length of a text as a reader counts it: characters, not UTF-16 units, spaces left out. */
export const textLength = (text: string): number => [...text.replace(/\s/g, '')].length;

/** The file's lines, each with its 1-based number. */
export const numberedLines = (text: string): { line: number; text: string }[] =>
  text.split('\n').map((line, index) => ({ line: index + 1, text: line }));

/** Formats a finding as one line: `file · where · rule: message`. */
export const formatFinding = (finding: Finding): string =>
  `${finding.file}${finding.where ? ` · ${finding.where}` : ''} · ${finding.rule}: ${finding.message}`;

/** Quote style: the course quotes with 「」 (and 『』 inside), never with “”. */
import { numberedLines, type Finding, type SourceFile } from './finding.ts';

const CURLY = /[“”]/g;

/** One finding per line of course text that holds “ or ”. */
export const quoteFindings = (files: SourceFile[]): Finding[] =>
  files.flatMap((source) =>
    numberedLines(source.text).flatMap(({ line, text }): Finding[] => {
      const count = text.match(CURLY)?.length ?? 0;
      if (count === 0) return [];
      return [
        {
          file: source.file,
          where: `line ${line}`,
          rule: 'quote-style',
          message: `${count} 个 “” 引号，请改用「」（引号里再引用用『』）`,
        },
      ];
    }),
  );

/**
 * The glossary (`content/glossary.yaml`): one word per concept. Each term names the preferred
 * word and the variants the course refuses; `allow` lists exact phrases in a file where a refused
 * variant may stand (a quoted source such as 满足顾客十戒).
 */
import { z } from 'astro/zod';
import { numberedLines, type Finding, type SourceFile } from './finding.ts';

const Allowed = z.strictObject({
  /** Path from the project root, e.g. `content/modules/m3.mdx`. */
  file: z.string().min(1),
  /** The exact phrase that may keep the refused variant, e.g. `满足顾客十戒`. */
  text: z.string().min(1),
});

const Term = z
  .strictObject({
    preferred: z.string().min(1),
    refused: z.array(z.string().min(1)).min(1, '至少写一个不用的说法'),
    allow: z.array(Allowed).default([]),
  })
  .superRefine((term, context) => {
    term.allow.forEach((allowed, index) => {
      if (!term.refused.some((word) => allowed.text.includes(word)))
        context.addIssue({
          code: 'custom',
          path: ['allow', index, 'text'],
          message: `「${allowed.text}」里没有 ${term.refused.join('、')}，这条 allow 用不上`,
        });
    });
  });

export const GlossarySchema = z.strictObject({ terms: z.array(Term).min(1) });
export type Glossary = z.infer<typeof GlossarySchema>;

/** Every [start, end) range of `needle` in `text`. */
const ranges = (text: string, needle: string): [number, number][] => {
  const found: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
};

/** One finding per line and refused word, unless every use on that line sits inside an allowed phrase. */
export const glossaryFindings = (glossary: Glossary, files: SourceFile[]): Finding[] =>
  files.flatMap((source) =>
    numberedLines(source.text).flatMap(({ line, text }) =>
      glossary.terms.flatMap((term) => {
        const allowed = term.allow
          .filter((entry) => entry.file === source.file)
          .flatMap((entry) => ranges(text, entry.text));
        return term.refused.flatMap((word): Finding[] => {
          const uses = ranges(text, word).filter(
            ([start, end]) => !allowed.some(([from, to]) => from <= start && end <= to),
          );
          if (uses.length === 0) return [];
          return [
            {
              file: source.file,
              where: `line ${line}`,
              rule: 'glossary',
              message: `「${word}」应写作「${term.preferred}」${uses.length > 1 ? `（${uses.length} 处）` : ''}`,
            },
          ];
        });
      }),
    ),
  );

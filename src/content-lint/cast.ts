/**
 * The cast (`content/cast.yaml`): every person the course's stories name, once. A name found in
 * course text — 小/老 + surname (小吴, 老周) or surname + title (周姐, 王经理) — must be listed,
 * so one name is one person across the course.
 */
import { z } from 'astro/zod';
import { NAME_PREFIXES, NAME_TITLES, NOT_NAMES, SURNAMES } from './word-lists.ts';
import { numberedLines, type Finding, type SourceFile } from './finding.ts';

export const CastSchema = z.strictObject({
  cast: z
    .array(
      z.strictObject({
        /** The name as the text writes it, e.g. 小吴 or 周店长. */
        name: z.string().min(2),
        /** Who this is and where the course tells of them, e.g. 营业员（M4 排班的故事）. */
        who: z.string().min(2),
      }),
    )
    .min(1)
    .superRefine((cast, context) => {
      const seen = new Set<string>();
      cast.forEach((person, index) => {
        if (seen.has(person.name))
          context.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `「${person.name}」列了两次：一个名字只能是一个人`,
          });
        seen.add(person.name);
      });
    }),
});
export type Cast = z.infer<typeof CastSchema>;

const surnames = SURNAMES.join('');
const NAME = new RegExp(`[${NAME_PREFIXES.join('')}][${surnames}]|[${surnames}](?:${NAME_TITLES.join('|')})`, 'g');

/** The names a line of text holds, in order (a word in NOT_NAMES is not a name). */
export const namesIn = (text: string): string[] =>
  [...text.matchAll(NAME)]
    .filter((match) => !NOT_NAMES.some((word) => text.startsWith(word, match.index)))
    .map((match) => match[0]);

/** A finding for each line's names missing from the cast, and for each cast name the course never uses. */
export const castFindings = (cast: Cast, castFile: string, files: SourceFile[]): Finding[] => {
  const listed = new Set(cast.cast.map((person) => person.name));
  const missing = files.flatMap((source) =>
    numberedLines(source.text).flatMap(({ line, text }): Finding[] => {
      const unknown = [...new Set(namesIn(text).filter((name) => !listed.has(name)))];
      if (unknown.length === 0) return [];
      return [
        {
          file: source.file,
          where: `line ${line}`,
          rule: 'cast',
          message: `${unknown.map((name) => `「${name}」`).join('')}不在角色表 ${castFile} 里：加进去，或改用表里的人`,
        },
      ];
    }),
  );
  const unused = cast.cast
    .filter((person) => !files.some((source) => source.text.includes(person.name)))
    .map((person): Finding => ({
      file: castFile,
      where: person.name,
      rule: 'cast',
      message: '课程里没有这个名字：删去，或检查是不是写错了',
    }));
  return [...missing, ...unused];
};

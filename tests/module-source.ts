/** Reads a module's MDX source as the tests need it: frontmatter parsed as YAML, body as text, without a build. */
import { parse } from 'yaml';

export function frontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1] as string), body: match[2] as string };
}

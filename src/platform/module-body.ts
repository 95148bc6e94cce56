/** Checks on a module's MDX source that the schema cannot see. */

/** Exercise ids embedded with `<Exercise id="…" />`, in order of appearance. */
export function embeddedExercises(body: string): string[] {
  return [...body.matchAll(/<Exercise\b[^>]*?\sid=(["'])(.*?)\1/g)].map((match) => match[2] as string);
}

/**
 * The frontmatter's `exercises` must list exactly the embedded ones, or completion rules and the
 * page disagree. Returns problems as readable sentences (empty when consistent).
 */
export function exerciseMismatch(file: string, declared: readonly string[], body: string): string[] {
  const embedded = embeddedExercises(body);
  const problems: string[] = [];
  for (const id of embedded.filter((id) => !declared.includes(id))) {
    problems.push(`${file}: <Exercise id="${id}" /> is embedded but missing from the frontmatter field "exercises"`);
  }
  for (const id of declared.filter((id) => !embedded.includes(id))) {
    problems.push(
      `${file}: frontmatter field "exercises" lists "${id}" but the text never embeds <Exercise id="${id}" />`,
    );
  }
  return problems;
}

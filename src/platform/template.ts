/**
 * Fills `{slot}` placeholders in an interface sentence. Sentences live in each exercise's texts.ts and
 * reach islands as props, so their Chinese text ships in the HTML rather than in JavaScript.
 * Unknown slots are left as they are; values are inserted literally.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : slot,
  );
}

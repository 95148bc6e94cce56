/** Small helpers shared by the editable lists (分工计划表, 72 小时跟进): ids and immutable edits. */

/** `<prefix><n>` one past the highest number in use, e.g. `r4` after r1–r3. */
export function nextRowId(rows: readonly { id: string }[], prefix: string): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  return `${prefix}${Math.max(0, ...rows.map((row) => Number(pattern.exec(row.id)?.[1] ?? 0))) + 1}`;
}

export function removeById<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((row) => row.id !== id);
}

/** Numbers the items `<prefix>1`, `<prefix>2`, … in order, e.g. a sample from a content file. */
export function withIds<T extends object>(items: readonly T[], prefix: string): (T & { id: string })[] {
  return items.map((item, index) => ({ id: `${prefix}${index + 1}`, ...item }));
}

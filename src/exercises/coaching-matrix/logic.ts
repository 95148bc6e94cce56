/**
 * 四种员工 coaching matrix: each team member is placed by 意愿 (will) and 能力 (skill) on a 1–6
 * scale. 1–3 is low and 4–6 high — an even scale has no middle, so nobody sits on a border.
 */

export const SCALE_MAX = 6;
export const HIGH_FROM = 4;
export const MAX_MEMBERS = 12;
export const NAME_MAX = 10;

/** 有心有力 → delegate · 有心无力 → teach · 有力无心 → motivate · 无心无力 → direct */
export type Quadrant = 'delegate' | 'teach' | 'motivate' | 'direct';
export const QUADRANTS: readonly Quadrant[] = ['teach', 'delegate', 'direct', 'motivate'];

export interface Member {
  id: string;
  name: string;
  will: number;
  skill: number;
}

export interface QuadrantText {
  /** e.g. 有心有力 */
  name: string;
  /** The coaching focus, e.g. 授权、给挑战、培养成骨干 */
  focus: string;
  /** The next step for one person; `{name}` is replaced by the member's name. */
  step: string;
}

export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(SCALE_MAX, Math.max(1, Math.round(value)));
}

export function quadrantOf(member: Pick<Member, 'will' | 'skill'>): Quadrant {
  const willing = clampScore(member.will) >= HIGH_FROM;
  const able = clampScore(member.skill) >= HIGH_FROM;
  if (willing) return able ? 'delegate' : 'teach';
  return able ? 'motivate' : 'direct';
}

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();

/** Where a new member starts until the manager places them: willing, not yet able (有心无力). */
export const NEW_MEMBER_PLACE = { will: HIGH_FROM, skill: HIGH_FROM - 1 } as const;

/**
 * A free cell for a new member, so their chip never lands on another one (12 members fit the 36
 * cells): in the start's quadrant while it has room, on its emptiest row (chips are wider than a
 * cell), nearest the start; on a full grid the start itself.
 */
export function freeSpot(team: readonly Member[]): Pick<Member, 'will' | 'skill'> {
  const placed = team.map((member) => ({ will: clampScore(member.will), skill: clampScore(member.skill) }));
  const start = quadrantOf(NEW_MEMBER_PLACE);
  const rowFill = (cell: Pick<Member, 'will' | 'skill'>) =>
    placed.filter((member) => member.will === cell.will && quadrantOf(member) === quadrantOf(cell)).length;
  const cost = (cell: Pick<Member, 'will' | 'skill'>) =>
    (quadrantOf(cell) === start ? 0 : 1000) +
    rowFill(cell) * 100 +
    (cell.will - NEW_MEMBER_PLACE.will) ** 2 +
    (cell.skill - NEW_MEMBER_PLACE.skill) ** 2;
  const free = Array.from({ length: SCALE_MAX * SCALE_MAX }, (_, index) => ({
    will: SCALE_MAX - Math.floor(index / SCALE_MAX),
    skill: (index % SCALE_MAX) + 1,
  })).filter((cell) => !placed.some((member) => member.will === cell.will && member.skill === cell.skill));
  return free.reduce((best, cell) => (cost(cell) < cost(best) ? cell : best), free[0] ?? NEW_MEMBER_PLACE);
}

export function addMember(team: readonly Member[], name: string): Member[] {
  const clean = cleanName(name);
  if (!clean || team.length >= MAX_MEMBERS) return [...team];
  const next = Math.max(0, ...team.map((member) => Number(/^m(\d+)$/.exec(member.id)?.[1] ?? 0))) + 1;
  return [...team, { id: `m${next}`, name: clean, ...freeSpot(team) }];
}

export function removeMember(team: readonly Member[], id: string): Member[] {
  return team.filter((member) => member.id !== id);
}

/** Sets will and/or skill (clamped); other members are untouched. */
export function placeMember(
  team: readonly Member[],
  id: string,
  place: Partial<Pick<Member, 'will' | 'skill'>>,
): Member[] {
  return team.map((member) =>
    member.id === id
      ? {
          ...member,
          will: place.will === undefined ? member.will : clampScore(place.will),
          skill: place.skill === undefined ? member.skill : clampScore(place.skill),
        }
      : member,
  );
}

/** Moves a member by whole steps of will and skill (the arrow keys), staying on the scale. */
export function moveMember(team: readonly Member[], id: string, willStep: number, skillStep: number): Member[] {
  return team.map((member) =>
    member.id === id
      ? { ...member, will: clampScore(member.will + willStep), skill: clampScore(member.skill + skillStep) }
      : member,
  );
}

/** The grid cell under a point of the chart (for dragging): x grows with skill, y downwards loses will. */
export function cellAt(x: number, y: number, width: number, height: number): { skill: number; will: number } {
  const column = Math.floor((Math.min(Math.max(x, 0), width - 1) / width) * SCALE_MAX) + 1;
  const row = Math.floor((Math.min(Math.max(y, 0), height - 1) / height) * SCALE_MAX);
  return { skill: clampScore(column), will: clampScore(SCALE_MAX - row) };
}

/** Where a chip sits: its quadrant's column and row, and its place inside that quadrant (see chipPlace). */
export interface ChipPlace {
  /** 0 left (能力 1–3), 1 right (4–6). */
  column: 0 | 1;
  /** 0 bottom (意愿 1–3), 1 top (4–6). */
  row: 0 | 1;
  /** Across the quadrant, 0 … 1: the centre of the score's third (1/6, 1/2, 5/6). */
  across: number;
  /** Up the quadrant's free area below its label, 0 … 1, the same way. */
  up: number;
  /** Chips sharing a score fan out towards the middle: downwards from the top third. */
  fanDown: boolean;
}

/**
 * A chip's place for the CSS (styles.css, `.chip`), which also shifts the chip by `across` and `up`
 * of its own size: a chip at 1 or 6 then touches the quadrant's edge instead of crossing it, and
 * the label band at the top of each quadrant stays clear.
 */
export function chipPlace(member: Pick<Member, 'will' | 'skill'>): ChipPlace {
  const per = SCALE_MAX / 2;
  const skill = clampScore(member.skill) - 1;
  const will = clampScore(member.will) - 1;
  const third = (score: number) => ((score % per) + 0.5) / per;
  return {
    column: skill < per ? 0 : 1,
    row: will < per ? 0 : 1,
    across: third(skill),
    up: third(will),
    fanDown: will % per === per - 1,
  };
}

export function countByQuadrant(team: readonly Member[]): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { delegate: 0, teach: 0, motivate: 0, direct: 0 };
  for (const member of team) counts[quadrantOf(member)] += 1;
  return counts;
}

/** A team member as a content file writes one (the sample team): the team numbers them. */
export type Person = Omit<Member, 'id'>;

/** A team from its people, with ids m1, m2 … (fresh objects each time). */
export function teamOf(people: readonly Person[]): Member[] {
  return people.map((person, index) => ({ id: `m${index + 1}`, ...person }));
}

export function nextStep(member: Member, texts: Readonly<Record<Quadrant, QuadrantText>>): string {
  // A function replacement inserts the name literally (a string would treat `$&` as a pattern).
  return texts[quadrantOf(member)].step.replaceAll('{name}', () => member.name);
}

/** Decodes a saved team; `null` when anything is malformed. */
export function parseTeam(value: unknown): Member[] | null {
  if (!Array.isArray(value) || value.length > MAX_MEMBERS) return null;
  const team: Member[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { id, name, will, skill } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !/^m\d{1,6}$/.test(id) || typeof name !== 'string' || !cleanName(name)) return null;
    if (typeof will !== 'number' || typeof skill !== 'number' || !Number.isFinite(will) || !Number.isFinite(skill))
      return null;
    team.push({ id, name: cleanName(name), will: clampScore(will), skill: clampScore(skill) });
  }
  return new Set(team.map((member) => member.id)).size === team.length ? team : null;
}

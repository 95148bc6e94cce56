/**
 * 电话外呼四步法 (M7): the learner writes a call — 开场, 邀约呈现 (「简单来说……」), 完美促成
 * (one of 利益 · 选择 · 默认 · 惋惜), 重复确认 — and then practises with a hesitating customer,
 * choosing each next line from a small branching script and getting feedback on every choice.
 */

export const CLOSES = ['benefit', 'choice', 'default', 'regret'] as const;
export type Close = (typeof CLOSES)[number];
export const SCRIPT_FIELDS = ['opening', 'benefit', 'close', 'confirm'] as const;
export type ScriptField = (typeof SCRIPT_FIELDS)[number];
export const TEXT_MAX = 160;
/** About what fits in the first ten seconds of a call. */
export const OPENING_MAX = 60;

export interface CallScript {
  opening: string;
  benefit: string;
  closeType: Close | '';
  close: string;
  confirm: string;
}

/** `missing`: a step not written yet; `unchosen`: the close method, chosen with buttons, not chosen yet. */
export type ScriptIssue =
  | { kind: 'missing'; field: ScriptField }
  | { kind: 'unchosen'; field: 'closeType' }
  | { kind: 'longOpening' | 'noSimply' | 'vagueConfirm' };

export function emptyScript(): CallScript {
  return { opening: '', benefit: '', closeType: '', close: '', confirm: '' };
}

export function reviewScript(script: CallScript): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  // In the order the learner sees them: the close method's buttons stand above the close's box.
  for (const field of SCRIPT_FIELDS) {
    if (field === 'close' && !script.closeType) issues.push({ kind: 'unchosen', field: 'closeType' });
    if (!script[field].trim()) issues.push({ kind: 'missing', field });
  }
  if ([...script.opening.trim()].length > OPENING_MAX) issues.push({ kind: 'longOpening' });
  if (script.benefit.trim() && !script.benefit.includes('简单来说')) issues.push({ kind: 'noSimply' });
  // A confirmation repeats the time and place: look for a number or a day/time word.
  if (script.confirm.trim() && !/[0-9０-９一二三四五六七八九十]|周|号|点|上午|下午|晚上/.test(script.confirm))
    issues.push({ kind: 'vagueConfirm' });
  return issues;
}

/** One moment of the practice call: what the customer says and the lines the learner can choose. */
export interface PracticeNode {
  customer: string;
  options: { line: string; good: boolean; feedback: string; next: string }[];
}

/** `end` is the id that finishes the call. */
export type PracticeTree = Record<string, PracticeNode>;
export const PRACTICE_START = 'start';
export const PRACTICE_END = 'end';
/** Limits of a saved call (see parseCallState), so the content's call must keep within them. */
export const MAX_TURNS = 20;
export const MAX_CHOICES = 10;

/** The learner's choices so far, as option indices from the start. */
export type PracticePath = number[];

/** Walks the tree along the path; stops at the end or at the first choice that does not exist. */
export function walkPractice(
  tree: PracticeTree,
  path: PracticePath,
): { steps: { node: PracticeNode; choice: number }[]; current: string } {
  const steps: { node: PracticeNode; choice: number }[] = [];
  let current = PRACTICE_START;
  for (const choice of path) {
    const node = tree[current];
    const option = node?.options[choice];
    if (!node || !option) break;
    steps.push({ node, choice });
    current = option.next;
  }
  return { steps, current };
}

/**
 * `finished`: the call has ended. `endedWell`: it ended on a good line (the appointment confirmed);
 * a call that ends on a poor one (the customer hangs up, no time agreed) has not.
 */
export function practiceScore(
  tree: PracticeTree,
  path: PracticePath,
): { good: number; total: number; finished: boolean; endedWell: boolean } {
  const { steps, current } = walkPractice(tree, path);
  const last = steps.at(-1);
  const finished = current === PRACTICE_END;
  return {
    good: steps.filter(({ node, choice }) => node.options[choice]?.good).length,
    total: steps.length,
    finished,
    endedWell: finished && last?.node.options[last.choice]?.good === true,
  };
}

export interface CallState {
  script: CallScript;
  path: PracticePath;
  submitted: boolean;
}

export function isCallDone(state: CallState, tree: PracticeTree): boolean {
  return state.submitted && practiceScore(tree, state.path).finished;
}

export function editScript(state: CallState, change: Partial<CallScript>): CallState {
  return { ...state, script: { ...state.script, ...change } };
}

/** Adds the learner's next line to the call; once the call has ended there is nothing to answer. */
export function answerPractice(state: CallState, tree: PracticeTree, choice: number): CallState {
  return walkPractice(tree, state.path).current === PRACTICE_END ? state : { ...state, path: [...state.path, choice] };
}

export function restartPractice(state: CallState): CallState {
  return { ...state, path: [] };
}

/**
 * Marks the exercise finished, if the script passes the review and the practice call ended well —
 * or ended badly and the learner chose to finish `anyway` (「仍然结束练习」).
 */
export function submitCall(state: CallState, tree: PracticeTree, anyway = false): CallState {
  const { finished, endedWell } = practiceScore(tree, state.path);
  return reviewScript(state.script).length === 0 && finished && (endedWell || anyway)
    ? { ...state, submitted: true }
    : state;
}

export function parseCallState(value: unknown): CallState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const script = raw.script as Record<string, unknown> | null;
  if (typeof script !== 'object' || script === null) return null;
  const clean = emptyScript();
  for (const field of SCRIPT_FIELDS) {
    if (typeof script[field] !== 'string') return null;
    clean[field] = (script[field] as string).slice(0, TEXT_MAX);
  }
  if (script.closeType !== '' && !(CLOSES as readonly unknown[]).includes(script.closeType)) return null;
  clean.closeType = script.closeType as Close | '';
  if (
    !Array.isArray(raw.path) ||
    raw.path.length > MAX_TURNS ||
    !raw.path.every((choice) => Number.isInteger(choice) && choice >= 0 && choice < MAX_CHOICES)
  )
    return null;
  return { script: clean, path: raw.path as number[], submitted: raw.submitted === true };
}

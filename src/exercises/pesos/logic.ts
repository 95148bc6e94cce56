/**
 * PESOS (准备 → 讲解 → 示范 → 观察 → 督导): first put the five steps in order, then write a
 * coaching plan for one real task. Pure state; the island renders it and prints the plan.
 */
import { scrambledIndices } from '../../platform/random';

export const PESOS_STEPS = ['prepare', 'explain', 'show', 'observe', 'supervise'] as const;
export type PesosStep = (typeof PESOS_STEPS)[number];
export const TEXT_MAX = 300;

export interface PesosState {
  /** The learner's current order, as indices into PESOS_STEPS. */
  order: number[];
  /** The order was checked since it last changed. */
  checked: boolean;
  /** The right order was found (stays true). */
  ordered: boolean;
  task: string;
  learner: string;
  notes: Record<PesosStep, string>;
  submitted: boolean;
}

export function initialPesos(seed = 7): PesosState {
  return {
    order: scrambledIndices(PESOS_STEPS.length, seed),
    checked: false,
    ordered: false,
    task: '',
    learner: '',
    notes: { prepare: '', explain: '', show: '', observe: '', supervise: '' },
    submitted: false,
  };
}

/** Swaps a step with its neighbour; out-of-range moves change nothing. */
export function moveStep(state: PesosState, position: number, direction: -1 | 1): PesosState {
  const target = position + direction;
  if (position < 0 || target < 0 || target >= state.order.length || position >= state.order.length) return state;
  const order = [...state.order];
  [order[position], order[target]] = [order[target] as number, order[position] as number];
  return { ...state, order, checked: false };
}

/** Positions (0-based) where the learner's order differs from PESOS. */
export function misplaced(order: readonly number[]): number[] {
  return order.flatMap((step, position) => (step === position ? [] : [position]));
}

export function checkOrder(state: PesosState): PesosState {
  return { ...state, checked: true, ordered: state.ordered || misplaced(state.order).length === 0 };
}

export function withPlanText(state: PesosState, field: 'task' | 'learner' | PesosStep, text: string): PesosState {
  const clean = text.slice(0, TEXT_MAX);
  if (field === 'task' || field === 'learner') return { ...state, [field]: clean };
  return { ...state, notes: { ...state.notes, [field]: clean } };
}

export type PlanField = 'task' | 'learner' | PesosStep;

function emptyFields(state: PesosState): PlanField[] {
  const empty: PlanField[] = [];
  if (!state.task.trim()) empty.push('task');
  if (!state.learner.trim()) empty.push('learner');
  for (const step of PESOS_STEPS) if (!state.notes[step].trim()) empty.push(step);
  return empty;
}

/** What is still missing before the plan is complete; the labels name the empty fields. */
export function missingInPlan(state: PesosState, labels: Readonly<Record<PlanField, string>>): string[] {
  return emptyFields(state).map((field) => labels[field]);
}

/** Marks the plan finished once the order is found and every field is written. */
export function submitPesos(state: PesosState): PesosState {
  return { ...state, submitted: state.submitted || (state.ordered && emptyFields(state).length === 0) };
}

export function isPesosDone(state: PesosState): boolean {
  return state.ordered && state.submitted;
}

/** Decodes saved state; `null` when the order is not a permutation or a field has the wrong type. */
export function parsePesos(value: unknown): PesosState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const order = raw.order;
  if (
    !Array.isArray(order) ||
    order.length !== PESOS_STEPS.length ||
    new Set(order).size !== order.length ||
    !order.every((step) => Number.isInteger(step) && step >= 0 && step < PESOS_STEPS.length)
  )
    return null;
  const text = (input: unknown) => (typeof input === 'string' ? input.slice(0, TEXT_MAX) : null);
  const notesRaw =
    typeof raw.notes === 'object' && raw.notes !== null && !Array.isArray(raw.notes)
      ? (raw.notes as Record<string, unknown>)
      : null;
  if (!notesRaw) return null;
  const notes = {} as Record<PesosStep, string>;
  for (const step of PESOS_STEPS) {
    const note = text(notesRaw[step] ?? '');
    if (note === null) return null;
    notes[step] = note;
  }
  const task = text(raw.task ?? '');
  const learner = text(raw.learner ?? '');
  if (task === null || learner === null) return null;
  return {
    order: order as number[],
    checked: raw.checked === true,
    ordered: raw.ordered === true,
    task,
    learner,
    notes,
    submitted: raw.submitted === true,
  };
}

import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  initialPesos,
  isPesosDone,
  misplaced,
  missingInPlan,
  moveStep,
  parsePesos,
  PESOS_STEPS,
  submitPesos,
  TEXT_MAX,
  withPlanText,
  type PesosState,
  type PlanField,
} from '../../src/exercises/pesos/logic';
import { schema, type Content } from '../../src/exercises/pesos/content';
import { exerciseContent, rawContent } from './exercise-content';

const { steps } = exerciseContent('pesos') as Content;

const LABELS: Record<PlanField, string> = {
  task: '任务',
  learner: '学习者',
  prepare: 'P',
  explain: 'E',
  show: 'S1',
  observe: 'O',
  supervise: 'S2',
};

const EMPTY_NOTES = { prepare: '', explain: '', show: '', observe: '', supervise: '' };

const stateWith = (order: number[], extra: Partial<PesosState> = {}): PesosState => ({
  ...initialPesos(0),
  order,
  ...extra,
});

const isPermutation = (order: readonly number[]) =>
  order.length === PESOS_STEPS.length && [...order].sort((a, b) => a - b).every((value, index) => value === index);

const fullPlan = (): PesosState => {
  let state = stateWith([0, 1, 2, 3, 4]);
  state = withPlanText(state, 'task', '5G 升级推荐');
  state = withPlanText(state, 'learner', '小郑');
  for (const step of PESOS_STEPS) state = withPlanText(state, step, `${step} 的计划`);
  return state;
};

describe('constants', () => {
  it('lists the five steps in PESOS order', () => {
    expect(PESOS_STEPS).toEqual(['prepare', 'explain', 'show', 'observe', 'supervise']);
    expect(TEXT_MAX).toBe(300);
  });
});

describe('the steps’ texts (content file)', () => {
  it('has name, what, hint and example for every step', () => {
    expect(Object.keys(steps).sort()).toEqual([...PESOS_STEPS].sort());
    for (const step of PESOS_STEPS) {
      const text = steps[step];
      for (const key of ['name', 'what', 'hint', 'example'] as const) {
        expect(typeof text[key], `${step}.${key}`).toBe('string');
        expect(text[key].trim().length, `${step}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('names start with P, E, S, O, S in order', () => {
    expect(PESOS_STEPS.map((step) => steps[step].name[0])).toEqual(['P', 'E', 'S', 'O', 'S']);
    expect(PESOS_STEPS.map((step) => steps[step].name)).toEqual(['P 准备', 'E 讲解', 'S 示范', 'O 观察', 'S 督导']);
  });
});

describe('initialPesos', () => {
  it('starts with a scrambled permutation that is never already correct (seeds 0..200)', () => {
    for (let seed = 0; seed <= 200; seed += 1) {
      const { order } = initialPesos(seed);
      expect(isPermutation(order), `seed ${seed}: ${order.join(',')}`).toBe(true);
      expect(misplaced(order).length, `seed ${seed}: ${order.join(',')}`).toBeGreaterThan(0);
      expect(order, `seed ${seed}`).not.toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('produces more than one order across seeds', () => {
    const orders = new Set(Array.from({ length: 201 }, (_, seed) => initialPesos(seed).order.join(',')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('starts with empty texts and all flags off', () => {
    const state = initialPesos(3);
    expect(state).toEqual({
      order: state.order,
      checked: false,
      ordered: false,
      task: '',
      learner: '',
      notes: EMPTY_NOTES,
      submitted: false,
    });
  });

  it('is deterministic per seed', () => {
    for (const seed of [0, 1, 7, 42, 200]) {
      expect(initialPesos(seed)).toEqual(initialPesos(seed));
    }
    expect(initialPesos()).toEqual(initialPesos(7));
  });

  it('returns fresh objects', () => {
    const a = initialPesos(1);
    const b = initialPesos(1);
    expect(a).not.toBe(b);
    expect(a.order).not.toBe(b.order);
    expect(a.notes).not.toBe(b.notes);
  });
});

describe('moveStep', () => {
  const base = stateWith([4, 3, 2, 1, 0], { checked: true });

  it('swaps a step with the one above', () => {
    const next = moveStep(base, 2, -1);
    expect(next.order).toEqual([4, 2, 3, 1, 0]);
  });

  it('swaps a step with the one below', () => {
    expect(moveStep(base, 0, 1).order).toEqual([3, 4, 2, 1, 0]);
    expect(moveStep(base, 3, 1).order).toEqual([4, 3, 2, 0, 1]);
  });

  it('resets checked and keeps everything else', () => {
    const state = { ...base, checked: true, ordered: true, task: 't', submitted: true };
    const next = moveStep(state, 1, 1);
    expect(next).toEqual({ ...state, order: [4, 2, 3, 1, 0], checked: false });
  });

  it('does not mutate the input', () => {
    const state = stateWith([4, 3, 2, 1, 0], { checked: true });
    const next = moveStep(state, 1, -1);
    expect(state.order).toEqual([4, 3, 2, 1, 0]);
    expect(state.checked).toBe(true);
    expect(next.order).not.toBe(state.order);
  });

  it('is a no-op returning the same object when out of range', () => {
    expect(moveStep(base, 0, -1)).toBe(base);
    expect(moveStep(base, 4, 1)).toBe(base);
    expect(moveStep(base, -1, 1)).toBe(base);
    expect(moveStep(base, 5, -1)).toBe(base);
    expect(moveStep(base, 7, 1)).toBe(base);
    expect(moveStep(base, -3, -1)).toBe(base);
    expect(base.order).toEqual([4, 3, 2, 1, 0]);
    expect(base.checked).toBe(true);
  });

  it('moving down then up restores the order', () => {
    const there = moveStep(base, 1, 1);
    const back = moveStep(there, 2, -1);
    expect(back.order).toEqual(base.order);
    expect(back.checked).toBe(false);
  });
});

describe('misplaced', () => {
  it('is empty for the right order', () => {
    expect(misplaced([0, 1, 2, 3, 4])).toEqual([]);
  });

  it('lists positions whose step is out of place', () => {
    expect(misplaced([1, 0, 2, 3, 4])).toEqual([0, 1]);
    expect(misplaced([4, 3, 2, 1, 0])).toEqual([0, 1, 3, 4]);
    expect(misplaced([1, 2, 3, 4, 0])).toEqual([0, 1, 2, 3, 4]);
    expect(misplaced([0, 1, 2, 4, 3])).toEqual([3, 4]);
  });

  it('handles an empty order', () => {
    expect(misplaced([])).toEqual([]);
  });
});

describe('checkOrder', () => {
  it('marks the state checked but not ordered when something is out of place', () => {
    const state = stateWith([1, 0, 2, 3, 4]);
    const next = checkOrder(state);
    expect(next.checked).toBe(true);
    expect(next.ordered).toBe(false);
    expect(next.order).toEqual([1, 0, 2, 3, 4]);
  });

  it('marks ordered only when every step is in place', () => {
    expect(checkOrder(stateWith([0, 1, 2, 4, 3])).ordered).toBe(false);
    const next = checkOrder(stateWith([0, 1, 2, 3, 4]));
    expect(next.checked).toBe(true);
    expect(next.ordered).toBe(true);
  });

  it('stays ordered after later moves and a wrong check', () => {
    let state = checkOrder(stateWith([0, 1, 2, 3, 4]));
    expect(state.ordered).toBe(true);
    state = moveStep(state, 0, 1);
    expect(state.order).toEqual([1, 0, 2, 3, 4]);
    expect(state.checked).toBe(false);
    expect(state.ordered).toBe(true);
    state = checkOrder(state);
    expect(state.checked).toBe(true);
    expect(state.ordered).toBe(true);
  });

  it('reaches ordered by moving steps from a scrambled start', () => {
    let state = checkOrder(initialPesos(7));
    expect(state.ordered).toBe(false);
    // Bubble sort with moveStep.
    for (let pass = 0; pass < PESOS_STEPS.length; pass += 1) {
      for (let position = 0; position < PESOS_STEPS.length - 1; position += 1) {
        if ((state.order[position] as number) > (state.order[position + 1] as number))
          state = moveStep(state, position, 1);
      }
    }
    expect(state.order).toEqual([0, 1, 2, 3, 4]);
    expect(state.checked).toBe(false);
    state = checkOrder(state);
    expect(state.ordered).toBe(true);
  });

  it('does not mutate the input', () => {
    const state = stateWith([0, 1, 2, 3, 4]);
    checkOrder(state);
    expect(state.checked).toBe(false);
    expect(state.ordered).toBe(false);
  });
});

describe('withPlanText', () => {
  it('sets the task and the learner', () => {
    const state = initialPesos(1);
    expect(withPlanText(state, 'task', '5G 升级推荐')).toEqual({ ...state, task: '5G 升级推荐' });
    expect(withPlanText(state, 'learner', '小郑')).toEqual({ ...state, learner: '小郑' });
  });

  it('sets each step note and only that note', () => {
    const state = initialPesos(1);
    for (const step of PESOS_STEPS) {
      const next = withPlanText(state, step, `note ${step}`);
      expect(next).toEqual({ ...state, notes: { ...EMPTY_NOTES, [step]: `note ${step}` } });
    }
  });

  it('truncates to TEXT_MAX characters', () => {
    const long = 'x'.repeat(TEXT_MAX + 50);
    const state = initialPesos(1);
    expect(withPlanText(state, 'task', long).task).toBe('x'.repeat(TEXT_MAX));
    expect(withPlanText(state, 'learner', long).learner).toHaveLength(TEXT_MAX);
    expect(withPlanText(state, 'observe', long).notes.observe).toHaveLength(TEXT_MAX);
    expect(withPlanText(state, 'show', 'y'.repeat(TEXT_MAX)).notes.show).toHaveLength(TEXT_MAX);
  });

  it('keeps text as typed (no trimming) and allows clearing', () => {
    let state = withPlanText(initialPesos(1), 'task', '  带 新人  ');
    expect(state.task).toBe('  带 新人  ');
    state = withPlanText(state, 'task', '');
    expect(state.task).toBe('');
  });

  it('does not mutate the input', () => {
    const state = initialPesos(1);
    const snapshot = structuredClone(state);
    const next = withPlanText(withPlanText(state, 'task', 'a'), 'prepare', 'b');
    expect(state).toEqual(snapshot);
    expect(next.notes).not.toBe(state.notes);
    expect(withPlanText(state, 'task', 'a').notes).toBe(state.notes);
  });
});

describe('missingInPlan', () => {
  it('lists every field of an empty plan in order task, learner, P, E, S, O, S', () => {
    expect(missingInPlan(initialPesos(1), LABELS)).toEqual(['任务', '学习者', 'P', 'E', 'S1', 'O', 'S2']);
  });

  it('is empty for a complete plan', () => {
    expect(missingInPlan(fullPlan(), LABELS)).toEqual([]);
  });

  it('counts whitespace-only fields as missing', () => {
    let state = withPlanText(fullPlan(), 'learner', '   ');
    state = withPlanText(state, 'show', '\n\t ');
    state = withPlanText(state, 'supervise', '　'); // ideographic space
    expect(missingInPlan(state, LABELS)).toEqual(['学习者', 'S1', 'S2']);
  });

  it('lists only the empty fields, in order', () => {
    let state = withPlanText(fullPlan(), 'task', '');
    state = withPlanText(state, 'explain', '');
    state = withPlanText(state, 'observe', ' ');
    expect(missingInPlan(state, LABELS)).toEqual(['任务', 'E', 'O']);
  });

  it('uses the given labels', () => {
    const labels = { task: 'a', learner: 'b', prepare: 'c', explain: 'd', show: 'e', observe: 'f', supervise: 'g' };
    expect(missingInPlan(initialPesos(1), labels)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});

describe('submitPesos', () => {
  it('finishes a plan once the order is found and every field is written', () => {
    const ready = checkOrder(fullPlan());
    expect(submitPesos(ready)).toEqual({ ...ready, submitted: true });
  });

  it('refuses while the order is not found or a field is empty, and keeps a finished plan finished', () => {
    expect(submitPesos(fullPlan()).submitted).toBe(false);
    expect(submitPesos(withPlanText(checkOrder(fullPlan()), 'observe', ' ')).submitted).toBe(false);
    expect(submitPesos({ ...initialPesos(1), submitted: true }).submitted).toBe(true);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('pesos')) as Record<string, any>;
  const issues = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((found) => [found.path.join('.'), found.message]);

  it('parses the real file', () => {
    expect(issues(raw())).toEqual([]);
  });

  it('needs every step, with its four texts', () => {
    const file = raw();
    delete file.steps.observe;
    delete file.steps.show.hint;
    expect(issues(file).map(([path]) => path)).toEqual(['steps.show.hint', 'steps.observe']);
  });

  it('wants the step names to spell PESOS', () => {
    const file = raw();
    file.steps.observe.name = '观察：他做你看';
    expect(issues(file)).toEqual([['steps.observe.name', '这一步的名字要以「O 」开头，五步合起来才是 PESOS']]);
  });

  it('wants {count} in the feedback on a wrong order', () => {
    const file = raw();
    file.feedback.misplaced = '有几步的位置不对，看看提示再调整。';
    expect(issues(file).map(([path]) => path)).toEqual(['feedback.misplaced']);
  });
});

describe('isPesosDone', () => {
  it('needs both ordered and submitted', () => {
    const state = initialPesos(1);
    expect(isPesosDone(state)).toBe(false);
    expect(isPesosDone({ ...state, ordered: true })).toBe(false);
    expect(isPesosDone({ ...state, submitted: true })).toBe(false);
    expect(isPesosDone({ ...state, ordered: true, submitted: true })).toBe(true);
  });

  it('does not depend on checked or the current order', () => {
    expect(isPesosDone(stateWith([4, 3, 2, 1, 0], { ordered: true, submitted: true, checked: false }))).toBe(true);
  });
});

describe('parsePesos', () => {
  it('round-trips a state through JSON', () => {
    const state = { ...checkOrder(fullPlan()), submitted: true };
    expect(parsePesos(JSON.parse(JSON.stringify(state)))).toEqual(state);
    const fresh = initialPesos(11);
    expect(parsePesos(JSON.parse(JSON.stringify(fresh)))).toEqual(fresh);
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 'x', 5, true]) expect(parsePesos(value)).toBeNull();
  });

  it('rejects orders that are not permutations', () => {
    const good = JSON.parse(JSON.stringify(initialPesos(2))) as Record<string, unknown>;
    for (const order of [
      [0, 0, 1, 2, 3],
      [1, 1, 1, 1, 1],
      [0, 1, 2, 3, 5],
      [-1, 0, 1, 2, 3],
      [0, 1, 2, 3, 4.5],
      [0.5, 1, 2, 3, 4],
      ['0', '1', '2', '3', '4'],
      [0, 1, 2, 3, null],
    ]) {
      expect(parsePesos({ ...good, order }), JSON.stringify(order)).toBeNull();
    }
  });

  it('rejects orders of the wrong length or type', () => {
    const good = JSON.parse(JSON.stringify(initialPesos(2))) as Record<string, unknown>;
    for (const order of [[], [0, 1, 2, 3], [0, 1, 2, 3, 4, 5], '01234', { 0: 0 }, null, undefined]) {
      expect(parsePesos({ ...good, order }), JSON.stringify(order)).toBeNull();
    }
  });

  it('rejects a missing or non-object notes field', () => {
    const good = JSON.parse(JSON.stringify(initialPesos(2))) as Record<string, unknown>;
    const { notes: _notes, ...withoutNotes } = good;
    expect(parsePesos(withoutNotes)).toBeNull();
    expect(parsePesos({ ...good, notes: null })).toBeNull();
    expect(parsePesos({ ...good, notes: 'text' })).toBeNull();
    expect(parsePesos({ ...good, notes: 3 })).toBeNull();
  });

  it('rejects non-string notes', () => {
    const good = JSON.parse(JSON.stringify(initialPesos(2))) as Record<string, unknown>;
    for (const step of PESOS_STEPS) {
      for (const bad of [5, true, {}, ['a']]) {
        expect(
          parsePesos({ ...good, notes: { ...EMPTY_NOTES, [step]: bad } }),
          `${step}=${JSON.stringify(bad)}`,
        ).toBeNull();
      }
    }
  });

  it('rejects non-string task or learner', () => {
    const good = JSON.parse(JSON.stringify(initialPesos(2))) as Record<string, unknown>;
    expect(parsePesos({ ...good, task: 5 })).toBeNull();
    expect(parsePesos({ ...good, learner: {} })).toBeNull();
  });

  it('fills missing strings with empty ones and coerces flags to booleans', () => {
    const parsed = parsePesos({
      order: [2, 0, 1, 4, 3],
      notes: { show: 'S' },
      checked: 'yes',
      ordered: 1,
      submitted: true,
    });
    expect(parsed).toEqual({
      order: [2, 0, 1, 4, 3],
      checked: false,
      ordered: false,
      task: '',
      learner: '',
      notes: { ...EMPTY_NOTES, show: 'S' },
      submitted: true,
    });
  });

  it('truncates long strings to TEXT_MAX', () => {
    const long = '长'.repeat(TEXT_MAX + 10);
    const parsed = parsePesos({
      order: [0, 1, 2, 3, 4],
      task: long,
      learner: long,
      notes: { prepare: long, explain: long, show: long, observe: long, supervise: long },
    });
    expect(parsed).not.toBeNull();
    expect(parsed?.task).toBe('长'.repeat(TEXT_MAX));
    expect(parsed?.learner).toHaveLength(TEXT_MAX);
    for (const step of PESOS_STEPS) expect(parsed?.notes[step]).toHaveLength(TEXT_MAX);
  });

  it('drops unknown keys', () => {
    const parsed = parsePesos({ order: [0, 1, 2, 3, 4], notes: { ...EMPTY_NOTES, extra: 'x' }, bogus: 1 });
    expect(parsed).not.toBeNull();
    expect(Object.keys(parsed as PesosState).sort()).toEqual([
      'checked',
      'learner',
      'notes',
      'order',
      'ordered',
      'submitted',
      'task',
    ]);
    expect(Object.keys((parsed as PesosState).notes).sort()).toEqual([...PESOS_STEPS].sort());
  });
});

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { printArea } from '../shared/printArea';
import { fillTemplate } from '../../platform/template';
import {
  PESOS_STEPS,
  checkOrder,
  initialPesos,
  isPesosDone,
  misplaced,
  missingInPlan,
  moveStep,
  parsePesos,
  submitPesos,
  withPlanText,
  type PesosState,
  type PlanField,
} from './logic';
import type { Content } from './content';

/** From the registry, and from content/exercises/pesos.yaml: props, so the text ships in HTML. */
interface Props {
  title: string;
  task: Content['task'];
  learner: Content['learner'];
  steps: Content['steps'];
  feedback: Content['feedback'];
  /** Every field's name, as 我的行动计划 shows it: they name what is still missing. */
  labels: Record<PlanField, string>;
  instructions?: ComponentChildren;
}

export default function PesosCoach({ title, task, learner, steps, feedback, labels, instructions }: Props) {
  const { state, record, update, reset } = useSavedExercise<PesosState>(
    'pesos',
    parsePesos,
    initialPesos,
    (next: PesosState) => isPesosDone(next),
  );
  const plan = useRef<HTMLDivElement>(null);
  const wrong = state.checked ? misplaced(state.order) : [];
  const missing = missingInPlan(state, labels);
  const write = (field: PlanField, text: string) => update((latest) => withPlanText(latest, field, text));

  return (
    <ExerciseFrame id="pesos" title={title} record={record} onReset={reset} instructions={instructions}>
      <h3 class="exercise__step">第一步：排出 PESOS 的顺序</h3>
      <ol class="ordering">
        {state.order.map((step, position) => {
          const key = PESOS_STEPS[step]!;
          const isWrong = wrong.includes(position);
          return (
            <li key={key} class={state.checked ? (isWrong ? 'is-wrong' : 'is-right') : ''} data-step={key}>
              <span class="ordering__text">
                <strong>{steps[key].name}</strong>：{steps[key].what}
                {isWrong && <span class="ordering__hint">{steps[key].hint}</span>}
              </span>
              <span class="ordering__actions">
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`上移「${steps[key].name}」`}
                  disabled={position === 0}
                  onClick={() => update((latest) => moveStep(latest, position, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`下移「${steps[key].name}」`}
                  disabled={position === state.order.length - 1}
                  onClick={() => update((latest) => moveStep(latest, position, 1))}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={() => update(checkOrder)}>
          检查顺序
        </button>
      </div>
      {state.checked && (
        <p class={wrong.length ? 'sorter-result' : 'sorter-result sorter-result--all'} role="status">
          {wrong.length ? fillTemplate(feedback.misplaced, { count: wrong.length }) : feedback.ordered}
        </p>
      )}

      <h3 class="exercise__step">第二步：为一位员工写一份带教计划</h3>
      <div class="plan" ref={plan}>
        <p class="plan__print-title">PESOS 带教计划</p>
        <div class="field-grid">
          <label class="field">
            <span>{labels.task}</span>
            <input
              type="text"
              value={state.task}
              placeholder={task.example}
              onInput={(event) => write('task', event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{labels.learner}</span>
            <input
              type="text"
              value={state.learner}
              placeholder={learner.example}
              onInput={(event) => write('learner', event.currentTarget.value)}
            />
          </label>
        </div>
        {PESOS_STEPS.map((step) => (
          <label key={step} class="field plan__step">
            <span>
              {steps[step].name}：{steps[step].what}
            </span>
            <textarea
              rows={3}
              value={state.notes[step]}
              placeholder={steps[step].example}
              onInput={(event) => write(step, event.currentTarget.value)}
            />
          </label>
        ))}
      </div>
      {missing.length > 0 && <p class="hint">还没填：{missing.join('、')}。</p>}
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={!state.ordered || missing.length > 0 || state.submitted}
          onClick={() => update(submitPesos)}
        >
          {state.submitted ? '已完成带教计划 ✓' : state.ordered ? '完成带教计划' : '先排对第一步的顺序'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(plan.current)}>
          打印带教计划
        </button>
      </div>
    </ExerciseFrame>
  );
}

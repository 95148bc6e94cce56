import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { printArea } from '../shared/printArea';
import { PESOS_STEPS, checkOrder, initialPesos, isPesosDone, misplaced, missingInPlan, moveStep, parsePesos, withPlanText, type PesosState, type PesosStep } from './logic';
import type { PesosStepText } from './texts';

interface Props {
  /** From the registry. */
  title: string;
  /** Step names, explanations, hints and examples, passed as props so the text ships in HTML. */
  texts: Record<PesosStep, PesosStepText>;
  instructions?: ComponentChildren;
}

export default function PesosCoach({ title, texts, instructions }: Props) {
  const { state, record, update: save, reset } = useSavedExercise<PesosState>('pesos', parsePesos, initialPesos, (next: PesosState) => isPesosDone(next));
  const plan = useRef<HTMLDivElement>(null);
  const update = (next: PesosState) => save(() => next);
  const wrong = state.checked ? misplaced(state.order) : [];
  const labels = { task: '要教的任务', learner: '带教对象', ...Object.fromEntries(PESOS_STEPS.map((step) => [step, texts[step].name])) } as Record<'task' | 'learner' | PesosStep, string>;
  const missing = missingInPlan(state, labels);

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
                <strong>{texts[key].name}</strong>：{texts[key].what}
                {isWrong && <span class="ordering__hint">{texts[key].hint}</span>}
              </span>
              <span class="ordering__actions">
                <button type="button" class="icon-button" aria-label={`上移「${texts[key].name}」`} disabled={position === 0} onClick={() => update(moveStep(state, position, -1))}>↑</button>
                <button type="button" class="icon-button" aria-label={`下移「${texts[key].name}」`} disabled={position === state.order.length - 1} onClick={() => update(moveStep(state, position, 1))}>↓</button>
              </span>
            </li>
          );
        })}
      </ol>
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={() => update(checkOrder(state))}>
          检查顺序
        </button>
      </div>
      {state.checked && (
        <p class={wrong.length ? 'sorter-result' : 'sorter-result sorter-result--all'} role="status">
          {wrong.length ? `有 ${wrong.length} 步的位置不对，看看提示再调整。` : '顺序正确！准备 → 讲解 → 示范 → 观察 → 督导。'}
        </p>
      )}

      <h3 class="exercise__step">第二步：为一位员工写一份带教计划</h3>
      <div class="plan" ref={plan}>
        <p class="plan__print-title">PESOS 带教计划</p>
        <div class="field-grid">
          <label class="field">
            <span>要教的任务</span>
            <input type="text" value={state.task} placeholder="例如：5G 套餐升级推荐" onInput={(event) => update(withPlanText(state, 'task', event.currentTarget.value))} />
          </label>
          <label class="field">
            <span>带教对象</span>
            <input type="text" value={state.learner} placeholder="例如：新员工小郑" onInput={(event) => update(withPlanText(state, 'learner', event.currentTarget.value))} />
          </label>
        </div>
        {PESOS_STEPS.map((step) => (
          <label key={step} class="field plan__step">
            <span>
              {texts[step].name}：{texts[step].what}
            </span>
            <textarea rows={3} value={state.notes[step]} placeholder={texts[step].example} onInput={(event) => update(withPlanText(state, step, event.currentTarget.value))} />
          </label>
        ))}
      </div>
      {missing.length > 0 && <p class="hint">还没填：{missing.join('、')}。</p>}
      <div class="button-row">
        <button type="button" class="button" disabled={!state.ordered || missing.length > 0 || state.submitted} onClick={() => update({ ...state, submitted: true })}>
          {state.submitted ? '已完成带教计划 ✓' : state.ordered ? '完成带教计划' : '先排对第一步的顺序'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(plan.current)}>
          打印带教计划
        </button>
      </div>
    </ExerciseFrame>
  );
}

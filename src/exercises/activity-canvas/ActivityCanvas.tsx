import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { printArea } from '../shared/printArea';
import { fillTemplate } from '../../platform/template';
import {
  ACTIVITY_TYPES,
  ANSWER_MAX,
  DIMENSIONS,
  NAME_MAX,
  emptyActivityPlan,
  isPlanComplete,
  parseActivityPlan,
  reviewActivityPlan,
  withAnswer,
  withType,
  type ActivityPlan,
  type PlanWarning,
} from './logic';
import type { ActivityPlanTexts } from './texts';

interface Props {
  /** From the registry. */
  title: string;
  /** Types, questions, examples and warnings, passed as props so the text ships in HTML. */
  texts: ActivityPlanTexts;
  instructions?: ComponentChildren;
}

/** 六维活动方案: six questions, a type, warnings on empty or vague answers, and a printable one-page plan. */
export default function ActivityCanvas({ title, texts, instructions }: Props) {
  const { state, record, update: save, reset } = useSavedExercise<ActivityPlan>('activity-canvas', parseActivityPlan, emptyActivityPlan, (next: ActivityPlan) => next.submitted && isPlanComplete(reviewActivityPlan(next)));
  const printable = useRef<HTMLDivElement>(null);
  const warnings = reviewActivityPlan(state);
  const complete = isPlanComplete(warnings);
  const update = (next: ActivityPlan) => save(() => next);
  const say = (warning: PlanWarning) => fillTemplate(texts.warnings[warning.kind], { word: warning.word ?? '' });
  const warningsFor = (field: PlanWarning['field']) => warnings.filter((warning) => warning.field === field);
  const advice = warnings.filter((warning) => warning.kind !== 'empty').length;

  return (
    <ExerciseFrame id="activity-canvas" title={title} record={record} onReset={reset} instructions={instructions}>
      <label class="field">
        <span>活动名称</span>
        <input type="text" value={state.name} maxLength={NAME_MAX} placeholder="例如：锦园小区「新家网络日」" onInput={(event) => update(withAnswer(state, 'name', event.currentTarget.value))} />
      </label>
      <fieldset>
        <legend>活动类型</legend>
        <div class="segmented segmented--small">
          {ACTIVITY_TYPES.map((type) => (
            <label key={type} class="segmented__choice">
              <input type="radio" name="activity-type" checked={state.type === type} onChange={() => update(withType(state, type))} />
              <span>{texts.types[type]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {DIMENSIONS.map((dimension, index) => (
        <label key={dimension} class="field plan__step" data-dimension={dimension}>
          <span>
            {index + 1}. {texts.dimensions[dimension].question}
          </span>
          <textarea
            rows={3}
            maxLength={ANSWER_MAX}
            value={state.answers[dimension]}
            placeholder={texts.dimensions[dimension].example}
            aria-describedby={`canvas-${dimension}-notes`}
            onInput={(event) => update(withAnswer(state, dimension, event.currentTarget.value))}
          />
          <span class="field__error" id={`canvas-${dimension}-notes`}>
            {warningsFor(dimension)
              .filter((warning) => warning.kind !== 'empty')
              .map(say)
              .join(' ')}
          </span>
        </label>
      ))}
      <p class="hint" role="status">
        {complete ? (advice ? `方案已填完，还有 ${advice} 条改进建议（见各题下方）。` : '方案已填完，每一维都写得具体 ✓') : `还有 ${warnings.filter((warning) => warning.kind === 'empty').length} 项没填。`}
      </p>

      <div class="plan-sheet" ref={printable}>
        <p class="plan__print-title">活动方案：{state.name || '（未命名）'}</p>
        <dl class="plan-sheet__list">
          <dt>活动类型</dt>
          <dd>{state.type ? texts.types[state.type] : '—'}</dd>
          {DIMENSIONS.flatMap((dimension) => [
            <dt key={`${dimension}-q`}>{texts.dimensions[dimension].question}</dt>,
            <dd key={`${dimension}-a`}>{state.answers[dimension] || '—'}</dd>,
          ])}
        </dl>
      </div>
      <div class="button-row">
        <button type="button" class="button" disabled={!complete || state.submitted} onClick={() => update({ ...state, submitted: true })}>
          {state.submitted ? '已完成方案 ✓' : '完成方案'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(printable.current)}>
          打印一页方案
        </button>
      </div>
    </ExerciseFrame>
  );
}

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
  submitActivityPlan,
  withAnswer,
  withType,
  type ActivityPlan,
  type Dimension,
  type PlanWarning,
} from './logic';
import type { Content } from './content';

/** From the registry, and from content/exercises/activity-canvas.yaml: props, so the text ships in HTML. */
interface Props extends Omit<Content, 'instructions'> {
  title: string;
  instructions?: ComponentChildren;
}

/** 六维活动方案: six questions, a type, warnings on empty or vague answers, and a printable one-page plan. */
export default function ActivityCanvas({
  title,
  labels,
  nameExample,
  types,
  dimensions,
  warnings: warningTexts,
  status,
  instructions,
}: Props) {
  const { state, record, update, reset } = useSavedExercise<ActivityPlan>(
    'activity-canvas',
    parseActivityPlan,
    emptyActivityPlan,
    (next: ActivityPlan) => next.submitted && isPlanComplete(reviewActivityPlan(next)),
  );
  const printable = useRef<HTMLDivElement>(null);
  const warnings = reviewActivityPlan(state);
  const complete = isPlanComplete(warnings);
  const write = (field: Dimension | 'name', text: string) => update((latest) => withAnswer(latest, field, text));
  const say = (warning: PlanWarning) => fillTemplate(warningTexts[warning.kind], { word: warning.word ?? '' });
  const warningsFor = (field: PlanWarning['field']) => warnings.filter((warning) => warning.field === field);
  const advice = warnings.filter((warning) => warning.kind !== 'empty').length;
  const empty = warnings.length - advice;

  return (
    <ExerciseFrame id="activity-canvas" title={title} record={record} onReset={reset} instructions={instructions}>
      <label class="field">
        <span>{labels.name}</span>
        <input
          type="text"
          value={state.name}
          maxLength={NAME_MAX}
          placeholder={nameExample}
          onInput={(event) => write('name', event.currentTarget.value)}
        />
      </label>
      <fieldset>
        <legend>{labels.type}</legend>
        <div class="segmented segmented--small">
          {ACTIVITY_TYPES.map((type) => (
            <label key={type} class="segmented__choice">
              <input
                type="radio"
                name="activity-type"
                checked={state.type === type}
                onChange={() => update((latest) => withType(latest, type))}
              />
              <span>{types[type]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {DIMENSIONS.map((dimension, index) => (
        <label key={dimension} class="field plan__step" data-dimension={dimension}>
          <span>
            {index + 1}. {dimensions[dimension].question}
          </span>
          <textarea
            rows={3}
            maxLength={ANSWER_MAX}
            value={state.answers[dimension]}
            placeholder={dimensions[dimension].example}
            aria-describedby={`canvas-${dimension}-notes`}
            onInput={(event) => write(dimension, event.currentTarget.value)}
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
        {complete
          ? advice
            ? fillTemplate(status.advice, { count: advice })
            : status.complete
          : fillTemplate(status.missing, { count: empty })}
      </p>

      <div class="plan-sheet" ref={printable}>
        <p class="plan__print-title">活动方案：{state.name || '（未命名）'}</p>
        <dl class="plan-sheet__list">
          <dt>{labels.type}</dt>
          <dd>{state.type ? types[state.type] : '—'}</dd>
          {DIMENSIONS.flatMap((dimension) => [
            <dt key={`${dimension}-q`}>{dimensions[dimension].question}</dt>,
            <dd key={`${dimension}-a`}>{state.answers[dimension] || '—'}</dd>,
          ])}
        </dl>
      </div>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={!complete || state.submitted}
          onClick={() => update(submitActivityPlan)}
        >
          {state.submitted ? '已完成方案 ✓' : '完成方案'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(printable.current)}>
          打印一页方案
        </button>
      </div>
    </ExerciseFrame>
  );
}

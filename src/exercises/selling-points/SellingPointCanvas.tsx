import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import EditableList, { IssueList } from '../shared/EditableList';
import { useSavedExercise } from '../shared/useSavedExercise';
import { printArea } from '../shared/printArea';
import {
  MAX_POINTS,
  SCRIPT_STEPS,
  TEXT_MAX,
  addPoint,
  editRows,
  emptyCanvas,
  issueMessage,
  parseCanvas,
  removePoint,
  reviewCanvas,
  submitCanvas,
  updatePoint,
  withProduct,
  withScript,
  type CanvasState,
} from './logic';
import type { Content } from './content';

/** From the registry, and from content/exercises/selling-points.yaml (with the worked example 「载入示例」 loads): props, so the text ships in HTML. */
interface Props extends Omit<Content, 'instructions'> {
  title: string;
  instructions?: ComponentChildren;
}

/** 动能四阶: features → scenes → selling points → a three-step script, reviewed and printable as a card. */
export default function SellingPointCanvas({ title, instructions, ...texts }: Props) {
  const { labels, productExample, fields, script, allGood, sample, sampleButton } = texts;
  const { state, record, update, reset } = useSavedExercise<CanvasState>(
    'selling-points',
    parseCanvas,
    emptyCanvas,
    (next: CanvasState) => next.submitted && reviewCanvas(next).length === 0,
  );
  const card = useRef<HTMLDivElement>(null);
  const issues = reviewCanvas(state);

  return (
    <ExerciseFrame id="selling-points" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button type="button" class="button button--quiet" onClick={() => update(() => sample)}>
          {sampleButton}
        </button>
      </div>
      <label class="field">
        <span>{labels.product}</span>
        <input
          type="text"
          maxLength={TEXT_MAX}
          value={state.product}
          placeholder={productExample}
          onInput={(event) => {
            const product = event.currentTarget.value;
            update((latest) => withProduct(latest, product));
          }}
        />
      </label>
      <EditableList
        items={state.rows}
        noun="卖点"
        max={MAX_POINTS}
        onAdd={() => update((latest) => editRows(latest, addPoint))}
        onRemove={(id) => update((latest) => editRows(latest, (rows) => removePoint(rows, id)))}
      >
        {(row) =>
          (['feature', 'scene', 'point'] as const).map((field) => (
            <label key={field} class="field">
              <span>{fields[field]}</span>
              <input
                type="text"
                maxLength={TEXT_MAX}
                value={row[field]}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  update((latest) => editRows(latest, (rows) => updatePoint(rows, row.id, { [field]: text })));
                }}
              />
            </label>
          ))
        }
      </EditableList>
      <h3 class="exercise__step">{labels.script}</h3>
      {SCRIPT_STEPS.map((step) => (
        <label key={step} class="field">
          <span>{script[step]}</span>
          <textarea
            rows={2}
            maxLength={TEXT_MAX}
            value={state.script[step]}
            onInput={(event) => {
              const text = event.currentTarget.value;
              update((latest) => withScript(latest, step, text));
            }}
          />
        </label>
      ))}
      <IssueList messages={issues.map((issue) => issueMessage(issue, texts))} allGood={allGood} />

      <div class="plan-sheet" ref={card}>
        <p class="plan__print-title">话术卡：{state.product || '（未填产品）'}</p>
        <dl class="plan-sheet__list">
          {state.rows.flatMap((row) => [
            <dt key={`${row.id}-f`}>{row.feature || '—'}</dt>,
            <dd key={`${row.id}-p`}>{row.point || '—'}</dd>,
          ])}
          {SCRIPT_STEPS.flatMap((step) => [
            <dt key={`${step}-t`}>{script[step]}</dt>,
            <dd key={`${step}-s`}>{state.script[step] || '—'}</dd>,
          ])}
        </dl>
      </div>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={issues.length > 0 || state.submitted}
          onClick={() => update(submitCanvas)}
        >
          {state.submitted ? '已完成话术卡 ✓' : '完成话术卡'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(card.current)}>
          打印话术卡
        </button>
      </div>
    </ExerciseFrame>
  );
}

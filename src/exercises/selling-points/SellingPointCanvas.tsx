import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import EditableList, { IssueList } from '../shared/EditableList';
import { useSavedExercise } from '../shared/useSavedExercise';
import { printArea } from '../shared/printArea';
import { fillTemplate } from '../../platform/template';
import { MAX_POINTS, SCRIPT_STEPS, TEXT_MAX, addPoint, emptyCanvas, parseCanvas, removePoint, reviewCanvas, sampleCanvas, updatePoint, type CanvasState, type PointIssue } from './logic';
import type { SellingPointTexts } from './texts';

interface Props {
  /** From the registry. */
  title: string;
  /** Field labels and review sentences, passed as props so the text ships in HTML. */
  texts: SellingPointTexts;
  instructions?: ComponentChildren;
}

/** 动能四阶: features → scenes → selling points → a three-step script, reviewed and printable as a card. */
export default function SellingPointCanvas({ title, texts, instructions }: Props) {
  const { state, record, update: save, reset } = useSavedExercise<CanvasState>('selling-points', parseCanvas, emptyCanvas, (next: CanvasState) => next.submitted && reviewCanvas(next).length === 0);
  const card = useRef<HTMLDivElement>(null);
  const issues = reviewCanvas(state);
  const update = (next: CanvasState) => save(() => next);
  const say = (issue: PointIssue) =>
    fillTemplate(texts.issues[issue.kind], {
      row: 'row' in issue ? issue.row : '',
      field: issue.kind === 'missing' ? texts.fields[issue.field] : '',
      step: issue.kind === 'no-script' ? texts.script[issue.step] : '',
    });

  return (
    <ExerciseFrame id="selling-points" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button type="button" class="button button--quiet" onClick={() => update(sampleCanvas())}>
          载入示例（千兆宽带）
        </button>
      </div>
      <label class="field">
        <span>产品</span>
        <input type="text" maxLength={TEXT_MAX} value={state.product} placeholder="例如：5G 畅享套餐、千兆宽带、一款主推手机" onInput={(event) => update({ ...state, product: event.currentTarget.value.slice(0, TEXT_MAX) })} />
      </label>
      <EditableList items={state.rows} noun="卖点" max={MAX_POINTS} onAdd={() => update({ ...state, rows: addPoint(state.rows) })} onRemove={(id) => update({ ...state, rows: removePoint(state.rows, id) })}>
        {(row) =>
          (['feature', 'scene', 'point'] as const).map((field) => (
            <label key={field} class="field">
              <span>{texts.fields[field]}</span>
              <input type="text" maxLength={TEXT_MAX} value={row[field]} onInput={(event) => update({ ...state, rows: updatePoint(state.rows, row.id, { [field]: event.currentTarget.value }) })} />
            </label>
          ))
        }
      </EditableList>
      <h3 class="exercise__step">话术</h3>
      {SCRIPT_STEPS.map((step) => (
        <label key={step} class="field">
          <span>{texts.script[step]}</span>
          <textarea rows={2} maxLength={TEXT_MAX} value={state.script[step]} onInput={(event) => update({ ...state, script: { ...state.script, [step]: event.currentTarget.value.slice(0, TEXT_MAX) } })} />
        </label>
      ))}
      <IssueList messages={issues.map(say)} allGood="每个卖点都说到了客户的好处，话术三步齐全 ✓" />

      <div class="plan-sheet" ref={card}>
        <p class="plan__print-title">话术卡：{state.product || '（未填产品）'}</p>
        <dl class="plan-sheet__list">
          {state.rows.flatMap((row) => [<dt key={`${row.id}-f`}>{row.feature || '—'}</dt>, <dd key={`${row.id}-p`}>{row.point || '—'}</dd>])}
          {SCRIPT_STEPS.flatMap((step) => [<dt key={`${step}-t`}>{texts.script[step]}</dt>, <dd key={`${step}-s`}>{state.script[step] || '—'}</dd>])}
        </dl>
      </div>
      <div class="button-row">
        <button type="button" class="button" disabled={issues.length > 0 || state.submitted} onClick={() => update({ ...state, submitted: true })}>
          {state.submitted ? '已完成话术卡 ✓' : '完成话术卡'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(card.current)}>
          打印话术卡
        </button>
      </div>
    </ExerciseFrame>
  );
}

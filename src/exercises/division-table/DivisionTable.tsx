import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { parseWithSubmitted } from '../shared/submitted';
import { printArea } from '../shared/printArea';
import EditableList, { IssueList } from '../shared/EditableList';
import { fillTemplate } from '../../platform/template';
import {
  FIELDS,
  MAX_ROWS,
  ROLES,
  TEXT_MAX,
  addRow,
  checkRows,
  editRows,
  filledCount,
  parseRows,
  removeRow,
  sampleRows,
  submitRows,
  toCsv,
  uncoveredRoles,
  updateRow,
  type DivisionState,
  type Role,
  type TaskRow,
} from './logic';
import type { Content, Texts } from './content';
import { downloadText } from '../../browser/download';
import { copyText } from '../../browser/clipboard';

interface Props {
  /** From the registry. */
  title: string;
  /** Role names, column headers and issue sentences, passed as props so the text ships in HTML. */
  texts: Texts;
  /** What 「载入示例」 fills in. */
  sample: Content['sample'];
  instructions?: ComponentChildren;
}

const initial = (): DivisionState => ({ rows: addRow([]), submitted: false });
const parse = (value: unknown): DivisionState | null => parseWithSubmitted(value, 'rows', parseRows);

/** 营销活动分工计划表: one card per task (a table would not fit a phone), checked, exported to CSV, printable. */
export default function DivisionTable({ title, texts, sample, instructions }: Props) {
  const { state, record, update, reset } = useSavedExercise<DivisionState>(
    'division-table',
    parse,
    initial,
    (next: DivisionState) => next.submitted,
  );
  const printable = useRef<HTMLDivElement>(null);
  const { rows } = state;
  const issues = checkRows(rows);
  const uncovered = uncoveredRoles(rows);
  const filled = filledCount(rows);
  const ready = issues.length === 0 && filled > 0;
  /** Edits the rows as they are stored now. */
  const edit = (change: (rows: TaskRow[]) => TaskRow[]) => update((latest) => editRows(latest, change(latest.rows)));

  // Where downloads are ignored (WeChat's own browser), the CSV leaves as copied text, as 我的进度's exports do
  // (no BOM, and line breaks as a chat and a text box keep them).
  const copyArea = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<{ text: string; copied?: boolean } | null>(null);
  useEffect(() => {
    if (!copy || copy.copied !== undefined || !copyArea.current) return;
    void copyText(copy.text, copyArea.current).then((copied) => setCopy({ text: copy.text, copied }));
  }, [copy]);
  // A copy of an older table is not left on screen once the table changes.
  useEffect(() => setCopy(null), [rows]);
  const download = () => {
    const csv = toCsv(rows, texts.columns, texts.roles);
    if (!downloadText(`${title}.csv`, csv, 'text/csv;charset=utf-8'))
      setCopy({ text: csv.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') });
  };

  return (
    <ExerciseFrame id="division-table" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button
          type="button"
          class="button button--quiet"
          onClick={() => update(() => ({ rows: sampleRows(sample), submitted: false }))}
        >
          载入示例
        </button>
      </div>
      <div ref={printable}>
        <p class="plan__print-title">{title}</p>
        <EditableList
          items={rows}
          noun="任务"
          max={MAX_ROWS}
          onAdd={() => edit(addRow)}
          onRemove={(id) => edit((latest) => removeRow(latest, id))}
        >
          {(row) => (
            <div class="field-grid">
              {FIELDS.map((field) => (
                <label key={field} class="field">
                  <span>{texts.columns[field]}</span>
                  <input
                    type="text"
                    maxLength={TEXT_MAX}
                    value={row[field]}
                    onInput={(event) =>
                      edit((latest) => updateRow(latest, row.id, { [field]: event.currentTarget.value }))
                    }
                  />
                </label>
              ))}
              <label class="field">
                <span>{texts.columns.role}</span>
                <select
                  value={row.role}
                  onChange={(event) =>
                    edit((latest) => updateRow(latest, row.id, { role: event.currentTarget.value as Role | '' }))
                  }
                >
                  <option value="">— 请选择 —</option>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {texts.roles[role]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
        </EditableList>
      </div>
      <IssueList
        messages={
          filled === 0
            ? [texts.noTasks]
            : issues.map((issue) => fillTemplate(texts.issues[issue.kind], { row: issue.row }))
        }
        allGood={texts.allGood}
      >
        {filled > 0 && uncovered.length > 0 && (
          <p class="hint">
            {uncovered.map((role) => fillTemplate(texts.uncovered, { role: texts.roles[role] })).join('')}
          </p>
        )}
      </IssueList>
      <div class="button-row">
        <button type="button" class="button" disabled={!ready || state.submitted} onClick={() => update(submitRows)}>
          {state.submitted ? '已完成分工 ✓' : '完成分工'}
        </button>
        <button type="button" class="button button--quiet" disabled={filled === 0} onClick={download}>
          导出 CSV
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(printable.current)}>
          打印
        </button>
      </div>
      <p class="message" data-kind={copy?.copied ? 'ok' : 'error'} role="status" hidden={copy?.copied === undefined}>
        {copy?.copied ? texts.copied : texts.copyByHand}
      </p>
      {copy && (
        <label class="field">
          <span>{texts.copyLabel}</span>
          <textarea rows={5} readOnly spellcheck={false} ref={copyArea} value={copy.text} />
        </label>
      )}
    </ExerciseFrame>
  );
}

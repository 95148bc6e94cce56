import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { parseWithSubmitted } from '../shared/submitted';
import EditableList, { IssueList } from '../shared/EditableList';
import { fillTemplate } from '../../platform/template';
import {
  CHANNELS,
  GROUPS,
  MAX_ACTIONS,
  MESSAGE_MAX,
  WINDOWS,
  addFollowUp,
  checkFollowUps,
  parseFollowUps,
  removeFollowUp,
  sampleFollowUps,
  updateFollowUp,
  type FollowUp,
  type FollowUpIssue,
} from './logic';
import type { FollowUpTexts } from './texts';

interface State {
  actions: FollowUp[];
  submitted: boolean;
}

interface Props {
  /** From the registry. */
  title: string;
  /** Labels and issue sentences, passed as props so the text ships in HTML. */
  texts: FollowUpTexts;
  instructions?: ComponentChildren;
}

const initial = (): State => ({ actions: addFollowUp([]), submitted: false });
const parse = (value: unknown): State | null => parseWithSubmitted(value, 'actions', parseFollowUps);
const SELECTS = [
  ['window', WINDOWS],
  ['group', GROUPS],
  ['channel', CHANNELS],
] as const;

/** 黄金72小时 follow-up planner: who is contacted when, how and with what, checked against M7's rules. */
export default function FollowUpPlanner({ title, texts, instructions }: Props) {
  const { state, record, update: save, reset } = useSavedExercise<State>('follow-up-72h', parse, initial, (next: State) => next.submitted);
  const { actions } = state;
  const issues = checkFollowUps(actions);
  const update = (next: FollowUp[], submitted = state.submitted && checkFollowUps(next).length === 0) => save(() => ({ actions: next, submitted }));
  const say = (issue: FollowUpIssue) =>
    fillTemplate(texts.issues[issue.kind], {
      row: 'row' in issue ? issue.row : '',
      field: issue.kind === 'missing' ? texts.fields[issue.field] : '',
      group: 'group' in issue ? texts.groups[issue.group] : '',
      count: 'count' in issue ? issue.count : '',
    });
  const labelOf = (field: 'window' | 'group' | 'channel', value: string) => (texts[`${field}s` as 'windows' | 'groups' | 'channels'] as Record<string, string>)[value] ?? value;

  return (
    <ExerciseFrame id="follow-up-72h" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button type="button" class="button button--quiet" onClick={() => update(sampleFollowUps(), false)}>
          载入示例
        </button>
      </div>
      <EditableList items={actions} noun="跟进" max={MAX_ACTIONS} onAdd={() => update(addFollowUp(actions))} onRemove={(id) => update(removeFollowUp(actions, id))}>
        {(action) => (
          <>
            <div class="field-grid">
              {SELECTS.map(([field, options]) => (
                <label key={field} class="field">
                  <span>{texts.fields[field]}</span>
                  <select value={action[field]} onChange={(event) => update(updateFollowUp(actions, action.id, { [field]: event.currentTarget.value }))}>
                    <option value="">— 请选择 —</option>
                    {options.map((option) => (
                      <option key={option} value={option}>
                        {labelOf(field, option)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <label class="field">
              <span>{texts.fields.message}</span>
              <textarea rows={2} maxLength={MESSAGE_MAX} value={action.message} onInput={(event) => update(updateFollowUp(actions, action.id, { message: event.currentTarget.value }))} />
            </label>
          </>
        )}
      </EditableList>
      <IssueList messages={issues.map(say)} allGood="A、B、C、D 四类客户都有人跟进，节奏合适 ✓" />
      <div class="button-row">
        <button type="button" class="button" disabled={issues.length > 0 || state.submitted} onClick={() => update(actions, true)}>
          {state.submitted ? '已完成跟进计划 ✓' : '完成跟进计划'}
        </button>
      </div>
    </ExerciseFrame>
  );
}

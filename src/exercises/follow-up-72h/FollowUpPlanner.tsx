import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { parseWithSubmitted } from '../shared/submitted';
import EditableList, { IssueList } from '../shared/EditableList';
import {
  CHANNELS,
  GROUPS,
  MAX_ACTIONS,
  MESSAGE_MAX,
  WINDOWS,
  addFollowUp,
  checkFollowUps,
  describeIssue,
  editFollowUps,
  parseFollowUps,
  removeFollowUp,
  sampleFollowUps,
  submitFollowUps,
  updateFollowUp,
  type FollowUp,
  type FollowUpState,
} from './logic';
import type { Content, Texts } from './content';

interface Props {
  /** From the registry. */
  title: string;
  /** Labels and issue sentences, passed as props so the text ships in HTML. */
  texts: Texts;
  /** What 「载入示例」 fills in. */
  sample: Content['sample'];
  instructions?: ComponentChildren;
}

const initial = (): FollowUpState => ({ actions: addFollowUp([]), submitted: false });
const parse = (value: unknown): FollowUpState | null => parseWithSubmitted(value, 'actions', parseFollowUps);
const SELECTS = [
  ['window', WINDOWS],
  ['group', GROUPS],
  ['channel', CHANNELS],
] as const;

/** 黄金 72 小时 follow-up planner: who is contacted when, how and with what, checked against M7's rules. */
export default function FollowUpPlanner({ title, texts, sample, instructions }: Props) {
  const { state, record, update, reset } = useSavedExercise<FollowUpState>(
    'follow-up-72h',
    parse,
    initial,
    (next: FollowUpState) => next.submitted,
  );
  const { actions } = state;
  const issues = checkFollowUps(actions);
  /** Edits the actions as they are stored now. */
  const edit = (change: (actions: FollowUp[]) => FollowUp[]) =>
    update((latest) => editFollowUps(latest, change(latest.actions)));
  const labelOf = (field: 'window' | 'group' | 'channel', value: string) =>
    (texts[`${field}s` as 'windows' | 'groups' | 'channels'] as Record<string, string>)[value] ?? value;

  return (
    <ExerciseFrame id="follow-up-72h" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button
          type="button"
          class="button button--quiet"
          onClick={() => update(() => ({ actions: sampleFollowUps(sample), submitted: false }))}
        >
          载入示例
        </button>
      </div>
      <EditableList
        items={actions}
        noun="跟进"
        max={MAX_ACTIONS}
        onAdd={() => edit(addFollowUp)}
        onRemove={(id) => edit((latest) => removeFollowUp(latest, id))}
      >
        {(action) => (
          <>
            <div class="field-grid">
              {SELECTS.map(([field, options]) => (
                <label key={field} class="field">
                  <span>{texts.fields[field]}</span>
                  <select
                    value={action[field]}
                    onChange={(event) =>
                      edit((latest) => updateFollowUp(latest, action.id, { [field]: event.currentTarget.value }))
                    }
                  >
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
              <textarea
                rows={2}
                maxLength={MESSAGE_MAX}
                value={action.message}
                onInput={(event) =>
                  edit((latest) => updateFollowUp(latest, action.id, { message: event.currentTarget.value }))
                }
              />
            </label>
          </>
        )}
      </EditableList>
      <IssueList messages={issues.map((issue) => describeIssue(issue, texts))} allGood={texts.allGood} />
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={issues.length > 0 || state.submitted}
          onClick={() => update(submitFollowUps)}
        >
          {state.submitted ? '已完成跟进计划 ✓' : '完成跟进计划'}
        </button>
      </div>
    </ExerciseFrame>
  );
}

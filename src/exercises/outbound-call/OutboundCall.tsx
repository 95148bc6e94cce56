import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import { IssueList } from '../shared/EditableList';
import { useSavedExercise } from '../shared/useSavedExercise';
import { fillTemplate } from '../../platform/template';
import {
  CLOSES,
  PRACTICE_END,
  SCRIPT_FIELDS,
  TEXT_MAX,
  answerPractice,
  editScript,
  emptyScript,
  isCallDone,
  parseCallState,
  practiceScore,
  restartPractice,
  reviewScript,
  submitCall,
  walkPractice,
  type CallState,
} from './logic';
import type { Texts } from './content';

interface Props {
  /** From the registry. */
  title: string;
  /** Labels, examples, review sentences and the practice call, passed as props so the text ships in HTML. */
  texts: Texts;
  instructions?: ComponentChildren;
}

const initial = (): CallState => ({ script: emptyScript(), path: [], submitted: false });

/** 电话外呼四步法: write your call, then practise with a hesitating customer. */
export default function OutboundCall({ title, texts, instructions }: Props) {
  const tree = texts.practice;
  const { state, record, update, reset } = useSavedExercise<CallState>(
    'outbound-call',
    parseCallState,
    initial,
    (next: CallState) => isCallDone(next, tree),
  );
  const issues = reviewScript(state.script);
  const { steps, current } = walkPractice(tree, state.path);
  const score = practiceScore(tree, state.path);
  const node = current === PRACTICE_END ? null : tree[current];
  const fieldLabel = (field: string) =>
    field === 'closeType' ? texts.closeTypeLabel : texts.fields[field as keyof typeof texts.fields].label;

  return (
    <ExerciseFrame id="outbound-call" title={title} record={record} onReset={reset} instructions={instructions}>
      <h3 class="exercise__step">{texts.headings.script}</h3>
      {SCRIPT_FIELDS.map((field) => (
        <div key={field}>
          {field === 'close' && (
            <fieldset>
              <legend>{texts.closeTypeLabel}</legend>
              <div class="segmented segmented--small">
                {CLOSES.map((close) => (
                  <label key={close} class="segmented__choice">
                    <input
                      type="radio"
                      name="close-type"
                      checked={state.script.closeType === close}
                      onChange={() => update((latest) => editScript(latest, { closeType: close }))}
                    />
                    <span>{texts.closes[close]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <label class="field plan__step">
            <span>{texts.fields[field].label}</span>
            <textarea
              rows={2}
              maxLength={TEXT_MAX}
              value={state.script[field]}
              placeholder={texts.fields[field].example}
              onInput={(event) => update((latest) => editScript(latest, { [field]: event.currentTarget.value }))}
            />
          </label>
        </div>
      ))}
      <IssueList
        messages={issues.map((issue) =>
          fillTemplate(texts.issues[issue.kind], { field: 'field' in issue ? fieldLabel(issue.field) : '' }),
        )}
        allGood={texts.allGood}
      />

      <h3 class="exercise__step">{texts.headings.practice}</h3>
      <ol class="call-log">
        {steps.map(({ node: step, choice }, index) => (
          <li key={index}>
            <p class="call-log__customer">客户：{step.customer}</p>
            <p class="call-log__me">你：{step.options[choice]?.line}</p>
            <p
              class={step.options[choice]?.good ? 'call-log__feedback call-log__feedback--good' : 'call-log__feedback'}
            >
              {step.options[choice]?.good ? '✓ ' : '✗ '}
              {step.options[choice]?.feedback}
            </p>
          </li>
        ))}
      </ol>
      {node ? (
        <fieldset class="call-turn">
          <legend>客户：{node.customer}</legend>
          <p class="hint">{texts.yourTurn}</p>
          {node.options.map((option, index) => (
            <button
              key={index}
              type="button"
              class="button call-turn__option"
              onClick={() => update((latest) => answerPractice(latest, tree, index))}
            >
              {option.line}
            </button>
          ))}
        </fieldset>
      ) : (
        <p class={score.endedWell ? 'sorter-result sorter-result--all' : 'sorter-result'} role="status">
          {fillTemplate(score.endedWell ? texts.callEnded : texts.callEndedBadly, {
            total: score.total,
            good: score.good,
          })}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button button--quiet"
          disabled={state.path.length === 0}
          onClick={() => update(restartPractice)}
        >
          重新模拟通话
        </button>
        <button
          type="button"
          class="button"
          disabled={issues.length > 0 || !score.endedWell || state.submitted}
          onClick={() => update((latest) => submitCall(latest, tree))}
        >
          {state.submitted ? '已完成外呼练习 ✓' : '完成外呼练习'}
        </button>
        {score.finished && !score.endedWell && !state.submitted && (
          <button
            type="button"
            class="button button--quiet"
            disabled={issues.length > 0}
            onClick={() => update((latest) => submitCall(latest, tree, true))}
          >
            {texts.endAnyway}
          </button>
        )}
      </div>
    </ExerciseFrame>
  );
}

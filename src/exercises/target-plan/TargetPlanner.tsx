import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { parseWithSubmitted } from '../shared/submitted';
import { printArea } from '../shared/printArea';
import { IssueList } from '../shared/EditableList';
import {
  MAX_CHECKPOINTS,
  MAX_MEMBERS,
  NAME_MAX,
  WEEKS_PER_QUARTER,
  addCheckpoint,
  addMember,
  checkPlan,
  editPlan,
  emptyPlan,
  isPlanReady,
  memberTotal,
  monthLabel,
  monthMemberSums,
  parseTargetPlan,
  plannedCumulative,
  removeCheckpoint,
  removeMember,
  splitAcrossMembers,
  splitAcrossMonths,
  submitPlan,
  updateCheckpoint,
  updateMember,
  updateMemberMonth,
  updateMonthTarget,
  updatePlan,
  weeklyTargets,
  type TargetPlan,
  type TargetPlanState,
} from './logic';
import type { Content } from './content';
import { fillTemplate } from '../../platform/template';

/** From the registry, and from content/exercises/target-plan.yaml (with the worked example 「载入示例」 loads): props, so the text ships in HTML. */
interface Props extends Omit<Content, 'instructions'> {
  title: string;
  instructions?: ComponentChildren;
}

const initial = (): TargetPlanState => ({ plan: emptyPlan(), submitted: false });
const parse = (value: unknown): TargetPlanState | null => parseWithSubmitted(value, 'plan', parseTargetPlan);
const MONTHS = [0, 1, 2] as const;
const WEEKS = Array.from({ length: WEEKS_PER_QUARTER }, (_, index) => index + 1);
const toNumber = (text: string) => (text.trim() === '' ? 0 : Number(text));

/** 季度工作铺排: a quarter target split by month, week and person, with checkpoints. */
export default function TargetPlanner({
  title,
  checks,
  labels,
  sample,
  sampleButton,
  weekTable,
  feedback,
  instructions,
}: Props) {
  const { state, record, update, reset } = useSavedExercise<TargetPlanState>(
    'target-plan',
    parse,
    initial,
    (next: TargetPlanState) => next.submitted,
  );
  const [name, setName] = useState('');
  const printable = useRef<HTMLDivElement>(null);
  const { plan } = state;
  const issues = checkPlan(plan, checks);
  const ready = isPlanReady(plan, checks);
  const edit = (change: (latest: TargetPlan) => TargetPlan) => update((latest) => editPlan(latest, change, checks));
  const monthTarget = (index: number) => fillTemplate(labels.monthTarget, { month: monthLabel(index) });
  const sums = monthMemberSums(plan);
  const weeks = weeklyTargets(plan);
  const cumulative = plannedCumulative(plan);
  const unit = plan.unit || '';

  return (
    <ExerciseFrame id="target-plan" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button
          type="button"
          class="button button--quiet"
          onClick={() => update(() => ({ plan: sample, submitted: false }))}
        >
          {sampleButton}
        </button>
      </div>
      <div class="plan" ref={printable}>
        <p class="plan__print-title">季度工作铺排：{plan.title}</p>
        <div class="field-grid">
          <label class="field">
            <span>{labels.title}</span>
            <input
              type="text"
              value={plan.title}
              onInput={(event) => {
                const title = event.currentTarget.value;
                edit((latest) => updatePlan(latest, { title }));
              }}
            />
          </label>
          <label class="field">
            <span>单位</span>
            <input
              type="text"
              value={plan.unit}
              onInput={(event) => {
                const unit = event.currentTarget.value;
                edit((latest) => updatePlan(latest, { unit }));
              }}
            />
          </label>
          <label class="field">
            <span>{labels.quarterTarget}</span>
            <input
              type="number"
              inputMode="numeric"
              min="0"
              value={plan.quarterTarget}
              onInput={(event) => {
                const quarterTarget = toNumber(event.currentTarget.value);
                edit((latest) => updatePlan(latest, { quarterTarget }));
              }}
            />
          </label>
        </div>

        <h3 class="exercise__step">1. 按月拆分</h3>
        <div class="field-grid">
          {MONTHS.map((index) => (
            <label key={index} class="field">
              <span>{monthTarget(index)}</span>
              <input
                type="number"
                inputMode="numeric"
                min="0"
                value={plan.months[index]}
                onInput={(event) => {
                  const target = toNumber(event.currentTarget.value);
                  edit((latest) => updateMonthTarget(latest, index, target));
                }}
              />
            </label>
          ))}
        </div>
        <div class="button-row">
          <button type="button" class="button button--quiet" onClick={() => edit(splitAcrossMonths)}>
            按月平均拆分
          </button>
        </div>
        {/* Scrollable on phones, so it must be reachable by keyboard. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-label="按周目标">
          <table class="week-table">
            <caption>{weekTable}</caption>
            <thead>
              <tr>
                <th scope="row">周</th>
                {WEEKS.map((week) => (
                  <th key={week} scope="col">
                    {week}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">目标</th>
                {weeks.map((value, index) => (
                  <td key={index}>{value}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">累计</th>
                {cumulative.map((value, index) => (
                  <td key={index}>{value}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>

        <h3 class="exercise__step">2. {labels.members}</h3>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            edit((latest) => addMember(latest, name));
            setName('');
          }}
        >
          <label>
            <span>添加成员</span>
            <input
              type="text"
              value={name}
              maxLength={NAME_MAX}
              placeholder="成员名字"
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" disabled={!name.trim() || plan.members.length >= MAX_MEMBERS}>
            添加
          </button>
          <button
            type="button"
            class="button button--quiet"
            disabled={plan.members.length === 0}
            onClick={() => edit(splitAcrossMembers)}
          >
            按人数平均分
          </button>
        </form>
        {plan.members.length > 0 && (
          <div class="table-scroll" tabIndex={0} role="region" aria-label="成员任务表">
            <table class="member-table">
              <thead>
                <tr>
                  <th scope="col">{labels.member}</th>
                  {MONTHS.map((index) => (
                    <th key={index} scope="col">
                      {monthLabel(index)}
                    </th>
                  ))}
                  <th scope="col">{labels.total}</th>
                  <th scope="col">
                    <span class="visually-hidden">删除</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.members.map((member) => (
                  <tr key={member.id} data-member={member.name}>
                    <th scope="row">
                      <input
                        type="text"
                        aria-label="成员名字"
                        value={member.name}
                        maxLength={NAME_MAX}
                        onInput={(event) => {
                          const memberName = event.currentTarget.value;
                          edit((latest) => updateMember(latest, member.id, { name: memberName }));
                        }}
                      />
                    </th>
                    {MONTHS.map((index) => (
                      <td key={index}>
                        <input
                          type="number"
                          inputMode="numeric"
                          min="0"
                          aria-label={`${member.name}${monthLabel(index)}`}
                          value={member.months[index]}
                          onInput={(event) => {
                            const figure = toNumber(event.currentTarget.value);
                            edit((latest) => updateMemberMonth(latest, member.id, index, figure));
                          }}
                        />
                      </td>
                    ))}
                    <td>{memberTotal(member)}</td>
                    <td>
                      <button
                        type="button"
                        class="icon-button"
                        aria-label={`删除「${member.name}」`}
                        onClick={() => edit((latest) => removeMember(latest, member.id))}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">成员合计</th>
                  {MONTHS.map((index) => (
                    <td key={index} class={sums[index] === plan.months[index] ? 'sum-ok' : 'sum-off'}>
                      {sums[index]} / {plan.months[index]}
                    </td>
                  ))}
                  <td>{sums[0] + sums[1] + sums[2]}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}

        <h3 class="exercise__step">3. {labels.checkpoints}</h3>
        <ol class="checkpoints">
          {plan.checkpoints.map((checkpoint, index) => (
            <li key={checkpoint.id} class="checkpoint">
              <label>
                <span>{labels.week}</span>
                <select
                  value={String(checkpoint.week)}
                  onChange={(event) => {
                    const week = Number(event.currentTarget.value);
                    edit((latest) => updateCheckpoint(latest, checkpoint.id, { week }));
                  }}
                >
                  {WEEKS.map((week) => (
                    <option key={week} value={String(week)}>
                      {fillTemplate(labels.weekValue, { week })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{labels.cumulative}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min="0"
                  value={checkpoint.cumulative}
                  onInput={(event) => {
                    const cumulative = toNumber(event.currentTarget.value);
                    edit((latest) => updateCheckpoint(latest, checkpoint.id, { cumulative }));
                  }}
                />
              </label>
              <label class="checkpoint__action">
                <span>{labels.action}</span>
                <input
                  type="text"
                  value={checkpoint.action}
                  onInput={(event) => {
                    const action = event.currentTarget.value;
                    edit((latest) => updateCheckpoint(latest, checkpoint.id, { action }));
                  }}
                />
              </label>
              <button
                type="button"
                class="icon-button"
                aria-label={`删除第 ${index + 1} 个节点`}
                onClick={() => edit((latest) => removeCheckpoint(latest, checkpoint.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <div class="button-row">
          <button
            type="button"
            class="button button--quiet"
            disabled={plan.checkpoints.length >= MAX_CHECKPOINTS}
            onClick={() => edit(addCheckpoint)}
          >
            添加关键节点
          </button>
        </div>
      </div>

      <IssueList
        messages={issues.map((issue) => issue.message)}
        allGood={feedback.allGood + (unit ? fillTemplate(feedback.unit, { unit }) : '')}
      />
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={!ready || state.submitted}
          onClick={() => update((latest) => submitPlan(latest, checks))}
        >
          {state.submitted ? feedback.done : ready ? feedback.ready : feedback.notReady}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(printable.current)}>
          打印铺排表
        </button>
      </div>
    </ExerciseFrame>
  );
}

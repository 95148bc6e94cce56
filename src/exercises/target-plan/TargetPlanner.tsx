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
  emptyPlan,
  evenSplit,
  memberTotal,
  monthLabel,
  monthMemberSums,
  parseTargetPlan,
  plannedCumulative,
  removeCheckpoint,
  removeMember,
  splitAcrossMembers,
  updateCheckpoint,
  updateMember,
  updateMonthTarget,
  updatePlan,
  weeklyTargets,
  type MonthFigures,
  type PlanTexts,
  type TargetPlan,
} from './logic';

interface State {
  plan: TargetPlan;
  submitted: boolean;
}

interface Props {
  /** From the registry. */
  title: string;
  /** The check's sentences, passed as props so the text ships in HTML. */
  texts: PlanTexts;
  /** The worked example 「载入示例」 loads (target-plan-sample.ts), a prop for the same reason. */
  sample: TargetPlan;
  instructions?: ComponentChildren;
}

const initial = (): State => ({ plan: emptyPlan(), submitted: false });
const parse = (value: unknown): State | null => parseWithSubmitted(value, 'plan', parseTargetPlan);
const MONTHS = [0, 1, 2] as const;
const WEEKS = Array.from({ length: WEEKS_PER_QUARTER }, (_, index) => index + 1);
const toNumber = (text: string) => (text.trim() === '' ? 0 : Number(text));

/** 季度工作铺排: a quarter target split by month, week and person, with checkpoints. */
export default function TargetPlanner({ title, texts, sample, instructions }: Props) {
  const { state, record, update: save, reset } = useSavedExercise<State>('target-plan', parse, initial, (next: State) => next.submitted);
  const [name, setName] = useState('');
  const printable = useRef<HTMLDivElement>(null);
  const { plan } = state;
  const issues = checkPlan(plan, texts);
  const ready = issues.length === 0 && plan.members.length > 0 && plan.checkpoints.length > 0;
  const update = (next: TargetPlan, submitted = state.submitted && checkPlan(next, texts).length === 0) => save(() => ({ plan: next, submitted }));
  const sums = monthMemberSums(plan);
  const weeks = weeklyTargets(plan);
  const cumulative = plannedCumulative(plan);
  const unit = plan.unit || '';

  return (
    <ExerciseFrame id="target-plan" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <button type="button" class="button button--quiet" onClick={() => update(sample, false)}>
          载入示例（600 户）
        </button>
      </div>
      <div class="plan" ref={printable}>
        <p class="plan__print-title">季度工作铺排：{plan.title}</p>
        <div class="field-grid">
          <label class="field">
            <span>指标名称</span>
            <input type="text" value={plan.title} onInput={(event) => update(updatePlan(plan, { title: event.currentTarget.value }))} />
          </label>
          <label class="field">
            <span>单位</span>
            <input type="text" value={plan.unit} onInput={(event) => update(updatePlan(plan, { unit: event.currentTarget.value }))} />
          </label>
          <label class="field">
            <span>季度目标</span>
            <input type="number" inputMode="numeric" min="0" value={plan.quarterTarget} onInput={(event) => update(updatePlan(plan, { quarterTarget: toNumber(event.currentTarget.value) }))} />
          </label>
        </div>

        <h3 class="exercise__step">1. 按月拆分</h3>
        <div class="field-grid">
          {MONTHS.map((index) => (
            <label key={index} class="field">
              <span>{monthLabel(index)}目标</span>
              <input type="number" inputMode="numeric" min="0" value={plan.months[index]} onInput={(event) => update(updateMonthTarget(plan, index, toNumber(event.currentTarget.value)))} />
            </label>
          ))}
        </div>
        <div class="button-row">
          <button type="button" class="button button--quiet" onClick={() => update({ ...plan, months: evenSplit(plan.quarterTarget, 3) as MonthFigures })}>
            按月平均拆分
          </button>
        </div>
        {/* Scrollable on phones, so it must be reachable by keyboard. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-label="按周目标">
          <table class="week-table">
            <caption>按周目标（自动计算，每月 4、4、5 周）</caption>
            <thead>
              <tr>
                <th scope="row">周</th>
                {WEEKS.map((week) => <th key={week} scope="col">{week}</th>)}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">目标</th>
                {weeks.map((value, index) => <td key={index}>{value}</td>)}
              </tr>
              <tr>
                <th scope="row">累计</th>
                {cumulative.map((value, index) => <td key={index}>{value}</td>)}
              </tr>
            </tbody>
          </table>
        </div>

        <h3 class="exercise__step">2. 按人拆分</h3>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            update(addMember(plan, name));
            setName('');
          }}
        >
          <label>
            <span>添加成员</span>
            <input type="text" value={name} maxLength={NAME_MAX} placeholder="成员名字" onInput={(event) => setName(event.currentTarget.value)} />
          </label>
          <button type="submit" class="button" disabled={!name.trim() || plan.members.length >= MAX_MEMBERS}>
            添加
          </button>
          <button type="button" class="button button--quiet" disabled={plan.members.length === 0} onClick={() => update(splitAcrossMembers(plan))}>
            按人数平均分
          </button>
        </form>
        {plan.members.length > 0 && (
          <div class="table-scroll" tabIndex={0} role="region" aria-label="成员任务表">
            <table class="member-table">
              <thead>
                <tr>
                  <th scope="col">成员</th>
                  {MONTHS.map((index) => <th key={index} scope="col">{monthLabel(index)}</th>)}
                  <th scope="col">合计</th>
                  <th scope="col"><span class="visually-hidden">删除</span></th>
                </tr>
              </thead>
              <tbody>
                {plan.members.map((member) => (
                  <tr key={member.id} data-member={member.name}>
                    <th scope="row">
                      <input type="text" aria-label="成员名字" value={member.name} maxLength={NAME_MAX} onInput={(event) => update(updateMember(plan, member.id, { name: event.currentTarget.value }))} />
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
                            const months = [...member.months] as MonthFigures;
                            months[index] = toNumber(event.currentTarget.value);
                            update(updateMember(plan, member.id, { months }));
                          }}
                        />
                      </td>
                    ))}
                    <td>{memberTotal(member)}</td>
                    <td>
                      <button type="button" class="icon-button" aria-label={`删除「${member.name}」`} onClick={() => update(removeMember(plan, member.id))}>
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

        <h3 class="exercise__step">3. 关键节点</h3>
        <ol class="checkpoints">
          {plan.checkpoints.map((checkpoint, index) => (
            <li key={checkpoint.id} class="checkpoint">
              <label>
                <span>第几周</span>
                <select value={String(checkpoint.week)} onChange={(event) => update(updateCheckpoint(plan, checkpoint.id, { week: Number(event.currentTarget.value) }))}>
                  {WEEKS.map((week) => <option key={week} value={String(week)}>第 {week} 周</option>)}
                </select>
              </label>
              <label>
                <span>应累计达到</span>
                <input type="number" inputMode="numeric" min="0" value={checkpoint.cumulative} onInput={(event) => update(updateCheckpoint(plan, checkpoint.id, { cumulative: toNumber(event.currentTarget.value) }))} />
              </label>
              <label class="checkpoint__action">
                <span>检查什么、做什么</span>
                <input type="text" value={checkpoint.action} onInput={(event) => update(updateCheckpoint(plan, checkpoint.id, { action: event.currentTarget.value }))} />
              </label>
              <button type="button" class="icon-button" aria-label={`删除第 ${index + 1} 个节点`} onClick={() => update(removeCheckpoint(plan, checkpoint.id))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
        <div class="button-row">
          <button type="button" class="button button--quiet" disabled={plan.checkpoints.length >= MAX_CHECKPOINTS} onClick={() => update(addCheckpoint(plan))}>
            添加关键节点
          </button>
        </div>
      </div>

      <IssueList messages={issues.map((issue) => issue.message)} allGood={`数字都对得上 ✓${unit ? `（单位：${unit}）` : ''}`} />
      <div class="button-row">
        <button type="button" class="button" disabled={!ready || state.submitted} onClick={() => update(plan, true)}>
          {state.submitted ? '已完成铺排 ✓' : ready ? '完成铺排' : '先把数字对齐、加上成员和节点'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => printArea(printable.current)}>
          打印铺排表
        </button>
      </div>
    </ExerciseFrame>
  );
}

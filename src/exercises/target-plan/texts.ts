/** What the quarterly plan check says (see PlanTexts in target-plan.ts for the slots). */
import type { PlanTexts } from './logic';

export const PLAN_TEXTS: PlanTexts = {
  targetRequired: '季度目标要填一个大于 0 的整数',
  targetTooBig: '季度目标不能超过 {max}',
  monthInvalid: '{month}目标要填 0 或正整数',
  monthsSum: '三个月合计 {total}，比季度目标{diff}',
  membersSum: '{month}：成员合计 {total}，比月目标{diff}',
  less: '少 {n}',
  more: '多 {n}',
  memberNth: '第 {n} 位成员',
  nameMissing: '第 {n} 位成员还没填名字',
  nameDuplicate: '第 {n} 位成员「{name}」和前面的成员重名，换个能区分的叫法',
  memberFigure: '{who}：{month}任务要填 0 或正整数',
  checkpointNth: '第 {n} 个节点',
  weekRange: '{where}：周次要在第 1 到第 {max} 周之间',
  weekOrder: '{where}：第 {week} 周要排在上一个节点（第 {previous} 周）之后',
  cumulativeInvalid: '{where}：计划累计要填 0 或正整数',
  cumulativeOver: '{where}：计划累计 {cumulative} 超过了季度目标 {target}',
  cumulativeBackwards: '{where}：计划累计 {cumulative} 比前面节点的 {highest} 还少',
  actionMissing: '{where}：还没写到时检查什么、做什么',
};

/** Labels for the plan outside the island (我的行动计划); `{month}` and `{week}` are filled in. */
export const TARGET_PLAN_LABELS = {
  title: '指标名称',
  quarterTarget: '季度目标',
  monthTarget: '{month}目标',
  members: '按人拆分',
  member: '成员',
  total: '合计',
  checkpoints: '关键节点',
  week: '第几周',
  weekValue: '第 {week} 周',
  cumulative: '应累计达到',
  action: '检查什么、做什么',
};

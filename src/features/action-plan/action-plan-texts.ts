/**
 * Everything 我的行动计划 says about the exercises, gathered from their own texts and data files.
 * The page serialises it into its HTML for the page script, so none of it is in the JavaScript.
 * Only what the plan shows is picked (not, say, the practice call's script).
 */
import type { ActionPlanTexts } from './action-plan';
import { DISC_PROFILES, DISC_QUESTIONS, DISC_RESULT_LABELS } from '../../exercises/disc-quiz/texts';
import { ADVICE_TEXTS, PEAK_END_LABELS } from '../../exercises/peak-end/texts';
import { PERFORMANCE_LABELS } from '../../exercises/performance-formula/texts';
import { TARGET_PLAN_LABELS } from '../../exercises/target-plan/texts';
import { COACHING_LABELS, QUADRANT_TEXTS } from '../../exercises/coaching-matrix/texts';
import { PESOS_PLAN_LABELS, PESOS_TEXTS } from '../../exercises/pesos/texts';
import { SELLING_POINT_LABELS, SELLING_POINT_TEXTS } from '../../exercises/selling-points/texts';
import { ACTIVITY_PLAN_LABELS, ACTIVITY_PLAN_TEXTS } from '../../exercises/activity-canvas/texts';
import { OUTBOUND_CALL_TEXTS } from '../../exercises/outbound-call/texts';
import { DIVISION_TEXTS } from '../../exercises/division-table/texts';
import { FOLLOW_UP_LABELS, FOLLOW_UP_TEXTS } from '../../exercises/follow-up-72h/texts';

export const ACTION_PLAN_TEXTS: ActionPlanTexts = {
  // `exercise` is the title the exercise has on its module page (a unit test keeps them equal).
  sections: {
    'disc-quiz': { title: '顾客性格类型：测评结果', exercise: '顾客性格类型（DISC）' },
    'peak-end': { title: '峰终体验设计', exercise: '峰终体验设计器' },
    'performance-formula': { title: '业绩提升计划', exercise: '业绩公式模拟器' },
    'target-plan': { title: '季度工作铺排', exercise: '季度工作铺排' },
    'coaching-matrix': { title: '团队辅导安排', exercise: '辅导矩阵：四种员工' },
    pesos: { title: 'PESOS 带教计划', exercise: 'PESOS 岗上带教' },
    'selling-points': { title: '话术卡：从特点到话术', exercise: '从特点到话术（动能四阶）' },
    'activity-canvas': { title: '六维活动方案', exercise: '六维活动方案' },
    'outbound-call': { title: '外呼话术（四步法）', exercise: '电话外呼四步法' },
    'division-table': { title: '营销活动分工计划表', exercise: '营销活动分工计划表' },
    'follow-up-72h': { title: '黄金72小时跟进计划', exercise: '黄金72小时跟进计划' },
  },
  blank: '—',
  disc: { questions: DISC_QUESTIONS, profiles: DISC_PROFILES, labels: DISC_RESULT_LABELS },
  peakEnd: { advice: ADVICE_TEXTS, labels: PEAK_END_LABELS },
  performance: PERFORMANCE_LABELS,
  targetPlan: TARGET_PLAN_LABELS,
  coaching: { quadrants: QUADRANT_TEXTS, labels: COACHING_LABELS },
  pesos: { steps: PESOS_TEXTS, labels: PESOS_PLAN_LABELS },
  sellingPoints: { fields: SELLING_POINT_TEXTS.fields, script: SELLING_POINT_TEXTS.script, labels: SELLING_POINT_LABELS },
  activity: { types: ACTIVITY_PLAN_TEXTS.types, dimensions: ACTIVITY_PLAN_TEXTS.dimensions, labels: ACTIVITY_PLAN_LABELS },
  outboundCall: { fields: OUTBOUND_CALL_TEXTS.fields, closes: OUTBOUND_CALL_TEXTS.closes, closeTypeLabel: OUTBOUND_CALL_TEXTS.closeTypeLabel },
  division: { roles: DIVISION_TEXTS.roles, headers: DIVISION_TEXTS.headers },
  followUp: { windows: FOLLOW_UP_TEXTS.windows, groups: FOLLOW_UP_TEXTS.groups, channels: FOLLOW_UP_TEXTS.channels, fields: FOLLOW_UP_TEXTS.fields, labels: FOLLOW_UP_LABELS },
};

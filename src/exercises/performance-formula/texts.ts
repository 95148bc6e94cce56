/** Labels of the 业绩公式 simulator and of its plan on 我的行动计划. */
import type { Baseline, Lever } from './logic';

export const PERFORMANCE_LABELS: {
  levers: Record<Lever, string>;
  baseline: Record<keyof Baseline, { label: string; unit: string }>;
  before: string;
  after: string;
  compound: string;
  lever: string;
  gain: string;
  effort: string;
  perEffort: string;
} = {
  levers: { customers: '客户数量', conversion: '转化效率', basket: '客单量', repeat: '复购量' },
  baseline: {
    customers: { label: '客户数量', unit: '人/月' },
    conversion: { label: '转化效率', unit: '%' },
    basket: { label: '客单量', unit: '件' },
    repeatRate: { label: '个体复购率', unit: '倍' },
    extension: { label: '延展购买量', unit: '倍' },
  },
  before: '现在的业绩',
  after: '提升后的业绩',
  compound: '实际增长（相乘）',
  lever: '因素',
  gain: '提升',
  effort: '所需力气（1 很容易 … 5 很难）',
  perEffort: '每份力气换来的增长',
};

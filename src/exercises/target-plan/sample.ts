/**
 * The 季度工作铺排 worked example. It reaches the island as a prop (like the texts), so its Chinese
 * ships in the page's HTML rather than in the JavaScript every M4 visit downloads.
 */
import type { Checkpoint, MonthFigures, PlanMember, TargetPlan } from './logic';

/** The worked example from M4: 周店长's hall, 600 户 of 5G upgrades in the third quarter. */
export function samplePlan(): TargetPlan {
  const member = (id: string, name: string, months: MonthFigures): PlanMember => ({ id, name, months });
  const checkpoint = (id: string, week: number, cumulative: number, action: string): Checkpoint => ({ id, week, cumulative, action });
  return {
    title: '第三季度 5G 套餐升级',
    unit: '户',
    quarterTarget: 600,
    months: [180, 200, 220],
    members: [
      member('p1', '小王', [47, 50, 53]),
      member('p2', '小张', [41, 43, 46]),
      member('p3', '小吴', [37, 40, 43]),
      member('p4', '小刘', [34, 37, 39]),
      member('p5', '小郑', [21, 30, 39]),
    ],
    // 7/31, 8/15, 8/31, 9/15, 9/30: each month's weeks run 1–7, 8–14, … with the odd days in the last week.
    checkpoints: [
      checkpoint('k1', 4, 180, '7 月经营分析，逐人对数'),
      checkpoint('k2', 6, 280, '季度中点检查，落后的人当周辅导'),
      checkpoint('k3', 8, 380, '8 月经营分析，调整 9 月分工'),
      checkpoint('k4', 10, 490, '冲刺检查，决定是否加开外呼'),
      checkpoint('k5', 13, 600, '季度收官，全员复盘'),
    ],
  };
}

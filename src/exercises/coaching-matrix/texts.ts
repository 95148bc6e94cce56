/** What the coaching matrix says about each quadrant (passed to the island as props). */
import type { Quadrant, QuadrantText } from './logic';

export const QUADRANT_TEXTS: Record<Quadrant, QuadrantText> = {
  delegate: { name: '有心有力', focus: '授权、给挑战、培养成骨干', step: '把一项完整的工作交给{name}，比如带外呼小组或当新人的带教师傅，给他决定权，也给他公开的认可。' },
  teach: { name: '有心无力', focus: '教技能、示范带教（PESOS）', step: '挑一项{name}最常卡住的业务，用 PESOS 手把手地教：先示范，再看着他做，当天给反馈。' },
  motivate: { name: '有力无心', focus: '找原因、激励、重燃意愿', step: '约{name}一对一谈一次，先问原因、不急着批评；找到原因后对症激励，比如请他在分享会上讲经验。' },
  direct: { name: '无心无力', focus: '明确要求、紧密跟进，无改善则调岗', step: '和{name}把标准说清楚、写下来（例如两周内业务零差错），每天夕会跟进；给足机会仍无改善，按制度调岗。' },
};

/** Column labels for a team's coaching plan (我的行动计划). */
export const COACHING_LABELS = { member: '成员', will: '意愿', skill: '能力', quadrant: '类型', step: '下一步' };

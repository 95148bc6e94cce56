/** What the PESOS exercise says about each step (passed to the island as props). */
import type { PesosStep } from './logic';

export interface PesosStepText {
  /** e.g. 「P 准备」 */
  name: string;
  /** One line on what happens in this step. */
  what: string;
  /** Shown when the step is in the wrong place. */
  hint: string;
  /** Placeholder for the plan field. */
  example: string;
}

export const PESOS_TEXTS: Record<PesosStep, PesosStepText> = {
  prepare: { name: 'P 准备', what: '想清楚目标、备好材料、了解学习者的状态', hint: '准备永远在最前面：目标、材料和时机没想好，后面每一步都会打折扣。', example: '例如：目标是能独立完成一次 5G 升级推荐；备好资费对比卡；选上午客流少的时段。' },
  explain: { name: 'E 讲解', what: '讲清做什么，也讲清为什么', hint: '讲解在示范之前：先让他知道要做什么、为什么这样做，再看你做。', example: '例如：先看近三个月用量，再问使用习惯，最后讲清生效时间——这样能避免下个月的投诉。' },
  show: { name: 'S 示范', what: '你做，他看', hint: '示范在讲解之后、观察之前：先让他看你做一遍，他才知道「标准」长什么样。', example: '例如：由带教人接待一位真实顾客，结束后说明三个关键动作。' },
  observe: { name: 'O 观察', what: '他做，你看，及时纠正', hint: '观察在示范之后：轮到他动手，你在旁边看，顾客一走就反馈。', example: '例如：换他接待，顾客面前不抢话；结束后先说一点做得好的，再说一点可改进的。' },
  supervise: { name: 'S 督导', what: '跟进到成为习惯，再表扬', hint: '督导在最后：教完不是结束，要跟进到他稳定做到标准。', example: '例如：每天夕会问一句推荐了几次、遇到什么问题；两周后达标就在早会上公开表扬。' },
};

/** Labels of the plan's two header fields (the steps use their names above). */
export const PESOS_PLAN_LABELS = { task: '要教的任务', learner: '带教对象' };

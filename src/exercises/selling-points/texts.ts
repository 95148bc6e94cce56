/** What the 卖点 canvas says (passed to the island as props). */
import type { PointIssue, ScriptStep } from './logic';

export interface SellingPointTexts {
  fields: Record<'feature' | 'scene' | 'point', string>;
  script: Record<ScriptStep, string>;
  /** `{row}`, `{field}` and `{step}` are filled in. */
  issues: Record<PointIssue['kind'], string>;
}

export const SELLING_POINT_TEXTS: SellingPointTexts = {
  fields: { feature: '特点（产品有什么）', scene: '场景（谁、在什么情况下用）', point: '卖点（客户得到什么）' },
  script: { dig: '挖需：问一句，让他说出需要', show: '展示：让他看得见、摸得着', close: '促成：给他一个好做的决定' },
  issues: {
    missing: '第 {row} 个卖点：「{field}」还空着。',
    'repeats-feature': '第 {row} 个卖点只是把特点又说了一遍。追问一句「那又怎样？对他有什么好处？」',
    'spec-words': '第 {row} 个卖点还是参数的说法。把参数换成客户的感受，比如「全家一起用也不卡」。',
    'no-customer': '第 {row} 个卖点里看不到客户：写出他是谁、在什么情况下得到什么好处。',
    'no-product': '先写下要分析的产品。',
    'no-script': '话术还缺「{step}」这一步。',
  },
};

/** Labels for the card outside the island (我的行动计划). */
export const SELLING_POINT_LABELS = { product: '产品', script: '话术' };

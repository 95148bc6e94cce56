/** What the 六维活动方案 canvas says (passed to the island as props). */
import type { ActivityType, Dimension, WarningKind } from './logic';

export interface ActivityPlanTexts {
  types: Record<ActivityType, string>;
  /** The question and an example answer for each dimension. */
  dimensions: Record<Dimension, { question: string; example: string }>;
  /** Warning sentences; `{word}` is the vague word found. */
  warnings: Record<WarningKind, string>;
}

export const ACTIVITY_PLAN_TEXTS: ActivityPlanTexts = {
  types: { media: '媒体与销售联动', community: '社区与销售联动', entertainment: '娱乐与推广联动', bundle: '多品牌捆绑联动' },
  dimensions: {
    purpose: { question: '目的是什么？', example: '例如：两天办理千兆宽带 40 户，其中家庭融合套餐不少于 25 户。' },
    who: { question: '他们是谁？', example: '例如：新交付的锦园小区业主，刚装修完、还没选定宽带的家庭。' },
    where: { question: '他们在哪里？', example: '例如：小区业主群、物业服务中心、周末的装修建材市场。' },
    reach: { question: '怎么让他知道？', example: '例如：请物业在业主群发通知；电梯口海报；老客户外呼邀约 80 户。' },
    attract: { question: '怎么吸引他来？', example: '例如：到场免费测网速、送路由器安装；前 20 户送智能门铃。' },
    convert: { question: '来了怎么让他买？', example: '例如：现场演示全屋 Wi-Fi；两档方案对比卡；当场约好上门安装时间。' },
  },
  warnings: {
    empty: '还没填。',
    short: '写得太短，别人照着做不出来，再具体一点。',
    vague: '「{word}」太笼统：写清是哪些人、哪个地方、什么做法。',
    'no-number': '目的里没有数字：写上办理量、客户数或时间，活动结束时才能对照。',
  },
};

/** Labels of the plan's name and type fields (我的行动计划). */
export const ACTIVITY_PLAN_LABELS = { name: '活动名称', type: '活动类型' };

/** What the 分工计划表 says (passed to the island as props). */
import type { Role, RowIssueKind } from './logic';

export interface DivisionTexts {
  roles: Record<Role, string>;
  /** CSV header and column labels, in order: task, owner, deadline, resources, role. */
  headers: [string, string, string, string, string];
  /** Issue sentences; `{row}` is the row number. */
  issues: Record<RowIssueKind, string>;
  /** `{role}` is a role nobody covers. */
  uncovered: string;
  /** Said instead of a download in WeChat's own browser, which ignores downloads. */
  noDownload: string;
}

export const DIVISION_TEXTS: DivisionTexts = {
  roles: { traffic: '引流', sales: '介绍与销售', aftersales: '售后', support: '配合支撑' },
  noDownload: '微信里不能下载文件：请点右上角「···」，选「在浏览器打开」，再导出 CSV；也可以直接打印。',
  headers: ['任务', '负责人', '完成时限', '所需资源', '活动当天职能'],
  issues: {
    'no-task': '第 {row} 行：还没写做什么。',
    'no-owner': '第 {row} 行：没有负责人。',
    'vague-owner': '第 {row} 行：负责人要写具体的名字，「全员」等于没人负责。',
    'no-deadline': '第 {row} 行：没有完成时限。',
    'vague-deadline': '第 {row} 行：「尽快」不是时限，写成 D-3、D 日 10 点前这样的时间点。',
    'no-resources': '第 {row} 行：所需资源空着，当天才发现缺东西就晚了。',
    'no-role': '第 {row} 行：选一个活动当天的职能。',
  },
  uncovered: '还没有人负责「{role}」。',
};

/** The peak–end designer's advice sentences (see AdviceTexts in peak-end.ts for the slots). */
import type { AdviceTexts } from './logic';

export const ADVICE_TEXTS: AdviceTexts = {
  'weak-end': '结尾偏弱：「{name}」只有 {value}。顾客最后的感受会被一直记住——送到门口、说一句真诚的祝福、递上一张写着专属客户经理电话的便签，都能让结尾变成加分项。',
  'deep-valley': '「{name}」是一个深谷（{value}）{dominant}。先把它填浅：提前告知等候时间、主动问候、给一杯水或一份资料，都能减轻负面感受。',
  dominant: '，而且它就是整段体验里最强烈的感受，会主导顾客的记忆',
  'long-valley': '「{name}」既难受又漫长（{minutes} 分钟）。时长本身不太影响记忆，但它容易变成最深的低谷——能分流就分流，不能分流就让等待变得有事可做。',
  'no-positive-peak': '整段体验没有让人记住的亮点（没有 +3 以上的时刻）。设计一个「峰」：比如办理业务时主动帮顾客把旧手机的资料迁移好，或为老人把常用功能设置好。',
  'memory-below-average': '顾客记住的分数（{remembered}）比平均感受（{average}）还低：再多做对几个环节也没用，要改的是峰值和结尾。',
  'well-designed': '设计得不错：有明显的高峰，结尾是正向的，记忆分 {remembered}。把这两个关键时刻写进班前会，让每位员工都做到。',
};

/** Labels for the designer's results where they are shown outside the island (我的行动计划). */
export const PEAK_END_LABELS = {
  touchpoint: '触点',
  feeling: '感受分',
  minutes: '分钟',
  remembered: '顾客记住的分数（峰 + 终）÷ 2',
  average: '平均感受',
  peak: '峰值',
  end: '终值',
  advice: '改进建议',
};

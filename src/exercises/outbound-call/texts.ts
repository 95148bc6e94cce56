/** What the outbound-call exercise says, and its practice call (passed to the island as props). */
import type { Close, PracticeTree, ScriptField, ScriptIssue } from './logic';

export interface OutboundCallTexts {
  fields: Record<ScriptField, { label: string; example: string }>;
  closes: Record<Close, string>;
  issues: Record<ScriptIssue['kind'], string>;
  /** `{field}` is filled in for `missing`. */
  closeTypeLabel: string;
  practice: PracticeTree;
}

export const OUTBOUND_CALL_TEXTS: OutboundCallTexts = {
  fields: {
    opening: { label: '1. 开场（前 10 秒）', example: '例如：张阿姨您好，我是楼下东湖路营业厅的小陈，您家宽带下个月到期，我给您留了一个老用户免费提速的名额。' },
    benefit: { label: '2. 邀约呈现（只讲一个好处）', example: '例如：简单来说，就是每月费用不变，网速从 300M 升到 1000M。' },
    close: { label: '3. 完美促成', example: '例如：您看是周六上午来，还是周日下午来方便？' },
    confirm: { label: '4. 重复确认（时间、地点、好处）', example: '例如：我再跟您对一下：本周六上午十点，东湖路营业厅，带上身份证，月费不变、网速升到 1000M。' },
  },
  closes: { benefit: '利益法', choice: '选择法', default: '默认法', regret: '惋惜法' },
  closeTypeLabel: '用哪种促成方法',
  issues: {
    missing: '「{field}」还没写。',
    'long-opening': '开场太长了：10 秒内说清你是谁、为什么打给他、对他有什么好处。',
    'no-simply': '邀约呈现里用上「简单来说……」，把好处收成客户能转述的一句话。',
    'vague-confirm': '重复确认要说出具体的时间和地点，比如「本周六上午十点」。',
  },
  practice: {
    start: {
      customer: '「喂？……营业厅？我现在有点忙，你快说。」',
      options: [
        { line: '「打扰您一分钟可以吗？我们有个活动想给您介绍一下。」', good: false, feedback: '客户最顺口的回答就是「不可以」，而且一听就是推销。前 10 秒要说出对他的好处。', next: 'busy' },
        { line: '「好的张阿姨，一句话：您家宽带下个月到期，我给您留了个免费提速的名额。」', good: true, feedback: '先接住他的「忙」，10 秒内说清你是谁、为什么打给他、有什么好处。', next: 'price' },
        { line: '「您好，我是东湖路营业厅客户经理小陈，工号 1024，本次来电是……」', good: false, feedback: '一长串名称和工号，10 秒过去了，客户还不知道你要干什么。', next: 'busy' },
      ],
    },
    busy: {
      customer: '「……到底什么事？不办什么业务啊。」',
      options: [
        { line: '「不是让您办新业务：您家宽带下个月到期，老用户可以免费提速，月费不变。」', good: true, feedback: '补救得好：马上给出一个和他有关的好处。', next: 'price' },
        { line: '「那不打扰您了，再见。」', good: false, feedback: '还没说出好处就放弃了。客户不耐烦，是因为还不知道和自己有什么关系。', next: 'end' },
      ],
    },
    price: {
      customer: '「提速？是不是又要多交钱？」',
      options: [
        { line: '「不会。简单来说，月费不变，网速从 300M 升到 1000M，孙子来了打游戏也不卡。」', good: true, feedback: '先回答他的顾虑，再用「简单来说」收成一句他能转述的话，还落到了他家里的场景。', next: 'think' },
        { line: '「我们这次有七八项优惠：送话费、送路由器检测、积分翻倍、还有抽奖……」', good: false, feedback: '「倒口袋」：说得越多，客户记住的越少，还会更怀疑「羊毛出在羊身上」。', next: 'think' },
      ],
    },
    think: {
      customer: '「听着还行……我再考虑考虑吧。」',
      options: [
        { line: '「应该的。您主要是担心费用，还是时间不方便？」', good: true, feedback: '先认同，再问清顾虑，下一步才能对症回应。', next: 'time' },
        { line: '「名额就剩最后两个了，您现在不定就没了！」', good: false, feedback: '编造的紧迫感，客户到店一问就穿帮。惋惜法只能讲真实的限制。', next: 'time' },
        { line: '「那您考虑好了再打给我们吧。」', good: false, feedback: '把主动权全交了出去，客户多半不会再打来。至少约一个再联系的时间。', next: 'end' },
      ],
    },
    time: {
      customer: '「主要是没时间，平时要接孙子。」',
      options: [
        { line: '「周六周日都有，十分钟就办好。您看是周六上午，还是周日下午方便？」', good: true, feedback: '选择法：不问「来不来」，问「哪个时间来」。', next: 'confirm' },
        { line: '「那您什么时候有空就什么时候来吧。」', good: false, feedback: '没有具体时间的约定，等于没有约定。', next: 'end' },
      ],
    },
    confirm: {
      customer: '「那就周六上午吧。」',
      options: [
        { line: '「好，我再跟您对一下：本周六上午十点，东湖路营业厅，带上身份证，月费不变、网速升到 1000M。我把地址发您手机上。」', good: true, feedback: '重复确认时间、地点、好处，这次通话才算真正「约好了」。', next: 'end' },
        { line: '「好的，那周六见！」', good: false, feedback: '少了重复确认：挂了电话，客户可能就忘了具体时间和要带什么。', next: 'end' },
      ],
    },
  },
};

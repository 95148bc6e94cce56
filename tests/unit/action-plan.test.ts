import { describe, expect, it } from 'vitest';
import {
  buildActionPlan,
  emptyPlanHeader,
  exerciseHref,
  parsePlanHeader,
  type ActionPlanTexts,
  type PlanSection,
} from '../../src/features/action-plan/action-plan';
import type { PlanBlock } from '../../src/features/action-plan/blocks';
import { PLAN_BUILDERS } from '../../src/features/action-plan/plan-builders';
import { actionPlanTexts } from '../../src/features/action-plan/plan-texts';
import { EXERCISE_IDS, isPlanExercise, type PlanExerciseId } from '../../src/exercises/registry';
import { exerciseContent } from './exercise-content';
import { emptyProgress, type Progress } from '../../src/platform/progress';
import type { PageModule } from '../../src/platform/page-data';
import type { Content as DiscContent } from '../../src/exercises/disc-quiz/content';
import { journeyOf } from '../../src/exercises/peak-end/logic';
import type { Content as PeakEndContent } from '../../src/exercises/peak-end/content';
import { initialPlan } from '../../src/exercises/performance-formula/logic';
import type { Content as PerformanceContent } from '../../src/exercises/performance-formula/content';
import type { Content as TargetPlanContent } from '../../src/exercises/target-plan/content';
import { teamOf } from '../../src/exercises/coaching-matrix/logic';
import type { Content as CoachingContent } from '../../src/exercises/coaching-matrix/content';
import { initialPesos } from '../../src/exercises/pesos/logic';
import type { Content as SellingPointsContent } from '../../src/exercises/selling-points/content';
import { emptyActivityPlan } from '../../src/exercises/activity-canvas/logic';
import { sampleRows } from '../../src/exercises/division-table/logic';
import type { Content as DivisionContent } from '../../src/exercises/division-table/content';
import { sampleFollowUps } from '../../src/exercises/follow-up-72h/logic';
import type { Content as FollowUpContent } from '../../src/exercises/follow-up-72h/content';

// The page hands the texts over as JSON: test with what survives that trip.
const texts: ActionPlanTexts = JSON.parse(JSON.stringify(await actionPlanTexts(async (id) => exerciseContent(id))));
const PLAN_EXERCISES = EXERCISE_IDS.filter(isPlanExercise);

/** The course as the page data lists it (frontmatter order, knowledge checks last). */
const MODULES: PageModule[] = [
  { id: 'm1', code: 'M1', title: '管理者的职能与核心价值', exercises: ['five-shifts', 'check-m1'] },
  {
    id: 'm2',
    code: 'M2',
    title: '营业厅的核心价值：服务与销售',
    exercises: ['performance-formula', 'value-line', 'check-m2'],
  },
  { id: 'm3', code: 'M3', title: '客户满意度管理', exercises: ['disc-quiz', 'peak-end', 'check-m3'] },
  { id: 'm4', code: 'M4', title: '团队管理', exercises: ['target-plan', 'coaching-matrix', 'pesos', 'check-m4'] },
  {
    id: 'm5',
    code: 'M5',
    title: '营销活动的关键要素',
    exercises: ['failed-activity', 'selling-points', 'value-grid', 'check-m5'],
  },
  { id: 'm6', code: 'M6', title: '客户导向的活动经营思维', exercises: ['activity-canvas', 'check-m6'] },
  {
    id: 'm7',
    code: 'M7',
    title: '营销活动的实施',
    exercises: ['outbound-call', 'division-table', 'follow-up-72h', 'check-m7'],
  },
];

const NOW = '2025-06-01T08:00:00.000Z';
const withState = (exerciseId: string, state: unknown, done = false): Progress => ({
  ...emptyProgress(),
  exercises: { [exerciseId]: { done, updatedAt: NOW, state } },
});
const sectionOf = (progress: Progress, id: PlanExerciseId): PlanSection => {
  const section = buildActionPlan(progress, MODULES, texts, PLAN_BUILDERS).find((item) => item.exerciseId === id);
  if (!section) throw new Error(`no section for ${id}`);
  return section;
};
const fields = (block: PlanBlock | undefined) =>
  block?.kind === 'fields' ? Object.fromEntries(block.items.map((item) => [item.label, item.value])) : {};
const table = (block: PlanBlock | undefined) =>
  block?.kind === 'table' ? block : { columns: [], rows: [] as string[][], heading: undefined };

const { questions: DISC_QUESTIONS, profiles: DISC_PROFILES } = exerciseContent('disc-quiz') as DiscContent;
/** Every answer at its first option's value, per question: a full set for one mode. */
const firstOptions = Object.fromEntries(DISC_QUESTIONS.map((question) => [question.id, question.options[0].value]));
const allHigh = Object.fromEntries(DISC_QUESTIONS.map((question) => [question.id, 2]));

const examplePlan = () => initialPlan((exerciseContent('performance-formula') as PerformanceContent).exampleHall);

/** A realistic saved state for each section, in the shape its island saves. */
const FILLED: Record<PlanExerciseId, unknown> = {
  'disc-quiz': { mode: 'self', answers: { customer: allHigh, self: firstOptions } },
  'peak-end': {
    touchpoints: journeyOf((exerciseContent('peak-end') as PeakEndContent).hallJourney),
    compareIkea: false,
    submitted: true,
  },
  'performance-formula': examplePlan(),
  'target-plan': { plan: (exerciseContent('target-plan') as TargetPlanContent).sample, submitted: true },
  'coaching-matrix': {
    team: teamOf((exerciseContent('coaching-matrix') as CoachingContent).sampleTeam),
    submitted: false,
  },
  pesos: {
    ...initialPesos(),
    task: '5G 套餐升级推荐',
    learner: '新员工小郑',
    notes: { prepare: '备好资费对比卡', explain: '', show: '', observe: '', supervise: '两周后复查' },
  },
  'selling-points': (exerciseContent('selling-points') as SellingPointsContent).sample,
  'activity-canvas': {
    ...emptyActivityPlan(),
    name: '锦园小区新家网络日',
    type: 'community',
    answers: { ...emptyActivityPlan().answers, purpose: '两天办理千兆宽带 40 户' },
  },
  'outbound-call': {
    script: {
      opening: '张阿姨您好',
      benefit: '简单来说，月费不变网速翻倍',
      closeType: 'choice',
      close: '周六上午还是周日下午？',
      confirm: '',
    },
    path: [1, 0],
    submitted: false,
  },
  'division-table': {
    rows: [
      ...sampleRows((exerciseContent('division-table') as DivisionContent).sample),
      { id: 'r9', task: '', owner: '', deadline: '', resources: '', role: '' },
    ],
    submitted: true,
  },
  'follow-up-72h': {
    actions: [
      ...sampleFollowUps((exerciseContent('follow-up-72h') as FollowUpContent).sample),
      { id: 'f9', window: '', group: 'C', channel: '', message: '' },
      { id: 'f10', window: '', group: '', channel: '', message: ' ' },
    ],
    submitted: false,
  },
};

/** States that must read as empty: unreadable, wrong shapes, or saved but with nothing written yet. */
const CORRUPT: unknown[] = [null, 'text', 42, [], { rows: 'no' }, { touchpoints: [{ id: 'x', name: 1 }] }];

describe('buildActionPlan', () => {
  it('gives one section per plan exercise, in course order, with module and link', () => {
    const sections = buildActionPlan(emptyProgress(), MODULES, texts, PLAN_BUILDERS);
    expect(sections.map((section) => section.exerciseId)).toEqual([
      'performance-formula',
      'disc-quiz',
      'peak-end',
      'target-plan',
      'coaching-matrix',
      'pesos',
      'selling-points',
      'activity-canvas',
      'outbound-call',
      'division-table',
      'follow-up-72h',
    ]);
    expect(new Set(sections.map((section) => section.exerciseId))).toEqual(new Set(PLAN_EXERCISES));
    expect(sections[1]).toEqual({
      exerciseId: 'disc-quiz',
      moduleId: 'm3',
      moduleLabel: 'M3 客户满意度管理',
      title: '客户性格类型：测评结果',
      exercise: '客户性格类型（DISC）',
      href: '/modules/m3/#exercise-disc-quiz',
      filled: false,
      done: false,
      blocks: [],
    });
  });

  it('leaves out learning checks and exercises no module embeds', () => {
    const ids = buildActionPlan(
      emptyProgress(),
      [MODULES[0]!, { id: 'm9', code: 'M9', title: '草稿', exercises: ['value-grid'] }],
      texts,
      PLAN_BUILDERS,
    ).map((section) => section.exerciseId);
    expect(ids).toEqual([]);
    expect(exerciseHref('m6', 'activity-canvas')).toBe('/modules/m6/#exercise-activity-canvas');
  });

  describe.each(PLAN_EXERCISES)('%s', (id) => {
    it('is empty, with no blocks, when never started', () => {
      const section = sectionOf(emptyProgress(), id);
      expect(section.filled).toBe(false);
      expect(section.blocks).toEqual([]);
    });
    it('is filled from a realistic saved state, keeping the record’s done flag', () => {
      const section = sectionOf(withState(id, FILLED[id], true), id);
      expect(section.filled).toBe(true);
      expect(section.done).toBe(true);
      expect(section.blocks.length).toBeGreaterThan(0);
      for (const block of section.blocks) {
        const values =
          block.kind === 'fields'
            ? block.items.flatMap((item) => [item.label, item.value])
            : block.kind === 'list'
              ? block.items
              : [...block.columns, ...block.rows.flat()];
        expect(values.length).toBeGreaterThan(0);
        for (const value of values)
          expect(typeof value === 'string' && value.length > 0, `${id}: ${JSON.stringify(block)}`).toBe(true);
        if (block.kind === 'table') for (const row of block.rows) expect(row).toHaveLength(block.columns.length);
      }
    });
    it.each(CORRUPT)('treats an unreadable state (%j) as empty without throwing', (state) => {
      const section = sectionOf(withState(id, state), id);
      expect(section).toMatchObject({ filled: false, blocks: [] });
    });
  });
});

describe('section contents', () => {
  it('DISC: the type and how to serve for a customer, the type and a tip for oneself; unfinished modes are left out', () => {
    const [customer, serve, self] = sectionOf(withState('disc-quiz', FILLED['disc-quiz']), 'disc-quiz').blocks;
    expect(fields(customer)).toEqual({
      作答模式: '识别一位客户',
      性格类型: `${DISC_PROFILES.I.name}（${DISC_PROFILES.I.axes}）`,
    });
    expect(serve).toEqual({ kind: 'list', heading: '在营业厅这样接待', items: DISC_PROFILES.I.serve });
    expect(fields(self)).toMatchObject({ 作答模式: '认识自己' });
    expect(Object.keys(fields(self))).toContain('给自己的提醒');

    const half = { mode: 'customer', answers: { customer: { q1: 2 }, self: allHigh } };
    const blocks = sectionOf(withState('disc-quiz', half), 'disc-quiz').blocks;
    expect(blocks).toHaveLength(1);
    expect(fields(blocks[0])).toMatchObject({ 作答模式: '认识自己', 给自己的提醒: DISC_PROFILES.I.selfTip });
    expect(
      sectionOf(withState('disc-quiz', { mode: 'customer', answers: { customer: { q1: 2 }, self: {} } }), 'disc-quiz')
        .filled,
    ).toBe(false);
  });

  it('峰终: touchpoints with feelings, the remembered score and the advice', () => {
    const [journey, scores, advice] = sectionOf(withState('peak-end', FILLED['peak-end']), 'peak-end').blocks;
    expect(table(journey).columns).toEqual(['触点', '感受分', '分钟']);
    expect(table(journey).rows[2]).toEqual(['等候', '−3', '20']);
    expect(fields(scores)).toMatchObject({
      '客户记住的分数（峰 + 终）÷ 2': '−1.5',
      峰值: '等候（−3）',
      终值: '离店送别（0）',
    });
    expect(advice?.kind === 'list' && advice.items.some((text) => text.startsWith('结尾偏弱'))).toBe(true);
    const noMinutes = {
      touchpoints: [{ id: 't1', name: '迎接', feeling: 4, minutes: null }],
      compareIkea: false,
      submitted: false,
    };
    expect(table(sectionOf(withState('peak-end', noMinutes), 'peak-end').blocks[0]).rows).toEqual([
      ['迎接', '+4', '—'],
    ]);
    expect(
      sectionOf(withState('peak-end', { touchpoints: [], compareIkea: false, submitted: false }), 'peak-end').filled,
    ).toBe(false);
  });

  it('业绩公式: the hall, before and after, and the levers ranked by value for effort', () => {
    const state = {
      ...examplePlan(),
      gains: { customers: 10, conversion: 20, basket: 0, repeat: 10 },
      efforts: { customers: 5, conversion: 2, basket: 1, repeat: 1 },
    };
    const [hall, levers] = sectionOf(withState('performance-formula', state), 'performance-formula').blocks;
    expect(fields(hall)).toMatchObject({
      '客户数量（人/月）': '2,000',
      '转化效率（%）': '15',
      '个体复购率（%）': '15',
      '延展购买量（笔/位）': '0.05',
      '复购量（倍数，含首次购买）': '1.2',
      现在的业绩: '540',
      提升后的业绩: '784',
      '实际增长（相乘）': '+45.2%',
    });
    // 转化效率 and 复购量 tie at +10 % per unit of effort; ties keep the formula's order.
    expect(table(levers).rows.map((row) => row[0])).toEqual(['转化效率', '复购量', '客户数量', '客单量']);
    expect(table(levers).rows[0]).toEqual(['转化效率', '20%', '2', '+10.0%']);
    const broken = { ...examplePlan(), baseline: { ...examplePlan().baseline, customers: -1 } };
    expect(fields(sectionOf(withState('performance-formula', broken), 'performance-formula').blocks[0])).toMatchObject({
      现在的业绩: '—',
      提升后的业绩: '—',
    });
    // 任何一项为零，业绩就是零: a 0 is a number the plan prints, with its result.
    const zero = { ...examplePlan(), baseline: { ...examplePlan().baseline, customers: 0 } };
    expect(fields(sectionOf(withState('performance-formula', zero), 'performance-formula').blocks[0])).toMatchObject({
      现在的业绩: '0',
      提升后的业绩: '0',
    });
    // A field left empty (saved by JSON as null) prints as a blank, not as NaN.
    const emptied = JSON.parse(
      JSON.stringify({ ...examplePlan(), baseline: { ...examplePlan().baseline, basket: Number.NaN } }),
    );
    expect(fields(sectionOf(withState('performance-formula', emptied), 'performance-formula').blocks[0])).toMatchObject(
      { '客单量（件）': '—', '客户数量（人/月）': '2,000', 现在的业绩: '—' },
    );
  });

  it('季度工作铺排: target, months, members and checkpoints with the unit', () => {
    const [summary, members, checkpoints] = sectionOf(
      withState('target-plan', FILLED['target-plan']),
      'target-plan',
    ).blocks;
    expect(fields(summary)).toEqual({
      指标名称: '第三季度套餐升档',
      季度目标: '600 户',
      '第 1 个月目标': '180 户',
      '第 2 个月目标': '200 户',
      '第 3 个月目标': '220 户',
    });
    expect(table(members).columns).toEqual(['成员', '第 1 个月', '第 2 个月', '第 3 个月', '合计']);
    expect(table(members).rows[0]).toEqual(['小王', '47', '50', '53', '150']);
    expect(table(checkpoints).rows[0]).toEqual(['第 4 周', '180 户', '7 月经营分析，逐人对数']);
    const onlyTarget = {
      plan: { title: '', unit: '', quarterTarget: 90, months: [0, 0, 0], members: [], checkpoints: [] },
      submitted: false,
    };
    const blocks = sectionOf(withState('target-plan', onlyTarget), 'target-plan').blocks;
    expect(blocks).toHaveLength(1);
    expect(fields(blocks[0])).toMatchObject({ 指标名称: '—', 季度目标: '90' });
    expect(
      sectionOf(
        withState('target-plan', { plan: { ...onlyTarget.plan, quarterTarget: 0 }, submitted: false }),
        'target-plan',
      ).filled,
    ).toBe(false);
  });

  it('辅导矩阵: each member with scores, quadrant and next step', () => {
    const [team] = sectionOf(withState('coaching-matrix', FILLED['coaching-matrix']), 'coaching-matrix').blocks;
    expect(table(team).columns).toEqual(['成员', '意愿', '能力', '类型', '下一步']);
    expect(table(team).rows[1]?.slice(0, 4)).toEqual(['小郑', '5', '2', '有心无力']);
    expect(table(team).rows[1]?.[4]).toContain('挑一项小郑最常卡住的业务');
    expect(sectionOf(withState('coaching-matrix', { team: [], submitted: true }), 'coaching-matrix').filled).toBe(
      false,
    );
  });

  it('PESOS: task, learner and the five steps, blanks as a dash; the ordering alone is not a plan', () => {
    const [plan] = sectionOf(withState('pesos', FILLED.pesos), 'pesos').blocks;
    expect(fields(plan)).toEqual({
      要教的任务: '5G 套餐升级推荐',
      带教对象: '新员工小郑',
      'P 准备': '备好资费对比卡',
      'E 讲解': '—',
      'S 示范': '—',
      'O 观察': '—',
      'S 督导': '两周后复查',
    });
    expect(sectionOf(withState('pesos', { ...initialPesos(), ordered: true, task: '  ' }), 'pesos').filled).toBe(false);
  });

  it('话术卡: product, feature → scene → selling point, and the script', () => {
    const [product, points, script] = sectionOf(
      withState('selling-points', FILLED['selling-points']),
      'selling-points',
    ).blocks;
    expect(fields(product)).toEqual({ 产品: '千兆宽带（含 FTTR 全屋光纤组网）' });
    expect(table(points).columns).toEqual(['特点（产品有什么）', '场景（谁、在什么情况下用）', '卖点（客户得到什么）']);
    expect(table(points).rows[0]?.[0]).toBe('1000M 带宽');
    expect(script).toMatchObject({ kind: 'fields', heading: '话术' });
    expect(fields(script)['挖需：问一句，让他说出需要']).toContain('晚上家里几个人同时上网');
    const onlyProduct = {
      product: '5G 套餐',
      rows: [{ id: 's1', feature: '', scene: '', point: '' }],
      script: { dig: '', show: '', close: '' },
      submitted: false,
    };
    expect(
      sectionOf(withState('selling-points', onlyProduct), 'selling-points').blocks.map((block) => block.kind),
    ).toEqual(['fields', 'fields']);
    expect(sectionOf(withState('selling-points', { ...onlyProduct, product: '' }), 'selling-points').filled).toBe(
      false,
    );
  });

  it('六维活动方案: name, type and the six answers', () => {
    const [plan] = sectionOf(withState('activity-canvas', FILLED['activity-canvas']), 'activity-canvas').blocks;
    expect(fields(plan)).toMatchObject({
      活动名称: '锦园小区新家网络日',
      活动类型: '社区与销售联动',
      '目的是什么？': '两天办理千兆宽带 40 户',
      '他们是谁？': '—',
    });
    expect(plan?.kind === 'fields' && plan.items).toHaveLength(8);
    expect(sectionOf(withState('activity-canvas', emptyActivityPlan()), 'activity-canvas').filled).toBe(false);
  });

  it('外呼四步法: the four steps and the close method', () => {
    const [script] = sectionOf(withState('outbound-call', FILLED['outbound-call']), 'outbound-call').blocks;
    expect(fields(script)).toEqual({
      '1. 开场（前 10 秒）': '张阿姨您好',
      '2. 邀约呈现（只讲一个好处）': '简单来说，月费不变网速翻倍',
      用哪种促成方法: '选择法',
      '3. 完美促成': '周六上午还是周日下午？',
      '4. 重复确认（时间、地点、好处）': '—',
    });
    expect(
      sectionOf(
        withState('outbound-call', {
          script: { opening: '', benefit: '', closeType: '', close: '', confirm: '' },
          path: [0],
          submitted: false,
        }),
        'outbound-call',
      ).filled,
    ).toBe(false);
  });

  it('分工计划表: the filled rows under the column headers, blank rows left out', () => {
    const [rows] = sectionOf(withState('division-table', FILLED['division-table']), 'division-table').blocks;
    expect(table(rows).columns).toEqual(['任务', '负责人', '完成时限', '所需资源', '活动当天职能']);
    expect(table(rows).rows).toHaveLength(5);
    expect(table(rows).rows[3]).toEqual([
      '受理办理、预约装机时间、使用指导',
      '小赵',
      'D 日全天',
      '受理台、装机预约表',
      '售后',
    ]);
    const roleOnly = {
      rows: [{ id: 'r1', task: '', owner: '', deadline: '', resources: '', role: 'sales' }],
      submitted: false,
    };
    expect(table(sectionOf(withState('division-table', roleOnly), 'division-table').blocks[0]).rows).toEqual([
      ['—', '—', '—', '—', '介绍与销售'],
    ]);
    expect(
      sectionOf(
        withState('division-table', {
          rows: [{ id: 'r1', task: ' ', owner: '', deadline: '', resources: '', role: '' }],
          submitted: false,
        }),
        'division-table',
      ).filled,
    ).toBe(false);
  });

  it('黄金 72 小时: actions grouped by window in time order, undecided ones last, blank ones left out', () => {
    const blocks = sectionOf(withState('follow-up-72h', FILLED['follow-up-72h']), 'follow-up-72h').blocks.map(table);
    expect(blocks.map((block) => block.heading)).toEqual(['0–24 小时', '24–48 小时', '48–72 小时', '时段未定']);
    expect(blocks[0]?.columns).toEqual(['对谁', '用什么渠道', '说什么']);
    expect(blocks[0]?.rows[0]).toEqual(['所有到场客户', '短信', '感谢到场，附上负责人的名字和电话，有问题随时找我。']);
    expect(blocks[1]?.rows.map((row) => row[0])).toEqual(['B 类：有意向未成交', 'D 类：报名没到场']);
    expect(blocks[3]?.rows).toEqual([['C 类：只参与', '—', '—']]);
  });
});

describe('texts', () => {
  it('learner text stays text: it is copied, never interpreted', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const section = sectionOf(
      withState('activity-canvas', { ...emptyActivityPlan(), name: hostile }),
      'activity-canvas',
    );
    expect(fields(section.blocks[0])['活动名称']).toBe(hostile);
  });
});

describe('parsePlanHeader', () => {
  it('round-trips a saved header', () => {
    const header = { name: '王芳', hall: '东湖路营业厅', date: '2025-06-01', hideEmptyInPrint: false };
    expect(parsePlanHeader(JSON.stringify(header))).toEqual(header);
  });
  it('falls back field by field, caps lengths and refuses odd dates', () => {
    expect(parsePlanHeader(undefined)).toEqual(emptyPlanHeader());
    expect(parsePlanHeader('{not json')).toEqual(emptyPlanHeader());
    expect(parsePlanHeader('null')).toEqual(emptyPlanHeader());
    expect(parsePlanHeader('"text"')).toEqual(emptyPlanHeader());
    expect(
      parsePlanHeader(JSON.stringify({ name: 7, hall: '厅'.repeat(60), date: '1 June', hideEmptyInPrint: 'no' })),
    ).toEqual({ ...emptyPlanHeader(), hall: '厅'.repeat(40) });
    expect(emptyPlanHeader().hideEmptyInPrint).toBe(true);
  });
  it('cuts long texts by characters, never halving an astral one', () => {
    const name = '𠀀'.repeat(45);
    expect(parsePlanHeader(JSON.stringify({ name })).name).toBe('𠀀'.repeat(40));
  });
  it('refuses dates that do not exist', () => {
    for (const date of ['2026-02-31', '2026-13-45', '2026-00-01'])
      expect(parsePlanHeader(JSON.stringify({ date })).date).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import {
  ACTION_MAX,
  MAX_CHECKPOINTS,
  MAX_MEMBERS,
  NAME_MAX,
  SAMPLE_FIRST_MONTH,
  TARGET_MAX,
  TITLE_MAX,
  UNIT_MAX,
  WEEKS_PER_MONTH,
  WEEKS_PER_QUARTER,
  addCheckpoint,
  addMember,
  checkPlan,
  editPlan,
  emptyPlan,
  evenSplit,
  isPlanReady,
  memberTotal,
  monthLabel,
  monthMemberSums,
  parseTargetPlan,
  plannedCumulative,
  removeCheckpoint,
  removeMember,
  splitAcrossMembers,
  splitAcrossMonths,
  submitPlan,
  updateCheckpoint,
  updateMember,
  updateMemberMonth,
  updateMonthTarget,
  updatePlan,
  weeklyTargets,
  type Checkpoint,
  type PlanIssue,
  type PlanMember,
  type TargetPlan,
} from '../../src/exercises/target-plan/logic';
import { schema, type Content } from '../../src/exercises/target-plan/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('target-plan') as Content;
const { checks } = content;
/** The worked example from the content file, copied so a test may change it. */
const samplePlan = (): TargetPlan => structuredClone(content.sample);

/** Freezes a plan all the way down, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const frozenSample = () => deepFreeze(samplePlan());

/** The sample with one member changed; ids p1…p5 are 小王, 小张, 小吴, 小冯, 小郑. */
function withMember(id: string, change: Partial<PlanMember>): TargetPlan {
  const plan = samplePlan();
  return { ...plan, members: plan.members.map((member) => (member.id === id ? { ...member, ...change } : member)) };
}

function withCheckpoint(id: string, change: Partial<Checkpoint>): TargetPlan {
  const plan = samplePlan();
  return {
    ...plan,
    checkpoints: plan.checkpoints.map((checkpoint) =>
      checkpoint.id === id ? { ...checkpoint, ...change } : checkpoint,
    ),
  };
}

const issue = (field: string, message: string): PlanIssue => ({ field, message });

/** A plan with `count` members p1…p<count>, all with zero figures. */
function planWithMembers(count: number): TargetPlan {
  let plan = emptyPlan();
  for (let index = 0; index < count; index += 1) plan = addMember(plan, `成员${index + 1}`);
  return plan;
}

describe('constants', () => {
  it('match the documented limits', () => {
    expect(WEEKS_PER_MONTH).toEqual([4, 4, 5]);
    expect(WEEKS_PER_QUARTER).toBe(13);
    expect(WEEKS_PER_MONTH.reduce((a, b) => a + b, 0)).toBe(WEEKS_PER_QUARTER);
    expect([MAX_MEMBERS, MAX_CHECKPOINTS, NAME_MAX, TARGET_MAX]).toEqual([12, 8, 12, 1_000_000]);
    expect([TITLE_MAX, UNIT_MAX, ACTION_MAX, SAMPLE_FIRST_MONTH]).toEqual([40, 8, 80, 7]);
  });
});

describe('the worked example (content sample)', () => {
  it('is the M4 worked example: 600 户 = 180 + 200 + 220', () => {
    const plan = samplePlan();
    expect(plan.title).toBe('第三季度套餐升档');
    expect(plan.unit).toBe('户');
    expect(plan.quarterTarget).toBe(600);
    expect(plan.months).toEqual([180, 200, 220]);
  });

  it('has the member × month table from m4.mdx', () => {
    expect(samplePlan().members).toEqual([
      { id: 'p1', name: '小王', months: [47, 50, 53] },
      { id: 'p2', name: '小张', months: [41, 43, 46] },
      { id: 'p3', name: '小吴', months: [37, 40, 43] },
      { id: 'p4', name: '小冯', months: [34, 37, 39] },
      { id: 'p5', name: '小郑', months: [21, 30, 39] },
    ]);
    expect(samplePlan().members.map(memberTotal)).toEqual([150, 130, 120, 110, 90]);
  });

  it('has the five dated checkpoints with running totals 180, 280, 380, 490, 600', () => {
    const { checkpoints } = samplePlan();
    expect(checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(checkpoints.map((checkpoint) => checkpoint.week)).toEqual([4, 6, 8, 10, 13]);
    expect(checkpoints.map((checkpoint) => checkpoint.cumulative)).toEqual([180, 280, 380, 490, 600]);
    for (const checkpoint of checkpoints) expect(checkpoint.action.trim()).not.toBe('');
  });

  it('has no issues, whether months are numbered or named', () => {
    expect(checkPlan(samplePlan(), checks)).toEqual([]);
    expect(checkPlan(samplePlan(), checks, SAMPLE_FIRST_MONTH)).toEqual([]);
  });

  it('survives a JSON round trip through parseTargetPlan unchanged', () => {
    expect(parseTargetPlan(JSON.parse(JSON.stringify(samplePlan())))).toEqual(samplePlan());
  });
});

describe('emptyPlan', () => {
  it('is one blank quarter in 户', () => {
    const plan = emptyPlan();
    expect(plan.title).not.toBe('');
    expect(plan).toEqual({
      title: plan.title,
      unit: '户',
      quarterTarget: 0,
      months: [0, 0, 0],
      members: [],
      checkpoints: [],
    });
  });

  it('only asks for the quarter target', () => {
    expect(checkPlan(emptyPlan(), checks)).toEqual([issue('quarterTarget', '季度目标要填一个大于 0 的整数')]);
  });

  it('parses back to itself', () => {
    expect(parseTargetPlan(JSON.parse(JSON.stringify(emptyPlan())))).toEqual(emptyPlan());
  });
});

describe('monthLabel', () => {
  it('numbers months when the quarter is unknown', () => {
    expect([0, 1, 2].map((index) => monthLabel(index))).toEqual(['第 1 个月', '第 2 个月', '第 3 个月']);
  });

  it('names calendar months from the first month, wrapping past December', () => {
    expect([0, 1, 2].map((index) => monthLabel(index, 7))).toEqual(['7 月', '8 月', '9 月']);
    expect([0, 1, 2].map((index) => monthLabel(index, 11))).toEqual(['11 月', '12 月', '1 月']);
  });

  it('ignores a first month that is not 1–12', () => {
    for (const bad of [0, 13, 1.5, Number.NaN, -7]) expect(monthLabel(1, bad)).toBe('第 2 个月');
  });
});

describe('evenSplit', () => {
  it('splits exactly when it divides', () => {
    expect(evenSplit(180, 4)).toEqual([45, 45, 45, 45]);
    expect(evenSplit(0, 3)).toEqual([0, 0, 0]);
  });

  it('gives the remainder to the last parts', () => {
    expect(evenSplit(10, 3)).toEqual([3, 3, 4]);
    expect(evenSplit(11, 3)).toEqual([3, 4, 4]);
    expect(evenSplit(220, 5)).toEqual([44, 44, 44, 44, 44]);
    expect(evenSplit(223, 5)).toEqual([44, 44, 45, 45, 45]);
    expect(evenSplit(2, 5)).toEqual([0, 0, 0, 1, 1]);
  });

  it('always sums to the total with parts differing by at most 1', () => {
    for (const total of [0, 1, 7, 99, 600, 1_000_000]) {
      for (const parts of [1, 2, 3, 4, 5, 12]) {
        const split = evenSplit(total, parts);
        expect(split).toHaveLength(parts);
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
        expect(split.every(Number.isInteger)).toBe(true);
      }
    }
  });

  it('returns [] for zero, negative or non-finite part counts', () => {
    expect(evenSplit(10, 0)).toEqual([]);
    expect(evenSplit(10, -3)).toEqual([]);
    expect(evenSplit(10, Number.NaN)).toEqual([]);
    expect(evenSplit(10, Number.POSITIVE_INFINITY)).toEqual([]);
    expect(evenSplit(10, 0.5)).toEqual([]);
  });

  it('floors fractional part counts', () => {
    expect(evenSplit(10, 3.9)).toEqual([3, 3, 4]);
  });

  it('rounds fractional totals and treats non-finite totals as 0', () => {
    expect(evenSplit(10.4, 2)).toEqual([5, 5]);
    expect(evenSplit(10.6, 2)).toEqual([5, 6]);
    expect(evenSplit(Number.NaN, 3)).toEqual([0, 0, 0]);
    expect(evenSplit(Number.NEGATIVE_INFINITY, 2)).toEqual([0, 0]);
  });

  it('still adds up for negative totals, without −0', () => {
    const split = evenSplit(-7, 3);
    expect(split.reduce((a, b) => a + b, 0)).toBe(-7);
    expect(split).toEqual([-3, -2, -2]);
    expect(Object.is(evenSplit(-1, 2)[1], -0)).toBe(false);
  });

  it('handles huge totals', () => {
    const split = evenSplit(1e15 + 2, 3);
    expect(split).toEqual([333333333333334, 333333333333334, 333333333333334]);
  });
});

describe('weeklyTargets and plannedCumulative', () => {
  it('spread each month over 4, 4 and 5 weeks', () => {
    expect(weeklyTargets(samplePlan())).toEqual([45, 45, 45, 45, 50, 50, 50, 50, 44, 44, 44, 44, 44]);
  });

  it('put uneven remainders late in the month', () => {
    const plan = { ...emptyPlan(), months: [10, 7, 12] as [number, number, number] };
    expect(weeklyTargets(plan)).toEqual([2, 2, 3, 3, 1, 2, 2, 2, 2, 2, 2, 3, 3]);
  });

  it('give 13 running totals that end at the months total', () => {
    const totals = plannedCumulative(samplePlan());
    expect(totals).toHaveLength(13);
    expect(totals).toEqual([45, 90, 135, 180, 230, 280, 330, 380, 424, 468, 512, 556, 600]);
    // The month-end checkpoints of the sample sit exactly on the plan.
    expect([totals[3], totals[5], totals[7], totals[12]]).toEqual([180, 280, 380, 600]);
  });

  it('are all zero for an empty plan', () => {
    expect(weeklyTargets(emptyPlan())).toEqual(Array(13).fill(0));
    expect(plannedCumulative(emptyPlan())).toEqual(Array(13).fill(0));
  });

  it('stay 13 long even for unusable month figures', () => {
    const plan = { ...emptyPlan(), months: [Number.NaN, -8, 4.4] as [number, number, number] };
    expect(weeklyTargets(plan)).toEqual([0, 0, 0, 0, -2, -2, -2, -2, 0, 1, 1, 1, 1]);
    expect(plannedCumulative(plan)).toHaveLength(13);
  });
});

describe('memberTotal and monthMemberSums', () => {
  it('add rows and columns of the member × month table', () => {
    expect(memberTotal({ id: 'p1', name: '小王', months: [47, 50, 53] })).toBe(150);
    expect(monthMemberSums(samplePlan())).toEqual([180, 200, 220]);
  });

  it('are zero without figures or members', () => {
    expect(memberTotal({ id: 'p1', name: 'A', months: [0, 0, 0] })).toBe(0);
    expect(monthMemberSums(emptyPlan())).toEqual([0, 0, 0]);
  });

  it('add whatever is there, negatives included', () => {
    expect(memberTotal({ id: 'p1', name: 'A', months: [-5, 2.5, 10] })).toBe(7.5);
  });
});

describe('checkPlan', () => {
  it('reports a quarter target that is not a positive integer', () => {
    for (const bad of [0, -600, 600.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const plan = { ...samplePlan(), quarterTarget: bad };
      expect(checkPlan(plan, checks)).toEqual([issue('quarterTarget', '季度目标要填一个大于 0 的整数')]);
    }
  });

  it('reports a quarter target above TARGET_MAX', () => {
    const plan = {
      ...emptyPlan(),
      quarterTarget: TARGET_MAX + 1,
      months: [TARGET_MAX + 1, 0, 0] as [number, number, number],
    };
    expect(checkPlan(plan, checks)).toEqual([issue('quarterTarget', '季度目标不能超过 1000000')]);
  });

  it('reports the months total falling short of the quarter target (exact message)', () => {
    const plan = { ...emptyPlan(), quarterTarget: 600, months: [180, 190, 220] as [number, number, number] };
    expect(checkPlan(plan, checks)).toEqual([issue('months', '三个月合计 590，比季度目标少 10')]);
  });

  it('reports the months total going over the quarter target', () => {
    const plan = { ...samplePlan(), quarterTarget: 590 };
    expect(checkPlan(plan, checks)).toEqual([
      issue('months', '三个月合计 600，比季度目标多 10'),
      issue('checkpoint-k5', '第 5 个节点：计划累计 600 超过了季度目标 590'),
    ]);
  });

  it('reports month targets that are not non-negative integers, and then does not add them up', () => {
    const plan = { ...emptyPlan(), quarterTarget: 10, months: [-1, 2.5, Number.NaN] as [number, number, number] };
    expect(checkPlan(plan, checks)).toEqual([
      issue('month-1', '第 1 个月目标要填 0 或正整数'),
      issue('month-2', '第 2 个月目标要填 0 或正整数'),
      issue('month-3', '第 3 个月目标要填 0 或正整数'),
    ]);
    expect(checkPlan(plan, checks, 7).map((found) => found.message)).toEqual([
      '7 月目标要填 0 或正整数',
      '8 月目标要填 0 或正整数',
      '9 月目标要填 0 或正整数',
    ]);
  });

  it('accepts a month target of 0', () => {
    const plan = { ...emptyPlan(), quarterTarget: 10, months: [0, 0, 10] as [number, number, number] };
    expect(checkPlan(plan, checks)).toEqual([]);
  });

  it('reports a month whose members add up short (exact message)', () => {
    const plan = withMember('p1', { months: [47, 40, 53] });
    expect(checkPlan(plan, checks, 7)).toEqual([issue('month-2', '8 月：成员合计 190，比月目标少 10')]);
    expect(checkPlan(plan, checks)).toEqual([issue('month-2', '第 2 个月：成员合计 190，比月目标少 10')]);
  });

  it('reports a month whose members add up over', () => {
    const plan = withMember('p5', { months: [21, 30, 45] });
    expect(checkPlan(plan, checks, 7)).toEqual([issue('month-3', '9 月：成员合计 226，比月目标多 6')]);
  });

  it('does not compare members with a month when there are no members', () => {
    const plan = { ...samplePlan(), members: [] };
    expect(checkPlan(plan, checks)).toEqual([]);
  });

  it('reports a changed month target both in the months total and in its member column', () => {
    const plan = { ...samplePlan(), months: [180, 190, 220] as [number, number, number] };
    expect(checkPlan(plan, checks, 7)).toEqual([
      issue('months', '三个月合计 590，比季度目标少 10'),
      issue('month-2', '8 月：成员合计 200，比月目标多 10'),
    ]);
  });

  it('reports a member without a name (exact message)', () => {
    for (const blank of ['', '   ']) {
      const plan = withMember('p3', { name: blank });
      expect(checkPlan(plan, checks)).toEqual([issue('member-p3', '第 3 位成员还没填名字')]);
    }
  });

  it('reports a duplicate name on the later member only, ignoring surrounding spaces', () => {
    const plan = withMember('p4', { name: ' 小王 ' });
    expect(checkPlan(plan, checks)).toEqual([
      issue('member-p4', '第 4 位成员「小王」和前面的成员重名，换个能区分的叫法'),
    ]);
  });

  it('reports negative and non-integer member figures, naming the member and the month', () => {
    const negative = withMember('p2', { months: [-41, 43, 46] });
    expect(checkPlan(negative, checks, 7)).toEqual([issue('member-p2', '小张：7 月任务要填 0 或正整数')]);
    const fractional = withMember('p2', { months: [41, 43.5, Number.NaN] });
    expect(checkPlan(fractional, checks)).toEqual([
      issue('member-p2', '小张：第 2 个月任务要填 0 或正整数'),
      issue('member-p2', '小张：第 3 个月任务要填 0 或正整数'),
    ]);
  });

  it('names an unnamed member by position in figure issues', () => {
    const plan = withMember('p1', { name: '', months: [47, -50, 53] });
    expect(checkPlan(plan, checks, 7)).toEqual([
      issue('member-p1', '第 1 位成员还没填名字'),
      issue('member-p1', '第 1 位成员：8 月任务要填 0 或正整数'),
    ]);
  });

  it('reports checkpoints out of week order', () => {
    const plan = withCheckpoint('k3', { week: 6 });
    expect(checkPlan(plan, checks)).toEqual([
      issue('checkpoint-k3', '第 3 个节点：第 6 周要排在上一个节点（第 6 周）之后'),
    ]);
    const earlier = withCheckpoint('k2', { week: 2 });
    expect(checkPlan(earlier, checks)).toEqual([
      issue('checkpoint-k2', '第 2 个节点：第 2 周要排在上一个节点（第 4 周）之后'),
    ]);
  });

  it('reports checkpoint weeks outside 1–13', () => {
    for (const bad of [0, 14, -1, 2.5, Number.NaN]) {
      const plan = withCheckpoint('k1', { week: bad });
      expect(checkPlan(plan, checks)).toEqual([issue('checkpoint-k1', '第 1 个节点：周次要在第 1 到第 13 周之间')]);
    }
  });

  it('reports a checkpoint running total above the quarter target', () => {
    const plan = withCheckpoint('k4', { cumulative: 650 });
    expect(checkPlan(plan, checks)).toEqual([issue('checkpoint-k4', '第 4 个节点：计划累计 650 超过了季度目标 600')]);
  });

  it('reports a total too small after a total too big only against the valid earlier totals', () => {
    const plan = withCheckpoint('k4', { cumulative: 650 });
    const lower = {
      ...plan,
      checkpoints: plan.checkpoints.map((checkpoint) =>
        checkpoint.id === 'k5' ? { ...checkpoint, cumulative: 300 } : checkpoint,
      ),
    };
    expect(checkPlan(lower, checks)).toEqual([
      issue('checkpoint-k4', '第 4 个节点：计划累计 650 超过了季度目标 600'),
      issue('checkpoint-k5', '第 5 个节点：计划累计 300 比前面节点的 380 还少'),
    ]);
  });

  it('reports a checkpoint running total below an earlier one', () => {
    const plan = withCheckpoint('k3', { cumulative: 250 });
    expect(checkPlan(plan, checks)).toEqual([
      issue('checkpoint-k3', '第 3 个节点：计划累计 250 比前面节点的 280 还少'),
    ]);
  });

  it('allows a running total equal to the previous one', () => {
    expect(checkPlan(withCheckpoint('k3', { cumulative: 280 }), checks)).toEqual([]);
  });

  it('reports running totals that are not non-negative integers', () => {
    for (const bad of [-1, 10.5, Number.NaN]) {
      expect(checkPlan(withCheckpoint('k1', { cumulative: bad }), checks)).toEqual([
        issue('checkpoint-k1', '第 1 个节点：计划累计要填 0 或正整数'),
      ]);
    }
  });

  it('reports a checkpoint without an action', () => {
    for (const blank of ['', ' \u3000 ']) {
      expect(checkPlan(withCheckpoint('k5', { action: blank }), checks)).toEqual([
        issue('checkpoint-k5', '第 5 个节点：还没写到时检查什么、做什么'),
      ]);
    }
  });

  it('lists several problems in form order', () => {
    const plan: TargetPlan = {
      ...samplePlan(),
      quarterTarget: 0,
      members: [
        { id: 'p1', name: '小王', months: [180, 200, 220] },
        { id: 'p9', name: '', months: [0, 0, 0] },
      ],
      checkpoints: [
        { id: 'k1', week: 8, cumulative: 300, action: '' },
        { id: 'k2', week: 4, cumulative: 100, action: '对数' },
      ],
    };
    expect(checkPlan(plan, checks).map((found) => found.field)).toEqual([
      'quarterTarget',
      'member-p9',
      'checkpoint-k1',
      'checkpoint-k2',
      'checkpoint-k2',
    ]);
  });

  it('is an empty list for a consistent hand-made plan', () => {
    let plan = updatePlan(emptyPlan(), { quarterTarget: 12 });
    plan = updateMonthTarget(updateMonthTarget(updateMonthTarget(plan, 0, 3), 1, 4), 2, 5);
    plan = splitAcrossMembers(addMember(addMember(plan, 'A'), 'B'));
    plan = addCheckpoint(plan);
    plan = updateCheckpoint(plan, 'k1', { action: '对数' });
    expect(checkPlan(plan, checks)).toEqual([]);
  });

  it('does not mutate the plan', () => {
    const plan = deepFreeze(withMember('p1', { name: '', months: [-1, 2.5, 3] }));
    expect(() => checkPlan(plan, checks, 7)).not.toThrow();
  });
});

describe('addMember', () => {
  it('adds a trimmed name with zero figures and the next id', () => {
    const plan = addMember(frozenSample(), '  小陈  ');
    expect(plan.members).toHaveLength(6);
    expect(plan.members[5]).toEqual({ id: 'p6', name: '小陈', months: [0, 0, 0] });
  });

  it('starts ids at p1 and never reuses the highest one after a removal', () => {
    const first = addMember(emptyPlan(), 'A');
    expect(first.members[0]!.id).toBe('p1');
    const plan = addMember(removeMember(samplePlan(), 'p2'), '小陈');
    expect(plan.members.map((member) => member.id)).toEqual(['p1', 'p3', 'p4', 'p5', 'p6']);
  });

  it('finds a free id once the numbers run out', () => {
    const plan: TargetPlan = {
      ...emptyPlan(),
      members: [
        { id: 'p999999', name: 'A', months: [0, 0, 0] },
        { id: 'p1', name: 'B', months: [0, 0, 0] },
      ],
    };
    const next = addMember(plan, 'C');
    expect(next.members[2]!.id).toBe('p2');
    expect(parseTargetPlan(next)).not.toBeNull();
  });

  it('truncates to NAME_MAX characters without splitting an emoji', () => {
    const plan = addMember(emptyPlan(), '一二三四五六七八九十甲乙丙丁');
    expect(plan.members[0]!.name).toBe('一二三四五六七八九十甲乙');
    const emoji = addMember(emptyPlan(), '😀'.repeat(20)).members[0]!.name;
    expect(Array.from(emoji)).toHaveLength(NAME_MAX);
    expect(emoji).toBe('😀'.repeat(NAME_MAX));
  });

  it('collapses inner whitespace and line breaks', () => {
    expect(addMember(emptyPlan(), 'Li\n\t Ming').members[0]!.name).toBe('Li Ming');
  });

  it('ignores blank names', () => {
    for (const blank of ['', '   ', '\n\t']) {
      const plan = addMember(frozenSample(), blank);
      expect(plan.members).toHaveLength(5);
    }
  });

  it('ignores additions past MAX_MEMBERS', () => {
    const full = planWithMembers(MAX_MEMBERS + 3);
    expect(full.members).toHaveLength(MAX_MEMBERS);
    expect(new Set(full.members.map((member) => member.id)).size).toBe(MAX_MEMBERS);
  });

  it('keeps hostile text as plain text', () => {
    const plan = addMember(emptyPlan(), '<b>x</b>');
    expect(plan.members[0]!.name).toBe('<b>x</b>');
  });

  it('returns a new plan and leaves the old one alone', () => {
    const before = frozenSample();
    const after = addMember(before, '小陈');
    expect(after).not.toBe(before);
    expect(before.members).toHaveLength(5);
    expect(addMember(before, '')).not.toBe(before);
  });
});

describe('removeMember', () => {
  it('removes only the member with that id', () => {
    const plan = removeMember(frozenSample(), 'p3');
    expect(plan.members.map((member) => member.name)).toEqual(['小王', '小张', '小冯', '小郑']);
  });

  it('changes nothing for an unknown id', () => {
    const before = frozenSample();
    const after = removeMember(before, 'p99');
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
  });

  it('makes the month columns fall short, which checkPlan reports', () => {
    expect(checkPlan(removeMember(samplePlan(), 'p5'), checks, 7).map((found) => found.message)).toEqual([
      '7 月：成员合计 159，比月目标少 21',
      '8 月：成员合计 170，比月目标少 30',
      '9 月：成员合计 181，比月目标少 39',
    ]);
  });
});

describe('updateMember', () => {
  it('renames without trimming, so spaces can be typed, and allows clearing', () => {
    const plan = frozenSample();
    expect(updateMember(plan, 'p1', { name: '小王 ' }).members[0]!.name).toBe('小王 ');
    expect(updateMember(plan, 'p1', { name: '' }).members[0]!.name).toBe('');
    expect(updateMember(plan, 'p1', { name: 'x'.repeat(50) }).members[0]!.name).toBe('x'.repeat(NAME_MAX));
  });

  it('replaces the figures and keeps what the learner typed', () => {
    const plan = updateMember(frozenSample(), 'p2', { months: [40, -3, 2.5] });
    expect(plan.members[1]!.months).toEqual([40, -3, 2.5]);
  });

  it('turns unsavable numbers into 0 and caps huge ones', () => {
    const plan = updateMember(frozenSample(), 'p2', { months: [Number.NaN, 1e12, -1e12] });
    expect(plan.members[1]!.months).toEqual([0, TARGET_MAX, -TARGET_MAX]);
    expect(Object.is(updateMember(samplePlan(), 'p2', { months: [-0, 0, 0] }).members[1]!.months[0], -0)).toBe(false);
  });

  it('keeps the id and other fields, and other members untouched', () => {
    const before = frozenSample();
    const after = updateMember(before, 'p1', { name: '王' });
    expect(after.members[0]).toEqual({ id: 'p1', name: '王', months: [47, 50, 53] });
    expect(after.members[1]).toBe(before.members[1]);
    expect(before.members[0]!.name).toBe('小王');
  });

  it('ignores an id change smuggled into the change', () => {
    const change = { name: 'X', id: 'p99' } as Partial<PlanMember>;
    expect(updateMember(samplePlan(), 'p1', change).members[0]!.id).toBe('p1');
  });

  it('changes nothing for an unknown id', () => {
    expect(updateMember(frozenSample(), 'p42', { name: 'X' })).toEqual(samplePlan());
  });
});

describe('splitAcrossMembers', () => {
  it('fills every member with an even split of each month, remainder to the last', () => {
    const plan = splitAcrossMembers(frozenSample());
    expect(plan.members.map((member) => member.months)).toEqual([
      [36, 40, 44],
      [36, 40, 44],
      [36, 40, 44],
      [36, 40, 44],
      [36, 40, 44],
    ]);
    const uneven = splitAcrossMembers(updateMonthTarget(samplePlan(), 0, 183));
    expect(uneven.members.map((member) => member.months[0])).toEqual([36, 36, 37, 37, 37]);
  });

  it('always adds up, so only the total issue (if any) remains', () => {
    const plan = splitAcrossMembers({ ...samplePlan(), months: [181, 199, 220] });
    expect(monthMemberSums(plan)).toEqual([181, 199, 220]);
    expect(checkPlan(plan, checks)).toEqual([]);
  });

  it('keeps names and ids', () => {
    const plan = splitAcrossMembers(samplePlan());
    expect(plan.members.map((member) => [member.id, member.name])).toEqual(
      samplePlan().members.map((member) => [member.id, member.name]),
    );
  });

  it('changes nothing without members', () => {
    expect(splitAcrossMembers(emptyPlan())).toEqual(emptyPlan());
  });
});

describe('addCheckpoint', () => {
  it('starts at week 4 with the planned running total', () => {
    const plan = addCheckpoint({ ...emptyPlan(), quarterTarget: 600, months: [180, 200, 220] });
    expect(plan.checkpoints).toEqual([{ id: 'k1', week: 4, cumulative: 180, action: '' }]);
  });

  it('goes one week after the latest checkpoint', () => {
    const plan = addCheckpoint(removeCheckpoint(frozenSample(), 'k5'));
    expect(plan.checkpoints[4]).toEqual({ id: 'k5', week: 11, cumulative: 512, action: '' });
  });

  it('never goes past week 13', () => {
    const plan = addCheckpoint(frozenSample());
    expect(plan.checkpoints[5]).toEqual({ id: 'k6', week: 13, cumulative: 600, action: '' });
    expect(checkPlan(plan, checks).map((found) => found.field)).toEqual(['checkpoint-k6', 'checkpoint-k6']);
  });

  it('ignores additions past MAX_CHECKPOINTS', () => {
    let plan = emptyPlan();
    for (let index = 0; index < MAX_CHECKPOINTS + 4; index += 1) plan = addCheckpoint(plan);
    expect(plan.checkpoints).toHaveLength(MAX_CHECKPOINTS);
    expect(plan.checkpoints.map((checkpoint) => checkpoint.week)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('falls back to week 4 when no existing week is usable', () => {
    const plan: TargetPlan = {
      ...emptyPlan(),
      checkpoints: [{ id: 'k1', week: Number.NaN, cumulative: 0, action: 'x' }],
    };
    expect(addCheckpoint(plan).checkpoints[1]).toEqual({ id: 'k2', week: 4, cumulative: 0, action: '' });
  });

  it('does not mutate the plan', () => {
    const before = frozenSample();
    addCheckpoint(before);
    expect(before.checkpoints).toHaveLength(5);
  });
});

describe('removeCheckpoint and updateCheckpoint', () => {
  it('removes only the checkpoint with that id', () => {
    expect(removeCheckpoint(frozenSample(), 'k2').checkpoints.map((checkpoint) => checkpoint.id)).toEqual([
      'k1',
      'k3',
      'k4',
      'k5',
    ]);
    expect(removeCheckpoint(frozenSample(), 'zzz')).toEqual(samplePlan());
  });

  it('updates week, running total and action', () => {
    const plan = updateCheckpoint(frozenSample(), 'k4', { week: 11, cumulative: 512, action: '冲刺检查' });
    expect(plan.checkpoints[3]).toEqual({ id: 'k4', week: 11, cumulative: 512, action: '冲刺检查' });
    expect(checkPlan(plan, checks)).toEqual([]);
  });

  it('rounds and clamps weeks into 1–13, ignoring non-finite weeks', () => {
    const week = (value: number) => updateCheckpoint(frozenSample(), 'k2', { week: value }).checkpoints[1]!.week;
    expect(week(0)).toBe(1);
    expect(week(-5)).toBe(1);
    expect(week(99)).toBe(13);
    expect(week(7.6)).toBe(8);
    expect(week(Number.NaN)).toBe(6);
  });

  it('keeps typed running totals for checkPlan, but cleans unsavable ones', () => {
    const total = (value: number) =>
      updateCheckpoint(frozenSample(), 'k2', { cumulative: value }).checkpoints[1]!.cumulative;
    expect(total(-3)).toBe(-3);
    expect(total(Number.NaN)).toBe(0);
    expect(total(Number.POSITIVE_INFINITY)).toBe(0);
    expect(total(5e9)).toBe(TARGET_MAX);
  });

  it('keeps actions as typed plain text, cut to ACTION_MAX', () => {
    const action = (value: string) => updateCheckpoint(frozenSample(), 'k1', { action: value }).checkpoints[0]!.action;
    expect(action('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(action('对比 7 月 ')).toBe('对比 7 月 ');
    expect(action('a'.repeat(200))).toHaveLength(ACTION_MAX);
    expect(action('')).toBe('');
  });

  it('changes nothing for an unknown id', () => {
    expect(updateCheckpoint(frozenSample(), 'k9', { week: 1 })).toEqual(samplePlan());
  });
});

describe('updatePlan and updateMonthTarget', () => {
  it('set title, unit and quarter target', () => {
    const plan = updatePlan(frozenSample(), { title: '第四季度 宽带', unit: '件', quarterTarget: 800 });
    expect([plan.title, plan.unit, plan.quarterTarget]).toEqual(['第四季度 宽带', '件', 800]);
    expect(plan.members).toEqual(samplePlan().members);
  });

  it('cut text and clean unsavable numbers', () => {
    const plan = updatePlan(emptyPlan(), { title: 't'.repeat(99), unit: 'u'.repeat(99), quarterTarget: Number.NaN });
    expect(plan.title).toHaveLength(TITLE_MAX);
    expect(plan.unit).toHaveLength(UNIT_MAX);
    expect(plan.quarterTarget).toBe(0);
    expect(updatePlan(emptyPlan(), { quarterTarget: 1e300 }).quarterTarget).toBe(TARGET_MAX);
  });

  it('set one month and ignore bad indexes', () => {
    const before = frozenSample();
    expect(updateMonthTarget(before, 1, 210).months).toEqual([180, 210, 220]);
    expect(updateMonthTarget(before, 2, Number.NaN).months).toEqual([180, 200, 0]);
    expect(updateMonthTarget(before, 3, 5).months).toEqual([180, 200, 220]);
    expect(updateMonthTarget(before, -1, 5).months).toEqual([180, 200, 220]);
    expect(before.months).toEqual([180, 200, 220]);
  });
});

describe('parseTargetPlan', () => {
  const saved = () => JSON.parse(JSON.stringify(samplePlan())) as Record<string, unknown>;

  it('rejects things that are not a plan object', () => {
    for (const bad of [null, undefined, 0, 'plan', true, [], [samplePlan()], () => samplePlan()]) {
      expect(parseTargetPlan(bad)).toBeNull();
    }
  });

  it('rejects missing or wrongly typed fields', () => {
    const cases: Array<Record<string, unknown>> = [
      { title: undefined },
      { title: 5 },
      { unit: null },
      { quarterTarget: '600' },
      { quarterTarget: null },
      { months: [180, 200] },
      { months: [180, 200, 220, 0] },
      { months: [180, '200', 220] },
      { months: { 0: 180, 1: 200, 2: 220, length: 3 } },
      { members: {} },
      { members: null },
      { checkpoints: 'none' },
    ];
    for (const change of cases) {
      const value = { ...saved(), ...change };
      if (change.title === undefined && 'title' in change) delete value.title;
      expect(parseTargetPlan(value), JSON.stringify(change)).toBeNull();
    }
  });

  it('rejects numbers out of range', () => {
    for (const bad of [TARGET_MAX + 1, -TARGET_MAX - 1, 1e308, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseTargetPlan({ ...saved(), quarterTarget: bad })).toBeNull();
      expect(parseTargetPlan({ ...saved(), months: [bad, 200, 220] })).toBeNull();
      const members = samplePlan().members.map((member, index) =>
        index === 2 ? { ...member, months: [37, bad, 43] } : member,
      );
      expect(parseTargetPlan({ ...saved(), members })).toBeNull();
      const checkpoints = samplePlan().checkpoints.map((checkpoint, index) =>
        index === 0 ? { ...checkpoint, cumulative: bad } : checkpoint,
      );
      expect(parseTargetPlan({ ...saved(), checkpoints })).toBeNull();
    }
  });

  it('keeps figures the learner has yet to fix, so a reload loses nothing', () => {
    const value = { ...saved(), quarterTarget: -5, months: [1.5, 0, -2] };
    const plan = parseTargetPlan(value);
    expect(plan?.quarterTarget).toBe(-5);
    expect(plan?.months).toEqual([1.5, 0, -2]);
    expect(checkPlan(plan!, checks).length).toBeGreaterThan(0);
  });

  it('round-trips every plan the edit helpers produce', () => {
    let plan = updatePlan(emptyPlan(), { quarterTarget: Number.NaN, title: '' });
    plan = addMember(plan, '  ');
    plan = addMember(plan, 'A');
    plan = updateMember(plan, 'p1', { name: '', months: [Number.NaN, -1e9, 0.5] });
    plan = updateMonthTarget(plan, 0, Number.NEGATIVE_INFINITY);
    plan = addCheckpoint(addCheckpoint(plan));
    plan = updateCheckpoint(plan, 'k2', { week: 99, cumulative: -1, action: ' ' });
    expect(parseTargetPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('rejects checkpoint weeks outside 1–13 or not whole', () => {
    for (const bad of [0, 14, 2.5, -1, '4']) {
      const checkpoints = samplePlan().checkpoints.map((checkpoint, index) =>
        index === 1 ? { ...checkpoint, week: bad } : checkpoint,
      );
      expect(parseTargetPlan({ ...saved(), checkpoints })).toBeNull();
    }
  });

  it('rejects too many members or checkpoints', () => {
    const members = Array.from({ length: MAX_MEMBERS + 1 }, (_, index) => ({
      id: `p${index + 1}`,
      name: `m${index}`,
      months: [0, 0, 0],
    }));
    expect(parseTargetPlan({ ...saved(), members })).toBeNull();
    expect(parseTargetPlan({ ...saved(), members: members.slice(0, MAX_MEMBERS) })?.members).toHaveLength(MAX_MEMBERS);
    const checkpoints = Array.from({ length: MAX_CHECKPOINTS + 1 }, (_, index) => ({
      id: `k${index + 1}`,
      week: 1,
      cumulative: 0,
      action: '',
    }));
    expect(parseTargetPlan({ ...saved(), checkpoints })).toBeNull();
    expect(
      parseTargetPlan({ ...saved(), checkpoints: checkpoints.slice(0, MAX_CHECKPOINTS) })?.checkpoints,
    ).toHaveLength(MAX_CHECKPOINTS);
  });

  it('rejects malformed or duplicate ids', () => {
    const memberIds = ['', 'p', 'p1234567', 'k1', 'P1', ' p1', 'p1 ', 'p-1', '__proto__', 'constructor', 7];
    for (const id of memberIds) {
      const members = samplePlan().members.map((member, index) => (index === 0 ? { ...member, id } : member));
      expect(parseTargetPlan({ ...saved(), members }), String(id)).toBeNull();
    }
    const checkpointIds = ['', 'k', 'k1234567', 'p1', 'K1', 'toString'];
    for (const id of checkpointIds) {
      const checkpoints = samplePlan().checkpoints.map((checkpoint, index) =>
        index === 0 ? { ...checkpoint, id } : checkpoint,
      );
      expect(parseTargetPlan({ ...saved(), checkpoints }), id).toBeNull();
    }
    const duplicateMembers = samplePlan().members.map((member, index) =>
      index === 1 ? { ...member, id: 'p1' } : member,
    );
    expect(parseTargetPlan({ ...saved(), members: duplicateMembers })).toBeNull();
    const duplicateCheckpoints = samplePlan().checkpoints.map((checkpoint, index) =>
      index === 4 ? { ...checkpoint, id: 'k1' } : checkpoint,
    );
    expect(parseTargetPlan({ ...saved(), checkpoints: duplicateCheckpoints })).toBeNull();
    expect(parseTargetPlan({ ...saved(), members: [{ id: 'p123456', name: 'A', months: [0, 0, 0] }] })).not.toBeNull();
  });

  it('rejects malformed members and checkpoints', () => {
    const badMembers: unknown[] = [
      null,
      'p1',
      [],
      { id: 'p1', name: 5, months: [0, 0, 0] },
      { id: 'p1', name: 'A' },
      { id: 'p1', name: 'A', months: [0, 0] },
    ];
    for (const bad of badMembers) expect(parseTargetPlan({ ...saved(), members: [bad] })).toBeNull();
    const badCheckpoints: unknown[] = [
      null,
      { id: 'k1', week: 4, cumulative: 0 },
      { id: 'k1', week: 4, cumulative: 0, action: null },
      { id: 'k1', cumulative: 0, action: '' },
    ];
    for (const bad of badCheckpoints) expect(parseTargetPlan({ ...saved(), checkpoints: [bad] })).toBeNull();
  });

  it('keeps hostile text as plain text and cuts it to length', () => {
    const script = '<script>alert("x")</script>';
    const members = [{ id: 'p1', name: '<img src=x onerror=alert(1)>', months: [0, 0, 0] }];
    const checkpoints = [{ id: 'k1', week: 4, cumulative: 0, action: script }];
    const plan = parseTargetPlan({ ...saved(), title: script, unit: '<b>户</b>', members, checkpoints });
    expect(plan?.title).toBe(script);
    expect(plan?.unit).toBe('<b>户</b>');
    expect(plan?.members[0]!.name).toBe('<img src=x o');
    expect(plan?.checkpoints[0]!.action).toBe(script);
    const long = parseTargetPlan({ ...saved(), title: '长'.repeat(500), unit: 'x'.repeat(50) });
    expect(long?.title).toBe('长'.repeat(TITLE_MAX));
    expect(long?.unit).toBe('x'.repeat(UNIT_MAX));
  });

  it('ignores prototype keys and inherited fields, and pollutes nothing', () => {
    const hostile = JSON.parse(
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"title":"t","unit":"户","quarterTarget":1,"months":[1,0,0],` +
        `"members":[{"__proto__":{"polluted":true},"id":"p1","name":"A","months":[1,0,0]}],"checkpoints":[]}`,
    ) as unknown;
    const plan = parseTargetPlan(hostile);
    expect(plan).toEqual({
      title: 't',
      unit: '户',
      quarterTarget: 1,
      months: [1, 0, 0],
      members: [{ id: 'p1', name: 'A', months: [1, 0, 0] }],
      checkpoints: [],
    });
    expect(Object.keys(plan!)).toEqual(['title', 'unit', 'quarterTarget', 'months', 'members', 'checkpoints']);
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(plan!.members[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect(parseTargetPlan(Object.create(samplePlan()))).toBeNull();
    const inheritedName = Object.assign(Object.create({ name: 'A' }), { id: 'p1', months: [0, 0, 0] });
    expect(parseTargetPlan({ ...saved(), members: [inheritedName] })).toBeNull();
  });

  it('drops unknown fields', () => {
    const plan = parseTargetPlan({
      ...saved(),
      extra: 1,
      members: [{ id: 'p1', name: 'A', months: [0, 0, 0], html: '<b>' }],
    });
    expect(plan?.members[0]).toEqual({ id: 'p1', name: 'A', months: [0, 0, 0] });
    expect(plan && 'extra' in plan).toBe(false);
  });

  it('returns a copy that does not share arrays with the input', () => {
    const value = saved();
    const plan = parseTargetPlan(value)!;
    expect(plan.months).not.toBe(value.months);
    plan.months[0] = 1;
    expect((value.months as number[])[0]).toBe(180);
  });
});

describe('updateMemberMonth and splitAcrossMonths', () => {
  it('sets one month of one member and leaves the rest', () => {
    const plan = updateMemberMonth(frozenSample(), 'p2', 1, 44);
    expect(plan.members[1]!.months).toEqual([41, 44, 46]);
    expect(plan.members.filter((member) => member.id !== 'p2')).toEqual(
      samplePlan().members.filter((member) => member.id !== 'p2'),
    );
  });

  it('cleans the figure like updateMember, and ignores unknown members or months', () => {
    expect(updateMemberMonth(samplePlan(), 'p1', 0, Number.NaN).members[0]!.months).toEqual([0, 50, 53]);
    expect(updateMemberMonth(frozenSample(), 'p42', 0, 1)).toEqual(samplePlan());
    for (const index of [-1, 3, 1.5]) expect(updateMemberMonth(frozenSample(), 'p1', index, 1)).toEqual(samplePlan());
  });

  it('splits the quarter evenly over the months, the remainder going to the last', () => {
    expect(splitAcrossMonths(updatePlan(emptyPlan(), { quarterTarget: 301 })).months).toEqual([100, 100, 101]);
    expect(splitAcrossMonths(frozenSample()).months).toEqual([200, 200, 200]);
  });
});

describe('editPlan, submitPlan and isPlanReady', () => {
  const finished = () => ({ plan: samplePlan(), submitted: true });

  it('is ready only when the plan adds up and has members and checkpoints', () => {
    expect(isPlanReady(samplePlan(), checks)).toBe(true);
    expect(isPlanReady({ ...samplePlan(), members: [] }, checks)).toBe(false);
    expect(isPlanReady({ ...samplePlan(), checkpoints: [] }, checks)).toBe(false);
    expect(isPlanReady(updateMonthTarget(samplePlan(), 0, 181), checks)).toBe(false);
  });

  it('applies the edit to the given state, keeping a finished plan finished while it adds up', () => {
    const renamed = editPlan(finished(), (plan) => updatePlan(plan, { title: '新标题' }), checks);
    expect(renamed).toEqual({ plan: { ...samplePlan(), title: '新标题' }, submitted: true });
    expect(editPlan(finished(), (plan) => updateMonthTarget(plan, 0, 181), checks).submitted).toBe(false);
    expect(editPlan({ plan: samplePlan(), submitted: false }, (plan) => plan, checks).submitted).toBe(false);
  });

  it('marks a ready plan finished, and refuses one that is not', () => {
    expect(submitPlan({ plan: samplePlan(), submitted: false }, checks)).toEqual(finished());
    expect(submitPlan({ plan: emptyPlan(), submitted: false }, checks).submitted).toBe(false);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('target-plan')) as Record<string, any>;
  const paths = (value: unknown) => (schema.safeParse(value).error?.issues ?? []).map((found) => found.path.join('.'));

  it('parses the real file and numbers the sample’s members and checkpoints', () => {
    expect(paths(raw())).toEqual([]);
    expect(content.sample.members.map((member) => member.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('refuses a misspelt or missing sentence', () => {
    const file = raw();
    file.checks.monthSum = file.checks.monthsSum;
    delete file.checks.monthsSum;
    expect(paths(file)).toEqual(expect.arrayContaining(['checks', 'checks.monthsSum']));
  });

  it('refuses a sentence without a slot the check fills in, or with an unknown one', () => {
    const file = raw();
    file.checks.monthsSum = '三个月合计 {total}';
    file.labels.weekValue = '第 {wek} 周';
    // A misspelt slot is both missing and unknown.
    expect(paths(file)).toEqual(['checks.monthsSum', 'labels.weekValue', 'labels.weekValue']);
  });

  it('refuses a sample that does not add up, pointing at the figure to fix', () => {
    const file = raw();
    file.sample.months[1] = 210;
    const result = schema.safeParse(file);
    expect(result.error?.issues.map((found) => [found.path.join('.'), found.message])).toEqual([
      ['sample.months', '示例要对得上：三个月合计 610，比季度目标多 10'],
      ['sample.months.1', '示例要对得上：第 2 个月：成员合计 200，比月目标少 10'],
    ]);
  });

  it('points at the member or checkpoint the check complains about', () => {
    const file = raw();
    file.sample.members[2].name = '小王';
    file.sample.checkpoints[3].action = ' ';
    expect(paths(file)).toEqual(['sample.members.2', 'sample.checkpoints.3']);
  });

  it('wants the sample button to name the sample’s target', () => {
    const file = raw();
    file.sampleButton = '载入示例';
    expect(paths(file)).toEqual(['sampleButton']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ANSWER_MAX,
  DIMENSIONS,
  NAME_MAX,
  emptyActivityPlan,
  isPlanComplete,
  parseActivityPlan,
  reviewActivityPlan,
  submitActivityPlan,
  withAnswer,
  withType,
  type ActivityPlan,
} from '../../src/exercises/activity-canvas/logic';
import { schema, type Content } from '../../src/exercises/activity-canvas/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('activity-canvas') as Content;

function filled(): ActivityPlan {
  return {
    name: '锦园小区新家网络日',
    type: 'community',
    answers: {
      purpose: '两天办理千兆宽带 40 户，其中融合套餐 25 户',
      who: '锦园小区刚装修完、还没选宽带的业主家庭',
      where: '小区业主群、物业服务中心和周末的建材市场',
      reach: '请物业在业主群发通知，电梯口贴海报，外呼老客户 80 户',
      attract: '到场免费测网速，前 20 户送智能门铃一只',
      convert: '现场演示全屋 Wi-Fi，两档方案对比卡，当场约安装时间',
    },
    submitted: false,
  };
}

describe('reviewActivityPlan', () => {
  it('finds nothing to say about a concrete, complete plan', () => {
    expect(reviewActivityPlan(filled())).toEqual([]);
    expect(isPlanComplete([])).toBe(true);
  });

  it('lists every empty field of a new plan, in form order', () => {
    const warnings = reviewActivityPlan(emptyActivityPlan());
    expect(warnings.map((warning) => warning.field)).toEqual(['name', 'type', ...DIMENSIONS]);
    expect(warnings.every((warning) => warning.kind === 'empty')).toBe(true);
    expect(isPlanComplete(warnings)).toBe(false);
  });

  it('treats whitespace as empty', () => {
    expect(reviewActivityPlan(withAnswer(filled(), 'who', '   '))).toEqual([{ field: 'who', kind: 'empty' }]);
  });

  it('flags a short answer, counting characters not bytes', () => {
    expect(reviewActivityPlan(withAnswer(filled(), 'where', '业主群'))).toEqual([{ field: 'where', kind: 'short' }]);
    expect(reviewActivityPlan(withAnswer(filled(), 'where', '业主群和物业中心门口'))).toEqual([]);
  });

  it('names the vague word it found', () => {
    expect(reviewActivityPlan(withAnswer(filled(), 'who', '所有客户，特别是有宽带需求的人'))).toEqual([
      { field: 'who', kind: 'vague', word: '所有客户' },
    ]);
  });

  it('asks for a number in the purpose, accepting Chinese numerals', () => {
    expect(reviewActivityPlan(withAnswer(filled(), 'purpose', '提升宽带办理量和品牌影响力'))).toEqual([
      { field: 'purpose', kind: 'noNumber' },
    ]);
    expect(reviewActivityPlan(withAnswer(filled(), 'purpose', '两天办理千兆宽带四十户以上'))).toEqual([]);
  });

  it('keeps advice apart from blockers: vague answers do not stop completion', () => {
    const warnings = reviewActivityPlan(withAnswer(filled(), 'reach', '通过多种方式宣传，让大家都知道'));
    expect(warnings).toEqual([{ field: 'reach', kind: 'vague', word: '大家' }]);
    expect(isPlanComplete(warnings)).toBe(true);
  });
});

describe('editing', () => {
  it('truncates and never mutates', () => {
    const plan = emptyActivityPlan();
    const named = withAnswer(plan, 'name', '名'.repeat(NAME_MAX + 5));
    expect([...named.name].length).toBe(NAME_MAX);
    expect(withAnswer(plan, 'convert', '字'.repeat(ANSWER_MAX + 1)).answers.convert.length).toBe(ANSWER_MAX);
    expect(withType(plan, 'bundle').type).toBe('bundle');
    expect(plan).toEqual(emptyActivityPlan());
  });
});

describe('parseActivityPlan', () => {
  it('round-trips a plan', () => {
    const plan = { ...filled(), submitted: true };
    expect(parseActivityPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
  it.each([
    ['null', null],
    ['a string', 'plan'],
    ['an unknown type', { ...filled(), type: 'party' }],
    ['answers as an array', { ...filled(), answers: [] }],
    ['a numeric answer', { ...filled(), answers: { ...filled().answers, who: 5 } }],
    ['a missing name', { type: '', answers: {} }],
  ])('rejects %s', (_label, value) => {
    expect(parseActivityPlan(value)).toBeNull();
  });
  it('fills missing answers with empty text and keeps hostile text as plain text', () => {
    const parsed = parseActivityPlan({
      name: '<img src=x onerror=alert(1)>',
      type: '',
      answers: { who: '<script>x</script>' },
    });
    expect(parsed?.name).toBe('<img src=x onerror=alert(1)>');
    expect(parsed?.answers.who).toBe('<script>x</script>');
    expect(parsed?.answers.purpose).toBe('');
  });
});

describe('submitActivityPlan', () => {
  it('finishes a plan with nothing empty, advice or not', () => {
    expect(submitActivityPlan(filled()).submitted).toBe(true);
    expect(submitActivityPlan(withAnswer(filled(), 'purpose', '提升宽带办理量和品牌影响力')).submitted).toBe(true);
  });
  it('refuses one with an empty field, and keeps a finished one finished', () => {
    expect(submitActivityPlan(withAnswer(filled(), 'where', ' ')).submitted).toBe(false);
    expect(submitActivityPlan({ ...emptyActivityPlan(), submitted: true }).submitted).toBe(true);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('activity-canvas')) as Record<string, any>;
  const issues = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((found) => [found.path.join('.'), found.message]);

  it('parses the real file', () => {
    expect(issues(raw())).toEqual([]);
  });

  it('needs every dimension and activity type', () => {
    const file = raw();
    delete file.dimensions.reach;
    file.types.sport = '体育联动';
    expect(issues(file).map(([path]) => path)).toEqual(['types', 'dimensions.reach']);
  });

  it('wants questions, examples and the vague-word warning in the shape the form shows them', () => {
    const file = raw();
    file.dimensions.who.question = '他们是谁';
    file.dimensions.who.example = '新交付的锦园小区业主';
    file.warnings.vague = '太笼统：写清是哪些人、哪个地方、什么做法。';
    expect(issues(file)).toEqual([
      ['dimensions.who.question', '问题要以「？」结尾'],
      ['dimensions.who.example', '示例要以「例如」开头，学员才不会当成已经填好的答案'],
      ['warnings.vague', '要有 {word}：程序在那里填入内容'],
    ]);
  });
});

describe('the content file', () => {
  it('has a question and an example for every dimension and a sentence for every warning', () => {
    for (const dimension of DIMENSIONS) {
      expect(content.dimensions[dimension].question).toMatch(/？$/);
      expect(content.dimensions[dimension].example).toMatch(/^例如/);
    }
    expect(content.warnings.vague).toContain('{word}');
    expect(Object.keys(content.types)).toEqual(['media', 'community', 'entertainment', 'bundle']);
  });
});

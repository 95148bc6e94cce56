import { describe, expect, it } from 'vitest';
import { collectResults, expandFile, pastedFiles } from '../../src/features/class-results/class-results';
import { parseResultsFile } from '../../src/features/class-results/results-file';
import { exportNames, roomCsv, roomResults } from '../../src/live/export';
import {
  applyChange,
  createRoom,
  decideAnswer,
  decideJoin,
  decideOpen,
  decideTransition,
  type Decision,
  type Room,
} from '../../src/live/room';
import { keyAnswer } from '../../src/features/assessment/quiz';
import { wrongAnswer } from '../live/answers';
import { roomData } from '../live/room-data';

const data = roomData('m3');
const start = new Date('2026-12-03T01:00:00Z');
const [first, second] = data.questions.filter((question) => question.type === 'single');

function apply(room: Room, decision: Decision): void {
  if (!decision.ok) throw new Error(decision.error);
  if (decision.change) applyChange(room, decision.change);
}

/** 张三 answers both polls right, a second 张三 one right, an anonymous phone one wrong; a wall entry that looks like a formula. */
function classRoom(): Room {
  const room = createRoom('ABCD', 'm3', start);
  const join = (participantId: string, name?: string) =>
    apply(room, decideJoin(room, { participantId, ...(name ? { name } : {}) }, start));
  join('phone-0001', '张三');
  join('phone-0002', '张三');
  join('phone-0003');
  const answer = (participantId: string, value: unknown) =>
    apply(room, decideAnswer(room, room.items.at(-1)!.id, { participantId, answer: value }, data, start));
  for (const question of [first!, second!]) {
    apply(room, decideOpen(room, { kind: 'poll', questionId: question.id }, data, start));
    answer('phone-0001', { kind: 'poll', answer: keyAnswer(question) });
    answer('phone-0002', { kind: 'poll', answer: question === first ? keyAnswer(question) : wrongAnswer(question) });
    if (question === first) answer('phone-0003', { kind: 'poll', answer: wrongAnswer(question) });
    apply(room, decideTransition(room, room.items.at(-1)!.id, 'reveal', start));
  }
  apply(room, decideOpen(room, { kind: 'wall', prompt: '送别语' }, data, start));
  answer('phone-0003', { kind: 'wall', text: '=HYPERLINK("http://evil.example","点我")' });
  return room;
}

describe('room export', () => {
  it('names every participant, numbering a shared name and the anonymous', () => {
    expect([...exportNames(classRoom()).values()]).toEqual(['张三', '张三 2', '匿名 1']);
  });

  it('writes one CSV row per participant and item, with formula cells neutralised', () => {
    const csv = roomCsv(classRoom(), data);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 3 + 2 + 1);
    expect(lines[0]).toBe('参与者,序号,活动,题目,回答,得分（%）,提交时间（北京时间）,已隐藏');
    expect(lines[1]).toMatch(/^张三,1,题库投票,.*,100,2026-12-03 09:00,$/);
    expect(lines.at(-1)).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
  });

  it('gives results files that 班级成绩 reads, one row per participant', () => {
    const files = roomResults(classRoom(), data, '2026-12-03T02:00:00.000Z');
    for (const file of files) {
      const text = JSON.stringify(file);
      expect(parseResultsFile(text, text.length)).toMatchObject({ ok: true });
    }
    expect(files.map((file) => file.modules[0]?.checkBest)).toEqual([100, 50, 0]);
    // Polls are not knowledge-check attempts: the room does not count any (班级成绩 shows —).
    expect(files[0]?.modules[0]).toMatchObject({ id: 'm3', code: 'M3', checkPassed: true, checkAttempts: null });
    // The whole export dropped on 班级成绩, or pasted, as the page reads them.
    const text = JSON.stringify(files, null, 2);
    const dropped = expandFile({ name: 'live-ABCD-results.json', text, size: text.length });
    expect(dropped.map((file) => file.name)).toEqual([1, 2, 3].map((n) => `live-ABCD-results.json · 第 ${n} 份`));
    for (const read of [dropped, pastedFiles(text, 1)]) {
      const { rows, problems } = collectResults(read, { exam: 80, check: data.course.checkPassPercent });
      expect(problems).toEqual([]);
      expect(rows.map((row) => row.learner)).toEqual(['张三', '张三 2', '匿名 1']);
    }
  });

  it('leaves a learner’s own results file, and a file that is not a list, as they are', () => {
    const file = { name: '学习成绩-张三.json', text: ' {"kind":"svc-course-results"}', size: 30 };
    expect(expandFile(file)).toEqual([file]);
    const broken = { name: 'x.json', text: '[1, 2]', size: 6 };
    expect(expandFile(broken)).toEqual([broken]);
  });

  it('leaves the check score empty when the room had no polls', () => {
    const room = createRoom('ABCD', 'm3', start);
    apply(room, decideJoin(room, { participantId: 'phone-0001' }, start));
    expect(roomResults(room, data, start.toISOString())[0]?.modules[0]).toMatchObject({
      checkBest: null,
      checkPassed: false,
    });
  });
});

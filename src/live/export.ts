/**
 * A room's answers for the trainer: CSV (one row per participant and item, through the course's
 * CSV helper, so formula-like cells are neutralised) and results files in the format 班级成绩 reads
 * (one per participant; the module's 知识检测 score is the share of the room's polls answered right).
 */
import { discResult } from '../exercises/disc-quiz/logic.ts';
import { describeRatings } from '../exercises/peak-end/live.ts';
import { scoreQuestion } from '../features/assessment/quiz.ts';
import {
  RESULTS_KIND,
  RESULTS_VERSION,
  beijingTime,
  learnerNameProblem,
  type ResultsFile,
} from '../features/class-results/results-file.ts';
import { csvText, type CsvValue } from '../platform/csv.ts';
import { describePollAnswer, pollTitle } from './activities/poll.ts';
import { describePulse } from './activities/pulse.ts';
import type { ItemSpec, LiveAnswer } from './protocol.ts';
import type { RoomData } from './room-data.ts';
import { itemAnswers, type ItemRecord, type Participant, type Room } from './room.ts';

const KIND_LABELS: Readonly<Record<ItemSpec['kind'], string>> = {
  poll: '题库投票',
  disc: 'DISC 认识自己',
  'peak-end': '峰终评分',
  wall: '一句话墙',
  pulse: '快速打分',
};

/**
 * Every participant's name for the export: the name given, or 匿名 1, 匿名 2 … in join order; a name
 * two people share (or that a results file cannot hold) gets a number, so no one's row merges into another's.
 */
export function exportNames(room: Room): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  let anonymous = 0;
  const participants = [...room.participants.values()].sort((a, b) => Date.parse(a.joinedAt) - Date.parse(b.joinedAt));
  for (const participant of participants) {
    let name = participant.name && !learnerNameProblem(participant.name) ? participant.name : '';
    if (!name) {
      do anonymous += 1;
      while (used.has(`匿名 ${anonymous}`));
      name = `匿名 ${anonymous}`;
    }
    for (let copy = 2; used.has(name); copy += 1) name = `${participant.name} ${copy}`;
    used.add(name);
    names.set(participant.id, name);
  }
  return names;
}

const question = (data: RoomData, spec: ItemSpec) =>
  spec.kind === 'poll' ? data.questions.find((candidate) => candidate.id === spec.questionId) : undefined;

function itemTitle(spec: ItemSpec, data: RoomData): string {
  switch (spec.kind) {
    case 'poll': {
      const found = question(data, spec);
      return found ? pollTitle(found) : spec.questionId;
    }
    case 'disc':
      return '认识自己';
    case 'peak-end':
      return spec.touchpoints.join('、');
    case 'wall':
    case 'pulse':
      return spec.prompt;
  }
}

function describe(spec: ItemSpec, answer: LiveAnswer, data: RoomData): { text: string; score: number | null } {
  if (spec.kind === 'poll' && answer.kind === 'poll') {
    const found = question(data, spec);
    return found
      ? { text: describePollAnswer(found, answer.answer), score: Math.round(scoreQuestion(found, answer.answer) * 100) }
      : { text: '', score: null };
  }
  if (answer.kind === 'disc') {
    const result = discResult(data.disc.questions, answer.answers);
    return {
      text: result
        ? `${result.type} 型`
        : `未答完（${Object.keys(answer.answers).length}/${data.disc.questions.length}）`,
      score: null,
    };
  }
  if (answer.kind === 'peak-end') return { text: describeRatings(answer.ratings), score: null };
  if (answer.kind === 'wall') return { text: answer.text, score: null };
  if (answer.kind === 'pulse' && spec.kind === 'pulse')
    return { text: describePulse(spec.scale, answer.value), score: null };
  return { text: '', score: null };
}

export function roomCsv(room: Room, data: RoomData): string {
  const names = exportNames(room);
  const rows: CsvValue[][] = [
    ['参与者', '序号', '活动', '题目', '回答', '得分（%）', '提交时间（北京时间）', '已隐藏'],
  ];
  room.items.forEach((item: ItemRecord, index) => {
    for (const record of itemAnswers(room, item.id)) {
      const { text, score } = describe(item.spec, record.answer, data);
      rows.push([
        names.get(record.participantId) ?? '',
        index + 1,
        KIND_LABELS[item.spec.kind],
        itemTitle(item.spec, data),
        text,
        score,
        beijingTime(record.answeredAt),
        item.hidden.includes(String(record.seq)) ? '是' : '',
      ]);
    }
  });
  return csvText(rows);
}

/**
 * One results file per participant. Each question polled counts once (its last poll); an
 * unanswered poll scores 0. Without polls the module's check score is empty (not taken); check
 * attempts are not counted.
 */
export function roomResults(room: Room, data: RoomData, exportedAt: string): ResultsFile[] {
  const names = exportNames(room);
  const polls = new Map<string, ItemRecord>();
  for (const item of room.items) if (item.spec.kind === 'poll') polls.set(item.spec.questionId, item);
  return [...room.participants.values()].map((participant: Participant) => {
    let points = 0;
    for (const [questionId, item] of polls) {
      const found = data.questions.find((candidate) => candidate.id === questionId);
      const answer = room.answers.get(item.id)?.get(participant.id)?.answer;
      if (found && answer?.kind === 'poll') points += scoreQuestion(found, answer.answer);
    }
    const checkBest = polls.size ? Math.round((points / polls.size) * 100) : null;
    return {
      kind: RESULTS_KIND,
      version: RESULTS_VERSION,
      exportedAt,
      learner: names.get(participant.id) ?? '',
      course: data.course.title,
      modules: [
        {
          id: data.module.id,
          code: data.module.code,
          title: data.module.title,
          complete: false,
          checkBest,
          checkPassed: checkBest !== null && checkBest >= data.course.checkPassPercent,
          // The room's polls are not knowledge-check attempts: not counted (班级成绩 shows —).
          checkAttempts: null,
        },
      ],
      exam: { attempts: [] },
    };
  });
}

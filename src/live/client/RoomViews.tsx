/**
 * What the projector shows of the room's open item, per kind (the DISC and 峰终 views live in their
 * exercises' folders). Counts while the room answers; for a poll, on 「公布」, the distribution, the
 * right answer and the explanation. Texts from phones are rendered as text only.
 */
import type { Question } from '../../schemas/quiz';
import type { Aggregate, ItemView } from '../protocol';
import type { RoomData } from '../room-data';
import DiscRoomView from '../../exercises/disc-quiz/RoomView';
import PeakEndRoomView from '../../exercises/peak-end/RoomView';

type Of<K extends Aggregate['kind']> = Extract<Aggregate, { kind: K }>;

function Bars({ rows, total }: { rows: { label: string; count: number; right?: boolean }[]; total: number }) {
  return (
    <ul class="room-bars">
      {rows.map((row, index) => (
        <li key={index} class={row.right ? 'room-bars__row is-right' : 'room-bars__row'}>
          <span class="room-bars__label">
            {row.right && <span class="room-bars__mark">✓ </span>}
            {row.label}
          </span>
          <span class="room-bars__bar" aria-hidden="true">
            <span style={`width: ${total ? Math.round((row.count / total) * 100) : 0}%`} />
          </span>
          <span class="room-bars__count">{row.count} 人</span>
        </li>
      ))}
    </ul>
  );
}

/** The right answer of any question type, in words. */
function rightAnswer(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((option) => option.correct)
        .map((option) => option.text)
        .join('；');
    case 'truefalse':
      return question.answer ? '对' : '错';
    case 'ordering':
      return question.items.join(' → ');
    case 'matching':
      return question.pairs.map((pair) => `${pair.left} — ${pair.right}`).join('；');
    case 'scenario':
      return question.questions
        .map(
          (part, index) =>
            `小题 ${index + 1}：${
              part.type === 'truefalse'
                ? part.answer
                  ? '对'
                  : '错'
                : part.options
                    .filter((option) => option.correct)
                    .map((option) => option.text)
                    .join('；')
            }`,
        )
        .join('　');
  }
}

function PollView({ item, aggregate, question }: { item: ItemView; aggregate: Of<'poll'>; question: Question }) {
  const revealed = item.state === 'revealed';
  const rows =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.map((option, index) => ({
          label: option.text,
          count: aggregate.counts[index] ?? 0,
          right: revealed && option.correct,
        }))
      : question.type === 'truefalse'
        ? [true, false].map((value, index) => ({
            label: value ? '对' : '错',
            count: aggregate.counts[index] ?? 0,
            right: revealed && question.answer === value,
          }))
        : [];
  return (
    <div class="room-poll">
      <p class="room-poll__prompt">{question.type === 'scenario' ? question.stem : question.prompt}</p>
      {question.type === 'scenario' && (
        <ol class="room-poll__parts">
          {question.questions.map((part) => (
            <li key={part.id}>{part.prompt}</li>
          ))}
        </ol>
      )}
      {revealed ? (
        <>
          {rows.length > 0 && <Bars rows={rows} total={item.answered} />}
          <p class="room-poll__right" data-room-right>
            正确答案：{rightAnswer(question)}
            {aggregate.correct !== undefined && `（全对 ${aggregate.correct} / ${item.answered} 人）`}
          </p>
          <p class="room-poll__explanation">{question.explanation}</p>
        </>
      ) : (
        <p class="room-poll__waiting">{item.state === 'open' ? '请用手机作答。' : '作答已结束，等待公布。'}</p>
      )}
    </div>
  );
}

function WallView({ aggregate, onHide }: { aggregate: Of<'wall'>; onHide?: (entryId: string) => void }) {
  if (!aggregate.entries.length) return <p class="room-empty">还没有人写。</p>;
  return (
    <ul class="room-wall">
      {aggregate.entries.map((entry) => (
        <li key={entry.id} class="room-wall__entry">
          <span class="room-wall__text">{entry.text}</span>
          {entry.name && <span class="room-wall__name">— {entry.name}</span>}
          {onHide && (
            <button
              type="button"
              class="room-wall__hide"
              aria-label={`隐藏「${entry.text}」`}
              onClick={() => onHide(entry.id)}
            >
              隐藏
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function PulseView({ item, aggregate, scale }: { item: ItemView; aggregate: Of<'pulse'>; scale: 'five' | 'agree' }) {
  const labels = scale === 'five' ? ['1', '2', '3', '4', '5'] : ['不同意', '同意'];
  return (
    <div class="room-pulse">
      <Bars
        rows={labels.map((label, index) => ({ label, count: aggregate.counts[index] ?? 0 }))}
        total={item.answered}
      />
      {scale === 'five' && aggregate.mean !== null && (
        <p class="room-pulse__mean">平均 {aggregate.mean.toFixed(1)} 分</p>
      )}
    </div>
  );
}

export function itemHeading(item: ItemView, data: RoomData): string {
  switch (item.spec.kind) {
    case 'poll':
      return '课堂投票';
    case 'disc':
      return 'DISC：认识自己（全班）';
    case 'peak-end':
      return `峰终评分：${data.module.code} 营业厅的客户旅程`;
    case 'wall':
      return `一句话墙：${item.spec.prompt}`;
    case 'pulse':
      return `快速反馈：${item.spec.prompt}`;
  }
}

export function ItemRoomView({
  item,
  data,
  onHide,
}: {
  item: ItemView;
  data: RoomData;
  onHide?: (entryId: string) => void;
}) {
  const { spec, aggregate } = item;
  if (spec.kind === 'poll' && aggregate.kind === 'poll') {
    const question = data.questions.find((candidate) => candidate.id === spec.questionId);
    return question ? (
      <PollView item={item} aggregate={aggregate} question={question} />
    ) : (
      <p class="room-empty">题库里没有这道题。</p>
    );
  }
  if (aggregate.kind === 'disc')
    return <DiscRoomView aggregate={aggregate} answered={item.answered} names={data.disc.names} />;
  if (spec.kind === 'peak-end' && aggregate.kind === 'peak-end')
    return <PeakEndRoomView aggregate={aggregate} touchpoints={spec.touchpoints} />;
  if (aggregate.kind === 'wall') return <WallView aggregate={aggregate} onHide={onHide} />;
  if (spec.kind === 'pulse' && aggregate.kind === 'pulse')
    return <PulseView item={item} aggregate={aggregate} scale={spec.scale} />;
  return null;
}

/** An attempt in progress: the questions, how many are answered, the countdown and 「交卷」. */
import { useEffect, useRef, useState } from 'preact/hooks';
import QuestionView from './QuestionView';
import { answerFor, formatCountdown, isOutOfTime, secondsLeft, unansweredIds, type ExamAttempt } from './exam';
import type { Answer } from './quiz';
import type { Question } from '../../schemas/quiz';

interface Props {
  attempt: ExamAttempt;
  questions: ReadonlyMap<string, Question>;
  onAnswer: (questionId: string, answer: Answer) => void;
  onSubmit: () => void;
}

export default function ExamRunner({ attempt, questions, onAnswer, onSubmit }: Props) {
  const [now, setNow] = useState(() => new Date());
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const left = secondsLeft(attempt, now);
  const unanswered = unansweredIds(attempt, questions);
  const shownIds = attempt.questionIds.filter((id) => questions.has(id));
  const numberOf = (id: string) => shownIds.indexOf(id) + 1;
  const untouchedOrdering = unanswered.some((id) => questions.get(id)?.type === 'ordering');

  useEffect(() => {
    if (!attempt.deadline) return undefined;
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [attempt.deadline]);
  // Time is up (also after a reload past the deadline): the answers so far are submitted.
  useEffect(() => {
    if (isOutOfTime(attempt, now)) onSubmit();
  }, [now, attempt.deadline]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <div class="exam-run">
      <p class="exam-bar" aria-live="off">
        <span>考试编号 {attempt.id}</span>
        <span>
          已答 {shownIds.length - unanswered.length} / {shownIds.length} 题
        </span>
        {left !== null && (
          <span
            class={left < 300 ? 'exam-bar__time exam-bar__time--low' : 'exam-bar__time'}
            role="timer"
            aria-label={`剩余时间 ${formatCountdown(left)}`}
          >
            剩余 {formatCountdown(left)}
          </span>
        )}
      </p>
      <ol class="questions">
        {shownIds.map((id, index) => {
          const question = questions.get(id) as Question;
          return (
            <li key={id}>
              <QuestionView
                question={question}
                label={`第 ${index + 1} 题`}
                answer={answerFor(attempt, question)}
                seed={attempt.seed}
                locked={false}
                onAnswer={(answer) => {
                  setConfirming(false);
                  onAnswer(id, answer);
                }}
              />
            </li>
          );
        })}
      </ol>
      <p class="exam-hint">答案随时自动保存在本浏览器：刷新或关掉页面后回来，可以接着答。</p>
      {confirming ? (
        <div
          class="confirm confirm--block"
          role="alertdialog"
          aria-labelledby="exam-confirm-text"
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id="exam-confirm-text">
            还有 {unanswered.length} 题没有作答（第 {unanswered.map(numberOf).join('、')} 题），未答的题按 0 分计
            {untouchedOrdering && '，没有调整过的排序题按显示的顺序计分'}。交卷后不能再修改，确定交卷吗？
          </p>
          <button type="button" class="button button--primary" onClick={onSubmit}>
            确定交卷
          </button>
          <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
            继续作答
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="button button--primary"
          onClick={() => (unanswered.length ? setConfirming(true) : onSubmit())}
        >
          交卷
        </button>
      )}
    </div>
  );
}

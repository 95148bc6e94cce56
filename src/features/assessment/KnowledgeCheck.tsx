import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../../exercises/shared/ExerciseFrame';
import QuestionView from './QuestionView';
import { useSavedExercise } from '../../exercises/shared/useSavedExercise';
import {
  attemptScore,
  checkAnswerFor,
  checkIdFor,
  emptyCheckState,
  isAttemptFinished,
  isPassed,
  nextAttempt,
  parseCheckState,
  withAnswer,
  withQuestionChecked,
  type CheckState,
} from './knowledge-check';
import { isAnswered, type AnyQuestion } from './quiz';

interface Props {
  moduleId: string;
  /** The module's check questions, passed as props so their text ships in the HTML. */
  questions: readonly AnyQuestion[];
  passPercent: number;
  /** Static HTML from the page (Astro slot "instructions"). */
  instructions?: ComponentChildren;
}

export default function KnowledgeCheck({ moduleId, questions, passPercent, instructions }: Props) {
  const parse = (value: unknown) => parseCheckState(value, questions);
  const { state, record, update, reset } = useSavedExercise<CheckState>(
    checkIdFor(moduleId),
    parse,
    emptyCheckState,
    (next: CheckState) => isPassed(next, passPercent),
  );
  const finished = isAttemptFinished(state, questions);
  const score = attemptScore(state, questions);

  return (
    <ExerciseFrame
      id={`check-${moduleId}`}
      title="知识检测"
      record={record}
      onReset={reset}
      instructions={instructions}
    >
      <p class="check-summary" aria-live="polite">
        已核对 {state.checked.length} / {questions.length} 题{state.best >= 0 && ` · 最好成绩 ${state.best}%`}
        {state.best >= 0 && (isPassed(state, passPercent) ? ' · 已通过 ✓' : ` · 及格线 ${passPercent}%`)}
      </p>
      <ol class="questions">
        {questions.map((question, index) => {
          const answer = checkAnswerFor(state, question);
          const locked = state.checked.includes(question.id);
          return (
            <li key={`${question.id}-${state.attempt}`}>
              <QuestionView
                question={question}
                label={`第 ${index + 1} 题`}
                answer={answer}
                seed={state.attempt}
                locked={locked}
                onAnswer={(next) => update((latest) => withAnswer(latest, question.id, next))}
              />
              {!locked && (
                <button
                  type="button"
                  class="button"
                  disabled={!isAnswered(question, answer)}
                  onClick={() => update((latest) => withQuestionChecked(latest, question, questions))}
                >
                  核对第 {index + 1} 题
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {finished && (
        <div class={isPassed(state, passPercent) ? 'check-result check-result--pass' : 'check-result'} role="status">
          <p>
            本次得分 <strong>{score.percent}%</strong>（全对 {score.correct} / {score.total} 题）。
            {score.percent >= passPercent ? '通过了！' : `还差一点，及格线是 ${passPercent}%。看看解析，再来一次。`}
          </p>
          <button type="button" class="button button--primary" onClick={() => update(nextAttempt)}>
            再做一次（题目和选项会重新排列）
          </button>
        </div>
      )}
    </ExerciseFrame>
  );
}

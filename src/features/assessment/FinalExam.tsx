/**
 * The final exam (结业考试): start an attempt, answer (saved as you go, so a reload resumes),
 * submit (with a confirmation when questions are unanswered, or automatically when time runs
 * out), then see the result, a review of every question and the attempts so far.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import ExerciseFrame from '../../exercises/shared/ExerciseFrame';
import { useSavedExercise } from '../../exercises/shared/useSavedExercise';
import ExamRunner from './ExamRunner';
import ExamResult from './ExamResult';
import ExamHistory from './ExamHistory';
import { siteHref } from '../../browser/site-href';
import {
  EXAM_ID,
  certificateAttempt,
  emptyExamState,
  parseExamState,
  startAttempt,
  submitExam,
  withCurrentAnswer,
  withStartedAttempt,
  type ExamConfig,
  type ExamModule,
  type ExamState,
} from './exam';
import type { Question } from '../../schemas/quiz';

interface Props {
  /** Every exam question of every module; passed as props so their text ships in the HTML. */
  pool: readonly Question[];
  modules: readonly ExamModule[];
  config: ExamConfig;
  instructions?: ComponentChildren;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

export default function FinalExam({ pool, modules, config, instructions }: Props) {
  const questions = useMemo(() => new Map(pool.map((question) => [question.id, question])), [pool]);
  const parse = (value: unknown) => parseExamState(value, questions);
  const { state, record, restored, update, reset } = useSavedExercise<ExamState>(
    EXAM_ID,
    parse,
    emptyExamState,
    (next: ExamState) => certificateAttempt(next.history) !== null,
  );
  const [viewing, setViewing] = useState<string | null>(null);
  // Set by 交卷 (or the clock): the result that replaces the questions takes focus and the view.
  const [submitted, setSubmitted] = useState(false);
  const shown = state.history.find((attempt) => attempt.id === viewing) ?? state.history.at(-1);

  const start = () => {
    setViewing(null);
    setSubmitted(false);
    const attempt = startAttempt(pool, modules, config, randomSeed(), new Date());
    update((latest) => withStartedAttempt(latest, attempt));
  };
  // An attempt opened from the history shows where it is; focus stays on the button that opened it.
  const show = (id: string) => {
    setSubmitted(false);
    setViewing(id);
  };
  const submit = () => {
    setViewing(null);
    setSubmitted(true);
    update((latest) => submitExam(latest, questions, config.passPercent, new Date()));
  };

  return (
    <ExerciseFrame
      id="exam"
      title="结业考试"
      kicker="考试"
      resetLabel="清空考试记录"
      record={record}
      onReset={reset}
      instructions={instructions}
    >
      {state.current ? (
        <ExamRunner
          attempt={state.current}
          questions={questions}
          onAnswer={(questionId, answer) => update((latest) => withCurrentAnswer(latest, questionId, answer))}
          onSubmit={submit}
        />
      ) : (
        <>
          {shown && (
            <ExamResult
              attempt={shown}
              questions={questions}
              modules={modules}
              latest={shown === state.history.at(-1)}
              focus={submitted && shown === state.history.at(-1)}
            />
          )}
          <p class="exam-start">
            <button type="button" class="button button--primary" onClick={start} disabled={!restored}>
              {state.history.length ? '再考一次（重新抽题）' : '开始考试'}
            </button>
            {certificateAttempt(state.history) && (
              <a
                class="button"
                href={import.meta.env.SCORM_PACKAGE ? siteHref('/exam/certificate/') : '/exam/certificate/'}
              >
                查看结业证书
              </a>
            )}
            {state.history.length > 0 && (
              <a
                class="button button--quiet"
                href={import.meta.env.SCORM_PACKAGE ? siteHref('/progress/#results') : '/progress/#results'}
              >
                导出成绩，发给讲师
              </a>
            )}
          </p>
          {state.history.length > 0 && (
            <ExamHistory history={state.history} shownId={shown?.id ?? null} onShow={show} />
          )}
        </>
      )}
    </ExerciseFrame>
  );
}

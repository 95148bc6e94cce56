/**
 * The final exam (结业考试): start an attempt, answer (saved as you go, so a reload resumes),
 * submit (with a confirmation when questions are unanswered, or automatically when time runs
 * out), then see the result, a review of every question and the attempts so far.
 *
 * The questions are not in the page: the island fetches the pool file (exam-pool.ts) when it
 * starts. Until it has the pool it shows only that it is loading (or 「重试」) and never decodes or
 * saves the exam's state (ExamSession mounts only then), since decoding against no questions would
 * drop the attempt's answers.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
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
  type ExamState,
} from './exam';
import { fetchExamPool, type ExamPool } from './exam-pool';

interface Props {
  /** The pool file's root path, `/exam/pool-<hash>.json`. */
  poolPath: string;
  config: ExamConfig;
  instructions?: ComponentChildren;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

type PoolLoad = { pool: ExamPool } | 'loading' | 'failed';

/** Fetches the pool file once the island runs (not during the build) and again on `retry`. */
function useExamPool(path: string): { load: PoolLoad; retry: () => void } {
  const [load, setLoad] = useState<PoolLoad>('loading');
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    setLoad('loading');
    fetchExamPool(import.meta.env.SCORM_PACKAGE ? siteHref(path) : path).then(
      (pool) => current && setLoad(pool ? { pool } : 'failed'),
    );
    return () => {
      current = false;
    };
  }, [path, tries]);
  return { load, retry: () => setTries((count) => count + 1) };
}

// The frame reads the saved record only (its status line and reset); ExamSession decodes and saves the state.
const readNothing = () => null;
const neverDone = () => false;

export default function FinalExam({ poolPath, config, instructions }: Props) {
  const { load, retry } = useExamPool(poolPath);
  const { record, reset } = useSavedExercise<ExamState>(EXAM_ID, readNothing, emptyExamState, neverDone);
  // One frame throughout: the section, its heading and the instructions stay put when the pool arrives.
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
      {typeof load === 'object' ? (
        <ExamSession pool={load.pool} config={config} />
      ) : load === 'failed' ? (
        <div class="check-result" role="alert">
          <p>
            题库没能载入，暂时不能开始或继续考试。{record ? '已作答的内容仍保存在本浏览器，不会丢失。' : ''}
            请检查网络连接后重试；仍然不行，请刷新页面。
          </p>
          <p class="exam-start">
            <button type="button" class="button button--primary" onClick={retry}>
              重试
            </button>
          </p>
        </div>
      ) : (
        <p class="exam-hint" role="status">
          正在载入题库…
        </p>
      )}
    </ExerciseFrame>
  );
}

function ExamSession({ pool: { questions: pool, modules }, config }: { pool: ExamPool; config: ExamConfig }) {
  const questions = useMemo(() => new Map(pool.map((question) => [question.id, question])), [pool]);
  const parse = (value: unknown) => parseExamState(value, questions);
  const { state, restored, update } = useSavedExercise<ExamState>(
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

  return state.current ? (
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
      {state.history.length > 0 && <ExamHistory history={state.history} shownId={shown?.id ?? null} onShow={show} />}
    </>
  );
}

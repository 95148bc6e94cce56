/** A submitted attempt: the score, pass or fail, the score by module, and every question reviewed. */
import { useEffect, useRef } from 'preact/hooks';
import QuestionView from './QuestionView';
import { answerFor, type ExamModule, type SubmittedAttempt } from './exam';
import type { Question } from '../../schemas/quiz';

interface Props {
  attempt: SubmittedAttempt;
  questions: ReadonlyMap<string, Question>;
  modules: readonly ExamModule[];
  /** The attempt just taken (rather than an older one opened from the history). */
  latest: boolean;
  /** Just submitted: the headline takes focus (and so the view), where the 交卷 button was a moment ago. */
  focus?: boolean;
}

const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
const percentOf = (earned: number, possible: number) => (possible ? Math.round((earned / possible) * 100) : 0);

export default function ExamResult({ attempt, questions, modules, latest, focus = false }: Props) {
  const headline = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    headline.current?.focus({ preventScroll: true });
    headline.current?.scrollIntoView({ block: 'start' });
  }, [focus, attempt.id]);
  const shownIds = attempt.questionIds.filter((id) => questions.has(id));
  return (
    <section class="exam-result" aria-labelledby="exam-result-title">
      <div class={attempt.passed ? 'check-result check-result--pass' : 'check-result'} role="status">
        <h3 id="exam-result-title" tabIndex={-1} ref={headline}>
          {latest ? '本次成绩' : '历史成绩'}：{attempt.percent}% · {attempt.passed ? '通过 ✓' : '未通过'}
        </h3>
        <p>
          考试编号 {attempt.id} · 交卷时间 {dateTime(attempt.submittedAt)} · 及格线 {attempt.passPercent}%
        </p>
        <p>
          {attempt.passed
            ? '恭喜通过结业考试！可以打开结业证书，填上姓名后打印或保存。'
            : '没有关系：看看下面每道题的解析，把薄弱的模块再读一遍，然后再考一次。每次都会重新抽题。'}
        </p>
      </div>
      <div class="table-scroll">
        <table class="exam-modules">
          <caption>各模块得分</caption>
          <thead>
            <tr>
              <th scope="col">模块</th>
              <th scope="col">得分 / 题数</th>
              <th scope="col">得分率</th>
            </tr>
          </thead>
          <tbody>
            {modules
              .filter((module) => attempt.byModule[module.id])
              .map((module) => {
                const score = attempt.byModule[module.id]!;
                return (
                  <tr key={module.id}>
                    <th scope="row">
                      {module.code} {module.title}
                    </th>
                    <td>
                      {score.earned} / {score.possible}
                    </td>
                    <td>{percentOf(score.earned, score.possible)}%</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      <details class="exam-review">
        <summary>逐题回顾：正确答案与解析（{shownIds.length} 题）</summary>
        <ol class="questions">
          {shownIds.map((id, index) => {
            const question = questions.get(id) as Question;
            return (
              <li key={`${attempt.id}-${id}`}>
                <QuestionView
                  question={question}
                  label={`第 ${index + 1} 题`}
                  answer={answerFor(attempt, question)}
                  seed={attempt.seed}
                  locked
                  onAnswer={() => undefined}
                />
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}

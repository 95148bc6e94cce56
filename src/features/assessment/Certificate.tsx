/**
 * The certificate for a passed final exam: the learner enters their name once (kept in this
 * browser); the course, date, score and attempt id come from the best passed attempt.
 */
import { useHydrated } from '../../exercises/shared/useHydrated';
import { useLiveStore } from '../../exercises/shared/useLiveStore';
import { $progress } from '../../stores/progress';
import { $learnerName } from '../../stores/learner';
import { EXAM_ID, certificateAttempt, parseExamHistory } from './exam';
import { siteHref } from '../../browser/site-href';
import { LEARNER_NAME_MAX, normaliseLearnerName } from '../../platform/learner';

interface Props {
  courseTitle: string;
  /** e.g. 「两天 · 7 个模块」 */
  courseScope: string;
}

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

export default function Certificate({ courseTitle, courseScope }: Props) {
  // Matches the server's HTML first (no saved data there), then shows the saved certificate.
  const restored = useHydrated();
  const saved = useLiveStore($progress).exercises[EXAM_ID];
  const name = useLiveStore($learnerName);
  const attempt = restored && saved ? certificateAttempt(parseExamHistory(saved.state)) : null;

  if (!restored) return <p class="certificate-status">正在读取你的考试记录……</p>;
  if (!attempt) {
    return (
      <div class="certificate-status" role="status">
        <p>还没有通过的结业考试记录。通过结业考试后，这里会出现你的结业证书。</p>
        <p>
          <a class="button button--primary" href={import.meta.env.SCORM_PACKAGE ? siteHref('/exam/') : '/exam/'}>
            去参加结业考试
          </a>
        </p>
      </div>
    );
  }
  return (
    <>
      <div class="certificate-controls">
        <label class="field">
          <span>证书上的姓名</span>
          <input
            type="text"
            value={name}
            maxLength={LEARNER_NAME_MAX}
            autoComplete="name"
            onInput={(event) => $learnerName.set(normaliseLearnerName(event.currentTarget.value))}
          />
        </label>
        <button type="button" class="button button--primary" disabled={!name} onClick={() => window.print()}>
          打印 / 保存为 PDF
        </button>
        {!name && <p class="exam-hint">先填上姓名，再打印证书。</p>}
      </div>
      <article class="certificate" aria-label="结业证书">
        <p class="certificate__kicker">结业证书</p>
        <p class="certificate__name">{name || '（请填写姓名）'}</p>
        <p class="certificate__text">
          完成了《{courseTitle}》（{courseScope}）的学习，并通过结业考试。
        </p>
        <dl class="certificate__facts">
          <div>
            <dt>考试成绩</dt>
            <dd>{attempt.percent}%</dd>
          </div>
          <div>
            <dt>通过日期</dt>
            <dd>{longDate(attempt.submittedAt)}</dd>
          </div>
          <div>
            <dt>考试编号</dt>
            <dd>{attempt.id}</dd>
          </div>
        </dl>
        <p class="certificate__note">本证书由课程网站根据本浏览器中的考试记录生成，评分在学员的浏览器中完成。</p>
      </article>
    </>
  );
}

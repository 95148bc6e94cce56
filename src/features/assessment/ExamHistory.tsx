/** Every submitted attempt, newest first, each openable for its result and review. */
import type { SubmittedAttempt } from './exam';

interface Props {
  history: readonly SubmittedAttempt[];
  shownId: string | null;
  onShow: (id: string) => void;
}

export default function ExamHistory({ history, shownId, onShow }: Props) {
  return (
    <div class="table-scroll">
      <table class="exam-history">
        <caption>考试记录（共 {history.length} 次）</caption>
        <thead>
          <tr>
            <th scope="col">次序</th>
            <th scope="col">交卷时间</th>
            <th scope="col">得分</th>
            <th scope="col">结果</th>
            <th scope="col">
              <span class="visually-hidden">查看</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {history
            .map((attempt, index) => ({ attempt, number: index + 1 }))
            .reverse()
            .map(({ attempt, number }) => (
              <tr key={`${attempt.id}-${number}`} aria-current={attempt.id === shownId ? 'true' : undefined}>
                <td>第 {number} 次</td>
                <td>
                  {new Date(attempt.submittedAt).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' })}
                </td>
                <td>{attempt.percent}%</td>
                <td>{attempt.passed ? '通过' : '未通过'}</td>
                <td>
                  {attempt.id === shownId ? (
                    '正在查看'
                  ) : (
                    <button type="button" class="button button--quiet" onClick={() => onShow(attempt.id)}>
                      查看第 {number} 次
                    </button>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

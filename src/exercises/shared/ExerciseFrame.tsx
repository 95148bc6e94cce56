import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLiveStore } from './useLiveStore';
import type { ExerciseRecord } from '../../platform/progress';
import { $storageNotice } from '../../stores/storage';

interface Props {
  /** DOM id prefix, also used by tests: `exercise-<id>`. */
  id: string;
  title: string;
  /** Usually static HTML passed from the page through the island's "instructions" slot. */
  instructions: ComponentChildren;
  record: ExerciseRecord | undefined;
  onReset: () => void;
  children: ComponentChildren;
  /** The small word above the title. */
  kicker?: string;
  /** What resetting clears, for its button and confirmation. */
  resetLabel?: string;
}

function savedLabel(record: ExerciseRecord | undefined, memoryOnly: boolean): string {
  if (!record) return '未开始';
  const time = new Date(record.updatedAt).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
  const where = memoryOnly ? `仅保存在本页面 ${time}` : `已自动保存 ${time}`;
  return `${record.done ? '已完成' : '进行中'} · ${where}`;
}

/** The frame every exercise shares: title, instructions, saved-state line and a confirmed reset. */
export default function ExerciseFrame({
  id,
  title,
  instructions,
  record,
  onReset,
  children,
  kicker = '练习',
  resetLabel = '重置练习',
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const notice = useLiveStore($storageNotice);
  const memoryOnly = notice === 'unavailable' || notice === 'full';
  const headingId = `exercise-${id}-title`;
  return (
    <section
      class="exercise"
      id={`exercise-${id}`}
      aria-labelledby={headingId}
      data-done={record?.done ? 'true' : 'false'}
    >
      <header class="exercise__header">
        <p class="exercise__kicker">{kicker}</p>
        <h2 id={headingId} class="exercise__title">
          {title}
        </h2>
        <p class="exercise__status" role="status" aria-live="polite">
          <span class={record?.done ? 'badge badge--done' : 'badge'}>{savedLabel(record, memoryOnly)}</span>
        </p>
      </header>
      <div class="exercise__instructions">{instructions}</div>
      <div class="exercise__body">{children}</div>
      <footer class="exercise__footer">
        {confirming ? (
          <div class="confirm" role="group" aria-label="确认重置">
            <span>{resetLabel}：清空全部作答？此操作无法撤销。</span>
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                onReset();
                setConfirming(false);
              }}
            >
              确定清空
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        ) : (
          <button type="button" class="button button--quiet" onClick={() => setConfirming(true)} disabled={!record}>
            {resetLabel}
          </button>
        )}
      </footer>
    </section>
  );
}

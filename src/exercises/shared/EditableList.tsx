import type { ComponentChildren } from 'preact';

interface Props<T extends { id: string }> {
  items: readonly T[];
  /** What one item is called, e.g. 任务 → 「第 2 项任务」, 「添加一项任务」. */
  noun: string;
  max: number;
  onAdd: () => void;
  onRemove: (id: string) => void;
  /** The fields of one item. */
  children: (item: T, index: number) => ComponentChildren;
}

/** A list of items edited as cards (tables do not fit a phone), with add and remove; shared by the planners. */
export default function EditableList<T extends { id: string }>({
  items,
  noun,
  max,
  onAdd,
  onRemove,
  children,
}: Props<T>) {
  return (
    <>
      <ol class="task-rows">
        {items.map((item, index) => (
          <li key={item.id} class="task-row" data-row={index + 1}>
            <fieldset>
              <legend>
                第 {index + 1} 项{noun}
              </legend>
              {children(item, index)}
              <button type="button" class="button button--quiet" onClick={() => onRemove(item.id)}>
                删除第 {index + 1} 项
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div class="button-row">
        <button type="button" class="button" disabled={items.length >= max} onClick={onAdd}>
          添加一项{noun}
        </button>
      </div>
    </>
  );
}

interface IssuesProps {
  /** Sentences to show; none means everything is fine. */
  messages: readonly string[];
  /** Shown when there is nothing to fix. */
  allGood: string;
  children?: ComponentChildren;
}

/** The live list of what still needs fixing, or a confirmation when nothing does. */
export function IssueList({ messages, allGood, children }: IssuesProps) {
  return (
    <div class="plan-issues" role="status" aria-live="polite">
      {messages.length === 0 ? (
        <p class="sorter-result sorter-result--all">{allGood}</p>
      ) : (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

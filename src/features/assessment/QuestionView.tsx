/**
 * One question of any type, with its input and — once checked — the feedback: what was right,
 * the right answer and the explanation. Shared by knowledge checks and the final exam.
 */
import { displayOrder, initialAnswer, scoreQuestion, type Answer, type AnyQuestion } from './quiz';

interface Props {
  question: AnyQuestion;
  /** Position label, e.g. 「第 2 题」. */
  label: string;
  answer: Answer | undefined;
  seed: number;
  /** Checked: the answer is locked and feedback is shown. */
  locked: boolean;
  onAnswer: (answer: Answer) => void;
  /** A scenario on a slide shows one part at a time (index); otherwise all parts. */
  shownPart?: number;
}

const TYPE_HINT: Record<AnyQuestion['type'], string> = {
  single: '单选',
  multiple: '多选（选出所有正确项）',
  truefalse: '判断',
  ordering: '排序（用 ↑ ↓ 调整顺序）',
  matching: '配对',
  scenario: '情景题',
};

export default function QuestionView({ question, label, answer, seed, locked, onAnswer, shownPart }: Props) {
  const name = `q-${question.id}`;
  const score = locked ? scoreQuestion(question, answer) : null;
  return (
    <fieldset
      class="question"
      data-question={question.id}
      data-result={score === null ? undefined : score === 1 ? 'right' : score > 0 ? 'partial' : 'wrong'}
    >
      <legend>
        <span class="question__label">
          {label} · {TYPE_HINT[question.type]}
        </span>
        {question.type === 'scenario' ? question.stem : question.prompt}
      </legend>
      {question.type === 'single' || question.type === 'multiple' ? (
        <ul class="question__options">
          {displayOrder(question, seed).map((index) => {
            const option = question.options[index]!;
            const chosen =
              answer?.type === 'single'
                ? answer.choice === index
                : answer?.type === 'multiple'
                  ? answer.choices.includes(index)
                  : false;
            const toggle = () => {
              if (question.type === 'single') return onAnswer({ type: 'single', choice: index });
              const current = answer?.type === 'multiple' ? answer.choices : [];
              onAnswer({
                type: 'multiple',
                choices: chosen ? current.filter((choice) => choice !== index) : [...current, index],
              });
            };
            return (
              <li key={index} class={locked ? (option.correct ? 'is-right' : chosen ? 'is-wrong' : '') : ''}>
                <label class="choice">
                  <input
                    type={question.type === 'single' ? 'radio' : 'checkbox'}
                    name={name}
                    checked={chosen}
                    disabled={locked}
                    onChange={toggle}
                  />
                  <span>{option.text}</span>
                  {locked && option.correct && <span class="mark">✓ 正确答案</span>}
                  {locked && chosen && !option.correct && <span class="mark">✗ 你的选择</span>}
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
      {question.type === 'truefalse' && (
        <ul class="question__options question__options--row">
          {[true, false].map((value) => {
            const chosen = answer?.type === 'truefalse' && answer.value === value;
            return (
              <li
                key={String(value)}
                class={locked ? (question.answer === value ? 'is-right' : chosen ? 'is-wrong' : '') : ''}
              >
                <label class="choice">
                  <input
                    type="radio"
                    name={name}
                    checked={chosen}
                    disabled={locked}
                    onChange={() => onAnswer({ type: 'truefalse', value })}
                  />
                  <span>{value ? '对' : '错'}</span>
                  {locked && question.answer === value && <span class="mark">✓</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {question.type === 'ordering' && (
        <OrderingInput question={question} answer={answer} seed={seed} locked={locked} onAnswer={onAnswer} />
      )}
      {question.type === 'matching' && (
        <MatchingInput question={question} answer={answer} seed={seed} locked={locked} onAnswer={onAnswer} />
      )}
      {question.type === 'scenario' &&
        question.questions.map((part, index) =>
          shownPart !== undefined && shownPart !== index ? null : (
            <QuestionView
              key={part.id}
              question={part}
              label={`小题 ${index + 1}`}
              answer={answer?.type === 'scenario' ? answer.parts[part.id] : undefined}
              seed={seed}
              locked={locked}
              onAnswer={(partAnswer) =>
                onAnswer({
                  type: 'scenario',
                  parts: { ...(answer?.type === 'scenario' ? answer.parts : {}), [part.id]: partAnswer },
                })
              }
            />
          ),
        )}
      {locked && question.type !== 'scenario' && (
        <div class="feedback" role="status">
          <p class="feedback__verdict">
            {score === 1
              ? '✓ 回答正确'
              : score && score > 0
                ? `部分正确（得分 ${Math.round(score * 100)}%）`
                : '✗ 回答错误'}
          </p>
          <p>{question.explanation}</p>
        </div>
      )}
      {locked && question.type === 'scenario' && (
        <div class="feedback" role="status">
          <p class="feedback__verdict">{score === 1 ? '✓ 全部正确' : `本题得分 ${Math.round((score ?? 0) * 100)}%`}</p>
          <p>{question.explanation}</p>
        </div>
      )}
    </fieldset>
  );
}

type OrderingQuestion = Extract<AnyQuestion, { type: 'ordering' }>;
type MatchingQuestion = Extract<AnyQuestion, { type: 'matching' }>;

interface InputProps<Q> {
  question: Q;
  answer: Answer | undefined;
  seed: number;
  locked: boolean;
  onAnswer: (answer: Answer) => void;
}

function OrderingInput({ question, answer, seed, locked, onAnswer }: InputProps<OrderingQuestion>) {
  const order =
    answer?.type === 'ordering' ? answer.order : (initialAnswer(question, seed) as { order: number[] }).order;
  const move = (position: number, direction: -1 | 1) => {
    const next = [...order];
    const target = position + direction;
    [next[position], next[target]] = [next[target] as number, next[position] as number];
    onAnswer({ type: 'ordering', order: next });
  };
  return (
    <>
      <ol class="ordering">
        {order.map((item, position) => (
          <li key={item} class={locked ? (item === position ? 'is-right' : 'is-wrong') : ''}>
            <span class="ordering__text">{question.items[item]}</span>
            {!locked && (
              <span class="ordering__actions">
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`上移「${question.items[item]}」`}
                  disabled={position === 0}
                  onClick={() => move(position, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`下移「${question.items[item]}」`}
                  disabled={position === order.length - 1}
                  onClick={() => move(position, 1)}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {locked && <p class="hint">正确顺序：{question.items.join(' → ')}</p>}
    </>
  );
}

function MatchingInput({ question, answer, seed, locked, onAnswer }: InputProps<MatchingQuestion>) {
  const matches = answer?.type === 'matching' ? answer.matches : question.pairs.map(() => -1);
  const rightOrder = displayOrder(question, seed);
  return (
    <ul class="matching">
      {question.pairs.map((pair, left) => (
        <li key={left} class={locked ? (matches[left] === left ? 'is-right' : 'is-wrong') : ''}>
          <label>
            <span class="matching__left">{pair.left}</span>
            <select
              disabled={locked}
              value={String(matches[left] ?? -1)}
              onChange={(event) =>
                onAnswer({
                  type: 'matching',
                  matches: matches.map((match, index) => (index === left ? Number(event.currentTarget.value) : match)),
                })
              }
            >
              <option value="-1">— 请选择 —</option>
              {rightOrder.map((right) => (
                <option key={right} value={String(right)}>
                  {question.pairs[right]!.right}
                </option>
              ))}
            </select>
          </label>
          {locked && matches[left] !== left && <span class="hint">正确：{pair.right}</span>}
        </li>
      ))}
    </ul>
  );
}

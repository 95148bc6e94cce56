/**
 * What a phone shows for the room's open item, one form per kind: a bank question (QuestionView,
 * the same as in a knowledge check), the DISC quiz (认识自己), the 峰终 ratings, a wall text, a
 * pulse. Each form sends one `LiveAnswer`; sending again replaces it on the server.
 */
import { useState } from 'preact/hooks';
import QuestionView from '../../features/assessment/QuestionView';
import { isAnswered, type Answer } from '../../features/assessment/quiz';
import type { Question } from '../../schemas/quiz';
import type { DiscQuestion } from '../../exercises/disc-quiz/content';
import { FEELING_MAX, FEELING_MIN, formatFeeling } from '../../exercises/peak-end/feeling';
import { PULSE_MAX, WALL_TEXT_MAX_LENGTH, type ItemSpec, type ItemState, type LiveAnswer } from '../protocol';

export interface FormProps<S extends ItemSpec['kind']> {
  /** What this phone sent for the item, if anything. */
  sent: Extract<LiveAnswer, { kind: S }> | undefined;
  state: ItemState;
  busy: boolean;
  onSend: (answer: Extract<LiveAnswer, { kind: S }>) => void;
}

function SendButton({ ready, busy, sent }: { ready: boolean; busy: boolean; sent: boolean }) {
  return (
    <button type="submit" class="button live-send" disabled={!ready || busy}>
      {busy ? '正在提交…' : sent ? '修改后重新提交' : '提交'}
    </button>
  );
}

export function PollForm({
  question,
  seed,
  sent,
  state,
  busy,
  onSend,
}: FormProps<'poll'> & { question: Question; seed: number }) {
  const [draft, setDraft] = useState<Answer | undefined>(sent?.answer);
  const answer = draft ?? sent?.answer;
  if (state === 'revealed')
    return (
      <QuestionView question={question} label="课堂投票" answer={sent?.answer} seed={seed} locked onAnswer={() => {}} />
    );
  if (state === 'closed')
    return <p class="live-note">{question.type === 'scenario' ? question.stem : question.prompt}</p>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (answer) onSend({ kind: 'poll', answer });
      }}
    >
      <QuestionView
        question={question}
        label="课堂投票"
        answer={answer}
        seed={seed}
        locked={false}
        onAnswer={setDraft}
      />
      <SendButton ready={isAnswered(question, answer)} busy={busy} sent={!!sent} />
    </form>
  );
}

export function DiscForm({ questions, sent, state, busy, onSend }: FormProps<'disc'> & { questions: DiscQuestion[] }) {
  const [draft, setDraft] = useState<Record<string, number>>(sent?.answers ?? {});
  const open = state === 'open';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSend({ kind: 'disc', answers: draft });
      }}
    >
      <ol class="questions">
        {questions.map((question, number) => (
          <li key={question.id}>
            <fieldset class="question">
              <legend>
                <span class="question__label">第 {number + 1} 题</span>
                {question.selfStem}
              </legend>
              <ul class="question__options">
                {question.options.map((option) => (
                  <li key={option.value}>
                    <label class="choice">
                      <input
                        type="radio"
                        name={`disc-${question.id}`}
                        checked={draft[question.id] === option.value}
                        disabled={!open}
                        onChange={() => setDraft({ ...draft, [question.id]: option.value })}
                      />
                      <span>{option.text}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </li>
        ))}
      </ol>
      {open && <SendButton ready={questions.every((question) => question.id in draft)} busy={busy} sent={!!sent} />}
    </form>
  );
}

/**
 * One slider per step of the journey, as on the module page; a step counts as rated once its slider
 * is moved or tapped (a tap where it rests rates it 0), so that nobody sends ratings they never gave.
 */
export function PeakEndForm({
  touchpoints,
  sent,
  state,
  busy,
  onSend,
}: FormProps<'peak-end'> & { touchpoints: string[] }) {
  const [draft, setDraft] = useState<(number | null)[]>(
    sent?.ratings.length === touchpoints.length ? sent.ratings : touchpoints.map(() => null),
  );
  const open = state === 'open';
  const rate = (index: number, value: number) =>
    setDraft((latest) => latest.map((rating, at) => (at === index ? value : rating)));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSend({ kind: 'peak-end', ratings: draft as number[] });
      }}
    >
      <p class="hint">拖动或点一下滑块，给每一步的感受打分：−5 很糟，0 一般，+5 很棒。</p>
      <ol class="live-ratings">
        {touchpoints.map((name, index) => {
          const rating = draft[index] ?? null;
          const shown = rating === null ? '未打分' : formatFeeling(rating);
          return (
            <li key={index} class="live-ratings__row">
              <label class="live-ratings__name" for={`live-rating-${index}`}>
                {index + 1}. {name}
              </label>
              {/* The slider says the same to assistive technology (aria-valuetext). */}
              <span class="live-ratings__value" aria-hidden="true" data-rated={rating !== null}>
                {shown}
              </span>
              <input
                id={`live-rating-${index}`}
                type="range"
                min={FEELING_MIN}
                max={FEELING_MAX}
                step={1}
                value={rating ?? 0}
                aria-valuetext={shown}
                disabled={!open}
                onInput={(event) => rate(index, Number(event.currentTarget.value))}
                onClick={(event) => rate(index, Number(event.currentTarget.value))}
              />
            </li>
          );
        })}
      </ol>
      {open && <SendButton ready={draft.every((rating) => rating !== null)} busy={busy} sent={!!sent} />}
    </form>
  );
}

export function WallForm({ prompt, sent, state, busy, onSend }: FormProps<'wall'> & { prompt: string }) {
  const [draft, setDraft] = useState(sent?.text ?? '');
  const open = state === 'open';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSend({ kind: 'wall', text: draft.trim() });
      }}
    >
      <label class="live-field">
        <span>{prompt}</span>
        <textarea
          value={draft}
          maxLength={WALL_TEXT_MAX_LENGTH}
          rows={3}
          disabled={!open}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </label>
      <p class="hint">
        {draft.length} / {WALL_TEXT_MAX_LENGTH} 字
      </p>
      {open && <SendButton ready={!!draft.trim()} busy={busy} sent={!!sent} />}
    </form>
  );
}

export function PulseForm({ scale, sent, state, busy, onSend }: FormProps<'pulse'> & { scale: 'five' | 'agree' }) {
  const choices =
    scale === 'five'
      ? Array.from({ length: PULSE_MAX }, (_, index) => ({ value: index + 1, label: String(index + 1) }))
      : [
          { value: 1, label: '同意' },
          { value: 0, label: '不同意' },
        ];
  return (
    <div class="live-pulse" role="group" aria-label={scale === 'five' ? '1 到 5 打分' : '同意或不同意'}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          class="button live-pulse__choice"
          aria-pressed={sent?.value === choice.value}
          disabled={busy || state !== 'open'}
          onClick={() => onSend({ kind: 'pulse', value: choice.value })}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

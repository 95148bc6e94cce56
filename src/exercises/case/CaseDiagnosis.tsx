import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import SlidePager, { pagerItem } from '../shared/SlidePager';
import QuestionView from '../../features/assessment/QuestionView';
import { useSavedExercise } from '../shared/useSavedExercise';
import { useSlidePosition } from '../shared/useSlidePosition';
import { isAnswered, parseAnswer, scoreQuestion, type Answer } from '../../features/assessment/quiz';
import type { CaseExercise } from '../../schemas/case';
import type { SavedExerciseId } from '../../stores/exercise';

interface State {
  answer: Answer | undefined;
  checked: boolean;
  /** Attempt number, also the shuffle seed. */
  attempt: number;
}

interface Props {
  exerciseId: SavedExerciseId;
  case: CaseExercise;
  instructions?: ComponentChildren;
  /** On a slide: the story with one sub-question at a time. */
  slide?: boolean;
}

/** A case story with its diagnosis questions, checked with feedback; shares QuestionView with the quizzes. */
export default function CaseDiagnosis({ exerciseId, case: story, instructions, slide = false }: Props) {
  const { question } = story;
  const parse = (value: unknown): State | null => {
    if (typeof value !== 'object' || value === null) return null;
    const raw = value as Record<string, unknown>;
    const attempt = Number.isInteger(raw.attempt) && (raw.attempt as number) > 0 ? (raw.attempt as number) : 1;
    return { answer: parseAnswer(question, raw.answer), checked: raw.checked === true, attempt };
  };
  const { state, record, save, reset } = useSavedExercise<State>(exerciseId, parse, () => ({ answer: undefined, checked: false, attempt: 1 }));
  const score = scoreQuestion(question, state.answer);
  const update = (next: State) => save(next, next.checked && scoreQuestion(question, next.answer) === 1);
  const parts = question.type === 'scenario' ? question.questions : [];
  const [shownPart, setShownPart] = useSlidePosition(exerciseId, parts.length);
  const partAnswer = (id: string) => (state.answer?.type === 'scenario' ? state.answer.parts[id] : undefined);

  return (
    <ExerciseFrame id={exerciseId} title={story.title} record={record} onReset={reset} instructions={instructions}>
      <QuestionView question={question} label="案例" answer={state.answer} seed={state.attempt} locked={state.checked} onAnswer={(answer) => update({ ...state, answer })} shownPart={slide && parts.length > 1 ? shownPart : undefined} />
      {slide && parts.length > 1 && (
        <SlidePager
          unit="题"
          index={shownPart}
          onChange={setShownPart}
          items={parts.map((part, position) => {
            const answer = partAnswer(part.id);
            return pagerItem(position, state.checked ? (scoreQuestion(part, answer) === 1 ? 'right' : 'wrong') : undefined, isAnswered(part, answer) ? '已作答' : null);
          })}
        />
      )}
      <div class="button-row">
        {state.checked ? (
          <button type="button" class="button" onClick={() => update({ answer: undefined, checked: false, attempt: state.attempt + 1 })}>
            再诊断一次
          </button>
        ) : (
          <button type="button" class="button button--primary" disabled={!isAnswered(question, state.answer)} onClick={() => update({ ...state, checked: true })}>
            核对
          </button>
        )}
      </div>
      {state.checked && (
        <p class={score === 1 ? 'sorter-result sorter-result--all' : 'sorter-result'} role="status">
          {score === 1 ? '诊断完全正确！' : `诊断得分 ${Math.round(score * 100)}%。读一读解析，再诊断一次。`}
        </p>
      )}
    </ExerciseFrame>
  );
}

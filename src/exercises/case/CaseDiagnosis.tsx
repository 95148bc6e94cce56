import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import SlidePager, { pagerItem } from '../shared/SlidePager';
import QuestionView from '../../features/assessment/QuestionView';
import { useSavedExercise } from '../shared/useSavedExercise';
import { useSlidePosition } from '../shared/useSlidePosition';
import { isAnswered, scoreQuestion } from '../../features/assessment/quiz';
import {
  answerCase,
  checkCase,
  emptyCaseState,
  isCaseSolved,
  parseCaseState,
  retryCase,
  type CaseState,
} from './logic';
import type { CaseExercise } from './content';
import type { SavedExerciseId } from '../../stores/exercise';

interface Props {
  /** From the registry. */
  title: string;
  exerciseId: SavedExerciseId;
  case: CaseExercise;
  instructions?: ComponentChildren;
  /** On a slide: the story with one sub-question at a time. */
  slide?: boolean;
}

/** A case story with its diagnosis questions, checked with feedback; shares QuestionView with the quizzes. */
export default function CaseDiagnosis({ title, exerciseId, case: story, instructions, slide = false }: Props) {
  const { question } = story;
  const parse = (value: unknown) => parseCaseState(value, question);
  const { state, record, update, reset } = useSavedExercise<CaseState>(
    exerciseId,
    parse,
    emptyCaseState,
    (next: CaseState) => isCaseSolved(next, question),
  );
  const score = scoreQuestion(question, state.answer);
  const parts = question.type === 'scenario' ? question.questions : [];
  const [shownPart, setShownPart] = useSlidePosition(exerciseId, parts.length);
  const partAnswer = (id: string) => (state.answer?.type === 'scenario' ? state.answer.parts[id] : undefined);

  return (
    <ExerciseFrame id={exerciseId} title={title} record={record} onReset={reset} instructions={instructions}>
      <QuestionView
        question={question}
        label="案例"
        answer={state.answer}
        seed={state.attempt}
        locked={state.checked}
        onAnswer={(answer) => update((latest) => answerCase(latest, answer))}
        shownPart={slide && parts.length > 1 ? shownPart : undefined}
      />
      {slide && parts.length > 1 && (
        <SlidePager
          unit="题"
          index={shownPart}
          onChange={setShownPart}
          items={parts.map((part, position) => {
            const answer = partAnswer(part.id);
            return pagerItem(
              position,
              state.checked ? (scoreQuestion(part, answer) === 1 ? 'right' : 'wrong') : undefined,
              isAnswered(part, answer) ? '已作答' : null,
            );
          })}
        />
      )}
      <div class="button-row">
        {state.checked ? (
          <button type="button" class="button" onClick={() => update(retryCase)}>
            再诊断一次
          </button>
        ) : (
          <button
            type="button"
            class="button button--primary"
            disabled={!isAnswered(question, state.answer)}
            onClick={() => update((latest) => checkCase(latest, question))}
          >
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

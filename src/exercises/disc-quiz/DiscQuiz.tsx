import { useEffect, useRef, useState } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import QuadrantChart from './QuadrantChart';
import { useSavedExercise } from '../shared/useSavedExercise';
import { useSlidePosition } from '../shared/useSlidePosition';
import {
  CHART_QUADRANTS,
  discResult,
  emptyDiscState,
  isDiscDone,
  parseDiscState,
  withAnswer,
  withoutAnswers,
  type DiscState,
} from './logic';
import type { DiscMode, DiscModeText, DiscProfile, DiscQuestion, DiscResultHints, DiscTypeId } from './content';

const MODES: readonly DiscMode[] = ['customer', 'self'];

interface Props {
  /** From the registry. */
  title: string;
  /** Modes, questions and profiles (content/exercises/disc-quiz.yaml) arrive as props, so the course text ships in the HTML, not the JS. */
  modes: Readonly<Record<DiscMode, DiscModeText>>;
  questions: readonly DiscQuestion[];
  profiles: Readonly<Record<DiscTypeId, DiscProfile>>;
  resultHints: DiscResultHints;
  /** Static HTML from the page (Astro slot "instructions"). */
  instructions?: preact.ComponentChildren;
  /** On a slide the question (or the result) shown follows in the audience and presenter windows. */
  slide?: boolean;
}

export default function DiscQuiz({
  title,
  modes,
  questions,
  profiles,
  resultHints,
  instructions,
  slide = false,
}: Props) {
  const parse = (value: unknown) => parseDiscState(value, questions);
  const { state, record, restored, update, reset } = useSavedExercise<DiscState>(
    'disc-quiz',
    parse,
    emptyDiscState,
    (next: DiscState) => isDiscDone(next, questions),
  );
  const answers = state.answers[state.mode];
  const firstOpen = questions.findIndex((question) => answers[question.id] === undefined);
  const [ownIndex, setOwnIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [reviewing, setReviewing] = useState(false);
  // On a slide, one shared step: a question (0 … n−1) or the result (n).
  const [slideStep, setSlideStep] = useSlidePosition('disc-quiz', questions.length + 1);
  // Once saved answers are restored, resume at the first unanswered question.
  useEffect(() => {
    if (restored && firstOpen > 0) setOwnIndex(firstOpen);
  }, [restored]);
  const result = discResult(questions, answers);
  const index = slide ? Math.min(slideStep, questions.length - 1) : ownIndex;
  const showingResult = result !== null && (slide ? slideStep === questions.length : !reviewing);
  // After 上一题/下一题 or when the result appears, move focus to the new content so keyboard and
  // screen-reader users are not left on a control that just disappeared.
  const focusTarget = useRef<HTMLElement>(null);
  const userMoved = useRef(false);
  useEffect(() => {
    if (userMoved.current) focusTarget.current?.focus();
    userMoved.current = false;
  }, [index, showingResult, state.mode]);
  const goTo = (next: number) => {
    userMoved.current = true;
    if (slide) setSlideStep(next);
    else setOwnIndex(next);
  };
  const showResult = () => {
    userMoved.current = true;
    if (slide) setSlideStep(questions.length);
    else setReviewing(false);
  };
  const question = questions[Math.min(index, questions.length - 1)]!;
  const answeredCount = Object.keys(answers).length;

  const choose = (value: number) => {
    // Completing the set does not jump to the result (arrow keys select as they move); the learner
    // opens it with 「查看结果」.
    if (!result && discResult(questions, { ...answers, [question.id]: value })) setReviewing(true);
    update((latest) => withAnswer(latest, state.mode, question.id, value));
  };
  const switchMode = (mode: DiscMode) => {
    const modeAnswers = state.answers[mode];
    const open = questions.findIndex((item) => modeAnswers[item.id] === undefined);
    goTo(open === -1 ? 0 : open);
    if (open === -1) showResult();
    else setReviewing(false);
    update((latest) => ({ ...latest, mode }));
  };
  const retake = () => {
    update((latest) => withoutAnswers(latest, state.mode));
    goTo(0);
    setReviewing(false);
  };
  const mode = modes[state.mode];

  return (
    <ExerciseFrame
      id="disc-quiz"
      title={title}
      record={record}
      onReset={() => {
        reset();
        goTo(0);
        setReviewing(false);
      }}
      instructions={instructions}
    >
      <div class="segmented" role="group" aria-label="选择作答模式">
        {MODES.map((id) => (
          <button
            key={id}
            type="button"
            class="segmented__option"
            aria-pressed={state.mode === id}
            onClick={() => switchMode(id)}
          >
            {modes[id].label}
          </button>
        ))}
      </div>
      <p class="hint">{mode.hint}</p>

      {showingResult ? (
        <DiscResultView
          headingRef={focusTarget}
          profiles={profiles}
          hints={resultHints}
          type={result.type}
          mode={state.mode}
          serveHeading={mode.serveHeading}
          x={result.x}
          y={result.y}
          tiedAxes={result.tiedAxes.length}
          borderline={result.borderline}
        >
          <div class="button-row">
            <button
              type="button"
              class="button"
              onClick={() => {
                setReviewing(true);
                goTo(0);
              }}
            >
              查看我的作答
            </button>
            <button type="button" class="button button--quiet" onClick={retake}>
              重新作答（{mode.label}）
            </button>
          </div>
        </DiscResultView>
      ) : (
        <div class="disc-question" ref={focusTarget as preact.RefObject<HTMLDivElement>} tabIndex={-1}>
          <div class="meter" aria-hidden="true">
            <span style={{ width: `${(answeredCount / questions.length) * 100}%` }} />
          </div>
          <fieldset>
            <legend>
              <span class="disc-question__count">
                第 {index + 1} / {questions.length} 题
              </span>
              {state.mode === 'customer' ? question.customerStem : question.selfStem}
            </legend>
            {question.options.map((option) => (
              <label key={option.text} class="choice">
                <input
                  type="radio"
                  name={`disc-${question.id}`}
                  checked={answers[question.id] === option.value}
                  onChange={() => choose(option.value)}
                />
                <span>{option.text}</span>
              </label>
            ))}
          </fieldset>
          <div class="button-row">
            <button type="button" class="button button--quiet" disabled={index === 0} onClick={() => goTo(index - 1)}>
              上一题
            </button>
            {index < questions.length - 1 ? (
              <button
                type="button"
                class="button"
                disabled={answers[question.id] === undefined}
                onClick={() => goTo(index + 1)}
              >
                下一题
              </button>
            ) : (
              <button type="button" class="button" disabled={!result} onClick={showResult}>
                {result ? '查看结果' : `还有 ${questions.length - answeredCount} 题未答`}
              </button>
            )}
          </div>
        </div>
      )}
    </ExerciseFrame>
  );
}

interface ResultProps {
  headingRef: preact.RefObject<HTMLElement>;
  profiles: Props['profiles'];
  hints: DiscResultHints;
  type: DiscTypeId;
  mode: DiscMode;
  serveHeading: string;
  x: number;
  y: number;
  /** How many axes totalled exactly 0 (0, 1 or 2). */
  tiedAxes: number;
  borderline: boolean;
  children: preact.ComponentChildren;
}

function DiscResultView({
  headingRef,
  profiles,
  hints,
  type,
  mode,
  serveHeading,
  x,
  y,
  tiedAxes,
  borderline,
  children,
}: ResultProps) {
  const profile = profiles[type];
  const who = mode === 'self' ? '你' : '这位客户';
  return (
    <div class="disc-result" aria-live="polite">
      <p class="disc-result__headline" ref={headingRef as preact.RefObject<HTMLParagraphElement>} tabIndex={-1}>
        {who}更接近<strong>{profile.name}</strong>（{profile.axes}）
      </p>
      {(tiedAxes > 0 || borderline) && (
        <p class="hint">
          {tiedAxes === 2 ? hints.tiedBoth : tiedAxes === 1 ? hints.tiedOne : ''}
          {borderline ? hints.borderline : ''}
        </p>
      )}
      <div class="disc-result__grid">
        <QuadrantChart
          title={`${who}的位置：${profile.name}`}
          xLabel="情感度"
          yLabel="表达度"
          quadrants={CHART_QUADRANTS.map((id) => profiles[id].name) as [string, string, string, string]}
          highlight={CHART_QUADRANTS.indexOf(type)}
          points={[{ x, y, label: mode === 'self' ? '我' : '客户' }]}
        />
        <dl class="profile">
          <dt>典型表现</dt>
          <dd>{profile.traits.join('；')}</dd>
          <dt>最怕</dt>
          <dd>{profile.fears.join('；')}</dd>
          <dt>需要</dt>
          <dd>{profile.needs.join('；')}</dd>
        </dl>
      </div>
      <h3>{serveHeading}</h3>
      <ul>
        {profile.serve.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      {mode === 'self' && <p class="callout">{profile.selfTip}</p>}
      {children}
    </div>
  );
}

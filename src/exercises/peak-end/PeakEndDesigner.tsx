import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import DraftInput from '../shared/DraftInput';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { FEELING_MAX, FEELING_MIN, formatFeeling } from './feeling';
import {
  MAX_TOUCHPOINTS,
  NAME_MAX_LENGTH,
  addTouchpoint,
  adviseJourney,
  analyseJourney,
  chartPoints,
  markerBaseline,
  namesFit,
  TICK_NAME_CHARS,
  formatScore,
  journeyOf,
  moveTouchpoint,
  parseDesigner,
  removeTouchpoint,
  summariseJourney,
  updateTouchpoint,
  type AdviceTexts,
  type DesignerState,
  type ChartFrame,
  type ChartPoint,
  type JourneyStep,
  type SummaryTexts,
  type Touchpoint,
} from './logic';

/** Drawn 360×220; the bottom margin holds the −5 label above the names, so neither covers the other. */
const FRAME: ChartFrame = { width: 360, height: 220, top: 28, bottom: 36, side: 28 };
const NAMES_BASELINE = FRAME.height - 8;
/** The largest label sizes any screen draws (slides: names 15, 峰/终 17; phones: 18 for all). */
const NAME_UNITS = 15;
const LABEL_UNITS = 18;

interface Props {
  /** From the registry. */
  title: string;
  /** The typical hall visit the exercise starts from, and the IKEA visit of the case (content/exercises/peak-end.yaml). */
  hallJourney: readonly JourneyStep[];
  ikeaJourney: readonly JourneyStep[];
  /** Advice sentences, passed as props so their text ships in the HTML. */
  adviceTexts: AdviceTexts;
  /** The sentences under the scores: peak and end, a tie, what the other scores show. */
  summaryTexts: SummaryTexts;
  /** Static HTML from the page (Astro slot "instructions"). */
  instructions?: ComponentChildren;
}

export default function PeakEndDesigner({
  title,
  hallJourney,
  ikeaJourney,
  adviceTexts,
  summaryTexts,
  instructions,
}: Props) {
  const initial = (): DesignerState => ({ touchpoints: journeyOf(hallJourney), compareIkea: false, submitted: false });
  const { state, record, update, reset } = useSavedExercise<DesignerState>(
    'peak-end',
    parseDesigner,
    initial,
    (next: DesignerState) => next.submitted,
  );
  const [newName, setNewName] = useState('');
  const { touchpoints } = state;
  const analysis = analyseJourney(touchpoints);
  const advice = adviseJourney(touchpoints, adviceTexts);
  const ikea = journeyOf(ikeaJourney);
  const ikeaAnalysis = analyseJourney(ikea);

  const changeJourney = (change: (latest: readonly Touchpoint[]) => Touchpoint[]) =>
    update((latest) => ({ ...latest, touchpoints: change(latest.touchpoints) }));
  const add = (event: Event) => {
    event.preventDefault();
    if (!newName.trim()) return;
    changeJourney((latest) => addTouchpoint(latest, newName));
    setNewName('');
  };

  return (
    <ExerciseFrame id="peak-end" title={title} record={record} onReset={reset} instructions={instructions}>
      <ol class="journey">
        {touchpoints.map((touchpoint, index) => (
          <li key={touchpoint.id} class="journey__row">
            <span class="journey__step" aria-hidden="true">
              {index + 1}
            </span>
            <label class="journey__name">
              <span class="visually-hidden">第 {index + 1} 个触点名称</span>
              <DraftInput
                type="text"
                value={touchpoint.name}
                maxLength={NAME_MAX_LENGTH}
                onValue={(name) => changeJourney((latest) => updateTouchpoint(latest, touchpoint.id, { name }))}
              />
            </label>
            <label class="journey__feeling">
              <span class="visually-hidden">「{touchpoint.name}」的感受分</span>
              <input
                type="range"
                min={FEELING_MIN}
                max={FEELING_MAX}
                step={1}
                value={touchpoint.feeling}
                aria-valuetext={formatFeeling(touchpoint.feeling)}
                onInput={(event) => {
                  const feeling = Number(event.currentTarget.value);
                  changeJourney((latest) => updateTouchpoint(latest, touchpoint.id, { feeling }));
                }}
              />
              <output class={touchpoint.feeling < 0 ? 'score score--low' : 'score'}>
                {formatFeeling(touchpoint.feeling)}
              </output>
            </label>
            <label class="journey__minutes">
              <span class="visually-hidden">「{touchpoint.name}」的分钟数</span>
              <DraftInput
                type="number"
                inputMode="numeric"
                min={0}
                max={240}
                placeholder="分钟"
                value={touchpoint.minutes ?? ''}
                onValue={(text) => {
                  const minutes = text === '' ? null : Number(text);
                  changeJourney((latest) => updateTouchpoint(latest, touchpoint.id, { minutes }));
                }}
              />
              <span aria-hidden="true">分钟</span>
            </label>
            <span class="journey__actions">
              <button
                type="button"
                class="icon-button"
                aria-label={`把「${touchpoint.name}」上移`}
                disabled={index === 0}
                onClick={() => changeJourney((latest) => moveTouchpoint(latest, touchpoint.id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={`把「${touchpoint.name}」下移`}
                disabled={index === touchpoints.length - 1}
                onClick={() => changeJourney((latest) => moveTouchpoint(latest, touchpoint.id, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={`删除「${touchpoint.name}」`}
                onClick={() => changeJourney((latest) => removeTouchpoint(latest, touchpoint.id))}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form class="inline-form" onSubmit={add}>
        <label>
          <span>新增触点</span>
          <input
            type="text"
            value={newName}
            maxLength={NAME_MAX_LENGTH}
            placeholder="例如：填写资料"
            onInput={(event) => setNewName(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={touchpoints.length >= MAX_TOUCHPOINTS || !newName.trim()}>
          添加
        </button>
        {touchpoints.length >= MAX_TOUCHPOINTS && <span class="hint">最多 {MAX_TOUCHPOINTS} 个触点。</span>}
      </form>

      <label class="toggle">
        <input
          type="checkbox"
          checked={state.compareIkea}
          onChange={(event) => {
            const compareIkea = event.currentTarget.checked;
            update((latest) => ({ ...latest, compareIkea }));
          }}
        />
        <span>叠加「宜家」案例的曲线作对比</span>
      </label>

      {analysis ? (
        <>
          <JourneyChart
            touchpoints={touchpoints}
            peakIndex={analysis.peakIndex}
            compare={state.compareIkea ? ikea : null}
          />
          {state.compareIkea && <p class="hint chart-legend">实线：你的设计 · 虚线：宜家（只比较曲线的形状）</p>}
          <dl class="scoreboard">
            <div>
              <dt>客户记住的分数（峰 + 终）÷ 2</dt>
              <dd data-testid="remembered">{formatScore(analysis.remembered)}</dd>
            </div>
            <div>
              <dt>平均感受</dt>
              <dd data-testid="average">{formatScore(analysis.average)}</dd>
            </div>
            {analysis.timeWeighted !== null && (
              <div>
                <dt>按时长加权</dt>
                <dd>{formatScore(analysis.timeWeighted)}</dd>
              </div>
            )}
            {state.compareIkea && ikeaAnalysis && (
              <div>
                <dt>宜家：记住 / 平均</dt>
                <dd>
                  {formatScore(ikeaAnalysis.remembered)} / {formatScore(ikeaAnalysis.average)}
                </dd>
              </div>
            )}
          </dl>
          <p class="hint" data-testid="summary">
            {summariseJourney(touchpoints, summaryTexts)}
          </p>
          <h3>改进建议</h3>
          <ul class="advice" aria-live="polite">
            {advice.map((item) => (
              <li key={item.kind + item.text} data-kind={item.kind}>
                {item.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="hint">还没有触点。先添加一个，比如「进门迎接」。</p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={touchpoints.length < 2 || state.submitted}
          onClick={() => update((latest) => ({ ...latest, submitted: true }))}
        >
          {state.submitted ? '已完成设计 ✓' : '完成设计'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => changeJourney(() => journeyOf(hallJourney))}>
          恢复为典型营业厅
        </button>
      </div>
    </ExerciseFrame>
  );
}

interface ChartProps {
  touchpoints: readonly Touchpoint[];
  peakIndex: number;
  compare: readonly Touchpoint[] | null;
}

function JourneyChart({ touchpoints, peakIndex, compare }: ChartProps) {
  const points = chartPoints(touchpoints, FRAME);
  const comparePoints = compare ? chartPoints(compare, FRAME) : [];
  const zeroY = FRAME.top + (FRAME.height - FRAME.top - FRAME.bottom) / 2;
  const bottomY = FRAME.height - FRAME.bottom;
  const endIndex = points.length - 1;
  const step = points.length > 1 ? (points[1] as ChartPoint).x - (points[0] as ChartPoint).x : FRAME.width;
  const named = namesFit(
    touchpoints.map((touchpoint) => touchpoint.name),
    step,
    NAME_UNITS,
  );
  const line = (list: readonly { x: number; y: number }[]) => list.map((point) => `${point.x},${point.y}`).join(' ');
  const description = touchpoints
    .map((touchpoint) => `${touchpoint.name} ${formatFeeling(touchpoint.feeling)}`)
    .join(',');
  return (
    <svg
      class={named ? 'journey-chart' : 'journey-chart journey-chart--numbered'}
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      role="img"
      aria-label={`体验曲线：${description}`}
    >
      <line x1={FRAME.side} y1={zeroY} x2={FRAME.width - FRAME.side} y2={zeroY} class="axis" />
      <text x={4} y={FRAME.top + 4} class="axis-label">
        +5
      </text>
      <text x={4} y={zeroY + 4} class="axis-label">
        0
      </text>
      <text x={4} y={bottomY + 4} class="axis-label">
        −5
      </text>
      {compare && <polyline points={line(comparePoints)} class="curve curve--compare" />}
      <polyline points={line(points)} class="curve" />
      {points.map((point, index) => (
        <g key={touchpoints[index]?.id}>
          <circle
            cx={point.x}
            cy={point.y}
            r={index === peakIndex || index === endIndex ? 9 : 6}
            class={index === peakIndex ? 'dot dot--peak' : index === endIndex ? 'dot dot--end' : 'dot'}
          />
          {(index === peakIndex || index === endIndex) && (
            <text
              x={point.x}
              y={markerBaseline(point.y, zeroY, LABEL_UNITS, 0, NAMES_BASELINE - LABEL_UNITS - 2)}
              text-anchor="middle"
              class="marker"
            >
              {index === peakIndex && index === endIndex ? '峰/终' : index === peakIndex ? '峰' : '终'}
            </text>
          )}
          {/* Where names would overlap (a phone, a long journey) the rows' numbers stand for them. */}
          <text x={point.x} y={NAMES_BASELINE} text-anchor="middle" class="tick tick--name">
            {(touchpoints[index]?.name ?? '').slice(0, TICK_NAME_CHARS)}
          </text>
          <text x={point.x} y={NAMES_BASELINE} text-anchor="middle" class="tick tick--number">
            {index + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}

import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import {
  GAIN_MAX,
  LEVERS,
  additiveGain,
  checkBaseline,
  compoundBeatsAdding,
  compoundGain,
  gainFactors,
  improvedPerformance,
  initialPlan,
  parsePlan,
  performanceOf,
  rankLevers,
  repeatOf,
  withBaselineValue,
  withEffort,
  withGain,
  zeroFactors,
  type Baseline,
  type Lever,
  type PlanState,
} from './logic';
import type { Content } from './content';
import { fillTemplate } from '../../platform/template';

interface Props {
  /** From the registry. */
  title: string;
  /** The numbers the exercise opens with, and the labels (content/exercises/performance-formula.yaml), as props so they ship in the HTML. */
  exampleHall: Baseline;
  leverNames: Readonly<Record<Lever, string>>;
  baselineLabels: Content['baselineLabels'];
  /** How 复购量 is made: shown under the formula. */
  repeatHint: string;
  /** Shown when a direct factor is 0 (`{factor}`). */
  zeroFactor: string;
  /** Why the gains multiply, filled with the learner's gains. */
  compoundHint: Content['compoundHint'];
  /** Static HTML from the page (Astro slot "instructions"). */
  instructions?: ComponentChildren;
}

const STEPS: Record<keyof Baseline, string> = {
  customers: '1',
  conversion: '0.1',
  basket: '0.1',
  repeatRate: '1',
  extension: '0.1',
};
const FIELD_KEYS = Object.keys(STEPS) as (keyof Baseline)[];

const number = (value: number, digits = 0) =>
  value.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** A field being typed can be empty (NaN): the formula shows a dash there. */
const typed = (value: number, digits = 0) => (Number.isFinite(value) ? number(value, digits) : '—');

export default function PerformanceFormula({
  title,
  exampleHall,
  leverNames,
  baselineLabels,
  repeatHint,
  zeroFactor,
  compoundHint,
  instructions,
}: Props) {
  const { state, record, update, reset } = useSavedExercise<PlanState>(
    'performance-formula',
    parsePlan,
    () => initialPlan(exampleHall),
    (next: PlanState) => next.submitted,
  );
  const fields = FIELD_KEYS.map((key) => ({ key, ...baselineLabels[key], step: STEPS[key] }));
  const errors = checkBaseline(state.baseline);
  const valid = Object.keys(errors).length === 0;
  const before = valid ? performanceOf(state.baseline) : null;
  const after = valid ? improvedPerformance(state.baseline, state.gains) : null;
  const ranking = rankLevers(state.gains, state.efforts);
  const zeros = valid ? zeroFactors(state.baseline) : [];
  const compound = `+${number(compoundGain(state.gains), 1)}%`;
  const factors = gainFactors(state.gains);

  return (
    <ExerciseFrame id="performance-formula" title={title} record={record} onReset={reset} instructions={instructions}>
      <h3 class="exercise__step">1. 你的厅现在的样子</h3>
      <div class="field-grid">
        {fields.map((field) => (
          // The message describes the field (aria-describedby); inside the label it would become part of its name.
          <div key={field.key} class="field">
            <label for={`pf-${field.key}`}>
              {field.label}（{field.unit}）
            </label>
            <input
              id={`pf-${field.key}`}
              type="number"
              inputMode="decimal"
              min="0"
              step={field.step}
              value={Number.isFinite(state.baseline[field.key]) ? state.baseline[field.key] : ''}
              aria-invalid={errors[field.key] ? 'true' : 'false'}
              aria-describedby={errors[field.key] ? `pf-${field.key}-error` : undefined}
              aria-errormessage={errors[field.key] ? `pf-${field.key}-error` : undefined}
              onInput={(event) => {
                const value = event.currentTarget.value === '' ? Number.NaN : Number(event.currentTarget.value);
                update((latest) => withBaselineValue(latest, field.key, value));
              }}
            />
            {errors[field.key] && (
              <span class="field__error" id={`pf-${field.key}-error`}>
                {errors[field.key]}
              </span>
            )}
          </div>
        ))}
      </div>
      <p class="formula" aria-live="polite">
        业绩 = {typed(state.baseline.customers)} × {typed(state.baseline.conversion, 1)}% ×{' '}
        {typed(state.baseline.basket, 1)} × {valid ? number(repeatOf(state.baseline), 2) : '—'}
        {' = '}
        <strong data-testid="baseline">{before === null ? '—' : number(before)}</strong>
      </p>
      {zeros.length > 0 && (
        <p class="hint formula__zero" role="status">
          {fillTemplate(zeroFactor, { factor: zeros.map((key) => baselineLabels[key].label).join('、') })}
        </p>
      )}
      <p class="hint">{repeatHint}</p>

      <h3 class="exercise__step">2. 四个因素各提升多少？每项要花多大力气？</h3>
      <div class="levers">
        {LEVERS.map((lever) => (
          <div key={lever} class="lever">
            <div class="lever__gain">
              {/* The output sits outside the label: a label names its first labelable element. */}
              <label for={`pf-gain-${lever}`}>{leverNames[lever]} 提升</label>{' '}
              <output for={`pf-gain-${lever}`}>{state.gains[lever]}%</output>
              <input
                id={`pf-gain-${lever}`}
                type="range"
                min={0}
                max={GAIN_MAX}
                step={1}
                value={state.gains[lever]}
                aria-valuetext={`${state.gains[lever]}%`}
                onInput={(event) => {
                  const gain = Number(event.currentTarget.value);
                  update((latest) => withGain(latest, lever, gain));
                }}
              />
            </div>
            <label class="lever__effort">
              <span>
                <span class="visually-hidden">{leverNames[lever]}</span>所需力气
              </span>
              <select
                value={String(state.efforts[lever])}
                onChange={(event) => {
                  const effort = Number(event.currentTarget.value);
                  update((latest) => withEffort(latest, lever, effort));
                }}
              >
                {[1, 2, 3, 4, 5].map((effort) => (
                  <option key={effort} value={String(effort)}>
                    {effort} {effort === 1 ? '很容易' : effort === 5 ? '很难' : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ))}
      </div>

      <h3 class="exercise__step">3. 结果</h3>
      <dl class="scoreboard">
        <div>
          <dt>提升后的业绩</dt>
          <dd data-testid="improved">{after === null ? '—' : number(after)}</dd>
        </div>
        <div>
          <dt>实际增长（相乘）</dt>
          <dd data-testid="compound">{compound}</dd>
        </div>
        <div>
          <dt>直觉以为（相加）</dt>
          <dd>+{number(additiveGain(state.gains), 0)}%</dd>
        </div>
      </dl>
      <p class="hint" data-testid="compound-hint">
        {compoundBeatsAdding(state.gains)
          ? fillTemplate(compoundHint.more, {
              factors: factors
                .map((factor) => factor.toLocaleString('zh-CN', { maximumFractionDigits: 2 }))
                .join(' × '),
              ratio: number(
                factors.reduce((product, factor) => product * factor, 1),
                2,
              ),
              compound,
              additive: `${number(additiveGain(state.gains))}%`,
            })
          : fillTemplate(compoundHint.same, { compound })}
      </p>
      <h4>每份力气换来的增长（从高到低）</h4>
      <ol class="ranking" data-testid="ranking">
        {/* Keyed by place, not by lever: moved <li>s keep stale numbers in Chromium (「1. 8. 9. 10.」). */}
        {ranking.map((item, place) => (
          <li key={place}>
            <strong>{leverNames[item.lever]}</strong>：提升 {item.gain}%，力气 {item.effort} → 每份力气 +
            {number(item.perEffort, 1)}%
          </li>
        ))}
      </ol>
      <p class="hint">先从排在最前面的因素下手；但别只做一项——四项都动一点，相乘的效果最明显。</p>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={state.submitted || !valid}
          onClick={() => update((latest) => ({ ...latest, submitted: true }))}
        >
          {state.submitted ? '已记下我的提升计划 ✓' : '记下我的提升计划'}
        </button>
      </div>
    </ExerciseFrame>
  );
}

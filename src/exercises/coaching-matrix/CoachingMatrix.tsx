import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import ExerciseFrame from '../shared/ExerciseFrame';
import { useSavedExercise } from '../shared/useSavedExercise';
import { parseWithSubmitted } from '../shared/submitted';
import {
  MAX_MEMBERS,
  NAME_MAX,
  QUADRANTS,
  SCALE_MAX,
  addMember,
  cellAt,
  chipPlace,
  moveMember,
  nextStep,
  parseTeam,
  placeMember,
  quadrantOf,
  removeMember,
  teamOf,
  type Member,
  type Person,
  type Quadrant,
  type QuadrantText,
} from './logic';

interface State {
  team: Member[];
  submitted: boolean;
}

interface Props {
  /** From the registry. */
  title: string;
  /** Quadrant names, focus and next-step sentences (content/exercises/coaching-matrix.yaml), passed as props so the text ships in HTML. */
  texts: Record<Quadrant, QuadrantText>;
  /** The team 「载入示例团队」 loads. */
  sampleTeam: readonly Person[];
  instructions?: ComponentChildren;
}

const initial = (): State => ({ team: [], submitted: false });
const parse = (value: unknown): State | null => parseWithSubmitted(value, 'team', parseTeam);
const SCORES = Array.from({ length: SCALE_MAX }, (_, index) => index + 1);
const KEYS: Record<string, [number, number]> = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
};

export default function CoachingMatrix({ title, texts, sampleTeam, instructions }: Props) {
  const { state, record, update, reset } = useSavedExercise<State>(
    'coaching-matrix',
    parse,
    initial,
    (next: State) => next.submitted && next.team.length > 0,
  );
  const [name, setName] = useState('');
  const grid = useRef<HTMLDivElement>(null);
  const { team } = state;
  const changeTeam = (change: (latest: readonly Member[]) => Member[]) =>
    update((latest) => ({ ...latest, team: change(latest.team) }));
  const place = (id: string, where: Partial<Pick<Member, 'will' | 'skill'>>) =>
    changeTeam((latest) => placeMember(latest, id, where));

  const dropAt = (id: string, event: PointerEvent) => {
    const box = grid.current?.getBoundingClientRect();
    if (box) place(id, cellAt(event.clientX - box.left, event.clientY - box.top, box.width, box.height));
  };
  /** Members sharing a cell are fanned out a little so every chip stays visible. */
  const offsetOf = (member: Member) =>
    team
      .filter((other) => other.will === member.will && other.skill === member.skill)
      .findIndex((other) => other.id === member.id);
  const chipStyle = (member: Member) => {
    const { column, row, across, up, fanDown } = chipPlace(member);
    const fan = (fanDown ? 1 : -1) * offsetOf(member) * 14;
    // Strings, so no renderer adds "px" to the numbers.
    return {
      '--column': String(column),
      '--row': String(row),
      '--across': String(across),
      '--up': String(up),
      '--fan': `${fan}px`,
    };
  };

  return (
    <ExerciseFrame id="coaching-matrix" title={title} record={record} onReset={reset} instructions={instructions}>
      <div class="button-row">
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            changeTeam((latest) => addMember(latest, name));
            setName('');
          }}
        >
          <label>
            <span>添加成员</span>
            <input
              type="text"
              value={name}
              maxLength={NAME_MAX}
              placeholder="员工的名字或代号"
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" disabled={!name.trim() || team.length >= MAX_MEMBERS}>
            添加
          </button>
        </form>
        <button type="button" class="button button--quiet" onClick={() => changeTeam(() => teamOf(sampleTeam))}>
          载入示例团队
        </button>
      </div>

      <div class="matrix-wrap">
        <span class="matrix-axis matrix-axis--y">↑意愿</span>
        <div class="matrix" ref={grid} role="group" aria-label="意愿 × 能力矩阵：拖动或用方向键移动成员">
          {QUADRANTS.map((quadrant) => (
            <div key={quadrant} class={`matrix__cell matrix__cell--${quadrant}`}>
              <strong>{texts[quadrant].name}</strong>
              <span>{texts[quadrant].focus}</span>
            </div>
          ))}
          {team.map((member) => (
            <button
              key={member.id}
              type="button"
              class="chip"
              style={chipStyle(member)}
              aria-label={`${member.name}：意愿 ${member.will}，能力 ${member.skill}，${texts[quadrantOf(member)].name}。用方向键移动`}
              onKeyDown={(event) => {
                const move = KEYS[event.key];
                if (!move) return;
                event.preventDefault();
                changeTeam((latest) => moveMember(latest, member.id, move[0], move[1]));
              }}
              onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
              onPointerUp={(event) => {
                if (event.currentTarget.hasPointerCapture(event.pointerId)) dropAt(member.id, event);
              }}
            >
              {member.name}
            </button>
          ))}
        </div>
        <span class="matrix-axis matrix-axis--x">能力 →</span>
      </div>

      {team.length === 0 ? (
        <p class="hint">还没有成员。添加你团队里的人（可以只写代号），或先载入示例团队。</p>
      ) : (
        <ul class="members">
          {team.map((member) => {
            const quadrant = quadrantOf(member);
            return (
              <li key={member.id} class="member" data-member={member.name} data-quadrant={quadrant}>
                <div class="member__head">
                  <strong>{member.name}</strong>
                  <span class={`tag tag--${quadrant}`}>{texts[quadrant].name}</span>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={`删除「${member.name}」`}
                    onClick={() => changeTeam((latest) => removeMember(latest, member.id))}
                  >
                    ✕
                  </button>
                </div>
                <div class="member__scores">
                  {(['will', 'skill'] as const).map((axis) => (
                    <label key={axis}>
                      <span>
                        <span class="visually-hidden">{member.name}的</span>
                        {axis === 'will' ? '意愿' : '能力'}
                      </span>
                      <select
                        value={String(member[axis])}
                        onChange={(event) => place(member.id, { [axis]: Number(event.currentTarget.value) })}
                      >
                        {SCORES.map((score) => (
                          <option key={score} value={String(score)}>
                            {score}
                            {score === 1 ? ' 很低' : score === SCALE_MAX ? ' 很高' : ''}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </div>
                <p class="member__step">下一步：{nextStep(member, texts)}</p>
              </li>
            );
          })}
        </ul>
      )}
      <p class="hint">1–3 分算低，4–6 分算高。同一个人做不同的事，类型可能不同：按「这件事、这段时间」来评。</p>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={team.length === 0 || state.submitted}
          onClick={() => update((latest) => ({ ...latest, submitted: true }))}
        >
          {state.submitted ? '已完成辅导安排 ✓' : '完成辅导安排'}
        </button>
      </div>
    </ExerciseFrame>
  );
}

/**
 * The room's 峰终 ratings on the projector (课堂互动): the mean rating of each touchpoint as a curve,
 * a band of ± one spread around it, and the room's peak and end marked.
 */
import type { Aggregate } from '../../live/protocol';

type PeakEndAggregate = Extract<Aggregate, { kind: 'peak-end' }>;

const WIDTH = 760;
const HEIGHT = 300;
const PAD = { left: 44, right: 20, top: 20, bottom: 72 };
const toY = (value: number) =>
  PAD.top + ((5 - Math.max(-5, Math.min(5, value))) / 10) * (HEIGHT - PAD.top - PAD.bottom);
/** One decimal with its sign, the minus as the course writes it (−). */
const one = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1).replace('-', '−'));

export default function RoomView({ aggregate, touchpoints }: { aggregate: PeakEndAggregate; touchpoints: string[] }) {
  const { means, spreads, peak, end } = aggregate;
  const step = touchpoints.length > 1 ? (WIDTH - PAD.left - PAD.right) / (touchpoints.length - 1) : 0;
  const toX = (index: number) => PAD.left + index * step;
  const rated = means.flatMap((mean, index) => (mean === null ? [] : [{ index, mean, spread: spreads[index] ?? 0 }]));
  const line = rated.map(({ index, mean }) => `${toX(index)},${toY(mean)}`).join(' ');
  const band = [
    ...rated.map(({ index, mean, spread }) => `${toX(index)},${toY(mean + (spread ?? 0))}`),
    ...[...rated].reverse().map(({ index, mean, spread }) => `${toX(index)},${toY(mean - (spread ?? 0))}`),
  ].join(' ');
  const summary = rated.map(({ index, mean }) => `${touchpoints[index]} ${one(mean)}`).join('，');
  return (
    <div class="room-peak-end">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`全班的平均体验曲线：${summary || '还没有评分'}`}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={toY(0)} y2={toY(0)} class="room-peak-end__zero" />
        {[5, 0, -5].map((value) => (
          <text key={value} x={PAD.left - 8} y={toY(value) + 5} text-anchor="end" class="room-peak-end__axis">
            {value > 0 ? `+${value}` : String(value).replace('-', '−')}
          </text>
        ))}
        {rated.length > 1 && <polygon points={band} class="room-peak-end__band" />}
        {rated.length > 1 && <polyline points={line} class="room-peak-end__line" />}
        {rated.map(({ index, mean }) => (
          <circle
            key={index}
            cx={toX(index)}
            cy={toY(mean)}
            r={index === peak || index === end ? 9 : 6}
            class={
              index === peak ? 'room-peak-end__peak' : index === end ? 'room-peak-end__end' : 'room-peak-end__point'
            }
          />
        ))}
        {touchpoints.map((name, index) => (
          <text
            key={index}
            x={toX(index)}
            y={HEIGHT - PAD.bottom + 24}
            text-anchor="middle"
            class="room-peak-end__name"
          >
            {name}
          </text>
        ))}
      </svg>
      <p class="room-peak-end__marks">
        {peak !== null && (
          <span data-room-peak>
            峰值：{touchpoints[peak]}（{one(means[peak] ?? 0)}）
          </span>
        )}
        {end !== null && (
          <span data-room-end>
            终点：{touchpoints[end]}（{one(means[end] ?? 0)}）
          </span>
        )}
      </p>
    </div>
  );
}

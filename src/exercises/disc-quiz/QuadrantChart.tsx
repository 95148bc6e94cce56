/** A 2×2 chart (−1…+1 on both axes) with labelled quadrants and marked points (unlabelled when anonymous); shared by exercises and the room's DISC view. */
interface Point {
  x: number;
  y: number;
  label: string;
}

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Quadrant names: top-left, top-right, bottom-left, bottom-right. */
  quadrants: readonly [string, string, string, string];
  /** Index (0–3, same order) of the quadrant to highlight, if any. */
  highlight?: number;
  points: readonly Point[];
}

const SIZE = 300;
const PAD = 28;
const INNER = SIZE - PAD * 2;
const toX = (x: number) => PAD + ((Math.max(-1, Math.min(1, x)) + 1) / 2) * INNER;
const toY = (y: number) => PAD + ((1 - Math.max(-1, Math.min(1, y))) / 2) * INNER;

export default function QuadrantChart({ title, xLabel, yLabel, quadrants, highlight, points }: Props) {
  const half = INNER / 2;
  const cells = [
    [PAD, PAD],
    [PAD + half, PAD],
    [PAD, PAD + half],
    [PAD + half, PAD + half],
  ] as const;
  return (
    <svg class="quadrant-chart" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title}>
      {cells.map(([x, y], index) => (
        <g key={index}>
          <rect
            x={x}
            y={y}
            width={half}
            height={half}
            class={index === highlight ? 'quadrant quadrant--on' : 'quadrant'}
          />
          <text x={x + half / 2} y={y + 22} text-anchor="middle" class="quadrant-label">
            {quadrants[index]}
          </text>
        </g>
      ))}
      <line x1={PAD} y1={SIZE / 2} x2={SIZE - PAD} y2={SIZE / 2} class="axis" />
      <line x1={SIZE / 2} y1={PAD} x2={SIZE / 2} y2={SIZE - PAD} class="axis" />
      <text x={SIZE - PAD} y={SIZE - 8} text-anchor="end" class="axis-label">{`${xLabel} →`}</text>
      <text x={10} y={PAD - 10} class="axis-label">{`↑ ${yLabel}`}</text>
      {points.map((point, index) => (
        <g key={index}>
          <circle cx={toX(point.x)} cy={toY(point.y)} r={8} class="point" />
          {point.label && (
            <text x={toX(point.x)} y={toY(point.y) - 12} text-anchor="middle" class="point-label">
              {point.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

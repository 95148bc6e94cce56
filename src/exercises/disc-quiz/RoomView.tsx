/**
 * The room's DISC result on the projector (课堂互动): every phone's point on the 2×2 chart,
 * unlabelled (anonymous), and how many of the room are of each type. Replaces 「举手统计，写在白板上」.
 */
import QuadrantChart from './QuadrantChart';
import type { Aggregate } from '../../live/protocol';
import type { DiscTypeId } from './content';

type DiscAggregate = Extract<Aggregate, { kind: 'disc' }>;

/** Quadrant order of QuadrantChart (top-left, top-right, bottom-left, bottom-right), as in DiscQuiz. */
const QUADRANT_TYPES = ['S', 'I', 'C', 'D'] as const;

interface Props {
  aggregate: DiscAggregate;
  answered: number;
  /** Each type's name from the course (D → 支配型). */
  names: Readonly<Record<DiscTypeId, string>>;
}

export default function RoomView({ aggregate, answered, names }: Props) {
  const { types, points } = aggregate;
  return (
    <div class="room-disc">
      <QuadrantChart
        title={`全班 ${answered} 人的位置`}
        xLabel="表达度"
        yLabel="情感度"
        quadrants={
          QUADRANT_TYPES.map((type) => `${type} ${names[type]} · ${types[type]} 人`) as [string, string, string, string]
        }
        points={points.map((point) => ({ ...point, label: '' }))}
      />
      <ul class="room-disc__counts" aria-label="各类型人数">
        {(['D', 'I', 'S', 'C'] as const).map((type) => (
          <li key={type} data-disc-type={type}>
            <strong>
              {type} {names[type]}
            </strong>{' '}
            {types[type]} 人
          </li>
        ))}
      </ul>
    </div>
  );
}

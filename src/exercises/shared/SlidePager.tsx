/** On a slide, an exercise shows one item at a time (a card, a sub-question); this steps through them. */
interface Item {
  /** Read out for the item's jump button, e.g. 「已放好」. */
  state: string;
  /** Shown on the jump button: a number, or ✓ / ✗ once checked. */
  mark: string;
  tone?: 'done' | 'right' | 'wrong';
}

/** An item's jump button: ✓ / ✗ once checked, else its number, marked when it has an answer (`progress`). */
export function pagerItem(position: number, result: 'right' | 'wrong' | undefined, progress: string | null): Item {
  if (result === 'right') return { state: '对了', mark: '✓', tone: 'right' };
  if (result === 'wrong') return { state: '不对', mark: '✗', tone: 'wrong' };
  return progress
    ? { state: progress, mark: String(position + 1), tone: 'done' }
    : { state: '还没作答', mark: String(position + 1) };
}

interface Props {
  /** 「张」 for cards, 「题」 for sub-questions. */
  unit: string;
  index: number;
  items: readonly Item[];
  onChange: (index: number) => void;
}

export default function SlidePager({ unit, index, items, onChange }: Props) {
  const count = items.length;
  return (
    <nav class="slide-pager" aria-label={`逐${unit}查看`}>
      <button type="button" class="button" disabled={index === 0} onClick={() => onChange(index - 1)}>
        ← 上一{unit}
      </button>
      <ol class="slide-pager__items">
        {items.map((item, position) => (
          <li key={position}>
            <button
              type="button"
              class="slide-pager__item"
              data-tone={item.tone}
              aria-current={position === index ? 'step' : undefined}
              aria-label={`第 ${position + 1} ${unit}：${item.state}`}
              onClick={() => onChange(position)}
            >
              {item.mark}
            </button>
          </li>
        ))}
      </ol>
      <span class="slide-pager__count">
        第 {index + 1} / {count} {unit}
      </span>
      <button type="button" class="button" disabled={index === count - 1} onClick={() => onChange(index + 1)}>
        下一{unit} →
      </button>
    </nav>
  );
}

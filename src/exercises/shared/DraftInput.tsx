import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'onFocus' | 'onBlur'> & {
  value: string | number;
  /** Called on every keystroke with what the field holds (the exercise decides what it keeps). */
  onValue: (text: string) => void;
};

/**
 * A text or number field that keeps what the learner is typing. Every keystroke is saved, but while
 * the field has focus a redraw (another tab saving, the exercise refusing an empty name) never
 * replaces the text under the cursor; the saved value shows again when the field loses focus.
 */
export default function DraftInput({ value, onValue, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...rest}
      value={draft ?? value}
      onFocus={() => setDraft(String(value))}
      onInput={(event) => {
        setDraft(event.currentTarget.value);
        onValue(event.currentTarget.value);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

/**
 * The trainer's phone as clicker (only with the trainer's key on the phone): ← / → move the slide
 * on the server, and the projector and presenter windows follow it.
 */
import { useState } from 'preact/hooks';
import type { Snapshot } from '../protocol';
import { liveRequest, roomPath } from './api';

interface Props {
  code: string;
  trainerKey: string;
  snapshot: Snapshot | null;
  onOffer: (snapshot: Snapshot) => void;
}

export function SlideClicker({ code, trainerKey, snapshot, onOffer }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const slide = snapshot?.slide ?? 0;
  async function move(step: -1 | 1): Promise<void> {
    const target = Math.max(0, slide + step);
    const result = await liveRequest<Snapshot>(roomPath(code, '/slide'), {
      method: 'POST',
      body: { slide: target },
      key: trainerKey,
    });
    setMessage(result.ok ? null : result.message);
    if (result.ok) onOffer(result.data);
  }
  return (
    <section class="live-clicker" aria-labelledby="live-clicker-title">
      <h2 id="live-clicker-title">讲师遥控</h2>
      <p class="live-clicker__slide" aria-live="polite">
        第 <strong data-clicker-slide>{slide + 1}</strong> 张
      </p>
      <div class="live-clicker__buttons">
        <button
          type="button"
          class="button live-clicker__button"
          aria-label="上一张"
          disabled={slide === 0}
          onClick={() => void move(-1)}
        >
          ←
        </button>
        <button type="button" class="button live-clicker__button" aria-label="下一张" onClick={() => void move(1)}>
          →
        </button>
      </div>
      {message && (
        <p class="live-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

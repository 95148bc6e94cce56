/**
 * The trainer's phone as clicker (only with the trainer's key on the phone): ← / → move the slide
 * on the server, and the projector and presenter windows follow it; below, the slide's title and its
 * trainer notes, read from the module's slide show (slide-notes.ts, a bundle of its own loaded only here).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Snapshot } from '../protocol';
import { liveRequest, roomPath } from './api';
import { DECK_EVENT, type DeckDetail, type DeckSlide } from './deck-event';
import deckUrl from './slide-notes.ts?worker&url';

interface Props {
  code: string;
  trainerKey: string;
  snapshot: Snapshot | null;
  onOffer: (snapshot: Snapshot) => void;
}

export function SlideClicker({ code, trainerKey, snapshot, onOffer }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [deck, setDeck] = useState<DeckSlide[] | null>(null);
  const notesBox = useRef<HTMLDivElement>(null);
  const slide = snapshot?.slide ?? 0;
  const moduleId = snapshot?.moduleId;
  const shown = deck?.[slide];

  useEffect(() => {
    if (!moduleId) return;
    const receive = (event: Event) => {
      const { detail } = event as CustomEvent<DeckDetail>;
      if (detail.moduleId !== moduleId) return;
      if (detail.slides) setDeck(detail.slides);
      else setMessage('读不到这个模块的幻灯片备注。');
    };
    document.addEventListener(DECK_EVENT, receive);
    import(/* @vite-ignore */ deckUrl + '#' + encodeURIComponent(moduleId)).catch(() =>
      setMessage('读不到这个模块的幻灯片备注。'),
    );
    return () => document.removeEventListener(DECK_EVENT, receive);
  }, [moduleId]);
  useEffect(() => {
    notesBox.current?.replaceChildren(...(shown?.notes ?? []).map((note) => document.importNode(note, true)));
  }, [shown]);

  async function move(step: -1 | 1): Promise<void> {
    const result = await liveRequest<Snapshot>(roomPath(code, '/slide'), {
      method: 'POST',
      body: { slide: Math.max(0, slide + step) },
      key: trainerKey,
    });
    setMessage(result.ok ? null : result.message);
    if (result.ok) onOffer(result.data);
  }
  const last = deck ? slide >= deck.length - 1 : false;
  return (
    <section class="live-clicker" aria-labelledby="live-clicker-title">
      <h2 id="live-clicker-title">讲师遥控</h2>
      <p class="live-clicker__slide" aria-live="polite">
        第 <strong data-clicker-slide>{slide + 1}</strong>
        {deck && ` / ${deck.length}`} 张{shown && `：${shown.title}`}
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
        <button
          type="button"
          class="button live-clicker__button"
          aria-label="下一张"
          disabled={last}
          onClick={() => void move(1)}
        >
          →
        </button>
      </div>
      {shown && (
        <div class="live-clicker__notes">
          <h3>讲师备注</h3>
          {!shown.notes.length && <p class="hint">这一张没有备注。</p>}
          <div ref={notesBox} data-clicker-notes />
        </div>
      )}
      {message && (
        <p class="live-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

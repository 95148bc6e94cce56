/**
 * The phone page /live/: join a room by its code (from the QR code's `?room=` or typed), with an
 * optional display name; then answer whatever the trainer has open. The participant id is kept on
 * the phone, so a reload rejoins as the same person and shows what was sent. With the trainer's
 * key on this phone it is also the clicker: ← / → move the slides for the projector and presenter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  JOIN_PATH,
  NAME_MAX_LENGTH,
  ROOM_CODE_LENGTH,
  type AnswerResponse,
  type ItemView,
  type JoinResponse,
  type LiveAnswer,
  type Snapshot,
} from '../protocol';
import { parseRoomData, roomDataPath, type RoomData } from '../room-data';
import { liveRequest, roomPath, UNREACHABLE } from './api';
import { connectRoom, type RoomConnection } from './connection';
import { participantId, saveName, savedName } from './participant';
import { localKey } from './trainer-key';
import { hashSeed } from '../../platform/random';
import { DiscForm, PeakEndForm, PollForm, PulseForm, WallForm } from './AnswerForms';
import { SlideClicker } from './SlideClicker';

const ROOM_STORAGE = 'svc-course:live-room';
const normaliseCode = (text: string) => text.replace(/\s+/g, '').toUpperCase().slice(0, ROOM_CODE_LENGTH);

function remembered(): string {
  try {
    return localStorage.getItem(ROOM_STORAGE) ?? '';
  } catch {
    return '';
  }
}
/** Keeps the room this phone is in (or, with null, forgets it) so a reload rejoins it. */
function remember(code: string | null): void {
  try {
    if (code) localStorage.setItem(ROOM_STORAGE, code);
    else localStorage.removeItem(ROOM_STORAGE);
  } catch {
    // Without storage a reload shows the join form again; the id (if kept) still rejoins.
  }
}

export default function PhoneApp() {
  const fromAddress = normaliseCode(new URLSearchParams(location.search).get('room') ?? '');
  const [code, setCode] = useState(fromAddress);
  const [name, setName] = useState(savedName);
  const [joined, setJoined] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [answers, setAnswers] = useState<Record<string, LiveAnswer>>({});
  const [data, setData] = useState<RoomData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentNote, setSentNote] = useState<string | null>(null);
  const connection = useRef<RoomConnection | null>(null);
  const me = participantId();
  const key = localKey();

  async function join(roomCode: string, displayName: string): Promise<void> {
    setBusy(true);
    setMessage(null);
    const result = await liveRequest<JoinResponse>(roomPath(roomCode, '/join'), {
      method: 'POST',
      body: { participantId: me, ...(displayName.trim() ? { name: displayName.trim() } : {}) },
    });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    saveName(displayName.trim());
    remember(roomCode);
    setAnswers(result.data.answers);
    setJoined(roomCode);
    if (!new URLSearchParams(location.search).has('room'))
      history.replaceState(null, '', `${JOIN_PATH}?room=${encodeURIComponent(roomCode)}`);
    connection.current?.close();
    connection.current = connectRoom(roomCode, setSnapshot, setTrouble);
    connection.current.offer(result.data.snapshot);
  }

  // Back to the join form: this phone stops following the room and no longer rejoins it on reload.
  function leave(): void {
    connection.current?.close();
    connection.current = null;
    remember(null);
    setJoined(null);
    setSnapshot(null);
    setAnswers({});
    setData(null);
    setMessage(null);
    setTrouble(null);
    setSentNote(null);
    setCode('');
    history.replaceState(null, '', JOIN_PATH);
  }

  // A phone that joined this room before rejoins at once (a reload, a locked phone coming back).
  useEffect(() => {
    const last = remembered();
    if (last && (!fromAddress || fromAddress === last)) void join(last, savedName());
    return () => connection.current?.close();
  }, []);

  const moduleId = snapshot?.moduleId;
  useEffect(() => {
    if (!moduleId) return;
    fetch(roomDataPath(moduleId))
      .then((response) => (response.ok ? response.json() : null))
      .then((value: unknown) => {
        const parsed = parseRoomData(value);
        if (parsed) setData(parsed);
        else setMessage('读不到本模块的题目，请刷新页面。');
      })
      .catch(() => setMessage(UNREACHABLE));
  }, [moduleId]);

  async function send(item: ItemView, answer: LiveAnswer): Promise<void> {
    if (!joined) return;
    setBusy(true);
    setMessage(null);
    setSentNote(null);
    const result = await liveRequest<AnswerResponse>(
      roomPath(joined, `/items/${encodeURIComponent(item.id)}/answers`),
      {
        method: 'POST',
        body: { participantId: me, answer },
      },
    );
    setBusy(false);
    if (!result.ok) {
      setMessage(result.message);
      // A refused answer may mean this phone missed a change (its connection went quiet): catch up.
      void connection.current?.refresh();
      return;
    }
    setAnswers((current) => ({ ...current, [item.id]: answer }));
    setSentNote('已提交。讲师结束作答前，你可以修改后重新提交。');
    connection.current?.offer(result.data.snapshot);
  }

  if (!joined)
    return (
      <form
        class="live-join"
        onSubmit={(event) => {
          event.preventDefault();
          if (code.length === ROOM_CODE_LENGTH) void join(code, name);
          else setMessage(`课堂码是 ${ROOM_CODE_LENGTH} 位，请核对投影上的课堂码。`);
        }}
      >
        <label class="live-field">
          <span>课堂码</span>
          <input
            type="text"
            value={code}
            autocomplete="off"
            autocapitalize="characters"
            inputMode="text"
            maxLength={ROOM_CODE_LENGTH + 2}
            onInput={(event) => setCode(normaliseCode(event.currentTarget.value))}
            required
          />
        </label>
        <label class="live-field">
          <span>显示名（可不填）</span>
          <input
            type="text"
            value={name}
            maxLength={NAME_MAX_LENGTH}
            autocomplete="nickname"
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button live-send" disabled={busy}>
          {busy ? '正在加入…' : '加入课堂'}
        </button>
        {message && (
          <p class="live-error" role="alert">
            {message}
          </p>
        )}
      </form>
    );

  const item = snapshot?.item ?? null;
  return (
    <div class="live-room">
      <p class="live-room__status" aria-live="polite">
        课堂 <strong data-room-code>{joined}</strong> · {snapshot?.participants ?? '—'} 人在线
        {trouble && <span class="live-room__trouble"> · 连接中断，正在重连…</span>}
      </p>
      {key && (
        <SlideClicker
          code={joined}
          trainerKey={key}
          snapshot={snapshot}
          onOffer={(next) => connection.current?.offer(next)}
        />
      )}
      <section
        class="live-item"
        aria-labelledby="live-item-title"
        data-item-kind={item?.spec.kind}
        data-item-state={item?.state}
      >
        <h2 id="live-item-title">{item ? itemTitle(item, data) : '等待讲师开始互动'}</h2>
        {item && <p class="live-item__state">{STATE_TEXT[item.state]}</p>}
        {item && data && (
          <ItemForm
            key={`${item.id}:${item.id in answers}`}
            item={item}
            data={data}
            sent={answers[item.id]}
            seed={hashSeed(me)}
            busy={busy}
            onSend={(answer) => void send(item, answer)}
          />
        )}
        {item && item.id in answers && item.state !== 'open' && <p class="live-note">你的答案已提交。</p>}
        {item && !(item.id in answers) && item.state !== 'open' && <p class="live-note">这一项你没有作答。</p>}
        {sentNote && item?.state === 'open' && (
          <p class="live-ok" role="status">
            {sentNote}
          </p>
        )}
        {message && (
          <p class="live-error" role="alert">
            {message}
          </p>
        )}
      </section>
      <button type="button" class="button button--quiet live-room__leave" onClick={leave}>
        离开房间
      </button>
    </div>
  );
}

const STATE_TEXT: Record<ItemView['state'], string> = {
  open: '正在作答',
  closed: '已结束作答，等讲师公布',
  revealed: '已公布',
};

function itemTitle(item: ItemView, data: RoomData | null): string {
  switch (item.spec.kind) {
    case 'poll':
      return '课堂投票';
    case 'disc':
      return '认识自己：你的沟通风格';
    case 'peak-end':
      return '峰终评分：给营业厅的每一步打分';
    case 'wall':
      return item.spec.prompt;
    case 'pulse':
      return item.spec.prompt || (data ? data.module.title : '快速反馈');
  }
}

function ItemForm({
  item,
  data,
  sent,
  seed,
  busy,
  onSend,
}: {
  item: ItemView;
  data: RoomData;
  sent: LiveAnswer | undefined;
  seed: number;
  busy: boolean;
  onSend: (answer: LiveAnswer) => void;
}) {
  const { spec, state } = item;
  const common = { state, busy, onSend };
  switch (spec.kind) {
    case 'poll': {
      const question = data.questions.find((candidate) => candidate.id === spec.questionId);
      if (!question) return <p class="live-error">这道题不在本模块的题库里，请告诉讲师。</p>;
      return <PollForm {...common} question={question} seed={seed} sent={sent?.kind === 'poll' ? sent : undefined} />;
    }
    case 'disc':
      return <DiscForm {...common} questions={data.disc.questions} sent={sent?.kind === 'disc' ? sent : undefined} />;
    case 'peak-end':
      return (
        <PeakEndForm {...common} touchpoints={spec.touchpoints} sent={sent?.kind === 'peak-end' ? sent : undefined} />
      );
    case 'wall':
      return <WallForm {...common} prompt="写一句话（投影上会显示）" sent={sent?.kind === 'wall' ? sent : undefined} />;
    case 'pulse':
      return <PulseForm {...common} scale={spec.scale} sent={sent?.kind === 'pulse' ? sent : undefined} />;
  }
}

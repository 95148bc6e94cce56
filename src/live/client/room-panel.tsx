/**
 * The trainer's room panel on a slide show and the presenter view (loaded by
 * src/features/slides/present-live.ts only when the live server answers). A button in the slide
 * controls opens it; it creates a room, shows the join QR code, code and address on the projector,
 * opens an activity where it belongs (DISC and 峰终 on their exercise's slide, any bank question as a
 * poll), closes and reveals it, hides wall entries, downloads the results, and keeps the slide in
 * step with the server (the trainer's phone as clicker, a presenter on another device).
 *
 * present.ts is not changed for this: the panel reads the slide shown from `[data-count]` and moves
 * the show the way the address does (`#/n` and a hashchange), so the static site carries no code for it.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CreateRoomResponse, ItemSpec, RoomsResponse, Snapshot } from '../protocol';
import { parseRoomData, roomDataPath, type RoomData } from '../room-data';
import { liveRequest, liveText, roomPath } from './api';
import { connectRoom, type RoomConnection } from './connection';
import { roomSlideOf, showSlideOf, slideToFollow } from './sync';
import { forgetKey, keyFromHash, localKey, saveKey, trainerKey } from './trainer-key';
import { ItemRoomView, itemHeading } from './RoomViews';
import { downloadText } from '../../browser/download';
import { hashForSlide } from '../../features/slides/slides';
import roomCss from './room.css?url';

interface Room {
  code: string;
  joinUrl: string;
}

interface State {
  room: Room | null;
  snapshot: Snapshot | null;
  data: RoomData | null;
  open: boolean;
  /** What covers the slide: nothing, the join card, or the open item's view. */
  cover: 'none' | 'join' | 'item';
  message: string | null;
  busy: boolean;
}

const moduleId = document.body.dataset.moduleId!;
const ROOM_STORAGE = `svc-course:live-trainer-room:${moduleId}`;

let state: State = { room: null, snapshot: null, data: null, open: false, cover: 'none', message: null, busy: false };
const listeners = new Set<() => void>();
function set(change: Partial<State>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}
function useRoomState(): State {
  const [, redraw] = useState(0);
  useEffect(() => {
    const listener = () => redraw((count) => count + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return state;
}

function savedRoom(): Room | null {
  try {
    const value = JSON.parse(localStorage.getItem(ROOM_STORAGE) ?? 'null') as Partial<Room> | null;
    return typeof value?.code === 'string' && typeof value.joinUrl === 'string'
      ? { code: value.code, joinUrl: value.joinUrl }
      : null;
  } catch {
    return null;
  }
}
function keepRoom(room: Room | null): void {
  try {
    if (room) localStorage.setItem(ROOM_STORAGE, JSON.stringify(room));
    else localStorage.removeItem(ROOM_STORAGE);
  } catch {
    // Without storage a reload forgets the room; 「加入已有课堂」 finds it again by its code.
  }
}

// ——— The slide, in step with the server ———

const count = document.querySelector<HTMLElement>('[data-count]')!;
/** The slide show's slide titles, from its overview (one `.overview__slide` per slide: number, then title). */
const titles = () =>
  [...document.querySelectorAll('[data-overview-list] .overview__slide')].map(
    (button) => button.childNodes[1]?.textContent ?? '',
  );
/** The room's number of the slide on screen (see roomSlideOf: split pages share their slide's number). */
const shownSlide = () => roomSlideOf(titles(), Number(count.textContent) - 1);
let moving = 0;
let connection: RoomConnection | null = null;

function goToSlide(slide: number): void {
  history.replaceState(null, '', hashForSlide(showSlideOf(titles(), slide)));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

async function postSlide(slide: number): Promise<void> {
  const { room } = state;
  const key = localKey();
  if (!room || !key) return;
  moving += 1;
  const result = await liveRequest<Snapshot>(roomPath(room.code, '/slide'), { method: 'POST', body: { slide }, key });
  moving -= 1;
  if (result.ok) connection?.offer(result.data);
}

function onSnapshot(snapshot: Snapshot): void {
  set({ snapshot });
  const target = slideToFollow(snapshot, shownSlide(), moving > 0);
  if (target !== null) {
    goToSlide(target);
    // A slide past this deck's end (a phone pressed → on the last one): tell the server where we are.
    if (shownSlide() !== target) void postSlide(shownSlide());
  }
}

new MutationObserver(() => {
  const slide = shownSlide();
  if (state.room && state.snapshot && state.snapshot.slide !== slide) void postSlide(slide);
  // DISC and 峰终 are offered on their own slide: redraw the panel for the new slide.
  set({});
}).observe(count, { childList: true, characterData: true, subtree: true });

// ——— The room ———

async function attach({ code, joinUrl }: Room): Promise<boolean> {
  // Only these two fields are kept (a rooms list entry carries more).
  const room = { code, joinUrl };
  const result = await liveRequest<Snapshot>(roomPath(room.code, '/snapshot'));
  if (!result.ok) {
    set({ message: result.message });
    return false;
  }
  keepRoom(room);
  connection?.close();
  set({ room, message: null });
  connection = connectRoom(room.code, onSnapshot, (message) => set({ message }));
  connection.offer(result.data);
  return true;
}

async function withKey(): Promise<string | null> {
  const key = await trainerKey();
  if (!key) set({ message: '这台设备没有讲师密钥：请用 npm run live 在终端打印的讲师链接打开本页。' });
  return key;
}

async function trainerPost(path: string, body?: unknown): Promise<boolean> {
  const { room } = state;
  const key = await withKey();
  if (!room || !key) return false;
  set({ busy: true, message: null });
  const result = await liveRequest<Snapshot | CreateRoomResponse>(roomPath(room.code, path), {
    method: 'POST',
    body,
    key,
  });
  set({ busy: false });
  if (!result.ok) {
    if (result.status === 403) forgetKey();
    set({ message: result.message });
    return false;
  }
  connection?.offer('snapshot' in result.data ? result.data.snapshot : result.data);
  return true;
}

async function createRoom(): Promise<void> {
  const key = await withKey();
  if (!key) return;
  set({ busy: true, message: null });
  const result = await liveRequest<CreateRoomResponse>('/rooms', { method: 'POST', body: { moduleId }, key });
  set({ busy: false });
  if (!result.ok) {
    if (result.status === 403) forgetKey();
    set({ message: result.message });
    return;
  }
  if (await attach({ code: result.data.code, joinUrl: result.data.joinUrl })) {
    set({ cover: 'join' });
    void postSlide(shownSlide());
  }
}

function leaveRoom(): void {
  connection?.close();
  connection = null;
  keepRoom(null);
  set({ room: null, snapshot: null, cover: 'none' });
}

async function loadData(): Promise<void> {
  const value: unknown = await fetch(roomDataPath(moduleId))
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  const data = parseRoomData(value);
  set(data ? { data } : { message: '读不到本模块的题库（/live/…json），请重新构建：npm run build。' });
}

async function download(kind: 'export.csv' | 'results.json'): Promise<void> {
  const { room } = state;
  const key = await withKey();
  if (!room || !key) return;
  const result = await liveText(roomPath(room.code, `/${kind}`), key);
  if (!result.ok) return set({ message: result.message });
  const name = `课堂-${moduleId}-${room.code}.${kind === 'export.csv' ? 'csv' : 'json'}`;
  // A UTF-8 BOM so that Excel reads the Chinese in the CSV.
  const text = kind === 'export.csv' && !result.data.startsWith('\ufeff') ? `\ufeff${result.data}` : result.data;
  if (!downloadText(name, text, kind === 'export.csv' ? 'text/csv;charset=utf-8' : 'application/json'))
    set({ message: '这个浏览器不能下载文件：请在电脑的浏览器里打开本页。' });
}

// ——— Views ———

const onSlide = (exerciseId: string) =>
  !!document.querySelector(`[data-blocks] > [data-exercise="${exerciseId}"]:not([hidden])`);

function ToggleButton() {
  const { room, snapshot, open } = useRoomState();
  return (
    <button
      type="button"
      class="controls__button room-toggle"
      aria-expanded={open}
      aria-controls="room-panel"
      onClick={() => set({ open: !open })}
    >
      {room ? `课堂 ${room.code} · ${snapshot?.participants ?? 0} 人` : '开启课堂互动'}
    </button>
  );
}

function JoinCard({ room, participants, large }: { room: Room; participants: number; large: boolean }) {
  return (
    <div class={large ? 'room-join room-join--large' : 'room-join'}>
      <img
        class="room-join__qr"
        src={`/api/live/rooms/${encodeURIComponent(room.code)}/qr.svg`}
        alt={`加入课堂的二维码：${room.joinUrl}`}
      />
      <div class="room-join__text">
        <p class="room-join__label">手机扫码，或打开下面的地址输入课堂码</p>
        <p class="room-join__code" data-room-code>
          {room.code}
        </p>
        <p class="room-join__url" data-join-url>
          {room.joinUrl}
        </p>
        <p class="room-join__count" data-participants>
          已加入 {participants} 人
        </p>
      </div>
    </div>
  );
}

function Cover() {
  const { room, snapshot, data, cover } = useRoomState();
  if (!room || cover === 'none') return null;
  const item = snapshot?.item;
  return (
    <section class="room-cover" aria-label="课堂互动" data-room-cover={cover}>
      {cover === 'join' || !item || !data ? (
        <JoinCard room={room} participants={snapshot?.participants ?? 0} large />
      ) : (
        <div class="room-item" data-item-kind={item.spec.kind} data-item-state={item.state}>
          <h2 class="room-item__title">{itemHeading(item, data)}</h2>
          <p class="room-item__answered" data-answered>
            已作答 {item.answered} / {snapshot.participants} 人{item.state === 'open' ? '' : ' · 作答已结束'}
          </p>
          <ItemRoomView
            item={item}
            data={data}
            onHide={(entryId) => void trainerPost(`/items/${encodeURIComponent(item.id)}/hide`, { entryId })}
          />
        </div>
      )}
    </section>
  );
}

function ActivityPicker({ data }: { data: RoomData }) {
  const [choice, setChoice] = useState('');
  const [prompt, setPrompt] = useState('');
  const disc = onSlide('disc-quiz');
  const peakEnd = onSlide('peak-end');
  const spec = (): ItemSpec | null => {
    if (choice === 'disc') return { kind: 'disc' };
    if (choice === 'peak-end') return { kind: 'peak-end', touchpoints: data.peakEnd.touchpoints };
    if (choice === 'wall') return { kind: 'wall', prompt: prompt.trim() || '用一句话说说你的收获' };
    if (choice === 'pulse-five') return { kind: 'pulse', prompt: prompt.trim() || '这一段对你有用吗？', scale: 'five' };
    if (choice === 'pulse-agree')
      return { kind: 'pulse', prompt: prompt.trim() || '你同意这个观点吗？', scale: 'agree' };
    if (choice.startsWith('poll:')) return { kind: 'poll', questionId: choice.slice(5) };
    return null;
  };
  const asksPrompt = choice === 'wall' || choice.startsWith('pulse');
  return (
    <form
      class="room-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const item = spec();
        if (item) void trainerPost('/items', item).then((ok) => ok && set({ cover: 'item' }));
      }}
    >
      <label class="room-field">
        <span>互动</span>
        <select value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value="">— 选择 —</option>
          {disc && <option value="disc">DISC 认识自己（全班，本页）</option>}
          {peakEnd && <option value="peak-end">峰终评分：营业厅旅程（本页）</option>}
          <option value="wall">一句话墙</option>
          <option value="pulse-five">快速反馈：1–5 分</option>
          <option value="pulse-agree">快速反馈：同意 / 不同意</option>
          <optgroup label={`投票：${data.module.code} 题库`}>
            {data.questions.map((question, index) => (
              <option key={question.id} value={`poll:${question.id}`}>
                {index + 1}. {(question.type === 'scenario' ? question.stem : question.prompt).slice(0, 28)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {asksPrompt && (
        <label class="room-field">
          <span>题目（投影上显示）</span>
          <input type="text" value={prompt} maxLength={60} onInput={(event) => setPrompt(event.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="button room-button" disabled={!spec() || state.busy}>
        开始
      </button>
    </form>
  );
}

function ClickerLink({ room }: { room: Room }) {
  const [shown, setShown] = useState(false);
  const key = localKey();
  if (!key) return null;
  const link = `${room.joinUrl}#live-key=${encodeURIComponent(key)}`;
  return (
    <div class="room-clicker">
      <button
        type="button"
        class="button button--quiet room-button"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? '隐藏遥控链接' : '手机遥控链接（含讲师密钥）'}
      </button>
      {shown && (
        <p class="room-clicker__link">
          只在自己的手机上打开，别投影：<span data-clicker-link>{link}</span>
        </p>
      )}
    </div>
  );
}

/** This module's open rooms (a room opened on another device, or before a reload), newest first. */
function OpenRooms() {
  const [rooms, setRooms] = useState<Room[]>([]);
  useEffect(() => {
    void trainerKey().then(async (key) => {
      if (!key) return;
      const result = await liveRequest<RoomsResponse>('/rooms', { key });
      if (result.ok) setRooms(result.data.rooms.filter((candidate) => candidate.moduleId === moduleId));
    });
  }, []);
  if (!rooms.length) return null;
  return (
    <ul class="room-open-rooms" aria-label="本模块已开的课堂">
      {rooms.map((candidate) => (
        <li key={candidate.code}>
          <button type="button" class="button button--quiet room-button" onClick={() => void attach(candidate)}>
            接入课堂 {candidate.code}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Panel() {
  const { room, snapshot, data, open, cover, message, busy } = useRoomState();
  const [code, setCode] = useState('');
  if (!open) return null;
  const item = snapshot?.item;
  const itemPath = item ? `/items/${encodeURIComponent(item.id)}` : '';
  return (
    <aside id="room-panel" class="room-panel" aria-labelledby="room-panel-title">
      <h2 id="room-panel-title" class="room-panel__title">
        课堂互动
      </h2>
      {!room && (
        <>
          <button
            type="button"
            class="button button--primary room-button"
            disabled={busy}
            onClick={() => void createRoom()}
          >
            {busy ? '正在开启…' : '开启新课堂'}
          </button>
          <OpenRooms />
          <form
            class="room-picker"
            onSubmit={(event) => {
              event.preventDefault();
              if (code.trim())
                void attach({
                  code: code.trim().toUpperCase(),
                  joinUrl: `${location.origin}/live/?room=${code.trim().toUpperCase()}`,
                });
            }}
          >
            <label class="room-field">
              <span>已开的课堂（如讲师视图在另一台设备上）：课堂码</span>
              <input type="text" value={code} maxLength={8} onInput={(event) => setCode(event.currentTarget.value)} />
            </label>
            <button type="submit" class="button button--quiet room-button">
              接入
            </button>
          </form>
        </>
      )}
      {room && (
        <>
          <JoinCard room={room} participants={snapshot?.participants ?? 0} large={false} />
          <div class="room-actions">
            <button
              type="button"
              class="button button--quiet room-button"
              aria-pressed={cover === 'join'}
              onClick={() => set({ cover: cover === 'join' ? 'none' : 'join' })}
            >
              {cover === 'join' ? '收起二维码' : '投影二维码'}
            </button>
            {item && (
              <button
                type="button"
                class="button button--quiet room-button"
                aria-pressed={cover === 'item'}
                onClick={() => set({ cover: cover === 'item' ? 'none' : 'item' })}
              >
                {cover === 'item' ? '回到幻灯片' : '投影互动结果'}
              </button>
            )}
          </div>
          {data && <ActivityPicker data={data} />}
          {item && (
            <div class="room-current" data-current-item={item.state}>
              <p class="room-current__line">
                当前：{data ? itemHeading(item, data) : item.spec.kind} ·{' '}
                {item.state === 'open' ? '作答中' : item.state === 'closed' ? '已结束' : '已公布'} · {item.answered} 人
              </p>
              <div class="room-actions">
                {item.state === 'open' && (
                  <button
                    type="button"
                    class="button room-button"
                    disabled={busy}
                    onClick={() => void trainerPost(`${itemPath}/close`)}
                  >
                    结束作答
                  </button>
                )}
                {item.spec.kind === 'poll' && item.state !== 'revealed' && (
                  <button
                    type="button"
                    class="button room-button"
                    disabled={busy}
                    onClick={() => void trainerPost(`${itemPath}/reveal`).then((ok) => ok && set({ cover: 'item' }))}
                  >
                    公布
                  </button>
                )}
              </div>
            </div>
          )}
          <div class="room-actions">
            <button type="button" class="button button--quiet room-button" onClick={() => void download('export.csv')}>
              导出 CSV
            </button>
            <button
              type="button"
              class="button button--quiet room-button"
              onClick={() => void download('results.json')}
            >
              导出成绩文件
            </button>
          </div>
          <ClickerLink room={room} />
          <button type="button" class="button button--quiet room-button" onClick={leaveRoom}>
            本机退出课堂
          </button>
        </>
      )}
      {message && (
        <p class="room-message" role="alert">
          {message}
        </p>
      )}
      <button type="button" class="button button--quiet room-button" onClick={() => set({ open: false })}>
        收起面板
      </button>
    </aside>
  );
}

/** Starts the panel; `hash` is the address's fragment as the page opened (it may hold `#live-key=`). */
function mount(hash: string): void {
  // Built as its own bundle (see present-live.ts), the panel brings its stylesheet itself.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: roomCss }));
  const key = keyFromHash(hash);
  if (key) saveKey(key);
  const controls = document.querySelector('.controls')!;
  const toggle = document.createElement('span');
  toggle.className = 'room-toggle-slot';
  controls.insertBefore(toggle, controls.querySelector('.controls__exit'));
  render(<ToggleButton />, toggle);
  const root = document.createElement('div');
  root.className = 'room-root';
  document.querySelector('.present__main')!.append(root);
  render(
    <>
      <Cover />
      <Panel />
    </>,
    root,
  );
  void loadData();
  const room = savedRoom();
  if (room) void attach(room).then((ok) => ok || keepRoom(null));
  // The other window of this browser (projector or presenter) opened or left a room.
  window.addEventListener('storage', (event) => {
    if (event.key !== ROOM_STORAGE) return;
    const next = savedRoom();
    if (next && next.code !== state.room?.code) void attach(next);
    else if (!next && state.room) leaveRoom();
  });
}

mount(new URL(import.meta.url).hash);

/**
 * Keeps a page on the room's newest snapshot: WebSocket, else Server-Sent Events, else polling
 * (sync.ts decides), a fresh snapshot when the page comes back into view or the network returns
 * (iOS leaves dead sockets behind), and one gate — `offer` — that every snapshot passes through,
 * whatever brought it, so an older one never replaces a newer one.
 */
import { LIVE_API, type ServerMessage, type Snapshot } from '../protocol';
import { POLL_INTERVAL_MS, isNewer, nextTransport, retryDelay, socketUrl, type Transport } from './sync';
import { liveRequest, roomPath } from './api';

export interface RoomConnection {
  /** Hands in a snapshot from elsewhere (a POST's reply); kept only if newer. */
  offer(snapshot: Snapshot): void;
  /** Fetches the snapshot now. */
  refresh(): Promise<void>;
  close(): void;
  readonly transport: () => Transport;
}

const parseMessage = (data: unknown): Snapshot | null => {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as ServerMessage;
    return message?.type === 'snapshot' && typeof message.snapshot?.version === 'number' ? message.snapshot : null;
  } catch {
    return null;
  }
};

export function connectRoom(
  code: string,
  onSnapshot: (snapshot: Snapshot) => void,
  onTrouble: (message: string | null) => void = () => {},
): RoomConnection {
  let newest: Snapshot | null = null;
  let transport: Transport = 'WebSocket' in window ? 'socket' : 'EventSource' in window ? 'events' : 'poll';
  let closed = false;
  let failures = 0;
  let stop: () => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  const offer = (snapshot: Snapshot) => {
    if (closed || !isNewer(newest, snapshot)) return;
    newest = snapshot;
    onSnapshot(snapshot);
  };
  const refresh = async () => {
    const result = await liveRequest<Snapshot>(roomPath(code, '/snapshot'));
    if (result.ok) {
      onTrouble(null);
      offer(result.data);
    } else onTrouble(result.message);
  };

  /** Called once when the current transport ends; `opened` says whether it ever delivered. */
  const ended = (opened: boolean) => {
    stop();
    if (closed) return;
    failures = opened ? 0 : failures + 1;
    transport = nextTransport(transport, opened);
    timer = setTimeout(start, opened ? 0 : retryDelay(failures));
  };

  function start(): void {
    if (closed) return;
    if (transport === 'socket') {
      let opened = false;
      let done = false;
      const socket = new WebSocket(socketUrl(location.href, `${LIVE_API}${roomPath(code, '/socket')}`));
      const finish = () => {
        if (done) return;
        done = true;
        ended(opened);
      };
      socket.addEventListener('open', () => (opened = true));
      socket.addEventListener('message', (event) => {
        const snapshot = parseMessage(event.data);
        if (snapshot) offer(snapshot);
      });
      socket.addEventListener('close', finish);
      socket.addEventListener('error', finish);
      stop = () => {
        done = true;
        socket.close();
      };
    } else if (transport === 'events') {
      let opened = false;
      const source = new EventSource(`${LIVE_API}${roomPath(code, '/events')}`);
      source.addEventListener('open', () => (opened = true));
      source.addEventListener('message', (event) => {
        const snapshot = parseMessage(event.data);
        if (snapshot) offer(snapshot);
      });
      // EventSource reconnects by itself after a drop; only a stream that never opened falls back.
      source.addEventListener('error', () => {
        if (!opened || source.readyState === EventSource.CLOSED) ended(opened);
      });
      stop = () => source.close();
    } else {
      const tick = () => {
        void refresh().finally(() => {
          if (!closed && transport === 'poll') timer = setTimeout(tick, POLL_INTERVAL_MS);
        });
      };
      tick();
      stop = () => clearTimeout(timer);
    }
  }

  const wake = () => {
    if (document.visibilityState === 'visible') void refresh();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  start();
  void refresh();

  return {
    offer,
    refresh,
    close() {
      closed = true;
      clearTimeout(timer);
      stop();
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    },
    transport: () => transport,
  };
}

/**
 * The live class mode's server: the built course and the live API of src/live/protocol.ts on one
 * port. Rooms live in memory and in the store; every change is stored before it is acknowledged.
 * Snapshots are pushed over WebSocket (`ws`) and Server-Sent Events, at most one per
 * `snapshotIntervalMs` per room, always the room's latest state. `startLiveServer` is what
 * `npm run live` (cli.ts), the integration tests and the benchmark start.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { renderSVG } from 'uqr';
import { WebSocketServer, type WebSocket } from 'ws';
import { roomCsv, roomResults } from '../src/live/export.ts';
import {
  JOIN_PATH,
  LIVE_API,
  LIVE_HEALTH_PATH,
  MAX_BODY_BYTES,
  TRAINER_KEY_HEADER,
  type CreateRoomResponse,
  type ErrorResponse,
  type HealthResponse,
  type JoinResponse,
  type RoomsResponse,
  type ServerMessage,
} from '../src/live/protocol.ts';
import { parseRoomData, roomDataPath, type RoomData } from '../src/live/room-data.ts';
import {
  ROOM_TTL_MS,
  applyChange,
  createRoom,
  decideAnswer,
  decideHide,
  decideJoin,
  decideOpen,
  decideSlide,
  decideTransition,
  makeRoomCode,
  normaliseRoomCode,
  ownAnswers,
  restoreRoom,
  snapshotOf,
  type Decision,
  type Room,
} from '../src/live/room.ts';
import { isLoopbackRequest, pickLanAddress } from './network.ts';
import { ANSWER_LIMIT, JOIN_LIMIT, RateLimiter } from './rate-limit.ts';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import { staticFiles } from './static.ts';
import { StaleRoomError, isShared, type LiveStore } from './store.ts';

export interface LiveServerOptions {
  /** Default 0.0.0.0 (every interface, so phones on the LAN reach it). */
  host?: string;
  /** Default 4330; 0 picks a free port. */
  port?: number;
  /** The SQLite file; ignored when `store` or `databaseUrl` is given. */
  dbPath?: string;
  /** postgres://… : a PostgreSQL database that several servers may share (postgres-store.ts). */
  databaseUrl?: string;
  store?: LiveStore;
  /** The built course. Default `dist`. */
  distDir?: string;
  /** The origin phones use, for join links and QR codes. Default: http://<LAN address or host>:<port>. */
  publicOrigin?: string;
  /** false refuses WebSocket upgrades (to test the SSE fallback). Default true. */
  webSocket?: boolean;
  roomTtlMs?: number;
  /** Minimum time between two pushed snapshots of one room. Default 100 ms (10 per second). */
  snapshotIntervalMs?: number;
  now?: () => Date;
}

export interface LiveServer {
  /** Where this machine reaches it, e.g. http://127.0.0.1:4330 */
  localUrl: string;
  /** What phones open (the LAN address). */
  publicOrigin: string;
  /** False when listening everywhere but no LAN address was found: phones cannot reach `publicOrigin`. */
  reachable: boolean;
  port: number;
  key: string;
  close(): Promise<void>;
}

interface LiveRoom {
  room: Room;
  data: RoomData;
  /** Changes to one room are stored and applied one after another, in arrival order. */
  queue: Promise<unknown>;
  sockets: Set<WebSocket>;
  streams: Set<ServerResponse>;
  lastPush: number;
  timer: NodeJS.Timeout | null;
  /** A reload (another server changed the room) is queued. */
  reloading: boolean;
}

class HttpError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

const KEY_META = 'trainer-key';
const MODULE_ID = /^[a-z0-9-]{1,40}$/;
const HEARTBEAT_MS = 25_000;
/** Tries of one change when other servers keep changing the room first (shared store). */
const STALE_TRIES = 50;
/** A body far beyond the limit is cut off rather than read to its end. */
const DRAIN_LIMIT = 512 * MAX_BODY_BYTES;

const ROOM_ROUTE = new RegExp(`^${LIVE_API}/rooms/([^/]+)(?:/(.*))?$`);

/** The participant id a body names (checked later by the room), as a rate-limit key. */
const participantOf = (body: unknown): string =>
  String(typeof body === 'object' && body !== null ? (body as { participantId?: unknown }).participantId : '');

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function jsonHeaders(): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
}

export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const host = options.host ?? '0.0.0.0';
  const distDir = options.distDir ?? 'dist';
  const dbPath = options.dbPath ?? 'live-data/rooms.sqlite';
  if (!options.store && !options.databaseUrl) mkdirSync(dirname(dbPath), { recursive: true });
  const store =
    options.store ?? (options.databaseUrl ? await PostgresStore.open(options.databaseUrl) : new SqliteStore(dbPath));
  const now = options.now ?? (() => new Date());
  const interval = options.snapshotIntervalMs ?? 100;
  const ttl = options.roomTtlMs ?? ROOM_TTL_MS;

  /** Another server changed the room (or may have, `version` Infinity): reload it and push. */
  function heard(entry: LiveRoom, version: number): void {
    if (entry.reloading || version <= entry.room.record.version) return;
    // Notifications that arrive while a reload waits are covered by it.
    entry.reloading = true;
    entry.queue = entry.queue
      .then(async () => {
        entry.reloading = false;
        if (version <= entry.room.record.version) return;
        if (version === Infinity && !(await behind(entry))) return;
        await reload(entry);
        schedulePush(entry);
      })
      .catch((error: unknown) => console.error(error));
  }

  // Made once per database; another server on the same database keeps the one that was stored first.
  const key = await store.keepMeta(KEY_META, randomBytes(18).toString('base64url'));
  const keyBuffer = Buffer.from(key);

  const rooms = new Map<string, LiveRoom>();
  const loading = new Map<string, Promise<LiveRoom | null>>();
  const roomData = new Map<string, Promise<RoomData | null>>();
  const answerLimit = new RateLimiter(ANSWER_LIMIT);
  const joinLimit = new RateLimiter(JOIN_LIMIT);
  let publicOrigin = options.publicOrigin ?? '';
  let serve: ReturnType<typeof staticFiles> | null = null;

  function loadRoomData(moduleId: string): Promise<RoomData | null> {
    let data = roomData.get(moduleId);
    if (!data) {
      data = readFile(join(distDir, roomDataPath(moduleId)), 'utf8')
        .then((text) => parseRoomData(JSON.parse(text)))
        .catch(() => null);
      roomData.set(moduleId, data);
      // A module the build does not have yet may appear after the next build.
      void data.then((found) => found ?? roomData.delete(moduleId));
    }
    return data;
  }

  /** A room the server now holds in memory. */
  function track(room: Room, data: RoomData): LiveRoom {
    const entry: LiveRoom = {
      room,
      data,
      queue: Promise.resolve(),
      sockets: new Set(),
      streams: new Set(),
      lastPush: 0,
      timer: null,
      reloading: false,
    };
    rooms.set(room.record.code, entry);
    return entry;
  }

  async function getRoom(code: string): Promise<LiveRoom | null> {
    const known = rooms.get(code);
    if (known) return known;
    let pending = loading.get(code);
    if (!pending) {
      pending = (async () => {
        const stored = await store.loadRoom(code);
        if (!stored) return null;
        const data = await loadRoomData(stored.record.moduleId);
        if (!data) throw new HttpError(503, '找不到本模块的课堂数据，请重新构建课程（npm run build）后再启动。');
        return track(restoreRoom(stored.record, stored.participants, stored.items, stored.answers), data);
      })().finally(() => loading.delete(code));
      loading.set(code, pending);
    }
    return pending;
  }

  async function roomFor(rawCode: string): Promise<LiveRoom> {
    const code = normaliseRoomCode(rawCode);
    const entry = code ? await getRoom(code) : null;
    if (!entry) throw new HttpError(404, '没有这个课堂，请检查房间码。');
    return entry;
  }

  // Pushing snapshots

  function push(entry: LiveRoom): void {
    entry.timer = null;
    // No one listening: whoever connects next gets the snapshot on connecting.
    if (entry.sockets.size === 0 && entry.streams.size === 0) return;
    entry.lastPush = Date.now();
    const message: ServerMessage = { type: 'snapshot', snapshot: snapshotOf(entry.room, entry.data) };
    const text = JSON.stringify(message);
    // Encoded once for every socket, sent as a text frame.
    const frame = Buffer.from(text);
    for (const socket of entry.sockets) if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false });
    const event = `data: ${text}\n\n`;
    for (const stream of entry.streams) stream.write(event);
  }

  /** At most one push per interval; a change inside it is sent at its end, with the state of that moment. */
  function schedulePush(entry: LiveRoom): void {
    if (entry.timer) return;
    const wait = entry.lastPush + interval - Date.now();
    if (wait <= 0) push(entry);
    else entry.timer = setTimeout(() => push(entry), wait);
  }

  /** Replaces the room's content in place (handlers hold `entry.room`) with what the store has. */
  async function reload(entry: LiveRoom): Promise<void> {
    const stored = await store.loadRoom(entry.room.record.code);
    if (stored)
      Object.assign(entry.room, restoreRoom(stored.record, stored.participants, stored.items, stored.answers));
  }

  /** Whether another server has changed the room since this one last read it (shared store only). */
  async function behind(entry: LiveRoom): Promise<boolean> {
    return isShared(store) && (await store.version(entry.room.record.code)) !== entry.room.record.version;
  }

  /** Brings the room up to what the store has before a read (a snapshot, a new listener). */
  function sync(entry: LiveRoom): Promise<void> {
    if (!isShared(store)) return Promise.resolve();
    const run = entry.queue.then(async () => {
      if (await behind(entry)) await reload(entry);
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Stores the decided change, applies it, schedules a push; throws the refusal. On a shared store
   * the decision must rest on what is stored: a change another server made first (the version moved
   * on) or a refusal or no-op decided on an out-of-date room makes it reload and decide again.
   */
  function commit(entry: LiveRoom, decide: () => Decision): Promise<void> {
    const run = entry.queue.then(async () => {
      for (let tries = 1; ; tries += 1) {
        const decision = decide();
        if (!decision.ok || !decision.change) {
          if (tries < STALE_TRIES && (await behind(entry))) {
            await reload(entry);
            continue;
          }
          if (!decision.ok) throw new HttpError(decision.status, decision.error);
          return;
        }
        try {
          await store.saveChange(entry.room.record.code, decision.change, entry.room.record.version + 1);
        } catch (error) {
          if (!(error instanceof StaleRoomError) || tries === STALE_TRIES) throw error;
          await reload(entry);
          continue;
        }
        applyChange(entry.room, decision.change);
        schedulePush(entry);
        return;
      }
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  // Requests

  function isTrainer(request: IncomingMessage): boolean {
    const given = request.headers[TRAINER_KEY_HEADER.toLowerCase()];
    if (typeof given !== 'string') return false;
    const buffer = Buffer.from(given);
    return buffer.length === keyBuffer.length && timingSafeEqual(buffer, keyBuffer);
  }

  function requireTrainer(request: IncomingMessage): void {
    if (!isTrainer(request)) throw new HttpError(403, '只有讲师可以这样做（缺少或填错了讲师密钥）。');
  }

  async function readBody(request: IncomingMessage): Promise<unknown> {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
      throw new HttpError(415, '请求格式不正确（应为 JSON）。');
    const declared = Number(request.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) break;
    }
    if (size > MAX_BODY_BYTES || declared > MAX_BODY_BYTES)
      throw new HttpError(413, `提交的内容太大（最多 ${MAX_BODY_BYTES / 1024} KB），没有保存。`, {
        connection: 'close',
      });
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      throw new HttpError(400, '提交的内容不是有效的 JSON，没有保存。');
    }
  }

  function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    response.writeHead(status, { ...jsonHeaders(), ...headers }).end(JSON.stringify(body));
  }

  function limit(limiter: RateLimiter, key: string): void {
    const result = limiter.take(key, Date.now());
    if (!result.ok)
      throw new HttpError(429, '操作太快了，请稍等几秒再试。', { 'retry-after': String(result.retryAfter) });
  }

  function joinUrl(code: string): string {
    return `${publicOrigin}${JOIN_PATH}?room=${code}`;
  }

  async function createRoomFor(body: unknown): Promise<CreateRoomResponse> {
    const moduleId = typeof body === 'object' && body !== null ? (body as { moduleId?: unknown }).moduleId : undefined;
    if (typeof moduleId !== 'string' || !MODULE_ID.test(moduleId)) throw new HttpError(400, '缺少模块，无法开启课堂。');
    const data = await loadRoomData(moduleId);
    if (!data) throw new HttpError(404, `没有模块「${moduleId}」的课堂数据（请先构建课程）。`);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const room = createRoom(
        makeRoomCode(() => randomInt(1 << 30) / (1 << 30)),
        moduleId,
        now(),
        ttl,
      );
      if (!(await store.createRoom(room.record))) continue;
      track(room, data);
      return { code: room.record.code, joinUrl: joinUrl(room.record.code), snapshot: snapshotOf(room, data) };
    }
    throw new HttpError(503, '暂时无法生成房间码，请重试。');
  }

  function openEvents(entry: LiveRoom, request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const message: ServerMessage = { type: 'snapshot', snapshot: snapshotOf(entry.room, entry.data) };
    response.write(`retry: 2000\ndata: ${JSON.stringify(message)}\n\n`);
    entry.streams.add(response);
    request.on('close', () => entry.streams.delete(response));
  }

  async function roomRoute(request: IncomingMessage, response: ServerResponse, code: string, rest: string) {
    const method = request.method ?? 'GET';
    const entry = await roomFor(code);
    const { room, data } = entry;
    const at = now();
    const reply = (body: unknown, status = 200) => sendJson(response, status, body);
    const snapshot = () => snapshotOf(room, data);

    if (method === 'GET') {
      await sync(entry);
      switch (rest) {
        case 'snapshot':
          return reply(snapshot());
        case 'events':
          return openEvents(entry, request, response);
        case 'qr.svg':
          response
            .writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' })
            .end(renderSVG(joinUrl(room.record.code), { border: 2 }));
          return;
        case 'export.csv':
          requireTrainer(request);
          response
            .writeHead(200, {
              'content-type': 'text/csv; charset=utf-8',
              'cache-control': 'no-store',
              'content-disposition': `attachment; filename="live-${room.record.code}.csv"`,
            })
            .end(roomCsv(room, data));
          return;
        case 'results.json':
          requireTrainer(request);
          return sendJson(response, 200, roomResults(room, data, at.toISOString()), {
            'content-disposition': `attachment; filename="live-${room.record.code}-results.json"`,
          });
      }
      throw new HttpError(404, '没有这个地址。');
    }
    if (method !== 'POST') throw new HttpError(405, '不支持这种请求。');

    if (rest === 'join') {
      const body = await readBody(request);
      const participantId = participantOf(body);
      limit(joinLimit, `${room.record.code}:${participantId}`);
      await commit(entry, () => decideJoin(room, body, at));
      const joined: JoinResponse = { snapshot: snapshot(), answers: ownAnswers(room, participantId) };
      return reply(joined);
    }
    if (rest === 'slide') {
      requireTrainer(request);
      const body = await readBody(request);
      await commit(entry, () => decideSlide(room, body, at));
      return reply(snapshot());
    }
    if (rest === 'items') {
      requireTrainer(request);
      const body = await readBody(request);
      await commit(entry, () => decideOpen(room, body, data, at));
      return reply(snapshot(), 201);
    }
    const item = /^items\/([^/]+)\/(close|reveal|hide|answers)$/.exec(rest);
    if (!item) throw new HttpError(404, '没有这个地址。');
    const [, itemId = '', action] = item;
    if (action === 'answers') {
      const body = await readBody(request);
      limit(answerLimit, `${room.record.code}:${participantOf(body)}`);
      await commit(entry, () => decideAnswer(room, itemId, body, data, at));
      return reply({ snapshot: snapshot() });
    }
    requireTrainer(request);
    if (action === 'hide') {
      const body = await readBody(request);
      await commit(entry, () => decideHide(room, itemId, body, at));
    } else await commit(entry, () => decideTransition(room, itemId, action as 'close' | 'reveal', at));
    return reply(snapshot());
  }

  async function apiRoute(request: IncomingMessage, response: ServerResponse, pathname: string) {
    if (pathname === `${LIVE_API}/trainer-key`) {
      if (!isLoopbackRequest(request.socket.remoteAddress, request.headers.host))
        throw new HttpError(403, '讲师密钥只在运行服务器的电脑上提供。');
      return sendJson(response, 200, { key });
    }
    if (pathname === `${LIVE_API}/rooms`) {
      requireTrainer(request);
      if (request.method === 'GET') {
        const rooms = (await store.listRooms(now().toISOString())).map(({ code, moduleId, createdAt, expiresAt }) => ({
          code,
          moduleId,
          createdAt,
          expiresAt,
          joinUrl: joinUrl(code),
        }));
        const list: RoomsResponse = { rooms };
        return sendJson(response, 200, list);
      }
      if (request.method !== 'POST') throw new HttpError(405, '不支持这种请求。');
      return sendJson(response, 201, await createRoomFor(await readBody(request)));
    }
    const match = ROOM_ROUTE.exec(pathname);
    if (!match) throw new HttpError(404, '没有这个地址。');
    return roomRoute(request, response, match[1] ?? '', match[2] ?? '');
  }

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === LIVE_HEALTH_PATH) {
      const health: HealthResponse = { live: true, protocol: 1 };
      return sendJson(response, 200, health);
    }
    if (pathname !== LIVE_API && !pathname.startsWith(`${LIVE_API}/`)) {
      void serve?.(request, response, pathname).catch(() => response.destroy());
      return;
    }
    apiRoute(request, response, pathname).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof HttpError) {
        const body: ErrorResponse = { error: error.message };
        return sendJson(response, error.status, body, error.headers);
      }
      console.error(error);
      const body: ErrorResponse = { error: '服务器出错了，请稍后再试。' };
      sendJson(response, 500, body);
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  const alive = new WeakSet<WebSocket>();
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const match = ROOM_ROUTE.exec(pathname);
    const code = match && match[2] === 'socket' ? normaliseRoomCode(match[1] ?? '') : null;
    if (options.webSocket === false || !code) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Browsers send the page's origin: a page of another site may not listen in (cross-site WebSocket).
    if (request.headers.origin && !sameHost(request.headers.origin, request.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    getRoom(code).then(
      async (entry) => {
        if (!entry) return socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        await sync(entry);
        sockets.handleUpgrade(request, socket, head, (ws) => {
          alive.add(ws);
          entry.sockets.add(ws);
          ws.on('pong', () => alive.add(ws));
          ws.on('close', () => entry.sockets.delete(ws));
          // Phones only listen; anything they send is ignored.
          ws.on('message', () => undefined);
          const message: ServerMessage = { type: 'snapshot', snapshot: snapshotOf(entry.room, entry.data) };
          ws.send(JSON.stringify(message));
        });
      },
      () => socket.destroy(),
    );
  });

  // iOS leaves dead sockets behind: ping them, drop those that do not answer; keep SSE streams open.
  const heartbeat = setInterval(() => {
    for (const entry of rooms.values()) {
      for (const ws of entry.sockets) {
        if (!alive.has(ws)) {
          ws.terminate();
          continue;
        }
        alive.delete(ws);
        ws.ping();
      }
      for (const stream of entry.streams) stream.write(': ping\n\n');
    }
    answerLimit.prune(Date.now());
    joinLimit.prune(Date.now());
  }, HEARTBEAT_MS);
  heartbeat.unref();

  if (isShared(store))
    await store.subscribe(
      (code, version) => {
        const entry = rooms.get(code);
        if (entry) heard(entry, version);
      },
      // Listening again after a lost connection: any room may have changed meanwhile.
      () => {
        for (const entry of rooms.values()) heard(entry, Infinity);
      },
    );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4330, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4330);
  const everywhere = host === '0.0.0.0' || host === '::';
  const lan = everywhere ? pickLanAddress(networkInterfaces()) : host;
  const phoneHost = lan ?? 'localhost';
  publicOrigin ||= `http://${phoneHost.includes(':') ? `[${phoneHost}]` : phoneHost}:${port}`;
  const localHost = everywhere ? '127.0.0.1' : phoneHost.includes(':') ? `[${phoneHost}]` : phoneHost;
  serve = staticFiles(distDir, `${localHost}:${port}`);

  return {
    localUrl: `http://${localHost}:${port}`,
    publicOrigin,
    reachable: lan !== null || Boolean(options.publicOrigin),
    port,
    key,
    async close() {
      clearInterval(heartbeat);
      for (const entry of rooms.values()) {
        if (entry.timer) clearTimeout(entry.timer);
        for (const ws of entry.sockets) ws.terminate();
        for (const stream of entry.streams) stream.end();
      }
      sockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([...rooms.values()].map((entry) => entry.queue));
      await store.close();
    },
  };
}

/**
 * `npm run bench:live` (a benchmark, not part of npm test): N simulated phones on loopback join one
 * room over WebSocket and answer one poll within a window, some sending their answer again (a
 * retry). Prints the time from an answer being sent until every phone's snapshot reflects it
 * (p50/p95/p99), answers lost, answers double-counted, and the server's memory.
 *
 *   npm run bench:live -- [--phones 300] [--window 2000] [--retry 0.1] [--module m3]
 *                         [--db sqlite|postgres] [--database-url postgres://…] [--instances 1]
 *
 * The server runs as its own process (`live/cli.ts`, building the course first if needed) on a
 * temporary database, so its memory is its own. `--db postgres` uses `--database-url` or else a
 * throwaway cluster (as the tests do); `--instances 2` starts two servers on that database and
 * splits the phones between them (joins, sockets and answers each to its own server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import {
  TRAINER_KEY_HEADER,
  type AnswerResponse,
  type CreateRoomResponse,
  type JoinResponse,
  type Snapshot,
} from '../src/live/protocol.ts';
import type { RoomData } from '../src/live/room-data.ts';
import { startCluster } from '../tests/live/postgres-cluster.ts';

const { values } = parseArgs({
  options: {
    phones: { type: 'string', default: '300' },
    window: { type: 'string', default: '2000' },
    retry: { type: 'string', default: '0.1' },
    module: { type: 'string', default: 'm3' },
    db: { type: 'string', default: 'sqlite' },
    'database-url': { type: 'string' },
    instances: { type: 'string', default: '1' },
  },
});
const instances = Number(values.instances);
const postgresDb = values.db === 'postgres' || Boolean(values['database-url']);
if (!postgresDb && instances !== 1) throw new Error('several instances share a PostgreSQL database: add --db postgres');
const phones = Number(values.phones);
const windowMs = Number(values.window);
const retryShare = Number(values.retry);

/** Other work on the machine slows both sides; the table says how busy it was. */
const loadBefore = loadavg()[0] ?? 0;
const dir = mkdtempSync(join(tmpdir(), 'live-bench-'));
const cluster = postgresDb && !values['database-url'] ? await startCluster() : null;
const databaseUrl = values['database-url'] ?? (await cluster?.database());

interface Instance {
  child: ChildProcess;
  url: string;
  key: string;
}

function startInstance(): Promise<Instance> {
  const store = databaseUrl ? ['--database-url', databaseUrl] : ['--db', join(dir, 'bench.sqlite')];
  const child = spawn(process.execPath, ['live/cli.ts', '--host', '127.0.0.1', '--port', '0', ...store], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /本机地址：(http:\/\/[^\s/]+)/.exec(output)?.[1];
      const trainer = /#live-key=(\S+)/.exec(output)?.[1];
      if (found && trainer) resolve({ child, url: found, key: trainer });
    });
    child.on('exit', (code) => reject(new Error(`the live server exited (${code}):\n${output}`)));
  });
}

// One after the other: the first makes the trainer key, the others find it in the database.
const servers: Instance[] = [];
for (let index = 0; index < instances; index += 1) servers.push(await startInstance());
const { url, key } = servers[0]!;

/** The servers' memory together. */
function rssMb(): number {
  return servers.reduce((sum, { child }) => sum + childRssMb(child), 0);
}

function childRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The reply's body as the protocol types it when the status is 2xx (an ErrorResponse otherwise). */
async function post<T>(path: string, body: unknown, trainer = false, base = url): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}/api/live${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(trainer ? { [TRAINER_KEY_HEADER]: key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const room = await post<CreateRoomResponse>('/rooms', { moduleId: values.module }, true);
if (room.status !== 201) throw new Error(`could not create a room: ${JSON.stringify(room.body)}`);
const code = room.body.code;
const data = (await (await fetch(`${url}/live/${values.module}.json`)).json()) as RoomData;
const question = data.questions.find((candidate) => candidate.type === 'single');
if (question?.type !== 'single') throw new Error(`module ${values.module} has no single-choice question`);
const opened = await post<Snapshot>(`/rooms/${code}/items`, { kind: 'poll', questionId: question.id }, true);
const itemId = opened.body.item?.id ?? '';

interface Phone {
  id: string;
  /** The server this phone talks to. */
  server: string;
  socket: WebSocket;
  /** Arrival time of each snapshot version this phone received. */
  seen: { version: number; at: number }[];
  sentAt: number;
  version: number | null;
  acked: boolean;
  retried: boolean;
}

const joinStart = performance.now();
const all: Phone[] = [];
for (let start = 0; start < phones; start += 50) {
  const batch = Array.from({ length: Math.min(50, phones - start) }, async (_, offset) => {
    const id = `bench-${start + offset}-${Math.random().toString(36).slice(2, 10)}`;
    const server = servers[(start + offset) % servers.length]!.url;
    const joined = await post<JoinResponse>(`/rooms/${code}/join`, { participantId: id }, false, server);
    if (joined.status !== 200) throw new Error(`join: ${JSON.stringify(joined.body)}`);
    const socket = new WebSocket(`${server.replace('http', 'ws')}/api/live/rooms/${code}/socket`);
    const phone: Phone = { id, server, socket, seen: [], sentAt: 0, version: null, acked: false, retried: false };
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (text) => {
        // A phone would parse the whole snapshot; here 300 of them share the server's CPU, so they read only its version.
        const version = Number(/"version":(\d+)/.exec(String(text))?.[1]);
        phone.seen.push({ version, at: performance.now() });
        resolve();
      });
      socket.on('error', reject);
    });
    return phone;
  });
  all.push(...(await Promise.all(batch)));
}
const joinedIn = performance.now() - joinStart;

let peakRss = rssMb();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 50);
const answerOf = (phone: Phone) => ({
  participantId: phone.id,
  answer: {
    kind: 'poll',
    answer: { type: 'single', choice: Number(phone.id.split('-')[1]) % question.options.length },
  },
});

let refused = 0;
await Promise.all(
  all.map(async (phone) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * windowMs));
    phone.sentAt = performance.now();
    const reply = await post<AnswerResponse>(
      `/rooms/${code}/items/${itemId}/answers`,
      answerOf(phone),
      false,
      phone.server,
    );
    if (reply.status !== 200) {
      refused += 1;
      return;
    }
    phone.acked = true;
    phone.version = reply.body.snapshot.version;
    if (Math.random() < retryShare) {
      // A phone that did not see its reply in time sends the same answer again.
      phone.retried = true;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
      const again = await post(`/rooms/${code}/items/${itemId}/answers`, answerOf(phone), false, phone.server);
      if (again.status !== 200) refused += 1;
    }
  }),
);

// Every phone should soon have the snapshot that counts everyone.
const acked = all.filter((phone) => phone.acked);
const finalVersion = Math.max(...acked.map((phone) => phone.version ?? 0));
const deadline = performance.now() + 10_000;
while (performance.now() < deadline && !all.every((phone) => phone.seen.some((seen) => seen.version >= finalVersion)))
  await new Promise((resolve) => setTimeout(resolve, 20));
clearInterval(sampler);

const latencies: number[] = [];
let undelivered = 0;
for (const phone of acked) {
  const arrivals = all.map((other) => other.seen.find((seen) => seen.version >= (phone.version ?? 0))?.at);
  if (arrivals.some((at) => at === undefined)) undelivered += 1;
  else latencies.push(Math.max(...(arrivals as number[])) - phone.sentAt);
}
latencies.sort((a, b) => a - b);
const percentile = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;

await post(`/rooms/${code}/items/${itemId}/reveal`, {}, true);
const final = (await (await fetch(`${url}/api/live/rooms/${code}/snapshot`)).json()) as Snapshot;
const counted =
  final.item?.aggregate.kind === 'poll' ? final.item.aggregate.counts.reduce((sum, count) => sum + count, 0) : 0;
const csv = await (
  await fetch(`${url}/api/live/rooms/${code}/export.csv`, { headers: { [TRAINER_KEY_HEADER]: key } })
).text();
const rows = csv.trim().split('\r\n').length - 1;
const rss = rssMb();
const cpuSeconds = (child: ChildProcess) => {
  const [utime = 0, stime = 0] = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
    .split(') ')[1]!
    .split(' ')
    .slice(11, 13)
    .map(Number);
  return ((utime + stime) * 10) / 1000;
};
const serverCpu = servers.reduce((sum, { child }) => sum + cpuSeconds(child), 0);
const benchCpu = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;

for (const phone of all) phone.socket.close();
for (const { child } of servers) {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
}
await cluster?.stop();
rmSync(dir, { recursive: true, force: true });

const ms = (value: number) => `${Math.round(value)} ms`;
const lost = Math.max(0, acked.length - Math.min(counted, rows));
const doubled = Math.max(0, counted - acked.length, rows - acked.length);
const rowsOut: [string, string | number][] = [
  ['store, servers', `${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${instances}`],
  [`phones, joined over WebSocket (in ${ms(joinedIn)})`, phones],
  ['answers sent within', ms(windowMs)],
  ['phones that sent their answer again', all.filter((phone) => phone.retried).length],
  ['answer → every phone’s snapshot, p50', ms(percentile(50))],
  ['answer → every phone’s snapshot, p95', ms(percentile(95))],
  ['answer → every phone’s snapshot, p99', ms(percentile(99))],
  ['answers acknowledged', acked.length],
  ['answers lost (acknowledged, not counted)', lost],
  ['answers double-counted', doubled],
  ['answers refused', refused],
  ['answers no phone’s snapshot showed', undelivered],
  [
    `server memory (RSS${instances > 1 ? ', all servers' : ''}), peak / after`,
    `${peakRss.toFixed(0)} MB / ${rss.toFixed(0)} MB`,
  ],
  ['CPU time, server / simulated phones', `${serverCpu.toFixed(1)} s / ${benchCpu.toFixed(1)} s`],
];
const parts = ['phones', instances > 1 ? 'servers' : 'server', ...(databaseUrl ? ['PostgreSQL'] : [])];
const machine = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
console.log(`
| live bench | value |
| --- | --: |
${rowsOut.map(([name, value]) => `| ${name} | ${value} |`).join('\n')}

Measured on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}, ${machine} on one machine (loopback), load average ${loadBefore.toFixed(1)} before the run.
`);
const ok = percentile(95) <= 250 && lost === 0 && doubled === 0 && undelivered === 0;
console.log(
  ok
    ? 'Target met: p95 ≤ 250 ms, nothing lost or double-counted.'
    : 'Target NOT met (p95 ≤ 250 ms, 0 lost, 0 double-counted).',
);
process.exitCode = ok ? 0 : 1;

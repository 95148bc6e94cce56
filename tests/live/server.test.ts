/**
 * The live server for real: HTTP on 127.0.0.1 at a free port, on each engine (a real SQLite file in a
 * temporary folder; a throwaway PostgreSQL cluster), WebSocket and SSE clients as phones use them.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collectResults, expandFile } from '../../src/features/class-results/class-results';
import type { Snapshot } from '../../src/live/protocol';
import { keyAnswer } from '../../src/features/assessment/quiz';
import { wrongAnswer } from './answers';
import {
  ENGINES,
  childProcess,
  describeEngine,
  inProcess,
  phoneSocket,
  stopped,
  until,
  type Workspace,
} from './helpers';

for (const engine of ENGINES)
  describeEngine(engine, 'the live server', (makeSpace) => {
    let space: Workspace;
    let server: Awaited<ReturnType<typeof inProcess>> | null = null;

    beforeEach(async () => {
      space = await makeSpace();
    });
    afterEach(async () => {
      await server?.close();
      server = null;
      space.cleanup();
    });

    const single = () => space.data.questions.find((question) => question.type === 'single')!;
    const poll = (answer: unknown) => ({ kind: 'poll', answer });

    /** A room with a single-choice poll open and `phones` joined. */
    async function openPoll(phones: number, options = {}) {
      server = await inProcess(space, options);
      const { api } = server;
      const { code } = await api.room();
      const ids = Array.from({ length: phones }, (_, index) => `phone-${String(index + 1).padStart(4, '0')}`);
      for (const [index, participantId] of ids.entries())
        expect((await api.post(`/rooms/${code}/join`, { participantId, name: `学员${index + 1}` })).status).toBe(200);
      const opened = await api.post(`/rooms/${code}/items`, { kind: 'poll', questionId: single().id }, true);
      expect(opened.status).toBe(201);
      return { api, code, ids, itemId: (opened.body as Snapshot).item!.id };
    }

    // Real processes on a shared machine: generous time, never a timed assertion.
    describe('the live server', { timeout: 30_000 }, () => {
      it('answers health, serves the course with its own origin in connect-src, and the QR code', async () => {
        server = await inProcess(space);
        expect(await (await fetch(`${server.localUrl}/live/health.json`)).json()).toEqual({ live: true, protocol: 1 });
        const page = await fetch(`${server.localUrl}/`);
        const origin = server.localUrl.replace('http://', '');
        expect(page.headers.get('content-security-policy')).toBe(
          `frame-ancestors 'self'; connect-src 'self' http://${origin} ws://${origin}`,
        );
        expect(await page.text()).toContain(`connect-src 'self' http://${origin} ws://${origin};`);
        expect((await fetch(`${server.localUrl}/nowhere/`)).status).toBe(404);
        const { code, joinUrl } = await server.api.room();
        expect(joinUrl).toBe(`${server.publicOrigin}/live/?room=${code}`);
        const qr = await fetch(`${server.localUrl}/api/live/rooms/${code}/qr.svg`);
        expect(qr.headers.get('content-type')).toBe('image/svg+xml');
        expect(await qr.text()).toMatch(/^<svg[\s\S]*<\/svg>$/);
      });

      it('refuses a WebSocket opened by a page of another site', async () => {
        server = await inProcess(space);
        const { code } = await server.api.room();
        const url = `${server.localUrl.replace('http', 'ws')}/api/live/rooms/${code}/socket`;
        const opens = (origin: string) =>
          new Promise<boolean>((resolve) => {
            const socket = new WebSocket(url, { origin });
            socket.on('open', () => {
              socket.close();
              resolve(true);
            });
            socket.on('error', () => resolve(false));
          });
        expect(await opens('http://evil.example')).toBe(false);
        expect(await opens(server.localUrl)).toBe(true);
      });

      it('hands the trainer key only to this machine named as this machine', async () => {
        server = await inProcess(space);
        expect((await server.api.get('/trainer-key')).body).toEqual({ key: server.key });
        const status = await new Promise<number | undefined>((resolve) => {
          request(`${server!.localUrl}/api/live/trainer-key`, { headers: { host: 'rebound.example' } }, (response) => {
            response.resume();
            resolve(response.statusCode);
          }).end();
        });
        expect(status).toBe(403);
      });

      it('joins, and a rejoin with the same id keeps the participant and their answers', async () => {
        const { api, code, itemId } = await openPoll(1);
        const answer = poll(keyAnswer(single()));
        expect(
          (await api.post(`/rooms/${code}/items/${itemId}/answers`, { participantId: 'phone-0001', answer })).status,
        ).toBe(200);
        const rejoin = await api.post(`/rooms/${code.toLowerCase()}/join`, { participantId: 'phone-0001' });
        expect(rejoin.status).toBe(200);
        expect(rejoin.body.snapshot.participants).toBe(1);
        expect(rejoin.body.answers).toEqual({ [itemId]: answer });
      });

      it('counts an answer sent twice once, and refuses answers once the item is closed (409)', async () => {
        const { api, code, itemId } = await openPoll(2);
        const body = { participantId: 'phone-0001', answer: poll(keyAnswer(single())) };
        const first = await api.post(`/rooms/${code}/items/${itemId}/answers`, body);
        const again = await api.post(`/rooms/${code}/items/${itemId}/answers`, body);
        expect(first.status).toBe(200);
        expect(again.body.snapshot.item.answered).toBe(1);
        expect((await api.post(`/rooms/${code}/items/${itemId}/close`, {}, true)).status).toBe(200);
        const late = await api.post(`/rooms/${code}/items/${itemId}/answers`, {
          participantId: 'phone-0002',
          answer: poll(keyAnswer(single())),
        });
        expect(late.status).toBe(409);
        expect(late.body.error).toMatch(/已经结束作答/);
        expect((await api.get(`/rooms/${code}/snapshot`)).body.item.answered).toBe(1);
      });

      it('refuses trainer actions without the key (403)', async () => {
        const { api, code, itemId } = await openPoll(1);
        const refused = [
          await api.post('/rooms', { moduleId: 'm3' }),
          await api.post(`/rooms/${code}/items`, { kind: 'disc' }),
          await api.post(`/rooms/${code}/items/${itemId}/close`, {}),
          await api.post(`/rooms/${code}/items/${itemId}/reveal`, {}),
          await api.post(`/rooms/${code}/items/${itemId}/hide`, { entryId: '1' }),
          await api.post(`/rooms/${code}/slide`, { slide: 2 }),
          await api.get(`/rooms/${code}/export.csv`),
          await api.get(`/rooms/${code}/results.json`),
        ];
        refused.push(await api.get('/rooms'));
        expect(refused.map((reply) => reply.status)).toEqual(Array(9).fill(403));
        expect(refused[0]!.body.error).toMatch(/讲师/);
        expect((await api.get(`/rooms/${code}/snapshot`)).body.item.state).toBe('open');
      });

      it('refuses bad bodies with a clear 4xx and stores nothing', async () => {
        const { api, code, itemId } = await openPoll(1);
        const path = `/rooms/${code}/items/${itemId}/answers`;
        const answerOf = (answer: unknown) => ({ participantId: 'phone-0001', answer });
        const replies = [
          await api.call('POST', path, undefined, false, '{"participantId": '),
          await api.post(path, answerOf(poll({ type: 'single', choice: 42 }))),
          await api.post(path, answerOf(poll({ type: 'single', choice: [0, 1] }))),
          await api.post(path, answerOf({ kind: 'wall', text: 'x'.repeat(4 * 1024 * 1024) })),
          await api.post(path, { participantId: 'not-joined-1', answer: poll(keyAnswer(single())) }),
          await api.post(`/rooms/ZZZZ/items/${itemId}/answers`, answerOf(poll(keyAnswer(single())))),
        ];
        expect(replies.map((reply) => reply.status)).toEqual([400, 400, 400, 413, 403, 404]);
        for (const reply of replies) expect(reply.body.error).toMatch(/[\u4e00-\u9fff]/);
        const plain = await fetch(`${server!.localUrl}/api/live${path}`, { method: 'POST', body: 'participantId=x' });
        expect(plain.status).toBe(415);
        expect((await api.get(`/rooms/${code}/snapshot`)).body.item.answered).toBe(0);
        const csv = (await api.get(`/rooms/${code}/export.csv`, true)).body as string;
        expect(csv.trim().split('\r\n')).toHaveLength(1);
      });

      it('slows a participant who sends faster than a person can (429)', async () => {
        const { api, code, itemId } = await openPoll(1);
        const statuses = await Promise.all(
          Array.from({ length: 30 }, async (_, index) => {
            const reply = await api.post(`/rooms/${code}/items/${itemId}/answers`, {
              participantId: 'phone-0001',
              answer: poll({ type: 'single', choice: index % 2 }),
            });
            if (reply.status === 429) expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
            return reply.status;
          }),
        );
        expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(8);
        expect(statuses).toContain(429);
      });

      it('lists the rooms whose codes have not expired, newest first, to the trainer', async () => {
        server = await inProcess(space);
        const first = await server.api.room();
        const second = await server.api.room('m3');
        expect((await server.api.get('/rooms')).status).toBe(403);
        const { rooms } = (await server.api.get('/rooms', true)).body;
        expect(rooms.map((room: { code: string }) => room.code)).toEqual([second.code, first.code]);
        expect(rooms[0]).toMatchObject({ moduleId: 'm3', joinUrl: second.joinUrl });
      });

      it('refuses joining a room whose code has expired (410)', async () => {
        let clock = new Date('2026-12-03T01:00:00Z');
        server = await inProcess(space, { now: () => clock, roomTtlMs: 60_000 });
        const { code } = await server.api.room();
        clock = new Date('2026-12-03T01:02:00Z');
        const late = await server.api.post(`/rooms/${code}/join`, { participantId: 'phone-0001' });
        expect(late.status).toBe(410);
        expect(late.body.error).toMatch(/过期/);
      });

      it('pushes snapshots over WebSocket, at most one per interval, ending with the latest state', async () => {
        const { api, code, ids, itemId } = await openPoll(10, { snapshotIntervalMs: 1000 });
        const { socket, snapshots } = phoneSocket(server!.localUrl, code);
        await until(snapshots, () => true);
        const started = Date.now();
        for (const participantId of ids)
          await api.post(`/rooms/${code}/items/${itemId}/answers`, {
            participantId,
            answer: poll(wrongAnswer(single())),
          });
        const last = await until(snapshots, (latest) => latest.item?.answered === 10);
        // The snapshot on connecting, then at most one push per started second (the interval), however
        // long the ten answers took on this machine.
        const seconds = Math.ceil((Date.now() - started) / 1000);
        expect(snapshots.length).toBeLessThanOrEqual(1 + seconds + 1);
        expect(snapshots.length).toBeLessThan(1 + ids.length);
        expect(snapshots.map((snapshot) => snapshot.version)).toEqual(
          [...snapshots.map((s) => s.version)].sort((a, b) => a - b),
        );
        expect(last.version).toBe((await api.get(`/rooms/${code}/snapshot`)).body.version);
        socket.close();
      });

      it('falls back to Server-Sent Events when WebSocket is refused, and polling always works', async () => {
        const { api, code, itemId } = await openPoll(1, { webSocket: false });
        const refused = await new Promise<boolean>((resolve) => {
          const socket = new WebSocket(`${server!.localUrl.replace('http', 'ws')}/api/live/rooms/${code}/socket`);
          socket.on('open', () => resolve(false));
          socket.on('error', () => resolve(true));
        });
        expect(refused).toBe(true);

        const controller = new AbortController();
        const events = await fetch(`${server!.localUrl}/api/live/rooms/${code}/events`, { signal: controller.signal });
        expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const snapshots: Snapshot[] = [];
        const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
        void (async () => {
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
            if (done) return;
            buffer += value;
            const messages = buffer.split('\n\n');
            buffer = messages.pop() ?? '';
            for (const message of messages) {
              const data = /^data: (.*)$/m.exec(message)?.[1];
              if (data) snapshots.push(JSON.parse(data).snapshot);
            }
          }
        })();
        await until(snapshots, () => true);
        await api.post(`/rooms/${code}/items/${itemId}/answers`, {
          participantId: 'phone-0001',
          answer: poll(keyAnswer(single())),
        });
        expect((await until(snapshots, (latest) => latest.item?.answered === 1)).item?.state).toBe('open');
        expect((await api.get(`/rooms/${code}/snapshot`)).body.item.answered).toBe(1);
        controller.abort();
      });

      it('exports CSV and results files that 班级成绩 accepts', async () => {
        const { api, code, itemId } = await openPoll(2);
        await api.post(`/rooms/${code}/items/${itemId}/answers`, {
          participantId: 'phone-0001',
          answer: poll(keyAnswer(single())),
        });
        await api.post(`/rooms/${code}/items/${itemId}/reveal`, {}, true);
        const csv = await api.get(`/rooms/${code}/export.csv`, true);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect((csv.body as string).trim().split('\r\n')).toHaveLength(2);
        const results = await fetch(`${server!.localUrl}/api/live/rooms/${code}/results.json`, {
          headers: { 'X-Live-Key': server!.key },
        });
        const text = await results.text();
        const { rows, problems } = collectResults(expandFile({ name: 'results.json', text, size: text.length }), {
          exam: 80,
          check: 80,
        });
        expect(problems).toEqual([]);
        expect(rows.map((row) => row.learner)).toEqual(['学员1', '学员2']);
      });
    });

    describe('after the server is killed', { timeout: 60_000 }, () => {
      it('a restart on the same file shows the same room with every acknowledged answer', async () => {
        const first = await childProcess(space);
        const { code } = await first.api.room();
        const ids = ['phone-0001', 'phone-0002', 'phone-0003'];
        for (const participantId of ids) await first.api.post(`/rooms/${code}/join`, { participantId });
        const opened = await first.api.post(`/rooms/${code}/items`, { kind: 'poll', questionId: single().id }, true);
        const itemId = opened.body.item.id;
        for (const participantId of ids)
          expect(
            (
              await first.api.post(`/rooms/${code}/items/${itemId}/answers`, {
                participantId,
                answer: poll(keyAnswer(single())),
              })
            ).status,
          ).toBe(200);
        const before = (await first.api.get(`/rooms/${code}/snapshot`)).body as Snapshot;
        first.child.kill('SIGKILL');
        await stopped(first.child);

        const second = await childProcess(space);
        try {
          expect(second.key).toBe(first.key);
          const after = (await second.api.get(`/rooms/${code}/snapshot`)).body as Snapshot;
          expect(after).toEqual(before);
          const rejoin = await second.api.post(`/rooms/${code}/join`, { participantId: 'phone-0002' });
          expect(Object.keys(rejoin.body.answers)).toEqual([itemId]);
          // The room goes on: a change after the restart has a newer version than any before it.
          await second.api.post(`/rooms/${code}/items/${itemId}/close`, {}, true);
          expect((await second.api.get(`/rooms/${code}/snapshot`)).body.version).toBeGreaterThan(before.version);
        } finally {
          second.child.kill('SIGINT');
          expect(await stopped(second.child)).toBe(0);
        }
        expect(second.output()).toContain('课堂互动服务器已停止');
      });
    });
  });

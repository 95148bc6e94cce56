import { describe, expect, it } from 'vitest';
import {
  ROOM_CODE_ALPHABET,
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
} from '../../src/live/room';
import { roomData } from '../live/room-data';
import { keyAnswer } from '../../src/features/assessment/quiz';

const data = roomData('m3');
const start = new Date('2026-12-03T01:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

/** Applies a decision that must be accepted; returns whether it changed anything. */
function apply(room: Room, decision: Decision): boolean {
  if (!decision.ok) throw new Error(`refused: ${decision.status} ${decision.error}`);
  if (decision.change) applyChange(room, decision.change);
  return decision.change !== null;
}

function roomWith(participants: string[]): Room {
  const room = createRoom('ABCD', 'm3', start);
  for (const id of participants) apply(room, decideJoin(room, { participantId: id }, start));
  return room;
}

const single = data.questions.find((question) => question.type === 'single')!;
const pollAnswer = (choice: number) => ({ kind: 'poll', answer: { type: 'single', choice } });
const answerBody = (participantId: string, answer: unknown) => ({ participantId, answer });

describe('room codes', () => {
  it('are four characters from an alphabet without 0/O and 1/I', () => {
    let seed = 0;
    const code = makeRoomCode(() => (seed = (seed + 0.37) % 1));
    expect(code).toHaveLength(4);
    expect([...code].every((char) => ROOM_CODE_ALPHABET.includes(char))).toBe(true);
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('are read in any case and with spaces; anything else is not a code', () => {
    expect(normaliseRoomCode(' ab cd ')).toBe('ABCD');
    expect(normaliseRoomCode('AB0D')).toBeNull();
    expect(normaliseRoomCode('ABCDE')).toBeNull();
    expect(normaliseRoomCode('')).toBeNull();
  });
});

describe('joining', () => {
  it('counts a participant once, however often the phone rejoins', () => {
    const room = roomWith(['phone-0001']);
    expect(apply(room, decideJoin(room, { participantId: 'phone-0001' }, later(5)))).toBe(false);
    expect(snapshotOf(room, data).participants).toBe(1);
  });

  it('keeps the name on a rejoin without one, and takes a new one', () => {
    const room = createRoom('ABCD', 'm3', start);
    apply(room, decideJoin(room, { participantId: 'phone-0001', name: '  张 三 ' }, start));
    apply(room, decideJoin(room, { participantId: 'phone-0001' }, later(1)));
    expect(room.participants.get('phone-0001')?.name).toBe('张 三');
    apply(room, decideJoin(room, { participantId: 'phone-0001', name: '李四' }, later(2)));
    expect(room.participants.get('phone-0001')).toMatchObject({ name: '李四', joinedAt: start.toISOString() });
  });

  it('cleans names: no control characters, at most 20 characters', () => {
    const room = createRoom('ABCD', 'm3', start);
    apply(room, decideJoin(room, { participantId: 'phone-0001', name: `王\u202e五\n${'长'.repeat(30)}` }, start));
    const name = room.participants.get('phone-0001')?.name ?? '';
    expect(name).not.toMatch(/[\u202e\n]/);
    expect([...name]).toHaveLength(20);
  });

  it.each([
    [{}, 400],
    [{ participantId: 'short' }, 400],
    [{ participantId: '<script>alert(1)</script>' }, 400],
    [{ participantId: 'phone-0001', name: 42 }, 400],
    ['phone-0001', 400],
  ])('refuses %j', (body, status) => {
    const room = createRoom('ABCD', 'm3', start);
    expect(decideJoin(room, body, start)).toMatchObject({ ok: false, status });
  });

  it('refuses anyone once the room has expired', () => {
    const room = createRoom('ABCD', 'm3', start, 60_000);
    expect(decideJoin(room, { participantId: 'phone-0001' }, later(2))).toMatchObject({ ok: false, status: 410 });
  });
});

describe('items', () => {
  it('go open → closed → revealed, and opening one closes the open one', () => {
    const room = roomWith([]);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    apply(room, decideOpen(room, { kind: 'pulse', prompt: '今天的节奏合适吗？', scale: 'five' }, data, start));
    expect(room.items.map((item) => item.state)).toEqual(['closed', 'open']);
    expect(snapshotOf(room, data).item).toMatchObject({ id: 'i2', state: 'open' });
    apply(room, decideTransition(room, 'i2', 'close', start));
    expect(apply(room, decideTransition(room, 'i2', 'close', start))).toBe(false);
    apply(room, decideTransition(room, 'i2', 'reveal', start));
    expect(apply(room, decideTransition(room, 'i2', 'close', start))).toBe(false);
    expect(room.items[1]?.state).toBe('revealed');
  });

  it('reveals an open item directly, which closes it to answers', () => {
    const room = roomWith(['phone-0001']);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    apply(room, decideTransition(room, 'i1', 'reveal', start));
    expect(decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(0)), data, start)).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it.each([
    [{ kind: 'poll', questionId: 'no-such-question' }],
    [{ kind: 'poll' }],
    [{ kind: 'peak-end', touchpoints: ['只有一个'] }],
    [{ kind: 'peak-end', touchpoints: Array.from({ length: 13 }, (_, index) => `触点${index}`) }],
    [{ kind: 'wall', prompt: '' }],
    [{ kind: 'wall', prompt: '长'.repeat(61) }],
    [{ kind: 'pulse', prompt: '同意吗', scale: 'ten' }],
    [{ kind: 'vote' }],
    [null],
  ])('refuses the spec %j with 400', (spec) => {
    const room = roomWith([]);
    expect(decideOpen(room, spec, data, start)).toMatchObject({ ok: false, status: 400 });
  });

  it('names an unknown item 404', () => {
    const room = roomWith([]);
    expect(decideTransition(room, 'i9', 'close', start)).toMatchObject({ ok: false, status: 404 });
  });

  it('moves the slide, and refuses a page that is not one', () => {
    const room = roomWith([]);
    apply(room, decideSlide(room, { slide: 3 }, start));
    expect(snapshotOf(room, data).slide).toBe(3);
    for (const slide of [-1, 1.5, '3', null])
      expect(decideSlide(room, { slide }, start)).toMatchObject({ status: 400 });
  });
});

describe('answers', () => {
  it('are upserts: the same answer twice changes nothing, a new one replaces it', () => {
    const room = roomWith(['phone-0001', 'phone-0002']);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    const version = room.record.version;
    expect(apply(room, decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(0)), data, start))).toBe(true);
    expect(apply(room, decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(0)), data, start))).toBe(false);
    expect(room.record.version).toBe(version + 1);
    apply(room, decideAnswer(room, 'i1', answerBody('phone-0002', pollAnswer(1)), data, start));
    apply(room, decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(2)), data, start));
    expect(snapshotOf(room, data).item?.answered).toBe(2);
    expect(ownAnswers(room, 'phone-0001')).toEqual({ i1: pollAnswer(2) });
    // The replaced answer keeps its place in the order of first answers.
    expect(room.answers.get('i1')?.get('phone-0001')?.seq).toBe(1);
  });

  it('are refused for a closed item (409), a phone that has not joined (403), an unknown item (404)', () => {
    const room = roomWith(['phone-0001']);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    expect(decideAnswer(room, 'i1', answerBody('stranger-01', pollAnswer(0)), data, start)).toMatchObject({
      status: 403,
    });
    expect(decideAnswer(room, 'i7', answerBody('phone-0001', pollAnswer(0)), data, start)).toMatchObject({
      status: 404,
    });
    apply(room, decideTransition(room, 'i1', 'close', start));
    const closed = decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(0)), data, start);
    expect(closed).toMatchObject({ ok: false, status: 409 });
    expect(!closed.ok && closed.error).toMatch(/结束/);
  });

  it('only go to the open item: an earlier item is closed', () => {
    const room = roomWith(['phone-0001']);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    apply(room, decideOpen(room, { kind: 'disc' }, data, start));
    expect(decideAnswer(room, 'i1', answerBody('phone-0001', pollAnswer(0)), data, start)).toMatchObject({
      status: 409,
    });
  });

  it.each([
    ['another kind', { kind: 'pulse', value: 3 }],
    ['an option that does not exist', pollAnswer(99)],
    ['two choices for a single question', { kind: 'poll', answer: { type: 'single', choice: [0, 1] } }],
    ['another question type', { kind: 'poll', answer: { type: 'truefalse', value: true } }],
    ['nothing', undefined],
  ])('refuses %s with 400 and stores nothing', (_, answer) => {
    const room = roomWith(['phone-0001']);
    apply(room, decideOpen(room, { kind: 'poll', questionId: single.id }, data, start));
    expect(decideAnswer(room, 'i1', answerBody('phone-0001', answer), data, start)).toMatchObject({ status: 400 });
  });

  it('accept a complete answer to every type of the bank', () => {
    for (const question of data.questions) {
      const room = roomWith(['phone-0001']);
      apply(room, decideOpen(room, { kind: 'poll', questionId: question.id }, data, start));
      const decision = decideAnswer(
        room,
        'i1',
        answerBody('phone-0001', { kind: 'poll', answer: keyAnswer(question) }),
        data,
        start,
      );
      expect(decision.ok, question.id).toBe(true);
    }
  });
});

describe('snapshots', () => {
  it('grow in version with every change, and a restored room continues from its version', () => {
    const room = roomWith(['phone-0001']);
    const before = snapshotOf(room, data).version;
    apply(room, decideOpen(room, { kind: 'wall', prompt: '用一句话送别' }, data, start));
    apply(room, decideAnswer(room, 'i1', answerBody('phone-0001', { kind: 'wall', text: '谢谢老师' }), data, start));
    const after = snapshotOf(room, data);
    expect(after.version).toBe(before + 2);
    const restored = restoreRoom(
      room.record,
      [...room.participants.values()],
      room.items,
      [...room.answers.values()].flatMap((answers) => [...answers.values()]),
    );
    expect(snapshotOf(restored, data)).toEqual(after);
  });

  it('never carry participant ids', () => {
    const room = roomWith(['phone-secret-1']);
    apply(room, decideOpen(room, { kind: 'wall', prompt: '开场白' }, data, start));
    apply(room, decideAnswer(room, 'i1', answerBody('phone-secret-1', { kind: 'wall', text: '你好' }), data, start));
    expect(JSON.stringify(snapshotOf(room, data))).not.toContain('phone-secret-1');
  });

  it('show a wall without the entries the trainer hid', () => {
    const room = roomWith(['phone-0001', 'phone-0002']);
    apply(room, decideOpen(room, { kind: 'wall', prompt: '开场白' }, data, start));
    apply(
      room,
      decideAnswer(room, 'i1', answerBody('phone-0001', { kind: 'wall', text: '<b>大家好</b>' }), data, start),
    );
    apply(room, decideAnswer(room, 'i1', answerBody('phone-0002', { kind: 'wall', text: '不该出现' }), data, start));
    apply(room, decideHide(room, 'i1', { entryId: '2' }, start));
    expect(snapshotOf(room, data).item?.aggregate).toEqual({
      kind: 'wall',
      entries: [{ id: '1', text: '<b>大家好</b>' }],
    });
    expect(decideHide(room, 'i1', { entryId: '9' }, start)).toMatchObject({ status: 404 });
    expect(apply(room, decideHide(room, 'i1', { entryId: '2' }, start))).toBe(false);
  });
});

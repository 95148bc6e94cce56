import { describe, expect, it } from 'vitest';
import {
  agendaDataJson,
  agendaDays,
  describePace,
  describePosition,
  endAtCurrentPace,
  formatClock,
  formatDuration,
  formatPace,
  formatSpan,
  minuteOfDay,
  minutesBehind,
  minutesOverTarget,
  parseAgendaSettings,
  withAgendaChange,
  parseClock,
  planDay,
  positionAt,
  validateStart,
  type AgendaDay,
} from '../../src/features/agenda/agenda';
import { buildOutline, type ModuleInfo } from '../../src/platform/course';

const at = (clock: string) => parseClock(clock)!;

// The course's real first day: 90 + 90 + 90 + 150 minutes of modules and 2 h of breaks.
const DAY1: AgendaDay = {
  id: 'day1',
  title: '第一天',
  start: '09:00',
  modules: [
    { id: 'm1', code: 'M1', title: '一', minutes: 90 },
    { id: 'm2', code: 'M2', title: '二', minutes: 90 },
    { id: 'm3', code: 'M3', title: '三', minutes: 90 },
    { id: 'm4', code: 'M4', title: '四', minutes: 150 },
  ],
  breaks: [
    { after: 'm1', minutes: 15, title: '茶歇' },
    { after: 'm2', minutes: 90, title: '午餐与午休' },
    { after: 'm3', minutes: 15, title: '茶歇' },
  ],
};

const spans = (day: AgendaDay, start: string) =>
  planDay(day, at(start)).rows.map((row) => `${row.kind === 'module' ? row.code : row.title} ${formatSpan(row)}`);

describe('parseClock', () => {
  it('reads HH:MM and H:MM as minutes after midnight', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock(' 08:30 ')).toBe(510);
  });

  it('ignores seconds, as a time input with a step may send them', () => {
    expect(parseClock('08:30:00')).toBe(510);
    expect(parseClock('08:30:59')).toBe(510);
    expect(parseClock('08:30:60')).toBeNull();
  });

  it('refuses anything that is not a clock time', () => {
    for (const bad of [
      '25:00',
      '24:00',
      '12:60',
      '',
      '9',
      '0900',
      '9.00',
      '09:5',
      '-1:00',
      '１０:００',
      'ab:cd',
      '09:00 am',
      '123:00',
    ]) {
      expect(parseClock(bad), bad).toBeNull();
    }
    for (const bad of [null, undefined, 540, {}, ['09:00']]) expect(parseClock(bad)).toBeNull();
  });
});

describe('formatClock and formatSpan', () => {
  it('writes two-digit hours and minutes', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(1439)).toBe('23:59');
    expect(formatClock(510.4)).toBe('08:30');
  });

  it('says when a time falls on another day', () => {
    expect(formatClock(1440)).toBe('次日 00:00');
    expect(formatClock(1500)).toBe('次日 01:00');
    expect(formatClock(2 * 1440 + 60)).toBe('2 天后 01:00');
    expect(formatClock(-30)).toBe('前一日 23:30');
    expect(formatClock(-2 * 1440)).toBe('2 天前 00:00');
  });

  it('does not print nonsense for a non-number', () => {
    expect(formatClock(Number.NaN)).toBe('--:--');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('--:--');
  });

  it('round-trips every minute of the day', () => {
    for (let minute = 0; minute < 1440; minute += 1) expect(parseClock(formatClock(minute))).toBe(minute);
  });

  it('joins a span with an en dash, naming another day once', () => {
    expect(formatSpan({ start: 540, end: 630 })).toBe('09:00–10:30');
    expect(formatSpan({ start: 1425, end: 1515 })).toBe('23:45–次日 01:15');
    expect(formatSpan({ start: 1515, end: 1605 })).toBe('次日 01:15–02:45');
    expect(formatSpan({ start: 540, end: Number.NaN })).toBe('09:00–--:--');
  });
});

describe('formatDuration', () => {
  it('gives exact hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 分钟');
    expect(formatDuration(45)).toBe('45 分钟');
    expect(formatDuration(60)).toBe('1 小时');
    expect(formatDuration(105)).toBe('1 小时 45 分钟');
    expect(formatDuration(420)).toBe('7 小时');
  });
});

describe('validateStart', () => {
  it('accepts a clock time', () => {
    expect(validateStart('08:30')).toEqual({ ok: true, minutes: 510 });
  });

  it('asks for a time when the field is empty', () => {
    const result = validateStart('  ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/请填写开始时间/);
  });

  it('explains the range for an impossible time', () => {
    const result = validateStart('25:00');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/00:00 到 23:59/);
  });
});

describe('planDay', () => {
  it('lays out day 1 from 09:00 with its breaks in place', () => {
    expect(spans(DAY1, '09:00')).toEqual([
      'M1 09:00–10:30',
      '茶歇 10:30–10:45',
      'M2 10:45–12:15',
      '午餐与午休 12:15–13:45',
      'M3 13:45–15:15',
      '茶歇 15:15–15:30',
      'M4 15:30–18:00',
    ]);
  });

  it('shifts every row with the start', () => {
    expect(spans(DAY1, '08:30')[0]).toBe('M1 08:30–10:00');
    expect(spans(DAY1, '08:30').at(-1)).toBe('M4 15:00–17:30');
  });

  it('adds up teaching and break time; day 1 teaches 7 h, one over the 6 h target', () => {
    const schedule = planDay(DAY1, at('09:00'));
    expect(schedule).toMatchObject({ start: 540, end: 1080, teachingMinutes: 420, breakMinutes: 120 });
    expect(schedule.end - schedule.start).toBe(schedule.teachingMinutes + schedule.breakMinutes);
    expect(minutesOverTarget(schedule, 360)).toBe(60);
    expect(minutesOverTarget(schedule, 420)).toBe(0);
  });

  it('reports no overrun for a day within 6 h', () => {
    const short = { ...DAY1, modules: DAY1.modules.slice(0, 3), breaks: DAY1.breaks.slice(0, 2) };
    expect(planDay(short, 540).teachingMinutes).toBe(270);
    expect(minutesOverTarget(planDay(short, 540), 360)).toBe(0);
    const exact = {
      ...DAY1,
      modules: [{ id: 'm1', code: 'M1', title: '一', minutes: 360 }],
      breaks: [],
    };
    expect(minutesOverTarget(planDay(exact, 540), 360)).toBe(0);
  });

  it('keeps several breaks after one module in the file order, and allows one after the last module', () => {
    const day = {
      ...DAY1,
      modules: DAY1.modules.slice(0, 2),
      breaks: [
        { after: 'm1', minutes: 10, title: '合影' },
        { after: 'm1', minutes: 15, title: '茶歇' },
        { after: 'm2', minutes: 30, title: '答疑' },
      ],
    };
    expect(spans(day, '09:00')).toEqual([
      'M1 09:00–10:30',
      '合影 10:30–10:40',
      '茶歇 10:40–10:55',
      'M2 10:55–12:25',
      '答疑 12:25–12:55',
    ]);
  });

  it('runs past midnight without wrapping back', () => {
    const schedule = planDay(DAY1, at('22:00'));
    expect(spans(DAY1, '22:00').at(-1)).toBe('M4 次日 04:30–07:00');
    expect(schedule.end).toBe(1320 + 540);
  });

  it('refuses a break after a module the day does not have, naming it', () => {
    expect(() => planDay({ ...DAY1, breaks: [{ after: 'm9', minutes: 15, title: '茶歇' }] }, 540)).toThrow(
      /day1.*茶歇.*m9/,
    );
  });

  it('refuses a start that is not a number', () => {
    expect(() => planDay(DAY1, Number.NaN)).toThrow(RangeError);
  });

  it('plans an empty break list as back-to-back modules', () => {
    expect(spans({ ...DAY1, breaks: [] }, '09:00').slice(0, 2)).toEqual(['M1 09:00–10:30', 'M2 10:30–12:00']);
  });
});

describe('positionAt', () => {
  const schedule = planDay(DAY1, at('09:00'));
  const label = (clock: string) => {
    const position = positionAt(schedule, at(clock));
    if (position.state !== 'during') return position.state;
    const row = schedule.rows[position.index]!;
    return row.kind === 'module' ? row.code : row.title;
  };

  it('is before the start until the first minute', () => {
    expect(label('08:59')).toBe('before');
    expect(label('00:00')).toBe('before');
  });

  it('finds the row a time falls in; a row ends where the next begins', () => {
    expect(label('09:00')).toBe('M1');
    expect(label('10:29')).toBe('M1');
    expect(label('10:30')).toBe('茶歇');
    expect(label('11:00')).toBe('M2');
    expect(label('12:15')).toBe('午餐与午休');
    expect(label('17:59')).toBe('M4');
  });

  it('is after the end from the last minute on', () => {
    expect(label('18:00')).toBe('after');
    expect(label('23:59')).toBe('after');
  });

  it('follows a day that runs past midnight', () => {
    const late = planDay(DAY1, at('22:00'));
    const row = (clock: string) => {
      const position = positionAt(late, at(clock));
      return position.state === 'during' ? late.rows[position.index]!.title : position.state;
    };
    expect(row('21:59')).toBe('before');
    expect(row('23:00')).toBe('一');
    expect(row('23:40')).toBe('茶歇');
    expect(row('00:30')).toBe('二');
    expect(row('06:59')).toBe('四');
    expect(row('07:00')).toBe('after');
    // Once the night session is over, the clock points to the next start.
    expect(row('07:01')).toBe('before');
    expect(row('12:00')).toBe('before');
  });
});

describe('minutesBehind and endAtCurrentPace', () => {
  const schedule = planDay(DAY1, at('09:00'));

  it('is on plan anywhere inside the module’s planned time', () => {
    expect(minutesBehind(schedule, 'm2', at('10:45'))).toBe(0);
    expect(minutesBehind(schedule, 'm2', at('12:14'))).toBe(0);
  });

  it('is behind by the minutes past the module’s planned end', () => {
    expect(minutesBehind(schedule, 'm2', at('12:15'))).toBe(0);
    expect(minutesBehind(schedule, 'm2', at('12:30'))).toBe(15);
    expect(minutesBehind(schedule, 'm1', at('11:00'))).toBe(30);
  });

  it('is ahead by the minutes before the module’s planned start', () => {
    expect(minutesBehind(schedule, 'm2', at('10:30'))).toBe(-15);
    expect(minutesBehind(schedule, 'm3', at('12:00'))).toBe(-105);
  });

  it('knows nothing about a module of another day', () => {
    expect(minutesBehind(schedule, 'm5', at('10:00'))).toBeNull();
    expect(minutesBehind(schedule, '', at('10:00'))).toBeNull();
  });

  it('counts across midnight', () => {
    const late = planDay(DAY1, at('22:00'));
    // M2 is planned 23:45–次日 01:15.
    expect(minutesBehind(late, 'm2', at('23:30'))).toBe(-15);
    expect(minutesBehind(late, 'm2', at('00:30'))).toBe(0);
    expect(minutesBehind(late, 'm2', at('01:45'))).toBe(30);
  });

  it('moves the day’s end by the same minutes', () => {
    expect(formatClock(endAtCurrentPace(schedule, 15))).toBe('18:15');
    expect(formatClock(endAtCurrentPace(schedule, -20))).toBe('17:40');
    expect(formatClock(endAtCurrentPace(schedule, 0))).toBe('18:00');
  });

  it('puts it in words', () => {
    expect(formatPace(15)).toBe('比计划落后 15 分钟');
    expect(formatPace(-20)).toBe('比计划提前 20 分钟');
    expect(formatPace(0)).toBe('与计划一致');
  });
});

describe('describePosition and describePace', () => {
  const schedule = planDay(DAY1, at('09:00'));

  it('names the row the class should be in, with its times', () => {
    expect(describePosition(schedule, positionAt(schedule, at('11:00')))).toBe('现在应在：M2 二（10:45–12:15）');
    expect(describePosition(schedule, positionAt(schedule, at('12:20')))).toBe('现在应在：午餐与午休（12:15–13:45）');
  });

  it('says when class has not begun or is over', () => {
    expect(describePosition(schedule, positionAt(schedule, at('08:00')))).toBe('还没到上课时间：09:00 开始。');
    expect(describePosition(schedule, positionAt(schedule, at('19:00')))).toBe('按计划，今天的课已在 18:00 结束。');
  });

  it('gives the pace and the end of the day at that pace', () => {
    expect(describePace(schedule, 'm2', at('12:30'))).toBe(
      '比计划落后 15 分钟（M2 计划 10:45–12:15）。按现在的进度，今天约 18:15 结束。',
    );
    expect(describePace(schedule, 'm3', at('13:15'))).toBe(
      '比计划提前 30 分钟（M3 计划 13:45–15:15）。按现在的进度，今天约 17:30 结束。',
    );
    expect(describePace(schedule, 'm2', at('11:00'))).toBe(
      '与计划一致（M2 计划 10:45–12:15）。按现在的进度，今天约 18:00 结束。',
    );
  });

  it('asks for the module when none (or one of another day) is chosen', () => {
    expect(describePace(schedule, '', at('11:00'))).toMatch(/选好「我现在在讲」/);
    expect(describePace(schedule, 'm7', at('11:00'))).toMatch(/选好「我现在在讲」/);
  });
});

describe('minuteOfDay', () => {
  it('reads the local clock', () => {
    expect(minuteOfDay(new Date(2025, 2, 10, 10, 45, 59))).toBe(645);
    expect(minuteOfDay(new Date(2025, 2, 10, 0, 0))).toBe(0);
  });
});

describe('agendaDays and agendaDataJson', () => {
  const info = (id: string, minutes: number): ModuleInfo => ({
    id,
    code: id.toUpperCase(),
    title: `<b>${id}</b>`,
    summary: 's',
    minutes,
    exercises: ['x'],
    hasCheck: false,
    status: 'ready',
  });
  const outline = buildOutline(
    [{ id: 'day1', title: '第一天', modules: ['m1', 'm2'] }],
    [info('m2', 45), info('m1', 30)],
  );

  it('joins the course file’s schedule with the outline’s modules, in teaching order', () => {
    const [day] = agendaDays(
      [{ id: 'day1', start: '08:00', breaks: [{ after: 'm1', minutes: 10, title: '茶歇' }] }],
      outline,
    );
    expect(day).toEqual({
      id: 'day1',
      title: '第一天',
      start: '08:00',
      modules: [
        { id: 'm1', code: 'M1', title: '<b>m1</b>', minutes: 30 },
        { id: 'm2', code: 'M2', title: '<b>m2</b>', minutes: 45 },
      ],
      breaks: [{ after: 'm1', minutes: 10, title: '茶歇' }],
    });
  });

  it('fails when the course file lacks a day of the outline', () => {
    expect(() => agendaDays([], outline)).toThrow(/day1/);
  });

  it('serialises without a `<` that could close the script tag, and parses back', () => {
    const days = agendaDays([{ id: 'day1', start: '09:00', breaks: [] }], outline);
    const json = agendaDataJson(days);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(days);
  });
});

describe('parseAgendaSettings', () => {
  it('reads what the page saved', () => {
    const saved = JSON.stringify({ starts: { day1: '08:30' }, today: 'day2', current: { day2: 'm6' } });
    expect(parseAgendaSettings(saved)).toEqual({ starts: { day1: '08:30' }, today: 'day2', current: { day2: 'm6' } });
  });

  it('falls back to defaults for nothing, broken JSON or the wrong shape', () => {
    const empty = { starts: {}, today: '', current: {} };
    for (const raw of [
      undefined,
      '',
      '{',
      'null',
      '42',
      '"day1"',
      '[]',
      JSON.stringify({ starts: [], today: 3, current: 'm1' }),
    ]) {
      expect(parseAgendaSettings(raw), String(raw)).toEqual(empty);
    }
  });

  it('drops bad entries and keeps the good ones', () => {
    const saved = JSON.stringify({
      starts: { day1: '25:00', day2: '07:45', 'Day 3': '09:00', day4: 900, day5: '' },
      today: '<script>',
      current: { day1: 'm1', day2: '<img src=x>', day3: 7 },
    });
    expect(parseAgendaSettings(saved)).toEqual({ starts: { day2: '07:45' }, today: '', current: { day1: 'm1' } });
  });

  it('does not let a saved __proto__ key reach the prototype', () => {
    const settings = parseAgendaSettings('{"starts":{"__proto__":{"day1":"01:00"}},"current":{"__proto__":"m1"}}');
    expect(settings.starts).toEqual({});
    expect(Object.getPrototypeOf(settings.current)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).day1).toBeUndefined();
  });
});

describe('withAgendaChange', () => {
  const saved = { starts: { day1: '08:30' }, today: 'day2', current: { day2: 'm6' } };
  it('changes only what the trainer changed, on top of what another tab saved', () => {
    expect(withAgendaChange(saved, { kind: 'current', day: 'day2', module: 'm7' })).toEqual({
      starts: { day1: '08:30' },
      today: 'day2',
      current: { day2: 'm7' },
    });
    expect(withAgendaChange(saved, { kind: 'today', day: 'day1' })).toEqual({ ...saved, today: 'day1' });
    expect(withAgendaChange(saved, { kind: 'start', day: 'day2', start: '10:00' }).starts).toEqual({
      day1: '08:30',
      day2: '10:00',
    });
  });
  it('takes a day back to its default start', () => {
    expect(withAgendaChange(saved, { kind: 'start', day: 'day1', start: null }).starts).toEqual({});
  });
  it('leaves the saved settings untouched', () => {
    const copy = structuredClone(saved);
    withAgendaChange(saved, { kind: 'start', day: 'day1', start: null });
    withAgendaChange(saved, { kind: 'current', day: 'day1', module: 'm1' });
    expect(saved).toEqual(copy);
  });
});

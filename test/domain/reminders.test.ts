// Tests the reminder rules (SPEC §8): the schedule by local day, who is due, retries, recipients.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD_CONFIG } from '../../src/domain/period';
import {
  dueReminders,
  isStale,
  type LogEntry,
  manualRounds,
  parseReminderKey,
  type ReminderSchedule,
  type Round,
  recipientsFor,
  reminderKey,
  roundsOn,
  statusOfLabel,
} from '../../src/domain/reminders';
import type { UnitResult } from '../../src/domain/types';

const cfg = DEFAULT_PERIOD_CONFIG;
const schedule: ReminderSchedule = { reminderDays: [10, 15, 18], overdueDay: 21 };
/** A local Hà Nội wall time. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

function standing(code: string, exemplars: [number, number], articles: [number, number]): UnitResult {
  const s = ([counted, required]: [number, number]) => ({ counted, required, met: counted >= required, repeats: 0 });
  const e = s(exemplars);
  const a = s(articles);
  return { code, name: `Đơn vị ${code}`, type: 'phuong', exemplars: e, articles: a, met: e.met && a.met };
}

describe('the schedule by local day (defaults 10, 15, 18 and 21)', () => {
  it('has no round on the 9th', () => {
    expect(roundsOn(vn('2023-05-09T08:00:00'), schedule, cfg)).toEqual([]);
  });

  it.each(['10', '15', '18'])('has a truoc-han round for the current period on the %sth', (day) => {
    expect(roundsOn(vn(`2023-05-${day}T08:00:00`), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: `2023-05-${day}` },
    ]);
  });

  it('has a qua-han round for the period that just ended on the 21st', () => {
    expect(roundsOn(vn('2023-05-21T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'qua-han', period: '2023-05', day: '2023-05-21' },
    ]);
  });

  it('takes the day in Hà Nội, not on the host: 23:30 UTC on 9 May is already the 10th', () => {
    expect(roundsOn(new Date('2023-05-09T23:30:00Z'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' },
    ]);
  });

  it('crosses the year: the overdue round of 21 January is for period 2023-01, the 10th of January for 2023-01', () => {
    expect(roundsOn(vn('2023-01-21T08:00:00'), schedule, cfg)[0].period).toBe('2023-01');
    expect(roundsOn(vn('2023-01-10T08:00:00'), schedule, cfg)[0].period).toBe('2023-01');
    expect(roundsOn(vn('2022-12-21T08:00:00'), schedule, cfg)[0].period).toBe('2022-12');
  });

  it('follows configured days: a day in both lists has both rounds', () => {
    const both = roundsOn(vn('2023-05-05T08:00:00'), { reminderDays: [5], overdueDay: 5 }, cfg);
    expect(both.map((r) => `${r.stage} ${r.period}`)).toEqual(['qua-han 2023-04', 'truoc-han 2023-05']);
  });

  it('gives a manual run a truoc-han round today when nothing is scheduled, and the scheduled rounds otherwise', () => {
    expect(manualRounds(vn('2023-05-12T14:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-12' },
    ]);
    expect(manualRounds(vn('2023-05-21T14:00:00'), schedule, cfg)).toEqual([
      { stage: 'qua-han', period: '2023-05', day: '2023-05-21' },
    ]);
  });
});

describe('reminder keys', () => {
  it('name the unit in a round and read back', () => {
    const round: Round = { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' };
    const key = reminderKey(round, 'ph01');
    expect(key).toBe('2023-05|truoc-han|2023-05-10|PH01');
    expect(parseReminderKey(key)).toEqual({ ...round, unitCode: 'PH01' });
    expect(parseReminderKey('ghi chú của văn thư')).toBeUndefined();
  });

  it('read the log statuses by their exact Vietnamese labels', () => {
    expect(statusOfLabel('Đã gửi')).toBe('sent');
    expect(statusOfLabel(' Hoãn – hết hạn mức ')).toBe('deferred');
    expect(statusOfLabel('Bỏ qua – không có email')).toBe('skipped');
    expect(statusOfLabel('Lỗi')).toBe('failed');
    expect(statusOfLabel('Đã gởi')).toBeUndefined();
  });
});

describe('who is due', () => {
  const may: UnitResult[] = [
    standing('PB01', [2, 2], [3, 3]),
    standing('PH01', [1, 5], [15, 15]),
    standing('PH02', [0, 5], [0, 15]),
  ];
  const standings = () => may;
  const day10: Round = { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' };
  const due = (now: string, rounds: Round[], log: LogEntry[] = []) =>
    dueReminders({ now: vn(now), rounds, log, standings, cfg }).map((d) => `${d.key}${d.retry ? ' (retry)' : ''}`);

  it('lists the units short of either stream, in standing order, and not those that meet both', () => {
    expect(due('2023-05-10T08:00:00', [day10])).toEqual([
      '2023-05|truoc-han|2023-05-10|PH01',
      '2023-05|truoc-han|2023-05-10|PH02',
    ]);
  });

  it('owes nothing on a day without a round and an empty log', () => {
    expect(due('2023-05-11T08:00:00', [])).toEqual([]);
  });

  it('never lists again a unit logged as sent or skipped in the same round', () => {
    const log: LogEntry[] = [
      { key: reminderKey(day10, 'PH01'), status: 'sent' },
      { key: reminderKey(day10, 'PH02'), status: 'skipped' },
    ];
    expect(due('2023-05-10T15:00:00', [day10], log)).toEqual([]);
  });

  it('owes a deferred email on the next day, which is not a reminder day', () => {
    const log: LogEntry[] = [{ key: reminderKey(day10, 'PH02'), status: 'deferred' }];
    expect(due('2023-05-11T08:00:00', [], log)).toEqual(['2023-05|truoc-han|2023-05-10|PH02 (retry)']);
  });

  it('stops owing a deferred email once it was sent, even if a deferral was logged again later', () => {
    const key = reminderKey(day10, 'PH02');
    const log: LogEntry[] = [
      { key, status: 'deferred' },
      { key, status: 'sent' },
      { key, status: 'deferred' },
    ];
    expect(due('2023-05-11T08:00:00', [], log)).toEqual([]);
  });

  it('retries a failed send, but not for a unit that has met its quota since', () => {
    const log: LogEntry[] = [
      { key: reminderKey(day10, 'PH01'), status: 'failed' },
      { key: reminderKey(day10, 'PB01'), status: 'failed' },
    ];
    expect(due('2023-05-11T08:00:00', [], log)).toEqual(['2023-05|truoc-han|2023-05-10|PH01 (retry)']);
  });

  it('replaces a deferred email by the newer round of the same stage instead of sending both', () => {
    const log: LogEntry[] = [{ key: reminderKey(day10, 'PH02'), status: 'deferred' }];
    const day15: Round = { ...day10, day: '2023-05-15' };
    expect(due('2023-05-15T08:00:00', [day15], log)).toEqual([
      '2023-05|truoc-han|2023-05-15|PH01',
      '2023-05|truoc-han|2023-05-15|PH02',
    ]);
  });

  it('drops a deferred truoc-han email after the deadline has passed', () => {
    const log: LogEntry[] = [{ key: reminderKey(day10, 'PH02'), status: 'deferred' }];
    expect(due('2023-05-20T23:00:00', [], log)).toHaveLength(1);
    expect(due('2023-05-21T00:00:01', [], log)).toEqual([]);
  });

  it('keeps a deferred qua-han email owed until the next period closes', () => {
    const overdue: Round = { stage: 'qua-han', period: '2023-05', day: '2023-05-21' };
    expect(isStale(overdue, vn('2023-06-20T23:59:00'), cfg)).toBe(false);
    expect(isStale(overdue, vn('2023-06-21T00:00:00'), cfg)).toBe(true);
  });

  it('puts retries before the new round, so yesterday’s deferred go first', () => {
    const log: LogEntry[] = [
      { key: reminderKey({ ...day10, stage: 'qua-han', period: '2023-04' }, 'PH01'), status: 'deferred' },
    ];
    const keys = due('2023-05-10T08:00:00', [day10], log);
    expect(keys[0]).toBe('2023-04|qua-han|2023-05-10|PH01 (retry)');
    expect(keys).toHaveLength(3);
  });
});

describe('recipients', () => {
  it('are the unit’s registered emails with Nội vụ in cc, each counted against the quota', () => {
    const r = recipientsFor(
      { emails: ['vanthu.caudien@example.vn', 'chutich.caudien@example.vn'] },
      { officeEmail: 'noivu@example.vn', ccOffice: true },
    );
    expect(r).toEqual({
      to: ['vanthu.caudien@example.vn', 'chutich.caudien@example.vn'],
      cc: ['noivu@example.vn'],
      count: 3,
    });
  });

  it('leave out the cc when the setting is off, when no office email is set, or when Nội vụ is itself the unit', () => {
    expect(
      recipientsFor({ emails: ['a@example.vn'] }, { officeEmail: 'noivu@example.vn', ccOffice: false }).cc,
    ).toEqual([]);
    expect(recipientsFor({ emails: ['a@example.vn'] }, { officeEmail: '', ccOffice: true }).count).toBe(1);
    expect(
      recipientsFor({ emails: ['noivu@example.vn'] }, { officeEmail: 'NoiVu@example.vn', ccOffice: true }),
    ).toEqual({
      to: ['noivu@example.vn'],
      cc: [],
      count: 1,
    });
  });

  it('are nobody for a unit without email (no cc alone either)', () => {
    expect(recipientsFor({ emails: [] }, { officeEmail: 'noivu@example.vn', ccOffice: true })).toEqual({
      to: [],
      cc: [],
      count: 0,
    });
  });
});

describe('once per unit, period and stage (oncePerStage)', () => {
  const standings = () => [standing('PH01', [1, 5], [3, 15]), standing('PB01', [0, 2], [0, 3])];
  const due = (
    day: string,
    log: { key: string; status: 'sent' | 'skipped' | 'deferred' | 'failed' }[],
    oncePerStage: boolean,
  ) =>
    dueReminders({
      now: vn(`${day}T08:00:00`),
      rounds: roundsOn(vn(`${day}T08:00:00`), schedule, cfg),
      log,
      standings,
      cfg,
      oncePerStage,
    }).map((d) => d.key);

  it('owes nothing on the 15th to a unit reminded on the 10th, but still owes the others', () => {
    const log = [{ key: '2023-05|truoc-han|2023-05-10|PH01', status: 'sent' as const }];
    expect(due('2023-05-15', log, true)).toEqual(['2023-05|truoc-han|2023-05-15|PB01']);
    expect(due('2023-05-15', log, false)).toEqual([
      '2023-05|truoc-han|2023-05-15|PH01',
      '2023-05|truoc-han|2023-05-15|PB01',
    ]);
  });
});

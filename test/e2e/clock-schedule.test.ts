// Tests through the built bundle that the clock triggers follow `Cấu hình`: after `Giờ gửi thư nhắc` or
// `Ngày chốt số liệu` changes, setup replaces the trigger on the old schedule (and only that one), says so, and
// the job then runs at the new time; unchanged settings leave every trigger as it was.
import { describe, expect, it } from 'vitest';
import { type Seeded, seededEnvironment, vn } from './helpers';
import { lastAlert } from './world';

function setSetting(s: Seeded, label: string, value: string): void {
  const sheet = s.env.spreadsheet.getSheetByName('Cấu hình')!;
  const row = s.sheetValues('Cấu hình').findIndex((r) => r[0] === label);
  sheet.getRange(row + 1, 2).setValue(value);
}

function clockTriggers(s: Seeded) {
  return s.env.services.ScriptApp.getProjectTriggers()
    .filter((t) => t.spec.eventType === 'CLOCK')
    .map((t) => ({ handler: t.spec.handler, id: t.spec.uniqueId, ...t.spec.schedule }));
}

const one = (s: Seeded, handler: string) => {
  const found = clockTriggers(s).filter((t) => t.handler === handler);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Local hour in Asia/Ho_Chi_Minh (UTC+7, no DST). */
const localHour = (d: Date) => (d.getUTCHours() + 7) % 24;

describe('Giờ gửi thư nhắc changed from 8 to 9, then Khởi tạo hệ thống', () => {
  it('replaces the daily and monthly triggers with ones at 9, keeps the hourly one, and says so', () => {
    const s = seededEnvironment();
    const hourly = one(s, 'hourlyReconcile').id;
    expect(one(s, 'dailyJob').atHour).toBe(8);
    setSetting(s, 'Giờ gửi thư nhắc', '9');
    s.env.run('setupSystem');
    expect(one(s, 'dailyJob')).toMatchObject({ atHour: 9, everyDays: 1, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(one(s, 'monthlyReportJob')).toMatchObject({ atHour: 9, monthDay: 21 });
    expect(one(s, 'hourlyReconcile').id).toBe(hourly);
    const lines = lastAlert(s.env)!.prompt.split('\n');
    expect(lines).toContain('Trình kích hoạt tạo mới: 0.');
    expect(lines.filter((l) => l.startsWith('Đổi lịch'))).toEqual([
      'Đổi lịch theo Cấu hình: Thư nhắc hằng ngày chạy hằng ngày lúc 9 giờ.',
      'Đổi lịch theo Cấu hình: Báo cáo tháng tự động chạy ngày 21 hằng tháng lúc 9 giờ.',
    ]);
  });

  it('runs the daily job at 9 from the next day on, never at 8 any more', () => {
    const s = seededEnvironment();
    setSetting(s, 'Giờ gửi thư nhắc', '9');
    s.env.run('setupSystem');
    s.env.advanceTo(vn('2023-04-04T12:00:00'));
    const daily = s.env.runs.filter((r) => r.handler === 'dailyJob');
    expect(daily.length).toBeGreaterThanOrEqual(2);
    expect(daily.map((r) => localHour(r.at))).toEqual(daily.map(() => 9));
  });
});

describe('Ngày chốt số liệu changed from 20 to 15, then Khởi tạo hệ thống', () => {
  it('moves the monthly report trigger to day 16 and leaves the daily one alone', () => {
    const s = seededEnvironment();
    const daily = one(s, 'dailyJob').id;
    setSetting(s, 'Ngày chốt số liệu', '15');
    s.env.run('setupSystem');
    expect(one(s, 'monthlyReportJob')).toMatchObject({ monthDay: 16, atHour: 8 });
    expect(one(s, 'dailyJob').id).toBe(daily);
  });
});

describe('Khởi tạo hệ thống with the settings unchanged', () => {
  it('keeps every clock trigger, ids included, and reports no new schedule', () => {
    const s = seededEnvironment();
    const before = clockTriggers(s);
    s.env.run('setupSystem');
    s.env.run('setupSystem');
    expect(clockTriggers(s)).toEqual(before);
    expect(lastAlert(s.env)!.prompt).not.toContain('Đổi lịch');
  });
});

describe('clock triggers installed before their schedules were stored', () => {
  it('are recreated once on the current schedule, duplicates removed, then left alone', () => {
    const s = seededEnvironment();
    const { ScriptApp, PropertiesService } = s.env.services;
    // An older version's trigger at another hour, plus a stray copy, and no stored schedule.
    ScriptApp.newTrigger('dailyJob').timeBased().everyDays(1).atHour(3).create();
    PropertiesService.getScriptProperties().deleteProperty('guongSang.clockSchedule.dailyJob');
    expect(clockTriggers(s).filter((t) => t.handler === 'dailyJob')).toHaveLength(2);
    s.env.run('setupSystem');
    const daily = one(s, 'dailyJob');
    expect(daily.atHour).toBe(8);
    s.env.run('setupSystem');
    expect(one(s, 'dailyJob').id).toBe(daily.id);
  });
});

// The one retry policy (src/gas/retry.ts) at the depth of each job: a transient error retries a whole idempotent
// unit of work with bounded exponential backoff; daily quotas and the time limit are final; a MailApp send is
// never retried blindly; a half-built report never stays behind.
import { describe, expect, it } from 'vitest';
import { GOOGLE_ERRORS, inject } from '../../offline/runtime/faults';
import { RECOVERED_NOTE } from '../../src/app/reminder-journal';
import { isTransient } from '../../src/gas/retry';
import { seededEnvironment, vn } from './helpers';
import { district, records } from './reporting-fixture';

const EX = 'Gương ĐHTT-NTVT';

describe('which errors are retried', () => {
  it('treats Google’s passing errors as transient, and daily quotas and the time limit as final', () => {
    expect(isTransient(new Error(GOOGLE_ERRORS.spreadsheetsFailed()))).toBe(true);
    expect(isTransient(new Error(GOOGLE_ERRORS.spreadsheetsTimedOut()))).toBe(true);
    expect(isTransient(new Error(GOOGLE_ERRORS.documentsFailed()))).toBe(true);
    expect(isTransient(new Error(GOOGLE_ERRORS.tooManyShortTime()))).toBe(true);
    expect(isTransient(new Error(GOOGLE_ERRORS.serverError))).toBe(true);
    expect(isTransient(new Error(GOOGLE_ERRORS.mailQuota))).toBe(false);
    expect(isTransient(new Error(GOOGLE_ERRORS.executionTime))).toBe(false);
    expect(isTransient(new Error(GOOGLE_ERRORS.lockTimeout))).toBe(false);
    expect(isTransient(new Error('Invalid email: x'))).toBe(false);
  });
});

describe('a submission meeting a passing Sheets error', () => {
  it('is stored by its own trigger after a backoff sleep, once', () => {
    const s = seededEnvironment();
    inject(s.env, [
      {
        service: 'SpreadsheetApp',
        method: 'Range.setValues',
        nth: 1,
        times: 2,
        message: GOOGLE_ERRORS.spreadsheetsFailed(),
      },
    ]);
    const sleeps = s.env.ctx.calls.count('Utilities', 'Utilities.sleep');
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    expect(s.env.runs.at(-1)).toMatchObject({ handler: 'onFormSubmit' });
    expect(s.env.runs.at(-1)!.error).toBeUndefined();
    expect(s.sheetValues(EX)).toHaveLength(2);
    expect(s.env.ctx.calls.count('Utilities', 'Utilities.sleep') - sleeps).toBe(2);
  });

  it('reading the context or the response is retried too, and gives up after four attempts', () => {
    const s = seededEnvironment();
    inject(s.env, [
      {
        service: 'SpreadsheetApp',
        method: 'Sheet.getDataRange',
        nth: 1,
        times: 4,
        message: GOOGLE_ERRORS.tooManyShortTime(),
        inExecution: true,
      },
    ]);
    s.nominate({ unit: 'PB01', name: 'A', at: '2023-05-02T09:00:00' });
    expect(s.env.runs.at(-1)!.error).toBe(GOOGLE_ERRORS.tooManyShortTime());
    // 0.5 s, 1 s, 2 s between the four attempts: bounded, then the hourly reconcile takes over.
    const at = s.env.runs.at(-1)!;
    expect(at.durationMs).toBe(3500);
    s.env.runTrigger('hourlyReconcile');
    expect(s.sheetValues(EX)).toHaveLength(2);
  });
});

describe('a reminder send that throws', () => {
  it('is not retried in the run, even for an error that would be retried elsewhere; the next run sends it', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-10T08:00:00'));
    inject(s.env, [
      { service: 'MailApp', method: 'MailApp.sendEmail', nth: 1, message: GOOGLE_ERRORS.tooManyShortTime('email') },
    ]);
    s.env.runTrigger('dailyJob');
    const firstRun = s.env.ctx.calls.count('MailApp', 'MailApp.sendEmail');
    const log = () => records(s.sheetValues('Nhật ký gửi thư'));
    const failed = log().filter((r) => r['Trạng thái'] === 'Lỗi');
    expect(failed).toHaveLength(1);
    // One call per unit with an email: the failed one was not tried a second time.
    expect(firstRun).toBe(log().filter((r) => r['Trạng thái'] !== 'Bỏ qua – không có email').length);
    s.env.clock.set(vn('2023-05-11T08:00:00'));
    s.env.runTrigger('dailyJob');
    expect(
      log()
        .filter((r) => r['Khoá thư'] === failed[0]['Khoá thư'])
        .map((r) => r['Trạng thái']),
    ).toEqual(['Lỗi', 'Đã gửi']);
  });
});

describe('setup during a passing Forms outage', () => {
  it('fails instead of taking the form for deleted and creating a second one', () => {
    const s = seededEnvironment();
    const forms = s.env.services.FormApp.allFormsForTest().length;
    inject(s.env, [{ service: 'FormApp', method: 'FormApp.openById', nth: 1, message: GOOGLE_ERRORS.serverError }]);
    expect(() => s.env.run('apiSetup_')).toThrow(GOOGLE_ERRORS.serverError);
    s.env.run('apiSetup_');
    expect(s.env.services.FormApp.allFormsForTest()).toHaveLength(forms);
  });
});

describe('the monthly report meeting a passing Docs error', () => {
  it('is made on the second attempt, and the half-written document goes to the trash', () => {
    const d = district(1);
    d.month('2023-04-25T08:00:00');
    d.env.clock.set(vn('2023-05-21T08:30:00'));
    inject(d.env, [
      { service: 'DocumentApp', method: 'Body.appendTable', nth: 2, message: GOOGLE_ERRORS.documentsFailed() },
    ]);
    d.env.runTrigger('monthlyReportJob');
    const log = records(d.sheetValues('Báo cáo'));
    expect(log.map((r) => r.Kỳ)).toEqual(['2023-05']);
    const folderId = String(d.sheetValues('Cấu hình').find((r) => r[0] === 'Thư mục báo cáo')?.[1]);
    const live = d.env.services.Drive.Files.list({
      q: `'${folderId}' in parents and trashed = false`,
      fields: 'files(id)',
    }).files!;
    expect(live.map((f) => f.id).sort()).toEqual([log[0]['Mã tài liệu'], log[0]['Mã PDF']].sort());
    const all = d.env.services.Drive.Files.list({ q: `'${folderId}' in parents`, fields: 'files(id,trashed)' }).files!;
    expect(all.filter((f) => f.trashed)).toHaveLength(1);
  });
});

describe('a reminder run stopped by Google’s time limit', () => {
  function dayTen() {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-10T08:00:00'));
    const log = () => records(s.sheetValues('Nhật ký gửi thư'));
    return { s, log, sent: () => s.env.services.MailApp.sent };
  }

  it('after its sends but before its log write: the next run logs them from the journal and sends none again', () => {
    const { s, log, sent } = dayTen();
    const stop = inject(s.env, [
      {
        service: 'SpreadsheetApp',
        method: 'Range.setValues',
        nth: 1,
        message: GOOGLE_ERRORS.executionTime,
        kill: true,
      },
    ]);
    expect(() => s.env.runTrigger('dailyJob')).toThrow(GOOGLE_ERRORS.executionTime);
    stop();
    const mailed = sent().length;
    expect(mailed).toBeGreaterThan(0);
    expect(s.env.spreadsheet.getSheetByName('Nhật ký gửi thư')?.getLastRow() ?? 1).toBeLessThanOrEqual(1);
    s.env.clock.set(vn('2023-05-11T08:00:00'));
    s.env.runTrigger('dailyJob');
    expect(sent()).toHaveLength(mailed);
    const rows = log().filter((r) => r['Trạng thái'] === 'Đã gửi');
    expect(rows).toHaveLength(mailed);
    expect(rows.every((r) => r['Chi tiết lỗi'] === RECOVERED_NOTE.sent)).toBe(true);
  });

  it('during a send: that reminder is logged as perhaps sent and never sent again; the others go out', () => {
    const { s, log, sent } = dayTen();
    const stop = inject(s.env, [
      { service: 'MailApp', method: 'MailApp.sendEmail', nth: 2, message: GOOGLE_ERRORS.executionTime, kill: true },
    ]);
    expect(() => s.env.runTrigger('dailyJob')).toThrow(GOOGLE_ERRORS.executionTime);
    stop();
    expect(sent()).toHaveLength(1);
    // The run left its checkpoint: the next trigger run (daily or the hourly safety net) resumes the round.
    s.env.advanceTo(vn('2023-05-10T10:30:00'), 10 * 60_000);
    const rows = log();
    const keys = rows.map((r) => r['Khoá thư']);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.filter((r) => r['Chi tiết lỗi'] === RECOVERED_NOTE.unsure)).toHaveLength(1);
    expect(rows.filter((r) => r['Trạng thái'] === 'Đã gửi')).toHaveLength(sent().length + 1);
    s.env.clock.set(vn('2023-05-11T08:00:00'));
    s.env.runTrigger('dailyJob');
    expect(log()).toHaveLength(rows.length);
  });
});

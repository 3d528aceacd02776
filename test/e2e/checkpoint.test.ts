// Long jobs inside Apps Script's 6-minute limit (issue 6 §2): with a clock that advances on every service call,
// reconcile of a large form, rebuild and the reminders of many units stop inside their time budget, save a
// checkpoint, continue in the one-off `continueJob` trigger, and end exactly as an uninterrupted run would.
import { describe, expect, it } from 'vitest';
import type { OfflineEnvironment } from '../../offline/runtime/environment';
import { GOOGLE_ERRORS, inject } from '../../offline/runtime/faults';
import { EXEMPLAR_TITLES, vn } from './helpers';
import { OFFICE, replayMonth, SHEETS, sheetRows, soakRegistry, soakResponses } from './soak-fixture';

const SIX_MINUTES = 6 * 60_000;
const JOB_PREFIX = 'guongSang.job.';

/** A district whose triggers never fired: every response waits in the forms. */
function undelivered(count: number, registry = soakRegistry()) {
  const responses = soakResponses(registry, count, 7);
  return replayMonth(responses, registry, {
    before: (env) => {
      env.delivery = 'never';
    },
  });
}

/** Lets time pass so follow-up (and hourly) triggers fire; stops once no checkpoint is left. */
function settle(env: OfflineEnvironment, hours = 3): void {
  const end = env.clock.nowMs() + hours * 3600_000;
  while (env.clock.nowMs() < end && pending(env).length > 0) {
    env.advanceTo(new Date(env.clock.nowMs() + 5 * 60_000), 60_000);
  }
}

function pending(env: OfflineEnvironment): string[] {
  const props = env.services.PropertiesService.getScriptProperties().getProperties();
  return Object.keys(props).filter((k) => k.startsWith(JOB_PREFIX));
}

function followUpTriggers(env: OfflineEnvironment) {
  return env.services.ScriptApp.allTriggers().filter((t) => t.spec.handler === 'continueJob');
}

/** Rows of a data sheet keyed by response id, office columns and flags included, without the row order. */
function rowsById(env: OfflineEnvironment, sheet: string): Record<string, Record<string, unknown>> {
  const { header, rows } = sheetRows(env, sheet);
  return Object.fromEntries(
    rows.map((r) => [String(r[header.indexOf('Mã phản hồi')]), Object.fromEntries(header.map((h, i) => [h, r[i]]))]),
  );
}

/** The executions of a job: those that did its work, in order, each with its simulated duration. */
function jobRuns(env: OfflineEnvironment, from: number, fns: readonly string[]) {
  return env.executions.slice(from).filter((e) => fns.includes(e.fn));
}

describe('reconcile of a large form with slow service calls', () => {
  it('stores every response across several runs, each under 6 minutes, as one uninterrupted run does', () => {
    const slow = undelivered(1500);
    const quick = undelivered(1500);
    const { env } = slow;
    env.executionLimitMs = SIX_MINUTES;
    env.clock.set(vn('2023-05-21T06:55:00'));
    env.ctx.clock.msPerCall = 20;
    const from = env.executions.length;
    env.advanceTo(vn('2023-05-21T07:05:00'), 60_000); // the hourly trigger fires
    expect(pending(env)).toEqual([`${JOB_PREFIX}reconcile`]);
    expect(followUpTriggers(env)).toHaveLength(1);
    settle(env);
    env.ctx.clock.msPerCall = 0;

    const runs = jobRuns(env, from, ['hourlyReconcile', 'continueJob']);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.filter((r) => r.error)).toEqual([]);
    for (const r of runs) expect(r.durationMs).toBeLessThan(SIX_MINUTES);
    expect(pending(env)).toEqual([]);
    expect(followUpTriggers(env)).toEqual([]);

    quick.env.runTrigger('hourlyReconcile');
    for (const sheet of Object.values(SHEETS)) {
      expect(Object.keys(rowsById(env, sheet)).length).toBe(Object.keys(rowsById(quick.env, sheet)).length);
    }
    const summary = (e: OfflineEnvironment) => {
      e.clock.set(vn('2023-05-21T09:00:00'));
      const s = e.run<{ units: unknown[]; totals: unknown }>('apiSummary_', '2023-05');
      return { units: s.units, totals: s.totals };
    };
    expect(summary(env)).toEqual(summary(quick.env));
  }, 120_000);

  it('adds nothing twice when the follow-up trigger fires twice', () => {
    const { env } = undelivered(600);
    env.executionLimitMs = SIX_MINUTES;
    env.ctx.clock.msPerCall = 20;
    env.runTrigger('hourlyReconcile');
    expect(pending(env)).toHaveLength(1);
    // Google delivers the one-off trigger twice, and a third run comes from the script editor.
    env.runTrigger('continueJob');
    env.runTrigger('continueJob');
    env.runTrigger('continueJob');
    settle(env);
    env.ctx.clock.msPerCall = 0;
    const ids = [...sheetRows(env, SHEETS.exemplar).rows, ...sheetRows(env, SHEETS.article).rows].map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pending(env)).toEqual([]);
    expect(followUpTriggers(env)).toEqual([]);
  }, 60_000);
});

describe('rebuild with slow service calls', () => {
  it('replaces both sheets only when all responses are read, keeping Nội vụ’s edits, even ones made meanwhile', () => {
    const registry = soakRegistry();
    const responses = soakResponses(registry, 1200, 9);
    const month = replayMonth(responses, registry);
    const { env } = month;
    const before = { ex: rowsById(env, SHEETS.exemplar), ar: rowsById(env, SHEETS.article) };
    const edit = (sheet: string, id: string, values: Record<string, unknown>) => {
      const { header, rows } = sheetRows(env, sheet);
      const r = rows.findIndex((row) => row[header.indexOf('Mã phản hồi')] === id);
      for (const [h, v] of Object.entries(values))
        env.spreadsheet
          .getSheetByName(sheet)!
          .getRange(r + 2, header.indexOf(h) + 1)
          .setValue(v);
    };
    const [exId1, exId2] = Object.keys(before.ex);
    const [arId] = Object.keys(before.ar);
    edit(SHEETS.exemplar, exId1, { [OFFICE.status]: 'Đề xuất khen thưởng', [OFFICE.note]: 'Trước khi xây dựng lại' });
    edit(SHEETS.article, arId, { [OFFICE.selected]: true, [OFFICE.note]: 'Chọn gửi' });

    env.executionLimitMs = SIX_MINUTES;
    env.clock.set(vn('2023-05-22T09:00:00'));
    env.ctx.clock.msPerCall = 20;
    const from = env.executions.length;
    const first = env.run<{ complete: boolean }>('apiRebuild_');
    expect(first.complete).toBe(false);
    // The data sheets are untouched until every response is read.
    expect(Object.keys(rowsById(env, SHEETS.exemplar))).toEqual(Object.keys(before.ex));
    expect(env.spreadsheet.getSheets().some((s) => s.getName().startsWith('Tạm – '))).toBe(true);
    // Meanwhile Nội vụ reviews a row, and a unit submits (its trigger stores it as usual).
    edit(SHEETS.exemplar, exId2, { [OFFICE.status]: 'Không đạt', [OFFICE.note]: 'Trong khi xây dựng lại' });
    const late = responses.find((r) => r.kind === 'exemplar' && !r.twinOf)!;
    const formId = month.seeded.formId('exemplar');
    const lateId = String(
      env.services.FormApp.openById(formId)
        .importResponse({
          email: late.email,
          timestamp: env.clock.now(),
          answers: { ...late.answers, [EXEMPLAR_TITLES.name]: 'Người gửi muộn' },
        })
        .getId(),
    );
    settle(env);
    env.ctx.clock.msPerCall = 0;

    const runs = jobRuns(env, from, ['apiRebuild_', 'continueJob']);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.filter((r) => r.error)).toEqual([]);
    for (const r of runs) expect(r.durationMs).toBeLessThan(SIX_MINUTES);
    expect(pending(env)).toEqual([]);
    expect(followUpTriggers(env)).toEqual([]);
    expect(env.spreadsheet.getSheets().some((s) => s.getName().startsWith('Tạm – '))).toBe(false);

    const after = { ex: rowsById(env, SHEETS.exemplar), ar: rowsById(env, SHEETS.article) };
    expect(Object.keys(after.ex).sort()).toEqual([...Object.keys(before.ex), lateId].sort());
    expect(after.ex[exId1]).toMatchObject({
      [OFFICE.status]: 'Đề xuất khen thưởng',
      [OFFICE.note]: 'Trước khi xây dựng lại',
    });
    expect(after.ex[exId2]).toMatchObject({ [OFFICE.status]: 'Không đạt', [OFFICE.note]: 'Trong khi xây dựng lại' });
    expect(after.ar[arId]).toMatchObject({ [OFFICE.selected]: true, [OFFICE.note]: 'Chọn gửi' });
    expect(Object.keys(after.ar).sort()).toEqual(Object.keys(before.ar).sort());
    for (const id of Object.keys(before.ar)) {
      if (id !== arId) expect(after.ar[id]).toEqual(before.ar[id]);
    }
  }, 120_000);

  it('is resumed by the hourly safety net when Google stops a run before it could schedule its follow-up', () => {
    const { env } = undelivered(300);
    env.runTrigger('hourlyReconcile');
    const ids = Object.keys(rowsById(env, SHEETS.article)).sort();
    env.clock.set(vn('2023-05-22T09:00:00'));
    const stop = inject(env, [
      {
        service: 'SpreadsheetApp',
        method: 'Range.setValues',
        nth: 1,
        message: GOOGLE_ERRORS.executionTime,
        kill: true,
      },
    ]);
    expect(() => env.run('apiRebuild_')).toThrow(GOOGLE_ERRORS.executionTime);
    stop();
    expect(pending(env)).toEqual([`${JOB_PREFIX}rebuild`]);
    expect(followUpTriggers(env)).toEqual([]);
    env.advanceTo(vn('2023-05-22T10:30:00'), 5 * 60_000);
    expect(pending(env)).toEqual([]);
    expect(Object.keys(rowsById(env, SHEETS.article)).sort()).toEqual(ids);
    expect(env.executions.some((e) => e.fn === 'continueJob' && !e.error)).toBe(true);
  }, 60_000);
});

describe('reminders for many units with slow service calls', () => {
  /** 160 lagging units: every one is owed a reminder on the 10th. */
  function bigRegistry(): string[][] {
    return Array.from({ length: 160 }, (_, i) => {
      const code = `PH${String(i + 1).padStart(3, '0')}`;
      return [code, `UBND phường thử ${i + 1}`, 'phuong', `${code.toLowerCase()}@nhieu.example.vn`, '', '', 'Có'];
    });
  }

  function reminderDay(msPerCall: number) {
    const month = replayMonth([], bigRegistry());
    const { env } = month;
    env.executionLimitMs = SIX_MINUTES;
    env.clock.set(vn('2023-06-10T07:55:00'));
    env.ctx.clock.msPerCall = msPerCall;
    const from = env.executions.length;
    env.advanceTo(vn('2023-06-10T08:01:00'), 60_000);
    settle(env);
    env.ctx.clock.msPerCall = 0;
    const { header, rows } = sheetRows(env, 'Nhật ký gửi thư');
    const keys = rows
      .filter((r) => r[header.indexOf('Trạng thái')] === 'Đã gửi')
      .map((r) => String(r[header.indexOf('Khoá thư')]));
    return { env, from, keys, mails: env.services.MailApp.sent };
  }

  it('sends each unit its one reminder across several runs, each under 6 minutes, as one run does', () => {
    const slow = reminderDay(500);
    const quick = reminderDay(0);
    const runs = jobRuns(slow.env, slow.from, ['dailyJob', 'continueJob']);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.filter((r) => r.error)).toEqual([]);
    for (const r of runs) expect(r.durationMs).toBeLessThan(SIX_MINUTES);
    expect(slow.keys).toHaveLength(160);
    expect(new Set(slow.keys).size).toBe(160);
    expect([...slow.keys].sort()).toEqual([...quick.keys].sort());
    expect(slow.mails.map((m) => m.to[0]).sort()).toEqual(quick.mails.map((m) => m.to[0]).sort());
    expect(pending(slow.env)).toEqual([]);
    expect(followUpTriggers(slow.env)).toEqual([]);
    expect(
      slow.env.services.PropertiesService.getScriptProperties().getProperty('guongSang.reminderJournal'),
    ).toBeNull();
  }, 120_000);
});

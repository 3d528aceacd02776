// Defines the CI guard of issue 6 §4's call budgets on a small district (counts of service calls, never time):
// the bundle runs in the offline runtime as in `npm run bench`, with fewer units and rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, grownCalls } from '../../offline/bench/budgets';
import { registry } from '../../offline/bench/district';
import { runScenario, type ScenarioResult } from '../../offline/bench/jobs';
import { callsOf, Meter } from '../../offline/bench/meter';
import { OfflineEnvironment } from '../../offline/runtime/environment';
import { REPORT_SHEET_NAMES } from '../../src/sheets/report-sheets';
import { ensureBuilt } from '../e2e/helpers';

const SCENARIOS = [
  { units: 100, rows: 1000 },
  { units: 100, rows: 5000 },
  { units: 200, rows: 1000 },
];

describe('a district of 100 units with 1,000 or 5,000 existing rows, and one of 200 units', () => {
  let results: ScenarioResult[];

  beforeAll(() => {
    ensureBuilt();
    results = SCENARIOS.map((s) => runScenario(s));
  }, 180_000);

  const broken = (budget: string) =>
    checkBudgets(results, { checkTime: false })
      .filter((v) => v.budget.includes(budget))
      .map((v) => `${v.budget}: ${v.detail}`);

  it('makes the same service calls per submission of either form whatever the number of rows', () => {
    expect(broken('submission')).toEqual([]);
  });

  it('makes the same service calls per progress recompute whatever the number of rows and units', () => {
    expect(broken('recompute')).toEqual([]);
  });

  it('makes the same service calls per monthly report whatever the number of rows and units', () => {
    expect(broken('report')).toEqual([]);
  });

  it('makes the same service calls per quiet hourly reconcile whatever the number of rows', () => {
    expect(broken('hourly reconcile')).toEqual([]);
  });

  it('measures a real quiet hour: the forms hold every response, yet none is listed, read or written again', () => {
    for (const r of results) {
      const hourly = r.jobs.hourlyReconcile.calls;
      expect(hourly['FormApp.Form.getResponses']).toBe(2);
      expect(hourly['FormApp.FormResponse.getId'] ?? 0).toBe(0);
      expect(hourly['SpreadsheetApp.Range.getValues']).toBeGreaterThan(0);
      expect(hourly['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0);
    }
  });

  it('measures the real jobs: a submission searches, appends and sends its receipt; a report writes its document', () => {
    for (const r of results) {
      const submit = r.jobs.submitExemplar.calls;
      expect(submit['SpreadsheetApp.TextFinder.findNext']).toBeGreaterThan(0);
      expect(submit['SpreadsheetApp.Range.setValues']).toBe(1);
      expect(submit['MailApp.MailApp.sendEmail']).toBe(1);
      expect(callsOf(r.jobs.report.calls, 'DocumentApp')).toBeGreaterThan(100);
      expect(r.jobs.report.calls['DocumentApp.Body.appendTable']).toBeGreaterThan(0);
      expect(r.remindersSent).toBeGreaterThan(0);
      for (const m of Object.values(r.jobs)) expect(m.executions[0].estimatedMs).toBeGreaterThan(0);
    }
  });

  it('names the method that grew when a job makes one more call with more rows', () => {
    const [small, large] = results;
    const grown: ScenarioResult = {
      ...large,
      jobs: {
        ...large.jobs,
        submitExemplar: {
          ...large.jobs.submitExemplar,
          calls: {
            ...large.jobs.submitExemplar.calls,
            'SpreadsheetApp.Range.getValues':
              (large.jobs.submitExemplar.calls['SpreadsheetApp.Range.getValues'] ?? 0) + 1,
          },
        },
      },
    };
    const before = small.jobs.submitExemplar.calls['SpreadsheetApp.Range.getValues'] ?? 0;
    expect(checkBudgets([small, grown], { checkTime: false })).toEqual([
      {
        budget: 'calls per submission (submitExemplar) constant in rows',
        detail: `100 units, 1000 rows vs 100 units, 5000 rows: SpreadsheetApp.Range.getValues: ${before} → ${before + 1}`,
      },
    ]);
  });
});

describe('grownCalls', () => {
  it('lists a method missing on one side as growing from or to zero', () => {
    expect(grownCalls({ 'MailApp.MailApp.sendEmail': 1 }, { 'SpreadsheetApp.Range.getRow': 2 })).toEqual([
      'MailApp.MailApp.sendEmail: 1 → 0',
      'SpreadsheetApp.Range.getRow: 0 → 2',
    ]);
  });
});

describe('a district with more units than a new sheet has rows', () => {
  it('gets every unit into Tiến độ and Xếp loại năm (the sheets grow past their 1,000 rows)', () => {
    ensureBuilt();
    const env = new OfflineEnvironment({ start: new Date('2024-05-14T01:00:00Z') });
    env.run('apiSetup_');
    const reg = registry(1100);
    expect(env.run('apiImportUnits_', reg.header, reg.rows)).toEqual([]);
    env.run('apiUpdateProgress_');
    for (const name of [REPORT_SHEET_NAMES.progress, REPORT_SHEET_NAMES.ranking]) {
      const cells = env.spreadsheet.getSheetByName(name)!.getDataRange().getValues().flat();
      expect(cells).toContain(reg.units[1099].name);
    }
  }, 60_000);
});

describe('a job that leaves a one-off follow-up trigger', () => {
  it('is measured as two executions, each on the clock moved by its modelled latency', () => {
    ensureBuilt();
    const env = new OfflineEnvironment({ start: new Date('2024-05-14T01:00:00Z') });
    env.run('apiSetup_');
    const meter = new Meter(env);
    const start = env.clock.nowMs();
    const job = meter.measure('apiReconcile_', () => {
      env.runTrigger('apiReconcile_');
      env.services.ScriptApp.newTrigger('apiReconcile_').timeBased().after(60_000).create();
    });
    expect(job.executions.map((e) => e.handler)).toEqual(['apiReconcile_', 'apiReconcile_']);
    expect(job.calls['SpreadsheetApp.Range.getValues']).toBeGreaterThan(0);
    const modelled = job.executions.reduce((n, e) => n + e.serviceMs, 0);
    expect(modelled).toBeGreaterThan(0);
    // The follow-up waits for its minute, then each call moved the clock.
    expect(env.clock.nowMs() - start).toBeGreaterThanOrEqual(60_000 + job.executions[1].serviceMs);
  }, 60_000);
});

// Defines one benchmark scenario: a district of `units` units with `rows` existing rows in each response sheet,
// set up through the bundle, then the measured jobs run through the bundle's own entry points, in calendar order:
// one submission of each form, a progress recompute, a quiet hourly reconcile, the reminder run of a reminder
// day, the month's report.

import { ARTICLE_FORM, EXEMPLAR_FORM } from '../../src/domain/forms';
import { settingLabel } from '../../src/domain/settings';
import { type EnvironmentOptions, OfflineEnvironment } from '../runtime/environment';
import { type BenchUnit, OFFICE_EMAIL, registry, seedRows } from './district';
import { type JobMeasure, Meter } from './meter';

export const JOBS = ['submitExemplar', 'submitArticle', 'recompute', 'hourlyReconcile', 'reminders', 'report'] as const;
export type JobName = (typeof JOBS)[number];

export const JOB_LABEL: Record<JobName, string> = {
  reminders: 'reminder run (apiDailyReminders_)',
  submitExemplar: 'submission, Form A (onFormSubmit)',
  submitArticle: 'submission, Form B (onFormSubmit)',
  recompute: 'progress recompute (apiUpdateProgress_)',
  hourlyReconcile: "hourly reconcile with nothing new (hourlyReconcile, the run after the day's first)",
  report: 'monthly report (apiCreateReport_)',
};

export interface Scenario {
  units: number;
  rows: number;
}

export interface ScenarioResult extends Scenario {
  jobs: Record<JobName, JobMeasure>;
  /** Emails the reminder run sent over all its executions (bounded by the mail quota). */
  remindersSent: number;
}

/** The period reported on; the seeded rows cover the twelve periods ending with it. */
export const REPORT_PERIOD = '2024-05';
/** Workspace accounts may send to 1,500 recipients a day (consumer accounts 100): the larger, slower case. */
export const MAIL_QUOTA = 1500;

/** Local Vietnamese wall time (UTC+7, no daylight saving) → instant. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

const SETTINGS: [string, string][] = [
  [settingLabel('officeEmail'), OFFICE_EMAIL],
  // Receipts on: the costlier submission (two more searches and one email).
  [settingLabel('sendReceipts'), 'Có'],
  [settingLabel('dryRun'), 'Không'],
];

function formId(env: OfflineEnvironment, key: 'exemplarFormId' | 'articleFormId'): string {
  const rows = env.spreadsheet.getSheetByName('Cấu hình')!.getDataRange().getValues();
  return String(rows.find((r) => r[0] === settingLabel(key))?.[1] ?? '');
}

const titleOf = (form: typeof EXEMPLAR_FORM, key: string) => form.questions.find((q) => q.key === key)!.title;

function exemplarAnswers(unit: BenchUnit): Record<string, string | string[]> {
  const t = (k: string) => titleOf(EXEMPLAR_FORM, k);
  return {
    [t('unit')]: unit.name,
    [t('name')]: 'Lê Thị Đo Đạc',
    [t('kind')]: 'Cá nhân',
    [t('birthYear')]: '1980',
    [t('field')]: 'Công tác',
    [t('criteria')]: ['Hoàn thành xuất sắc nhiệm vụ được giao'],
    [t('source')]: 'Phong trào thi đua',
    [t('summary')]: 'Hoàn thành xuất sắc nhiệm vụ năm 2024.',
  };
}

function articleAnswers(unit: BenchUnit): Record<string, string> {
  const t = (k: string) => titleOf(ARTICLE_FORM, k);
  return {
    [t('unit')]: unit.name,
    [t('title')]: 'Bài viết đo đạc',
    [t('author')]: 'Trần Thị Viết',
    [t('genre')]: 'Bài viết',
    [t('subject')]: 'Lê Thị Đo Đạc',
    [t('url')]: 'https://baiviet.example.vn/do-dac',
  };
}

/**
 * A response enters the form without its trigger firing, then the trigger runs alone under the meter, so only
 * the bundle's own calls are counted (not the offline runtime's delivery).
 */
function submission(
  env: OfflineEnvironment,
  meter: Meter,
  key: 'exemplarFormId' | 'articleFormId',
  unit: BenchUnit,
  answers: Record<string, string | string[]>,
  at: Date,
): JobMeasure {
  env.clock.set(at);
  const id = formId(env, key);
  const form = env.services.FormApp.openById(id);
  const [trigger] = env.services.ScriptApp.formSubmitTriggers(id);
  env.delivery = 'never';
  const response = form.importResponse({ email: unit.emails[0], timestamp: at, answers });
  env.delivery = 'once';
  const event = { authMode: 'FULL', response, source: form, triggerUid: trigger.spec.uniqueId };
  return meter.measure(trigger.spec.handler, () => env.runTrigger(trigger.spec.handler, event));
}

export function runScenario(s: Scenario, opts: EnvironmentOptions = {}): ScenarioResult {
  const env = new OfflineEnvironment({ start: vn('2024-05-14T08:00:00'), mailQuota: MAIL_QUOTA, ...opts });
  env.run('apiSetup_');
  env.run('apiImportSettings_', SETTINGS);
  const reg = registry(s.units);
  const problems = env.run<unknown[]>('apiImportUnits_', reg.header, reg.rows);
  if (problems.length) throw new Error(`Bench registry rejected: ${JSON.stringify(problems.slice(0, 3))}`);
  seedRows(env, reg.units, s.rows, REPORT_PERIOD);
  // The first recompute after a registry grows past the sheet's 1,000 rows extends `Tiến độ` once (as setup's
  // and the hourly trigger's would have): the measured recompute is the steady state.
  env.runTrigger('apiUpdateProgress_');
  const meter = new Meter(env);
  const sender = reg.units[0];

  const submitExemplar = submission(
    env,
    meter,
    'exemplarFormId',
    sender,
    exemplarAnswers(sender),
    vn('2024-05-14T09:00:00'),
  );
  const submitArticle = submission(
    env,
    meter,
    'articleFormId',
    sender,
    articleAnswers(sender),
    vn('2024-05-14T09:01:00'),
  );
  env.clock.set(vn('2024-05-14T10:00:00'));
  const recompute = meter.measure('apiUpdateProgress_', () => env.runTrigger('apiUpdateProgress_'));
  // The day's first hourly run scans every response (and settles the flags of the rows the submissions
  // added); the one an hour later, with nothing new, is the run of every other hour.
  env.clock.set(vn('2024-05-14T10:30:00'));
  env.runTrigger('hourlyReconcile');
  env.clock.set(vn('2024-05-14T11:30:00'));
  const hourlyReconcile = meter.measure('hourlyReconcile', () => env.runTrigger('hourlyReconcile'));
  // Day 15 is a reminder day (SPEC §8): every unit still short in 2024-05 is owed an email.
  env.clock.set(vn('2024-05-15T08:00:00'));
  const reminders = meter.measure('apiDailyReminders_', () => env.runTrigger('apiDailyReminders_'));
  env.clock.set(vn('2024-05-22T09:00:00'));
  const report = meter.measure('apiCreateReport_', () => env.run('apiCreateReport_', REPORT_PERIOD));
  return {
    ...s,
    jobs: { reminders, submitExemplar, submitArticle, recompute, hourlyReconcile, report },
    remindersSent: reminders.calls['MailApp.MailApp.sendEmail'] ?? 0,
  };
}

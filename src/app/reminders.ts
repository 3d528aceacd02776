// Defines the reminder use cases (issue 4): plan the emails a run owes, send them within the mail quota
// exactly once per unit and round, log every attempt, and preview without sending.
import type { FormKind } from '../domain/intake';
import { formatIsoDate } from '../domain/period';
import { composeReminder, type ReminderEmail } from '../domain/reminder-email';
import {
  type DueReminder,
  dueReminders,
  manualRounds,
  type Recipients,
  type ReminderSchedule,
  type Round,
  recipientsFor,
  roundsOn,
  roundsSince,
  STAGE_LABEL,
} from '../domain/reminders';
import type { PeriodId, Unit, UnitResult } from '../domain/types';
import { openFormById, prefilledUrlMaker } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { isQuotaError, remainingDailyQuota, sendMail } from '../gas/mailer';
import { withRetry } from '../gas/retry';
import { ensureSheet } from '../gas/sheet-setup';
import { SheetTable } from '../gas/sheet-table';
import { REMINDER_COL as C, REMINDER_PREVIEW_SHEET } from '../sheets/reminder-sheets';
import { type AppContext, loadContext } from './context';
import { Budget, finishJob, loadCheckpoint, saveCheckpoint, suspendJob } from './jobs';
import { recoverJournal, SendJournal } from './reminder-journal';
import { type Attempt, appendReminderLog, readReminderLog } from './reminder-log';
import { complianceFor, loadRecords, type Records } from './summary';

/** `scheduled`: the daily trigger (only the rounds of today's date); `manual`: Nội vụ's menu (a round today in any case). */
export type RoundMode = 'scheduled' | 'manual';

export interface PlannedEmail {
  due: DueReminder;
  unit: Unit;
  recipients: Recipients;
  mail: ReminderEmail;
}

export interface ReminderPlan {
  now: Date;
  rounds: Round[];
  emails: PlannedEmail[];
}

export interface SendReport {
  sent: number;
  skipped: number;
  deferred: number;
  failed: number;
  /** Recipients charged to the daily quota (to + cc). */
  recipients: number;
  /** Emails left for a follow-up run when the time budget ran out (jobs.ts). */
  unfinished: number;
}

function scheduleOf(ctx: AppContext): ReminderSchedule {
  return { reminderDays: ctx.settings.reminderDays, overdueDay: ctx.settings.overdueDay };
}

/** Each form is opened once per run and its links built at a constant number of Forms calls. */
function linkMaker(ctx: AppContext): (kind: FormKind, unitName: string) => string {
  const makers = new Map<FormKind, (unitName: string) => string>();
  return (kind, unitName) => {
    let make = makers.get(kind);
    if (!make) {
      const form = openFormById(kind === 'exemplar' ? ctx.settings.exemplarFormId : ctx.settings.articleFormId);
      make = form ? prefilledUrlMaker(form, kind) : () => '';
      makers.set(kind, make);
    }
    return make(unitName);
  };
}

/**
 * The emails a run owes now. Sheet reads do not depend on the number of units or rows: the log
 * (one read), and the two record sheets (two reads) only when something may be due.
 */
export function planReminders(
  ctx: AppContext,
  now: Date,
  mode: RoundMode,
  opts: { attemptedSince?: number; lastDone?: string | null } = {},
): ReminderPlan {
  const cfg = ctx.periodConfig;
  const rounds =
    mode === 'manual'
      ? manualRounds(now, scheduleOf(ctx), cfg)
      : opts.lastDone === undefined
        ? roundsOn(now, scheduleOf(ctx), cfg)
        : roundsSince(opts.lastDone, now, scheduleOf(ctx), cfg);
  const log = readReminderLog(ctx.ss, cfg.timeZone);
  // A follow-up run of a job skips what the job already tried (a failed send waits for the next day's run).
  const since = opts.attemptedSince;
  const tried = new Set(
    since === undefined ? [] : log.filter((e) => e.at && e.at.getTime() >= since).map((e) => e.key),
  );
  let records: Records | null = null;
  const standings = new Map<PeriodId, UnitResult[]>();
  const standingsOf = (period: PeriodId) => {
    let units = standings.get(period);
    if (!units) {
      records ??= loadRecords(ctx);
      units = complianceFor(ctx, records, period).units;
      standings.set(period, units);
    }
    return units;
  };
  const due = dueReminders({
    now,
    rounds,
    log,
    standings: standingsOf,
    cfg,
    oncePerStage: !ctx.settings.repeatReminders,
  });
  const link = linkMaker(ctx);
  const byCode = new Map(ctx.units.map((u) => [u.code.trim().toUpperCase(), u]));
  const emails: PlannedEmail[] = [];
  for (const d of due) {
    const unit = byCode.get(d.result.code.trim().toUpperCase());
    if (!unit || tried.has(d.key)) continue;
    const recipients = recipientsFor(unit, ctx.settings);
    const mail = composeReminder({
      unit,
      result: d.result,
      round: d.round,
      now,
      cfg,
      articleQuotaMode: ctx.settings.articleQuotaMode,
      links: recipients.to.length
        ? { exemplar: link('exemplar', unit.name), article: link('article', unit.name) }
        : { exemplar: '', article: '' },
      office: { name: ctx.settings.officeName, email: ctx.settings.officeEmail, phone: ctx.settings.officePhone },
    });
    emails.push({ due: d, unit, recipients, mail });
  }
  return { now, rounds, emails };
}

/**
 * Sends a plan. The quota is asked before every message and a message that does not fit is deferred,
 * never sent over the quota; a unit without email is logged and skipped. A send is never retried here:
 * a failure is logged and the next run tries again. Every attempt is logged in one append at the end,
 * even when a send throws something unexpected; each send is first noted in the journal, so a run
 * stopped before that append never sends it twice (reminder-journal.ts). The loop stops when the
 * budget is used up and reports what is left. Call under the script lock.
 */
export function sendPlanned(ctx: AppContext, plan: ReminderPlan, budget = new Budget()): SendReport {
  const report: SendReport = { sent: 0, skipped: 0, deferred: 0, failed: 0, recipients: 0, unfinished: 0 };
  let attempts: Attempt[] = [];
  const journal = new SendJournal();
  const writeLog = () => {
    withRetry(() => appendReminderLog(ctx.ss, attempts));
    attempts = [];
    journal.clear();
  };
  const senderName = ctx.settings.officeName;
  try {
    for (const [i, p] of plan.emails.entries()) {
      if (budget.exhausted()) {
        report.unfinished = plan.emails.length - i;
        break;
      }
      const base = {
        round: p.due.round,
        key: p.due.key,
        unitCode: p.unit.code,
        unitName: p.unit.name,
        to: p.recipients.to,
        cc: p.recipients.cc,
        subject: p.mail.subject,
      };
      const log = (status: Attempt['status'], error?: string) =>
        attempts.push({ ...base, at: new Date(), status, ...(error ? { error } : {}) });
      if (p.recipients.to.length === 0) {
        report.skipped++;
        log('skipped');
        continue;
      }
      const defer = () => {
        report.deferred++;
        // A key already waiting for quota gets no second identical row.
        if (p.due.lastStatus !== 'deferred') log('deferred');
      };
      if (remainingDailyQuota() < p.recipients.count) {
        defer();
        continue;
      }
      journal.record(p.due.key, new Date());
      try {
        sendMail({
          to: p.recipients.to,
          cc: p.recipients.cc,
          replyTo: ctx.settings.officeEmail || undefined,
          name: senderName,
          subject: p.mail.subject,
          text: p.mail.text,
          html: p.mail.html,
        });
        report.sent++;
        report.recipients += p.recipients.count;
        log('sent');
        journal.confirm(p.due.key);
        if (journal.full) writeLog();
      } catch (e) {
        journal.cancel(p.due.key);
        if (isQuotaError(e)) defer();
        else {
          report.failed++;
          log('failed', e instanceof Error ? e.message : String(e));
        }
      }
    }
  } finally {
    writeLog();
  }
  return report;
}

/** One reminder run: its time (its rounds), its mode, and when it started (what it has already tried). */
interface ReminderRun {
  now: number;
  mode: RoundMode;
  startedAt: number;
  /** Scheduled runs: the local day of the last completed one (missed rounds since then are made up). */
  lastDone?: string | null;
}

/** Local day (YYYY-MM-DD) of the last scheduled run that sent its rounds or queued them. */
const LAST_DONE_KEY = 'guongSang.reminderLastDay';

/** Runs not finished yet, oldest first: one stopped by the budget or by force, and any queued behind it. */
interface ReminderJob {
  queue: ReminderRun[];
}

const noSends = (): SendReport => ({ sent: 0, skipped: 0, deferred: 0, failed: 0, recipients: 0, unfinished: 0 });

function addReports(a: SendReport, b: SendReport): SendReport {
  return {
    sent: a.sent + b.sent,
    skipped: a.skipped + b.skipped,
    deferred: a.deferred + b.deferred,
    failed: a.failed + b.failed,
    recipients: a.recipients + b.recipients,
    unfinished: a.unfinished + b.unfinished,
  };
}

/**
 * Context and plan, retried as one read-only unit; the journal of a stopped run is logged first. A resumed
 * run skips what it already tried since it started.
 */
function contextAndPlan(run: ReminderRun, resumed = false): { ctx: AppContext; plan: ReminderPlan } {
  const attemptedSince = resumed ? run.startedAt : undefined;
  return withRetry(() => {
    const ctx = loadContext();
    recoverJournal(ctx);
    return {
      ctx,
      plan: planReminders(ctx, new Date(run.now), run.mode, { attemptedSince, lastDone: run.lastDone }),
    };
  });
}

/**
 * Works through the queue of reminder runs, `add` last. The queue is saved before the first send, so a run
 * stopped by force (the time limit) is resumed by the hourly safety net; when the budget runs out, the rest
 * waits for a follow-up run. A follow-up skips what its run already tried. Call under the script lock.
 */
function drainQueue(budget: Budget, add?: ReminderRun): { report: SendReport; planned: number } {
  let cp = loadCheckpoint<ReminderJob>('reminders');
  const queue = [...(cp?.state.queue ?? []), ...(add ? [add] : [])];
  let report = noSends();
  let planned = 0;
  while (queue.length > 0) {
    if (budget.exhausted()) {
      suspendJob('reminders', { queue }, cp);
      return { report: { ...report, unfinished: report.unfinished || 1 }, planned };
    }
    const { ctx, plan } = contextAndPlan(queue[0], queue[0] !== add);
    planned += plan.emails.length;
    if (plan.emails.length > 0) {
      cp = saveCheckpoint('reminders', { queue }, cp);
      const r = sendPlanned(ctx, plan, budget);
      report = addReports(report, r);
      if (r.unfinished > 0) {
        suspendJob('reminders', { queue }, cp);
        return { report, planned };
      }
    }
    queue.shift();
  }
  if (cp) finishJob('reminders');
  return { report, planned };
}

const runNow = (now: Date, mode: RoundMode): ReminderRun => ({ now: now.getTime(), mode, startedAt: Date.now() });

export function sendDueReminders(now: Date, mode: RoundMode, budget = new Budget()): SendReport {
  return withScriptLock(() => drainQueue(budget, runNow(now, mode)).report);
}

/** The follow-up run (`continueJob`) of reminder runs left by the budget or by force; true when none is left. */
export function continueReminders(budget: Budget): boolean {
  return withScriptLock(() => drainQueue(budget).report.unfinished === 0);
}

/** Replaces the content of `Xem trước thư` with the plan (two writes whatever its size). */
export function writePreview(ctx: AppContext, plan: ReminderPlan): void {
  if (!ctx.ss.getSheetByName(REMINDER_PREVIEW_SHEET.name)) ensureSheet(ctx.ss, REMINDER_PREVIEW_SHEET);
  const table = SheetTable.open(ctx.ss, REMINDER_PREVIEW_SHEET);
  const last = table.sheet.getLastRow();
  if (last >= 2) table.sheet.getRange(2, 1, last - 1, table.headers().length).clearContent();
  table.append(
    plan.emails.map((p) => ({
      [C.time]: plan.now,
      [C.period]: p.due.round.period,
      [C.stage]: STAGE_LABEL[p.due.round.stage],
      [C.unitCode]: p.unit.code,
      [C.unitName]: p.unit.name,
      [C.to]: p.recipients.to.join('; '),
      [C.cc]: p.recipients.cc.join('; '),
      [C.recipients]: p.recipients.count,
      [C.subject]: p.mail.subject,
      [C.body]: p.mail.text,
      [C.note]: p.recipients.to.length
        ? p.due.retry
          ? 'Gửi lại (lần trước bị hoãn hoặc lỗi)'
          : ''
        : 'Không có email: sẽ bỏ qua và ghi nhật ký',
    })),
  );
}

export function previewDueReminders(now: Date, mode: RoundMode): ReminderPlan {
  return withScriptLock(() => {
    const { ctx, plan } = contextAndPlan(runNow(now, mode));
    withRetry(() => writePreview(ctx, plan));
    return plan;
  });
}

/**
 * The daily trigger: sends today's rounds and whatever earlier runs still owe. With `Chế độ thử` it only
 * writes `Xem trước thư`, and only on a day with something planned, so the last preview stays readable.
 */
export function runDailyReminders(
  now: Date,
  budget = new Budget(),
): { dryRun: boolean; planned: number; report?: SendReport } {
  return withScriptLock(() => {
    const ctx = withRetry(() => loadContext());
    const props = PropertiesService.getScriptProperties();
    const run: ReminderRun = { ...runNow(now, 'scheduled'), lastDone: props.getProperty(LAST_DONE_KEY) };
    if (ctx.settings.dryRun) {
      const { plan } = contextAndPlan(run);
      if (plan.rounds.length || plan.emails.length) withRetry(() => writePreview(ctx, plan));
      return { dryRun: true, planned: plan.emails.length };
    }
    const { report, planned } = drainQueue(budget, run);
    // Sent, or saved in the queue for a follow-up run: either way today's rounds are no longer owed.
    props.setProperty(LAST_DONE_KEY, formatIsoDate(now, ctx.periodConfig.timeZone));
    return { dryRun: false, planned, report };
  });
}

/** What the confirmation dialog of `Gửi thư nhắc ngay` states. */
export function planTotals(plan: ReminderPlan): { units: number; recipients: number; withoutEmail: number } {
  const withEmail = plan.emails.filter((p) => p.recipients.to.length > 0);
  return {
    units: withEmail.length,
    recipients: withEmail.reduce((n, p) => n + p.recipients.count, 0),
    withoutEmail: plan.emails.length - withEmail.length,
  };
}

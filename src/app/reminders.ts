// Defines the reminder use cases (issue 4): plan the emails a run owes, send them within the mail quota
// exactly once per unit and round, log every attempt, and preview without sending.
import type { FormKind } from '../domain/intake';
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
  STAGE_LABEL,
} from '../domain/reminders';
import type { PeriodId, Unit, UnitResult } from '../domain/types';
import { openFormById, prefilledUrlMaker } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { isQuotaError, remainingDailyQuota, sendMail } from '../gas/mailer';
import { ensureSheet } from '../gas/sheet-setup';
import { SheetTable } from '../gas/sheet-table';
import { REMINDER_COL as C, REMINDER_PREVIEW_SHEET } from '../sheets/reminder-sheets';
import { type AppContext, loadContext } from './context';
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
export function planReminders(ctx: AppContext, now: Date, mode: RoundMode): ReminderPlan {
  const cfg = ctx.periodConfig;
  const rounds = mode === 'manual' ? manualRounds(now, scheduleOf(ctx), cfg) : roundsOn(now, scheduleOf(ctx), cfg);
  const log = readReminderLog(ctx.ss, cfg.timeZone);
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
  const due = dueReminders({ now, rounds, log, standings: standingsOf, cfg });
  const link = linkMaker(ctx);
  const byCode = new Map(ctx.units.map((u) => [u.code.trim().toUpperCase(), u]));
  const emails: PlannedEmail[] = [];
  for (const d of due) {
    const unit = byCode.get(d.result.code.trim().toUpperCase());
    if (!unit) continue;
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
 * never sent over the quota; a unit without email is logged and skipped. Every attempt is logged in
 * one append at the end, even when a send throws something unexpected. Call under the script lock.
 */
export function sendPlanned(ctx: AppContext, plan: ReminderPlan): SendReport {
  const report: SendReport = { sent: 0, skipped: 0, deferred: 0, failed: 0, recipients: 0 };
  const attempts: Attempt[] = [];
  const senderName = ctx.settings.officeName;
  try {
    for (const p of plan.emails) {
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
      } catch (e) {
        if (isQuotaError(e)) defer();
        else {
          report.failed++;
          log('failed', e instanceof Error ? e.message : String(e));
        }
      }
    }
  } finally {
    appendReminderLog(ctx.ss, attempts);
  }
  return report;
}

export function sendDueReminders(now: Date, mode: RoundMode): SendReport {
  return withScriptLock(() => {
    const ctx = loadContext();
    return sendPlanned(ctx, planReminders(ctx, now, mode));
  });
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
    const ctx = loadContext();
    const plan = planReminders(ctx, now, mode);
    writePreview(ctx, plan);
    return plan;
  });
}

/**
 * The daily trigger: sends today's rounds and whatever earlier runs still owe. With `Chế độ thử` it only
 * writes `Xem trước thư`, and only on a day with something planned, so the last preview stays readable.
 */
export function runDailyReminders(now: Date): { dryRun: boolean; planned: number; report?: SendReport } {
  return withScriptLock(() => {
    const ctx = loadContext();
    const plan = planReminders(ctx, now, 'scheduled');
    if (ctx.settings.dryRun) {
      if (plan.rounds.length || plan.emails.length) writePreview(ctx, plan);
      return { dryRun: true, planned: plan.emails.length };
    }
    return { dryRun: false, planned: plan.emails.length, report: sendPlanned(ctx, plan) };
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

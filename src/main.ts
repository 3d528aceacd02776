// The Apps Script entry points: menu callbacks, triggers, and the offline runtime's API (names ending in "_"
// are private in Apps Script: callable from script code, not from the Run menu or google.script.run).
import { authorizeAdmin, claimFirstAdmin, currentUser } from './app/access';
import { loadContext } from './app/context';
import { continueJobs } from './app/continuation';
import * as say from './app/dialogs';
import { menuAction, triggerRun } from './app/entry';
import { importSettings, importUnits, recordInputError } from './app/imports';
import { ingestResponse } from './app/ingest';
import { Budget, rescheduleStaleJobs } from './app/jobs';
import { MENU_ACTIONS, MENU_TITLE, menuItems } from './app/menu';
import {
  isPeriodChoiceEdit,
  markDashboardsDirty,
  refreshDashboards,
  refreshDashboardsIfStale,
  selectedPeriod,
} from './app/progress';
import { sendReceipt } from './app/receipt';
import { formIdOf, KINDS, rebuild, reconcile, type SyncOutcome } from './app/reconcile';
import { planReminders, planTotals, previewDueReminders, runDailyReminders, sendDueReminders } from './app/reminders';
import { createReport, hasFinalReport, periodToReport } from './app/report';
import { setupSystem as setup } from './app/setup';
import { buildSummary, currentPeriod } from './app/summary';
import { syncUnitLists } from './app/units-sync';
import { invalidPeriod } from './domain/app-error';
import type { FormKind } from './domain/intake';
import { parsePeriod } from './domain/period';
import type { Problem } from './domain/problems';
import { toRawResponse } from './gas/forms';
import { LOCK_TIMEOUT_MESSAGE } from './gas/lock';
import { withRetry } from './gas/retry';
import { buildMenu, confirm } from './gas/ui';

export function onOpen(): void {
  buildMenu(MENU_TITLE, menuItems());
}

// --- menu items: each runs through menuAction (scope check, Vietnamese dialog for a known problem) ---

/** Admin only (`Quản trị`); the first run, while the list is empty, writes its runner into it. */
export function setupSystem(): void {
  menuAction('setupSystem', () => {
    const grant = authorizeAdmin('setup');
    if (!grant) return null;
    const r = setup();
    if (grant.bootstrap) r.warnings.unshift(...claimFirstAdmin(grant.user));
    return say.setupDone(r);
  });
}

export function syncUnits(): void {
  menuAction('syncUnits', () => {
    const { names, renamed } = syncUnitLists(loadContext());
    return say.unitsSynced(names, renamed);
  });
}

export function reconcileNow(): void {
  menuAction('reconcileNow', () => say.reconciled(reconcile()));
}

/** Admin only: rewrites both data sheets. */
export function rebuildData(): void {
  menuAction('rebuildData', () => (authorizeAdmin('rebuild') ? say.rebuilt(rebuild()) : null));
}

export function previewReminders(): void {
  menuAction('previewReminders', () => {
    const plan = previewDueReminders(new Date(), 'manual');
    return say.previewWritten(plan.emails.length, planTotals(plan));
  });
}

/** Admin only: emails units outside the schedule. */
export function sendRemindersNow(): void {
  menuAction('sendRemindersNow', () => {
    if (!authorizeAdmin('sendNow')) return null;
    const t = planTotals(planReminders(loadContext(), new Date(), 'manual'));
    if (t.units === 0 && t.withoutEmail === 0) return say.NOTHING_TO_SEND;
    if (!confirm(MENU_ACTIONS.sendRemindersNow.caption, say.confirmSend(t))) return null;
    return say.sentNow(sendDueReminders(new Date(), 'manual'));
  });
}

/** Menu `Cập nhật tiến độ`: `Tiến độ` for the period in its dropdown, and `Xếp loại năm`. */
export function updateProgress(): void {
  menuAction('updateProgress', () => say.progressUpdated(refreshDashboards().period));
}

/**
 * Menu `Tạo báo cáo tháng`, asking nothing: the period chosen in the `Tiến độ` dropdown, or, when it shows
 * `Kỳ hiện tại`, the last period whose deadline has passed (a monthly report is about a closed month).
 */
export function createMonthlyReport(): void {
  menuAction('createMonthlyReport', () => {
    const ctx = loadContext();
    const now = new Date();
    const chosen = selectedPeriod(ctx);
    const period = chosen ?? periodToReport(ctx, now);
    return say.reportCreated(createReport(period, 'Menu', now), chosen !== null);
  });
}

// --- triggers: each runs through triggerRun (a known problem is logged with its Vietnamese text) ---

/** Form-submit trigger of both forms: e.source tells which form. */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  triggerRun('onFormSubmit', () => {
    // Reads only: retried as one unit on a transient error (ingestion retries its own writes).
    const { ctx, formId } = withRetry(() => ({ ctx: loadContext(), formId: e.source.getId() }));
    const kind = KINDS.find((k) => formIdOf(ctx, k) === formId);
    if (!kind) {
      console.warn(`Form ${formId} is not one of Gương Sáng's forms; response ${e.response.getId()} ignored`);
      return;
    }
    const raw = withRetry(() => toRawResponse(e.response));
    try {
      const outcome = ingestResponse(kind, raw, {}, ctx);
      if (outcome.status === 'stored') markDashboardsDirty();
      sendReceipt(ctx, kind, raw, outcome);
    } catch (err) {
      // The response stays in the form: the hourly reconcile stores it. Nothing is lost.
      if (err instanceof Error && err.message === LOCK_TIMEOUT_MESSAGE) {
        console.warn(`Lock timeout for response ${raw.id}; the hourly reconcile will store it`);
        return;
      }
      throw err;
    }
  });
}

/**
 * Installable on-edit trigger of the spreadsheet (installed by setup). It fires on every edit, so it returns
 * at once unless the edit is the period chosen in `Tiến độ`!B1; then both dashboards are recomputed for it.
 */
export function onSheetEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!isPeriodChoiceEdit(e?.range)) return;
  triggerRun('onSheetEdit', () => {
    const { period } = refreshDashboards();
    console.log(`Tiến độ recomputed for ${period} after the period was chosen`);
  });
}

/** Hourly: reconcile within the time budget, then dashboards if time is left; also revives a lost follow-up. */
export function hourlyReconcile(): void {
  triggerRun('hourlyReconcile', () => {
    const budget = new Budget();
    const r = reconcile(budget, 'hourly');
    const added = r.reports.some((x) => x.added > 0);
    if (!budget.exhausted(60_000)) refreshDashboardsIfStale(added);
    else if (added) markDashboardsDirty();
    rescheduleStaleJobs();
  });
}

/** One-off follow-up trigger of long jobs (reconcile, rebuild, reminders) that stopped inside the time limit. */
export function continueJob(): void {
  triggerRun('continueJob', () => {
    const r = continueJobs();
    console.log(
      `Follow-up run: resumed ${r.resumed.join(', ') || 'nothing'}; still pending ${r.pending.join(', ') || 'nothing'}`,
    );
  });
}

/** Monthly time trigger (the day after the cutoff): the period just ended, once; a final report is never redone. */
export function monthlyReportJob(): void {
  triggerRun('monthlyReportJob', () => {
    const ctx = loadContext();
    const now = new Date();
    const period = periodToReport(ctx, now);
    // One whole report is the unit retried: createReport trashes a half-built document before it throws.
    const r = withRetry(() => (hasFinalReport(ctx, period) ? null : createReport(period, 'Tự động', now)));
    console.log(r ? `Monthly report ${period}: ${r.docUrl}` : `Monthly report ${period} already exists; nothing to do`);
  });
}

/** Daily time trigger at `Giờ gửi thư nhắc` (installed by setup). */
export function dailyJob(): void {
  triggerRun('dailyJob', () => {
    const r = runDailyReminders(new Date());
    if (r.report) console.log(`Reminders: ${JSON.stringify(r.report)}`);
    else if (r.dryRun) console.log(`Reminders (dry run): ${r.planned} previewed`);
  });
}

// --- offline runtime API (also usable from the script editor) ---

/** Setup without the dialog; like the menu's first setup, its runner becomes the first admin when `Quản trị` is empty. */
export function apiSetup_(): ReturnType<typeof setup> {
  const r = setup();
  const user = currentUser();
  if (user) r.warnings.unshift(...claimFirstAdmin(user));
  return r;
}

export function apiImportUnits_(header: string[], rows: unknown[][]) {
  return importUnits(header, rows);
}

export function apiImportSettings_(rows: unknown[][]) {
  return importSettings(rows);
}

export function apiRecordInputError_(
  kind: FormKind,
  sourceRow: number,
  raw: { timestamp: string; email: string; answers: Record<string, unknown> },
  problem: Problem,
) {
  recordInputError(kind, sourceRow, raw, problem);
}

export function apiReconcile_(): SyncOutcome {
  return reconcile();
}

export function apiRebuild_(): SyncOutcome {
  return rebuild();
}

/** The daily job's reminders at the clock's time, with what was sent, skipped, deferred or failed. */
export function apiDailyReminders_() {
  return runDailyReminders(new Date());
}

/** The report of `period` (default: the last ended period); the CLI exports the document to .docx. */
export function apiCreateReport_(period?: string): { docId: string; pdfId: string; docUrl: string } {
  const now = new Date();
  const p = period ? parsePeriod(period) : periodToReport(loadContext(), now);
  if (!p) throw invalidPeriod(String(period));
  const r = createReport(p, 'Chạy ngoại tuyến', now);
  return { docId: r.docId, pdfId: r.pdfId, docUrl: r.docUrl };
}

/** Recomputes `Tiến độ` (for `period` when given, else its dropdown's) and `Xếp loại năm`, without the dialog. */
export function apiUpdateProgress_(period?: string): { period: string } {
  const p = period ? parsePeriod(period) : undefined;
  if (period && !p) throw invalidPeriod(period);
  return refreshDashboards(p);
}

/** SPEC §7 summary of `period` (default: the period containing now). */
export function apiSummary_(period?: string) {
  const ctx = loadContext();
  const now = new Date();
  return buildSummary(ctx, period || currentPeriod(ctx, now), now);
}

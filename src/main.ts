// The Apps Script entry points: menu callbacks, triggers, and the offline runtime's API (names ending in "_"
// are private in Apps Script: callable from script code, not from the Run menu or google.script.run).
import { authorizeAdmin, claimFirstAdmin, currentUser } from './app/access';
import { loadContext } from './app/context';
import { continueJobs } from './app/continuation';
import * as say from './app/dialogs';
import { importSettings, importUnits, recordInputError } from './app/imports';
import { ingestResponse } from './app/ingest';
import { Budget, rescheduleStaleJobs } from './app/jobs';
import { markDashboardsDirty, refreshDashboards, refreshDashboardsIfStale, selectedPeriod } from './app/progress';
import { sendReceipt } from './app/receipt';
import { formIdOf, KINDS, rebuild, reconcile, type SyncOutcome } from './app/reconcile';
import { planReminders, planTotals, previewDueReminders, runDailyReminders, sendDueReminders } from './app/reminders';
import { createReport, hasFinalReport, periodToReport } from './app/report';
import { setupSystem as setup } from './app/setup';
import { buildSummary, currentPeriod } from './app/summary';
import { syncUnitLists } from './app/units-sync';
import type { FormKind } from './domain/intake';
import { parsePeriod } from './domain/period';
import type { Problem } from './domain/problems';
import { DRIVE_DISABLED } from './gas/drive-files';
import { toRawResponse } from './gas/forms';
import { LOCK_TIMEOUT_MESSAGE } from './gas/lock';
import { withRetry } from './gas/retry';
import { buildMenu, confirm, notify } from './gas/ui';

const MENU = 'Gương Sáng';

export function onOpen(): void {
  buildMenu(MENU, [
    { caption: 'Khởi tạo hệ thống', fn: 'setupSystem' },
    { caption: 'Cập nhật danh sách đơn vị', fn: 'syncUnits' },
    null,
    { caption: 'Đối soát', fn: 'reconcileNow' },
    { caption: 'Xây dựng lại dữ liệu', fn: 'rebuildData' },
    null,
    { caption: 'Xem trước thư nhắc', fn: 'previewReminders' },
    { caption: 'Gửi thư nhắc ngay', fn: 'sendRemindersNow' },
    null,
    { caption: 'Cập nhật tiến độ', fn: 'updateProgress' },
    { caption: 'Tạo báo cáo tháng', fn: 'createMonthlyReport' },
  ]);
}

/** Admin only (`Quản trị`); the first run, while the list is empty, writes its runner into it. */
export function setupSystem(): void {
  const grant = authorizeAdmin('setup');
  if (!grant) return;
  const r = setup();
  if (grant.bootstrap) r.warnings.unshift(...claimFirstAdmin(grant.user));
  notify('Khởi tạo hệ thống', say.setupDone(r));
}

export function syncUnits(): void {
  const { names, renamed } = syncUnitLists(loadContext());
  notify('Cập nhật danh sách đơn vị', say.unitsSynced(names, renamed));
}

/** Form-submit trigger of both forms: e.source tells which form. */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
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
}

export function reconcileNow(): void {
  notify('Đối soát', say.reconciled(reconcile()));
}

/** Hourly: reconcile within the time budget, then dashboards if time is left; also revives a lost follow-up. */
export function hourlyReconcile(): void {
  const budget = new Budget();
  const r = reconcile(budget);
  const added = r.reports.some((x) => x.added > 0);
  if (!budget.exhausted(60_000)) refreshDashboardsIfStale(added);
  else if (added) markDashboardsDirty();
  rescheduleStaleJobs();
}

/** One-off follow-up trigger of long jobs (reconcile, rebuild, reminders) that stopped inside the time limit. */
export function continueJob(): void {
  const r = continueJobs();
  console.log(
    `Follow-up run: resumed ${r.resumed.join(', ') || 'nothing'}; still pending ${r.pending.join(', ') || 'nothing'}`,
  );
}

/** Menu `Cập nhật tiến độ`: `Tiến độ` for the period in its dropdown, and `Xếp loại năm`. */
export function updateProgress(): void {
  notify('Cập nhật tiến độ', say.progressUpdated(refreshDashboards().period));
}

/**
 * Menu `Tạo báo cáo tháng`, asking nothing: the period chosen in the `Tiến độ` dropdown, or, when it shows
 * `Kỳ hiện tại`, the last period whose deadline has passed (a monthly report is about a closed month).
 */
export function createMonthlyReport(): void {
  const ctx = loadContext();
  const now = new Date();
  const chosen = selectedPeriod(ctx);
  const period = chosen ?? periodToReport(ctx, now);
  try {
    notify('Tạo báo cáo tháng', say.reportCreated(createReport(period, 'Menu', now), chosen !== undefined));
  } catch (e) {
    if (e instanceof Error && e.message === DRIVE_DISABLED) {
      notify('Tạo báo cáo tháng', say.DRIVE_SERVICE_OFF);
      return;
    }
    throw e;
  }
}

/** Monthly time trigger (the day after the cutoff): the period just ended, once; a final report is never redone. */
export function monthlyReportJob(): void {
  const ctx = loadContext();
  const now = new Date();
  const period = periodToReport(ctx, now);
  // One whole report is the unit retried: createReport trashes a half-built document before it throws.
  const r = withRetry(() => (hasFinalReport(ctx, period) ? null : createReport(period, 'Tự động', now)));
  console.log(r ? `Monthly report ${period}: ${r.docUrl}` : `Monthly report ${period} already exists; nothing to do`);
}

/** Admin only: rewrites both data sheets. */
export function rebuildData(): void {
  if (!authorizeAdmin('rebuild')) return;
  notify('Xây dựng lại dữ liệu', say.rebuilt(rebuild()));
}

/** Daily time trigger at `Giờ gửi thư nhắc` (installed by setup). */
export function dailyJob(): void {
  const r = runDailyReminders(new Date());
  if (r.report) console.log(`Reminders: ${JSON.stringify(r.report)}`);
  else if (r.dryRun) console.log(`Reminders (dry run): ${r.planned} previewed`);
}

export function previewReminders(): void {
  const plan = previewDueReminders(new Date(), 'manual');
  notify('Xem trước thư nhắc', say.previewWritten(plan.emails.length, planTotals(plan)));
}

/** Admin only: emails units outside the schedule. */
export function sendRemindersNow(): void {
  if (!authorizeAdmin('sendNow')) return;
  const ctx = loadContext();
  const now = new Date();
  const t = planTotals(planReminders(ctx, now, 'manual'));
  if (t.units === 0 && t.withoutEmail === 0) {
    notify('Gửi thư nhắc ngay', say.NOTHING_TO_SEND);
    return;
  }
  if (!confirm('Gửi thư nhắc ngay', say.confirmSend(t))) return;
  notify('Gửi thư nhắc ngay', say.sentNow(sendDueReminders(new Date(), 'manual')));
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
  if (!p) throw new Error(`Invalid period: ${period}`);
  const r = createReport(p, 'Chạy ngoại tuyến', now);
  return { docId: r.docId, pdfId: r.pdfId, docUrl: r.docUrl };
}

/** Recomputes `Tiến độ` (for `period` when given, else its dropdown's) and `Xếp loại năm`, without the dialog. */
export function apiUpdateProgress_(period?: string): { period: string } {
  const p = period ? parsePeriod(period) : undefined;
  if (period && !p) throw new Error(`Invalid period: ${period}`);
  return refreshDashboards(p);
}

/** SPEC §7 summary of `period` (default: the period containing now). */
export function apiSummary_(period?: string) {
  const ctx = loadContext();
  const now = new Date();
  return buildSummary(ctx, period || currentPeriod(ctx, now), now);
}

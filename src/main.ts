// The Apps Script entry points: menu callbacks, triggers, and the offline runtime's API (names ending in "_"
// are private in Apps Script: callable from script code, not from the Run menu or google.script.run).
import { authorizeAdmin, claimFirstAdmin, currentUser } from './app/access';
import { loadContext } from './app/context';
import { continueJobs } from './app/continuation';
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
  const lines = [
    `Trang tính tạo mới: ${r.sheetsCreated.join(', ') || 'không'}.`,
    `Biểu mẫu tạo mới: ${r.formsCreated.join(', ') || 'không'}.`,
    `Trình kích hoạt tạo mới: ${r.triggersCreated}.`,
    ...(r.formsUnpublished.length
      ? [`Biểu mẫu chưa xuất bản, hãy xuất bản thủ công: ${r.formsUnpublished.join(', ')}.`]
      : []),
    ...r.warnings,
  ];
  notify('Khởi tạo hệ thống', lines.join('\n'));
}

export function syncUnits(): void {
  const { names, renamed } = syncUnitLists(loadContext());
  notify(
    'Cập nhật danh sách đơn vị',
    `Đã cập nhật ${names.length} đơn vị trên hai biểu mẫu.${renamed.length ? `\nĐổi tên (giữ tên cũ làm tên gọi khác): ${renamed.join('; ')}` : ''}`,
  );
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

/** The line a dialog adds when a long job goes on in follow-up runs. */
const CONTINUES = 'Phần còn lại đang được xử lý tiếp trong nền (vài phút); không cần chạy lại.';

export function reconcileNow(): void {
  const r = reconcile();
  notify(
    'Đối soát',
    [
      ...r.reports.map(
        (x) =>
          `${x.kind === 'exemplar' ? 'Gương' : 'Bài viết'}: ${x.responses} phản hồi, bổ sung ${x.added}, lỗi ${x.rejected}.`,
      ),
      ...(r.complete ? [] : [CONTINUES]),
    ].join('\n'),
  );
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
  const { period } = refreshDashboards();
  notify('Cập nhật tiến độ', `Đã cập nhật trang "Tiến độ" (kỳ ${period}) và trang "Xếp loại năm".`);
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
    const r = createReport(period, 'Menu', now);
    notify(
      'Tạo báo cáo tháng',
      [
        `Đã tạo "${r.name}" (${chosen ? 'kỳ chọn ở trang Tiến độ' : 'kỳ vừa kết thúc'}).`,
        ...(r.replaced ? ['Báo cáo trước đó của kỳ này đã được chuyển vào thùng rác.'] : []),
        `Tài liệu: ${r.docUrl}`,
        `PDF: ${r.pdfUrl}`,
        'Số trang (từ trang 2) chèn trong Google Tài liệu: Chèn › Số trang.',
      ].join('\n'),
    );
  } catch (e) {
    if (e instanceof Error && e.message === DRIVE_DISABLED) {
      notify(
        'Tạo báo cáo tháng',
        'Chưa bật dịch vụ nâng cao Drive (Drive API v3) cho dự án; hãy chạy lại Khởi tạo hệ thống.',
      );
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
  const r = rebuild();
  notify(
    'Xây dựng lại dữ liệu',
    r.complete
      ? r.reports
          .map((x) => `${x.kind === 'exemplar' ? 'Gương' : 'Bài viết'}: ${x.added} dòng từ ${x.responses} phản hồi.`)
          .join('\n')
      : `Đã đọc một phần phản hồi; hai trang dữ liệu được thay cùng lúc khi đọc xong. ${CONTINUES}`,
  );
}

/** Daily time trigger at `Giờ gửi thư nhắc` (installed by setup). */
export function dailyJob(): void {
  const r = runDailyReminders(new Date());
  if (r.report) console.log(`Reminders: ${JSON.stringify(r.report)}`);
  else if (r.dryRun) console.log(`Reminders (dry run): ${r.planned} previewed`);
}

export function previewReminders(): void {
  const plan = previewDueReminders(new Date(), 'manual');
  const t = planTotals(plan);
  notify(
    'Xem trước thư nhắc',
    plan.emails.length
      ? `Đã ghi ${plan.emails.length} thư vào trang "Xem trước thư" (${t.units} đơn vị, ${t.recipients} người nhận kể cả bản sao; ${t.withoutEmail} đơn vị không có email). Chưa gửi thư nào.`
      : 'Không có thư nhắc nào cần gửi: các đơn vị đã đủ chỉ tiêu hoặc đã được nhắc.',
  );
}

/** Admin only: emails units outside the schedule. */
export function sendRemindersNow(): void {
  if (!authorizeAdmin('sendNow')) return;
  const ctx = loadContext();
  const now = new Date();
  const t = planTotals(planReminders(ctx, now, 'manual'));
  if (t.units === 0 && t.withoutEmail === 0) {
    notify('Gửi thư nhắc ngay', 'Không có thư nhắc nào cần gửi: các đơn vị đã đủ chỉ tiêu hoặc đã được nhắc.');
    return;
  }
  const question =
    `Gửi thư nhắc cho ${t.units} đơn vị, tổng ${t.recipients} người nhận (kể cả bản sao cho Nội vụ)?` +
    (t.withoutEmail ? `\n${t.withoutEmail} đơn vị không có email sẽ được ghi vào "Nhật ký gửi thư".` : '');
  if (!confirm('Gửi thư nhắc ngay', question)) return;
  const r = sendDueReminders(new Date(), 'manual');
  notify(
    'Gửi thư nhắc ngay',
    `Đã gửi ${r.sent} thư (${r.recipients} người nhận). Bỏ qua ${r.skipped}, hoãn do hết hạn mức ${r.deferred}, lỗi ${r.failed}. Chi tiết trong trang "Nhật ký gửi thư".${r.unfinished ? `\n${CONTINUES}` : ''}`,
  );
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

// The Apps Script entry points: menu callbacks, triggers, and the offline runtime's API (names ending in "_"
// are private in Apps Script: callable from script code, not from the Run menu or google.script.run).
import { loadContext } from './app/context';
import { importSettings, importUnits, recordInputError } from './app/imports';
import { ingestResponse } from './app/ingest';
import { sendReceipt } from './app/receipt';
import { formIdOf, KINDS, rebuild, reconcile } from './app/reconcile';
import { planReminders, planTotals, previewDueReminders, runDailyReminders, sendDueReminders } from './app/reminders';
import { setupSystem as setup } from './app/setup';
import { buildSummary, currentPeriod } from './app/summary';
import { syncUnitLists } from './app/units-sync';
import type { FormKind } from './domain/intake';
import type { Problem } from './domain/problems';
import { toRawResponse } from './gas/forms';
import { LOCK_TIMEOUT_MESSAGE } from './gas/lock';
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
  ]);
}

export function setupSystem(): void {
  const r = setup();
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
  const ctx = loadContext();
  const formId = e.source.getId();
  const kind = KINDS.find((k) => formIdOf(ctx, k) === formId);
  if (!kind) {
    console.warn(`Form ${formId} is not one of Gương Sáng's forms; response ${e.response.getId()} ignored`);
    return;
  }
  const raw = toRawResponse(e.response);
  try {
    const outcome = ingestResponse(kind, raw, {}, ctx);
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
  const r = reconcile();
  notify(
    'Đối soát',
    r
      .map(
        (x) =>
          `${x.kind === 'exemplar' ? 'Gương' : 'Bài viết'}: ${x.responses} phản hồi, bổ sung ${x.added}, lỗi ${x.rejected}.`,
      )
      .join('\n'),
  );
}

export function hourlyReconcile(): void {
  reconcile();
}

export function rebuildData(): void {
  const r = rebuild();
  notify(
    'Xây dựng lại dữ liệu',
    r
      .map((x) => `${x.kind === 'exemplar' ? 'Gương' : 'Bài viết'}: ${x.added} dòng từ ${x.responses} phản hồi.`)
      .join('\n'),
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

export function sendRemindersNow(): void {
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
    `Đã gửi ${r.sent} thư (${r.recipients} người nhận). Bỏ qua ${r.skipped}, hoãn do hết hạn mức ${r.deferred}, lỗi ${r.failed}. Chi tiết trong trang "Nhật ký gửi thư".`,
  );
}

// --- offline runtime API (also usable from the script editor) ---

export function apiSetup_(): ReturnType<typeof setup> {
  return setup();
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

export function apiReconcile_() {
  return reconcile();
}

export function apiRebuild_() {
  return rebuild();
}

/** The daily job's reminders at the clock's time, with what was sent, skipped, deferred or failed. */
export function apiDailyReminders_() {
  return runDailyReminders(new Date());
}

/** SPEC §7 summary of `period` (default: the period containing now). */
export function apiSummary_(period?: string) {
  const ctx = loadContext();
  const now = new Date();
  return buildSummary(ctx, period || currentPeriod(ctx, now), now);
}

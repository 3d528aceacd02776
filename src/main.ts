// The Apps Script entry points: menu callbacks, triggers, and the offline runtime's API (names ending in "_"
// are private in Apps Script: callable from script code, not from the Run menu or google.script.run).
import { loadContext } from './app/context';
import { importSettings, importUnits, recordInputError } from './app/imports';
import { ingestResponse } from './app/ingest';
import { sendReceipt } from './app/receipt';
import { formIdOf, KINDS, rebuild, reconcile } from './app/reconcile';
import { setupSystem as setup } from './app/setup';
import { buildSummary, currentPeriod } from './app/summary';
import { syncUnitLists } from './app/units-sync';
import type { FormKind } from './domain/intake';
import type { Problem } from './domain/problems';
import { toRawResponse } from './gas/forms';
import { LOCK_TIMEOUT_MESSAGE } from './gas/lock';
import { buildMenu, notify } from './gas/ui';

const MENU = 'Gương Sáng';

export function onOpen(): void {
  buildMenu(MENU, [
    { caption: 'Khởi tạo hệ thống', fn: 'setupSystem' },
    { caption: 'Cập nhật danh sách đơn vị', fn: 'syncUnits' },
    null,
    { caption: 'Đối soát', fn: 'reconcileNow' },
    { caption: 'Xây dựng lại dữ liệu', fn: 'rebuildData' },
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
    const outcome = ingestResponse(kind, raw);
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

export function dailyJob(): void {
  // Reminders are added by the reminders module; the daily trigger exists from setup on.
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

/** SPEC §7 summary of `period` (default: the period containing now). */
export function apiSummary_(period?: string) {
  const ctx = loadContext();
  const now = new Date();
  return buildSummary(ctx, period || currentPeriod(ctx, now), now);
}

// Defines the monthly report: data from the sheets, the Decree 30 document in the report folder, its PDF beside
// it, and the `Báo cáo` log. A second report for a period replaces that period's files and log row.
import { formatDateVi, periodBounds, periodOf } from '../domain/period';
import { lastEndedPeriod } from '../domain/ranking';
import { buildReport, type ProposedExemplar, type ReportModel, type SelectedArticle } from '../domain/report';
import { cleanText } from '../domain/text';
import type { PeriodId } from '../domain/types';
import { writeReport } from '../gas/doc-writer';
import {
  createDocument,
  createFolder,
  DRIVE_DISABLED,
  type DriveFile,
  existingFolder,
  trashFile,
  uploadPdf,
} from '../gas/drive-files';
import { withScriptLock } from '../gas/lock';
import { SheetTable } from '../gas/sheet-table';
import { toCell } from '../sheets/cells';
import { ARTICLE_SHEET, COL, EXEMPLAR_SHEET } from '../sheets/layout';
import { REPORT_COL, REPORT_LOG_SHEET } from '../sheets/report-sheets';
import { ARTICLE_TITLE_TITLE, articleOf, NOMINEE_NAME_TITLE, nominationOf } from '../sheets/rows';
import { type AppContext, loadContext } from './context';
import { refreshDashboardsLocked } from './progress';
import { writeSetting } from './settings-store';
import { complianceFor, type Records } from './summary';

export const REPORT_FOLDER_NAME = 'Gương Sáng – Báo cáo tháng';
export const PROPOSED_STATUS = 'Đề xuất khen thưởng';

const FIELD_TITLE = 'Lĩnh vực';
const AWARD_TITLE = 'Hình thức khen thưởng đề xuất';
const AUTHOR_TITLE = 'Tác giả';
const GENRE_TITLE = 'Thể loại';

export type ReportTrigger = 'Menu' | 'Tự động' | 'Chạy ngoại tuyến';

export interface ReportOutcome {
  period: PeriodId;
  name: string;
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
  /** The period had a report already: its files went to the trash and its log row was rewritten. */
  replaced: boolean;
}

interface ReportData {
  records: Records;
  proposed: ProposedExemplar[];
  selected: SelectedArticle[];
}

/** One read of each response sheet gives the counting records and the period's marked rows. */
export function loadReportData(ctx: AppContext, period: PeriodId): ReportData {
  const inPeriod = (d: Date) => periodOf(d, ctx.periodConfig) === period;
  const nominations: Records['nominations'] = [];
  const proposed: ProposedExemplar[] = [];
  for (const { record } of SheetTable.open(ctx.ss, EXEMPLAR_SHEET).readAll()) {
    const rec = nominationOf(record);
    if (!rec) continue;
    nominations.push(rec);
    if (rec.status === PROPOSED_STATUS && inPeriod(rec.timestamp)) {
      proposed.push({
        name: cleanText(record[NOMINEE_NAME_TITLE]),
        unitName: cleanText(record[COL.unitName]),
        field: cleanText(record[FIELD_TITLE]),
        award: cleanText(record[AWARD_TITLE]),
      });
    }
  }
  const articles: Records['articles'] = [];
  const selected: SelectedArticle[] = [];
  for (const { record } of SheetTable.open(ctx.ss, ARTICLE_SHEET).readAll()) {
    const rec = articleOf(record);
    if (!rec) continue;
    articles.push(rec);
    if (record[COL.selected] === true && inPeriod(rec.timestamp)) {
      selected.push({
        title: cleanText(record[ARTICLE_TITLE_TITLE]),
        author: cleanText(record[AUTHOR_TITLE]),
        unitName: cleanText(record[COL.unitName]),
        genre: cleanText(record[GENRE_TITLE]),
      });
    }
  }
  return { records: { nominations, articles }, proposed, selected };
}

export function reportModel(
  ctx: AppContext,
  period: PeriodId,
  now: Date,
  data = loadReportData(ctx, period),
): ReportModel {
  const { units, totals } = complianceFor(ctx, data.records, period);
  const { start, end } = periodBounds(period, ctx.periodConfig);
  const tz = ctx.periodConfig.timeZone;
  return buildReport({
    settings: ctx.settings,
    period,
    periodStart: formatDateVi(start, tz),
    periodEnd: formatDateVi(end, tz),
    createdAt: now,
    units,
    totals,
    proposed: data.proposed,
    selected: data.selected,
  });
}

/** The report folder from `Thư mục báo cáo`, created (and the setting written) when missing. Hold the lock. */
export function ensureReportFolder(ctx: AppContext): DriveFile {
  const found = existingFolder(ctx.settings.reportFolderId);
  if (found) return found;
  const folder = createFolder(REPORT_FOLDER_NAME);
  writeSetting(ctx.ss, 'reportFolderId', folder.id);
  ctx.settings.reportFolderId = folder.id;
  return folder;
}

function rowValues(table: SheetTable, record: Record<string, unknown>): unknown[] {
  return table.headers().map((h) => toCell(record[h]).value);
}

/** Logs the report; an earlier report of the period is trashed and its row rewritten in place. */
function logReport(ctx: AppContext, entry: Record<string, unknown>, period: PeriodId): boolean {
  const table = SheetTable.open(ctx.ss, REPORT_LOG_SHEET);
  const row = table.firstRow(REPORT_COL.period, period);
  if (row === null) {
    table.append([entry]);
    return false;
  }
  const width = table.headers().length;
  const range = table.sheet.getRange(row, 1, 1, width);
  const current = range.getValues()[0];
  const old = Object.fromEntries(table.headers().map((h, i) => [h, current[i]]));
  trashFile(String(old[REPORT_COL.docId] ?? ''));
  trashFile(String(old[REPORT_COL.pdfId] ?? ''));
  range.setValues([rowValues(table, entry)]);
  return true;
}

/**
 * Writes the report of `period`. The document is built outside the lock (it takes seconds and needs no
 * sheet write); only the folder check and the log, where two runs could race, hold it.
 */
export function createReport(period: PeriodId, how: ReportTrigger, now = new Date()): ReportOutcome {
  const ctx = loadContext();
  const folder = withScriptLock(() => ensureReportFolder(ctx), 60_000);
  const model = reportModel(ctx, period, now);
  const file = createDocument(folder.id, model.name);
  let pdf: DriveFile;
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(file.id);
    writeReport(doc, model);
    // The PDF is made from the saved document: saveAndClose first, or the export misses the last edits.
    doc.saveAndClose();
    pdf = uploadPdf(folder.id, `${model.name}.pdf`, doc.getAs(MimeType.PDF));
  } catch (e) {
    // A half-written document is never left beside the real ones: the caller may retry the whole report.
    try {
      trashFile(file.id);
    } catch {
      // Best effort: the error that matters is the one rethrown.
    }
    throw e;
  }
  const docUrl = file.url || doc.getUrl();
  const entry = {
    [REPORT_COL.period]: period,
    [REPORT_COL.name]: model.name,
    [REPORT_COL.createdAt]: now,
    [REPORT_COL.trigger]: how,
    [REPORT_COL.docUrl]: docUrl,
    [REPORT_COL.pdfUrl]: pdf.url,
    [REPORT_COL.docId]: file.id,
    [REPORT_COL.pdfId]: pdf.id,
  };
  const replaced = withScriptLock(() => logReport(ctx, entry, period), 60_000);
  return { period, name: model.name, docId: file.id, docUrl, pdfId: pdf.id, pdfUrl: pdf.url, replaced };
}

/** True when the log holds a report of `period` made after the period ended (a final one). */
export function hasFinalReport(ctx: AppContext, period: PeriodId): boolean {
  const table = SheetTable.open(ctx.ss, REPORT_LOG_SHEET);
  const row = table.firstRow(REPORT_COL.period, period);
  if (row === null) return false;
  const created = table.sheet.getRange(row, table.col(REPORT_COL.createdAt)).getValue();
  return created instanceof Date && created.getTime() > periodBounds(period, ctx.periodConfig).end.getTime();
}

/** The period the monthly trigger reports on: the one whose deadline has just passed. */
export function periodToReport(ctx: AppContext, now: Date): PeriodId {
  return lastEndedPeriod(periodOf(now, ctx.periodConfig));
}

/**
 * Setup's part for reporting, inside setup's lock: the report folder, then `Tiến độ` and `Xếp loại năm`.
 * Returns warnings for the clerk; a Drive problem never stops the rest of setup.
 */
export function setupReporting(ctx: AppContext): string[] {
  const warnings: string[] = [];
  try {
    ensureReportFolder(ctx);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    warnings.push(
      message === DRIVE_DISABLED
        ? 'Chưa bật dịch vụ nâng cao Drive (Drive API v3) cho dự án: chưa tạo được thư mục báo cáo.'
        : `Chưa tạo được thư mục báo cáo: ${message}`,
    );
  }
  refreshDashboardsLocked(ctx);
  return warnings;
}

// Defines the `Tiến độ` and `Xếp loại năm` sheets: created by setup, recomputed by `Cập nhật tiến độ`, when a
// period is chosen in `Tiến độ`!B1 (on-edit trigger), and by the hourly trigger when new responses arrived. A recompute costs the same number of Sheet calls whatever the
// number of units and rows: one read per source sheet, one write per block (values, backgrounds, weights).

import { formatIsoDate, parsePeriod, periodOf, previousPeriod } from '../domain/period';
import { buildProgress } from '../domain/progress';
import { campaignYearPeriods, lastEndedPeriod, rankYear } from '../domain/ranking';
import type { PeriodId } from '../domain/types';
import { UNIT_TYPES } from '../domain/unit-types';
import { withScriptLock } from '../gas/lock';
import {
  COLORS,
  CURRENT_PERIOD_CHOICE,
  PROGRESS,
  PROGRESS_WIDTHS,
  progressBlock,
  RANKING_HEADER_ROW,
  RANKING_HEADERS,
  RANKING_WIDTHS,
  REPORT_SHEET_NAMES,
  RESULT_TEXTS,
  rankingBlock,
} from '../sheets/report-sheets';
import type { AppContext } from './context';
import { loadContext } from './context';
import { complianceFor, loadRecords, type Records } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const STATE_KEY = 'guongSang.progressState';
/** Periods offered in the dropdown, newest first. */
const DROPDOWN_PERIODS = 24;

interface ProgressState {
  dirty: boolean;
  /** The period last shown, and whether the dropdown follows the calendar. */
  period: PeriodId;
  followsCurrent: boolean;
}

function sheetNamed(ss: Spreadsheet, name: string, widths: readonly number[], frozenRows: number): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = ss.insertSheet(name);
  for (const [i, w] of widths.entries()) sheet.setColumnWidth(i + 1, w);
  sheet.setFrozenRows(frozenRows);
  return sheet;
}

export function ensureProgressSheet(ss: Spreadsheet): Sheet {
  const fresh = !ss.getSheetByName(REPORT_SHEET_NAMES.progress);
  const sheet = sheetNamed(ss, REPORT_SHEET_NAMES.progress, PROGRESS_WIDTHS, PROGRESS.tableHeaderRow);
  if (fresh) {
    sheet.getRange(PROGRESS.selectorCell).setNumberFormat('@').setValue(CURRENT_PERIOD_CHOICE);
  }
  return sheet;
}

export function ensureRankingSheet(ss: Spreadsheet): Sheet {
  return sheetNamed(ss, REPORT_SHEET_NAMES.ranking, RANKING_WIDTHS, RANKING_HEADER_ROW);
}

/** The dropdown's value: a period, or `Kỳ hiện tại`. Sheets may have turned a typed `2023-05` into a date. */
export function parseSelection(v: unknown, timeZone: string): PeriodId | typeof CURRENT_PERIOD_CHOICE {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return formatIsoDate(v, timeZone).slice(0, 7);
  return parsePeriod(String(v ?? '')) ?? CURRENT_PERIOD_CHOICE;
}

/** The period chosen in `Tiến độ` (one read), or null when the sheet is missing or follows the calendar. */
export function selectedPeriod(ctx: AppContext): PeriodId | null {
  const sheet = ctx.ss.getSheetByName(REPORT_SHEET_NAMES.progress);
  if (!sheet) return null;
  const s = parseSelection(sheet.getRange(PROGRESS.selectorCell).getValue(), ctx.periodConfig.timeZone);
  return s === CURRENT_PERIOD_CHOICE ? null : s;
}

/**
 * True when an edit is the period choice in `Tiến độ`!B1. The on-edit trigger fires on every edit of every
 * sheet, so this reads nothing but the event's range, cell address first (most edits stop there). A paste over
 * a block that includes B1 is not a choice from the dropdown and is left to the menu item.
 */
export function isPeriodChoiceEdit(range: GoogleAppsScript.Spreadsheet.Range | undefined): boolean {
  if (!range || range.getA1Notation() !== PROGRESS.selectorCell) return false;
  return range.getSheet().getName() === REPORT_SHEET_NAMES.progress;
}

/**
 * A new sheet has 1,000 rows and getRange beyond them throws ("The coordinates of the range are outside the
 * dimensions of the sheet."): a district of 1,000 units needs more. One call when the sheet is tall enough.
 */
function ensureHeight(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

function dropdownChoices(current: PeriodId): string[] {
  const out: string[] = [CURRENT_PERIOD_CHOICE];
  let p = current;
  for (let i = 0; i < DROPDOWN_PERIODS; i++) {
    out.push(p);
    p = previousPeriod(p);
  }
  return out;
}

function resultRules(sheet: Sheet, firstRow: number, rows: number) {
  const range = sheet.getRange(firstRow, PROGRESS.resultColumn, Math.max(1, rows), 1);
  const rule = (text: string, color: string) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(color).setRanges([range]).build();
  return [rule(RESULT_TEXTS.met, COLORS.met), rule(RESULT_TEXTS.notMet, COLORS.notMet)];
}

function ensureChart(sheet: Sheet): void {
  if (sheet.getCharts().length > 0) return;
  // Label and share columns of the chart block: five types, fixed cells, so the chart never needs updating.
  const data = sheet.getRange(PROGRESS.tableHeaderRow, PROGRESS.chartColumn, 6, 2);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(data)
    .setOption('title', 'Tỉ lệ đơn vị đạt chỉ tiêu theo loại đơn vị')
    .setOption('legend', { position: 'none' })
    .setOption('hAxis', { format: 'percent', minValue: 0, maxValue: 1 })
    .setPosition(PROGRESS.tableHeaderRow + 8, PROGRESS.chartColumn, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** Rewrites `Tiến độ` for the period in its dropdown; returns the period shown. */
export function writeProgress(
  ctx: AppContext,
  records: Records,
  now: Date,
  choose?: PeriodId,
): { period: PeriodId; followsCurrent: boolean } {
  const sheet = ensureProgressSheet(ctx.ss);
  const selector = sheet.getRange(PROGRESS.selectorCell);
  const selection = choose ?? parseSelection(selector.getValue(), ctx.periodConfig.timeZone);
  const current = periodOf(now, ctx.periodConfig);
  const choices = dropdownChoices(current);
  if (!choices.includes(selection)) choices.push(selection);
  const period = selection === CURRENT_PERIOD_CHOICE ? current : selection;
  const progress = buildProgress(complianceFor(ctx, records, period).units);
  const block = progressBlock({
    selection,
    period,
    progress,
    periodConfig: ctx.periodConfig,
    updatedAt: now,
    height: sheet.getLastRow(),
  });
  // Text format first, or Sheets would read the period `2023-05` back as a date; the list before the value,
  // so a period newer than the last list is accepted.
  selector.setNumberFormat('@');
  selector.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(choices, true)
      .setAllowInvalid(false)
      .setHelpText(`Chọn "${CURRENT_PERIOD_CHOICE}" hoặc một kỳ (YYYY-MM).`)
      .build(),
  );
  ensureHeight(sheet, block.values.length);
  const range = sheet.getRange(1, 1, block.values.length, block.values[0].length);
  range.setValues(block.values);
  range.setBackgrounds(block.backgrounds);
  range.setFontWeights(block.weights);
  sheet.getRange(PROGRESS.tableHeaderRow + 1, PROGRESS.chartColumn + 1, UNIT_TYPES.length, 1).setNumberFormat('0.0%');
  sheet.setConditionalFormatRules(resultRules(sheet, PROGRESS.tableHeaderRow + 1, block.tableRows - 1));
  ensureChart(sheet);
  return { period, followsCurrent: selection === CURRENT_PERIOD_CHOICE };
}

/** Rewrites `Xếp loại năm` over the ended months of the current campaign year. */
export function writeRanking(ctx: AppContext, records: Records, now: Date): void {
  const sheet = ensureRankingSheet(ctx.ss);
  const lastEnded = lastEndedPeriod(periodOf(now, ctx.periodConfig));
  const periods = campaignYearPeriods(lastEnded, ctx.settings.campaignStart);
  const results = periods.map((period) => ({ period, units: complianceFor(ctx, records, period).units }));
  const rows = rankYear(results, ctx.settings.articleQuotaMode);
  const block = rankingBlock({
    year: lastEnded.slice(0, 4),
    periods,
    rows,
    updatedAt: now,
    timeZone: ctx.periodConfig.timeZone,
    height: sheet.getLastRow(),
  });
  ensureHeight(sheet, block.values.length);
  const range = sheet.getRange(1, 1, block.values.length, RANKING_HEADERS.length);
  range.setValues(block.values);
  range.setBackgrounds(block.backgrounds);
  range.setFontWeights(block.weights);
  const shareCol = RANKING_HEADERS.length;
  sheet.getRange(RANKING_HEADER_ROW + 1, shareCol, Math.max(1, rows.length), 1).setNumberFormat('0.0%');
}

function saveState(state: ProgressState): void {
  PropertiesService.getScriptProperties().setProperty(STATE_KEY, JSON.stringify(state));
}

function loadState(): ProgressState | null {
  const raw = PropertiesService.getScriptProperties().getProperty(STATE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ProgressState;
  } catch {
    return null;
  }
}

/** Both sheets from one read of each source sheet. Call it holding the script lock. */
export function refreshDashboardsLocked(ctx: AppContext, now = new Date(), choose?: PeriodId): { period: PeriodId } {
  const records = loadRecords(ctx);
  const shown = writeProgress(ctx, records, now, choose);
  writeRanking(ctx, records, now);
  saveState({ dirty: false, ...shown });
  return { period: shown.period };
}

/** `choose` sets the dropdown first (the offline run shows the period it reports). */
export function refreshDashboards(choose?: PeriodId): { period: PeriodId } {
  return withScriptLock(() => refreshDashboardsLocked(loadContext(), new Date(), choose), 60_000);
}

/**
 * Called after a response is stored: no Sheet call at all. Recomputing here would read both whole sheets
 * on every submission, under the lock every other submission waits for; on deadline day that queue is long.
 * The hourly trigger recomputes instead, so `Tiến độ` is at most an hour behind (the menu item is immediate).
 */
export function markDashboardsDirty(): void {
  const state = loadState();
  if (state?.dirty) return;
  saveState({ period: state?.period ?? '', followsCurrent: state?.followsCurrent ?? true, dirty: true });
}

/** Hourly: recompute when responses arrived, or when the calendar moved into a new period. */
export function refreshDashboardsIfStale(added: boolean, now = new Date()): boolean {
  const state = loadState();
  if (!added && state && !state.dirty) {
    const ctx = loadContext();
    if (!state.followsCurrent || periodOf(now, ctx.periodConfig) === state.period) return false;
  }
  withScriptLock(() => refreshDashboardsLocked(loadContext(), now), 60_000);
  return true;
}
